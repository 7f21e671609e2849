// The default store: plain maps in this process.
import { ReplayCache } from './replay-cache.js';
import type {
  Client,
  Delegation,
  DelegationFilter,
  Fault,
  FaultQuery,
  Fixture,
  Onboarding,
  Organisation,
  Store,
} from './types.js';

/** One scope's entries as plain data. */
export interface ScopeState {
  readonly onboarding: readonly Onboarding[];
  readonly delegations: readonly Delegation[];
  readonly fixtures: readonly Fixture[];
  readonly faults: readonly Fault[];
}

/** Everything a store holds except the jti replay cache, as plain data (see file.ts). */
export interface StoreState {
  readonly organisations: readonly Organisation[];
  readonly clients: readonly Client[];
  readonly global: ScopeState;
  /** Test runs in the order they were first written to. */
  readonly runs: readonly (ScopeState & { readonly id: string })[];
}

interface Scope {
  readonly onboarding: Map<string, Onboarding>;
  /** Keyed by `offeredBy|coveredBy|scope`: one effective delegation per pair and scope. */
  readonly delegations: Map<string, Delegation>;
  readonly fixtures: Map<string, Fixture>;
  readonly faults: Fault[];
}

const newScope = (): Scope => ({
  onboarding: new Map(),
  delegations: new Map(),
  fixtures: new Map(),
  faults: [],
});
const delegationKey = (offeredBy: string, coveredBy: string, scope: string) =>
  `${offeredBy}|${coveredBy}|${scope}`;
const fixtureKey = (pid: string, consumerOrg: string | undefined) => `${pid}|${consumerOrg ?? ''}`;

function faultMatches(fault: Fault, q: FaultQuery): boolean {
  if (fault.remaining !== undefined && fault.remaining <= 0) return false;
  if (fault.api !== undefined && fault.api !== q.api) return false;
  if (fault.pathPrefix !== undefined && !q.path.startsWith(fault.pathPrefix)) return false;
  if (
    fault.personidentifikator !== undefined &&
    fault.personidentifikator !== q.personidentifikator
  )
    return false;
  if (fault.consumerOrg !== undefined && fault.consumerOrg !== q.consumerOrg) return false;
  return true;
}

export class MemoryStore implements Store {
  private readonly organisations = new Map<string, Organisation>();
  private readonly clients = new Map<string, Client>();
  private readonly global = newScope();
  private readonly runs = new Map<string, Scope>();
  private faultCount = 0;
  private readonly jtis: ReplayCache;

  constructor(jtiCap: number) {
    this.jtis = new ReplayCache(jtiCap);
  }

  private scope(run: string | undefined, create: boolean): Scope | undefined {
    if (run === undefined) return this.global;
    let scope = this.runs.get(run);
    if (scope === undefined && create) {
      scope = newScope();
      this.runs.set(run, scope);
    }
    return scope;
  }

  /** The scopes a read sees, most specific first. */
  private view(run: string | undefined): Scope[] {
    const own = run === undefined ? undefined : this.runs.get(run);
    return own === undefined ? [this.global] : [own, this.global];
  }

  getOrganisation(orgnr: string) {
    return this.organisations.get(orgnr);
  }
  putOrganisation(org: Organisation) {
    this.organisations.set(org.orgnr, org);
  }
  listOrganisations() {
    return [...this.organisations.values()];
  }

  getClient(clientId: string) {
    return this.clients.get(clientId);
  }
  putClient(client: Client) {
    this.clients.set(client.clientId, client);
  }
  deleteClient(clientId: string) {
    return this.clients.delete(clientId);
  }
  listClients() {
    return [...this.clients.values()];
  }
  findClientByKid(kid: string) {
    for (const client of this.clients.values())
      if (client.keys.some((k) => k.kid === kid)) return client;
    return undefined;
  }

  getOnboarding(run: string | undefined, orgnr: string) {
    for (const scope of this.view(run)) {
      const found = scope.onboarding.get(orgnr);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  putOnboarding(run: string | undefined, onboarding: Onboarding) {
    this.scope(run, true)?.onboarding.set(onboarding.orgnr, onboarding);
  }
  deleteOnboarding(run: string | undefined, orgnr: string) {
    return this.scope(run, false)?.onboarding.delete(orgnr) ?? false;
  }
  listOnboarding(run: string | undefined) {
    const merged = new Map<string, Onboarding>();
    for (const scope of this.view(run).reverse())
      for (const [k, v] of scope.onboarding) merged.set(k, v);
    return [...merged.values()];
  }

  findDelegation(run: string | undefined, offeredBy: string, coveredBy: string, scope: string) {
    const key = delegationKey(offeredBy, coveredBy, scope);
    for (const s of this.view(run)) {
      const found = s.delegations.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  getDelegation(run: string | undefined, id: string) {
    for (const s of this.view(run))
      for (const d of s.delegations.values()) if (d.id === id) return d;
    return undefined;
  }
  putDelegation(run: string | undefined, delegation: Delegation) {
    this.scope(run, true)?.delegations.set(
      delegationKey(delegation.offeredBy, delegation.coveredBy, delegation.scope),
      delegation,
    );
  }
  listDelegations(run: string | undefined, filter: DelegationFilter = {}) {
    const merged = new Map<string, Delegation>();
    for (const scope of this.view(run).reverse())
      for (const [k, v] of scope.delegations) merged.set(k, v);
    return [...merged.values()].filter(
      (d) =>
        (filter.offeredBy === undefined || d.offeredBy === filter.offeredBy) &&
        (filter.coveredBy === undefined || d.coveredBy === filter.coveredBy) &&
        (filter.scope === undefined || d.scope === filter.scope) &&
        (filter.includeRevoked === true || d.status === 'active'),
    );
  }

  getFixture(run: string | undefined, pid: string, consumerOrg?: string) {
    const scopes = this.view(run);
    // Most runs pin no fixture: no key is made (and hashed) for an empty scope.
    if (consumerOrg !== undefined) {
      for (const scope of scopes) {
        if (scope.fixtures.size === 0) continue;
        const found = scope.fixtures.get(fixtureKey(pid, consumerOrg));
        if (found !== undefined) return found;
      }
    }
    for (const scope of scopes) {
      if (scope.fixtures.size === 0) continue;
      const found = scope.fixtures.get(fixtureKey(pid, undefined));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  putFixture(run: string | undefined, fixture: Fixture) {
    this.scope(run, true)?.fixtures.set(
      fixtureKey(fixture.personidentifikator, fixture.consumerOrg),
      fixture,
    );
  }
  deleteFixture(run: string | undefined, pid: string, consumerOrg?: string) {
    return this.scope(run, false)?.fixtures.delete(fixtureKey(pid, consumerOrg)) ?? false;
  }
  listFixtures(run: string | undefined) {
    const merged = new Map<string, Fixture>();
    for (const scope of this.view(run).reverse())
      for (const [k, v] of scope.fixtures) merged.set(k, v);
    return [...merged.values()];
  }

  addFault(run: string | undefined, fault: Fault) {
    this.scope(run, true)?.faults.push(fault);
    this.faultCount++;
  }
  listFaults(run: string | undefined) {
    return this.view(run).flatMap((s) => s.faults);
  }
  deleteFault(run: string | undefined, id: string) {
    const scope = this.scope(run, false);
    const index = scope?.faults.findIndex((f) => f.id === id) ?? -1;
    if (scope === undefined || index === -1) return false;
    scope.faults.splice(index, 1);
    this.faultCount--;
    return true;
  }
  hasFaults() {
    return this.faultCount > 0;
  }
  takeFault(run: string | undefined, query: FaultQuery) {
    for (const scope of this.view(run)) {
      const index = scope.faults.findIndex((f) => faultMatches(f, query));
      if (index === -1) continue;
      const fault = scope.faults[index] as Fault;
      if (fault.remaining !== undefined) {
        const remaining = fault.remaining - 1;
        if (remaining <= 0) {
          scope.faults.splice(index, 1);
          this.faultCount--;
        } else scope.faults[index] = { ...fault, remaining };
      }
      return fault;
    }
    return undefined;
  }

  /** Resolves at once: nothing to write. */
  async flush() {}

  /** Nothing to let go of. */
  async close() {}

  /** The state as plain data; the objects are the stored ones (they are never mutated). */
  snapshot(): StoreState {
    const plain = (scope: Scope): ScopeState => ({
      onboarding: [...scope.onboarding.values()],
      delegations: [...scope.delegations.values()],
      fixtures: [...scope.fixtures.values()],
      faults: [...scope.faults],
    });
    return {
      organisations: this.listOrganisations(),
      clients: this.listClients(),
      global: plain(this.global),
      runs: [...this.runs].map(([id, scope]) => ({ id, ...plain(scope) })),
    };
  }

  /** Replaces the state with a snapshot's; the jti replay cache is kept as it is. */
  protected restore(state: StoreState) {
    this.clearAll();
    for (const org of state.organisations) this.organisations.set(org.orgnr, org);
    for (const client of state.clients) this.clients.set(client.clientId, client);
    const fill = (scope: Scope, from: ScopeState) => {
      for (const o of from.onboarding) scope.onboarding.set(o.orgnr, o);
      for (const d of from.delegations)
        scope.delegations.set(delegationKey(d.offeredBy, d.coveredBy, d.scope), d);
      for (const f of from.fixtures)
        scope.fixtures.set(fixtureKey(f.personidentifikator, f.consumerOrg), f);
      scope.faults.push(...from.faults);
      this.faultCount += from.faults.length;
    };
    fill(this.global, state.global);
    for (const run of state.runs) fill(this.scope(run.id, true) as Scope, run);
  }

  /** Throws ReplayCacheFull rather than forget a live grant id (see replay-cache.ts). */
  rememberJti(key: string, expiresAtMs: number, nowMs: number) {
    return this.jtis.remember(key, expiresAtMs, nowMs);
  }
  jtiCount() {
    return this.jtis.size;
  }

  reset(run: string | undefined) {
    if (run !== undefined) {
      const scope = this.runs.get(run);
      if (scope !== undefined) this.faultCount -= scope.faults.length;
      this.runs.delete(run);
      return;
    }
    this.clearAll();
    this.jtis.clear();
  }

  private clearAll() {
    this.organisations.clear();
    this.clients.clear();
    this.global.onboarding.clear();
    this.global.delegations.clear();
    this.global.fixtures.clear();
    this.global.faults.length = 0;
    this.runs.clear();
    this.faultCount = 0;
  }
}
