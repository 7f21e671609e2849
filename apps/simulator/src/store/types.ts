// The simulator's state: small and explicit. Clients and organisations are global; scenario state
// (onboarding, delegations, fixtures, faults) lives in a scope: the global one or one per test run
// (header `x-skattedeling-test-run`), where a run's entries shadow the global ones.
import type { JsonWebKey } from 'node:crypto';
import type { ApiId } from '../onboarding/apis.js';

/** A lookup API's id, from the list of lookup descriptors (onboarding/apis.ts). */
export type { ApiId };
export type Stadie = 'oppgjoer' | 'utkast' | 'fastsatt';

export interface Organisation {
  readonly orgnr: string;
  readonly navn: string;
}

export interface RegisteredKey {
  readonly kid: string;
  /** The public JWK as registered (private members are never stored). */
  readonly jwk: JsonWebKey;
  readonly registeredAt: string;
  /** Maskinporten keys are valid one year from upload (then MP-121 "Expired key"). */
  readonly expiresAt: string;
}

export interface Client {
  readonly clientId: string;
  readonly orgnr: string;
  readonly navn: string;
  readonly scopes: readonly string[];
  /** Registered keys. A client with keys must sign with one of them (kid); x5c is refused. */
  readonly keys: readonly RegisteredKey[];
  readonly createdAt: string;
}

export interface Delegation {
  readonly id: string;
  /** The consumer (avgiver), e.g. the municipality. */
  readonly offeredBy: string;
  /** The supplier (mottaker), e.g. the vendor. */
  readonly coveredBy: string;
  readonly scope: string;
  /** The Altinn right as shown in the portal ("Inntekt API - På vegne av"). */
  readonly rettighet: string;
  readonly status: 'active' | 'revoked';
  readonly created: string;
  readonly revoked?: string;
  /** Set when the delegation lives in a test run's scope. */
  readonly testRun?: string;
}

export interface Paakobling {
  /** Rettighetspakker Skatteetaten granted with the påkobling. */
  readonly rettighetspakker: readonly string[];
  readonly innvilget: string;
}

export interface Onboarding {
  readonly orgnr: string;
  readonly navn: string;
  readonly tilslutningserklaeringSignert: boolean;
  readonly paakoblinger: Readonly<Partial<Record<ApiId, Paakobling>>>;
  readonly testRun?: string;
}

/**
 * A person's data pinned through the admin API, in the data module's fixture format (the value
 * under `persons.<personidentifikator>` of a fixture file; see src/data/README.md).
 */
export interface Fixture {
  readonly personidentifikator: string;
  /** Only for calls whose token names this consumer. */
  readonly consumerOrg?: string;
  readonly document: Readonly<Record<string, unknown>>;
  readonly created: string;
  readonly testRun?: string;
}

export type FaultApi = 'maskinporten' | ApiId;

export interface Fault {
  readonly id: string;
  readonly api?: FaultApi;
  /** Only requests whose path starts with this. */
  readonly pathPrefix?: string;
  readonly personidentifikator?: string;
  readonly consumerOrg?: string;
  readonly latencyMs?: number;
  /** Answer with this status instead of the normal answer (latency alone delays the normal one). */
  readonly status?: number;
  /** Skatteetaten error kode (SSG-002, DAS-003, …); its catalogue status applies when status is absent. */
  readonly kode?: string;
  /** OAuth error for Maskinporten faults (temporarily_unavailable, server_error, …). */
  readonly error?: string;
  /** How many more requests the fault hits; absent means until removed. */
  readonly remaining?: number;
  readonly created: string;
  readonly testRun?: string;
}

export interface FaultQuery {
  readonly api: FaultApi;
  readonly path: string;
  readonly personidentifikator?: string | undefined;
  readonly consumerOrg?: string | undefined;
}

export interface DelegationFilter {
  readonly offeredBy?: string | undefined;
  readonly coveredBy?: string | undefined;
  readonly scope?: string | undefined;
  readonly includeRevoked?: boolean;
}

/**
 * The one store interface. `run` is the test-run id or undefined for the global scope; reads with
 * a run see the run's entries first, then the global ones.
 */
export interface Store {
  getOrganisation(orgnr: string): Organisation | undefined;
  putOrganisation(org: Organisation): void;
  listOrganisations(): Organisation[];

  getClient(clientId: string): Client | undefined;
  putClient(client: Client): void;
  deleteClient(clientId: string): boolean;
  listClients(): Client[];
  /** The client that registered this kid (kids are unique across clients, as in Maskinporten). */
  findClientByKid(kid: string): Client | undefined;

  getOnboarding(run: string | undefined, orgnr: string): Onboarding | undefined;
  putOnboarding(run: string | undefined, onboarding: Onboarding): void;
  deleteOnboarding(run: string | undefined, orgnr: string): boolean;
  listOnboarding(run: string | undefined): Onboarding[];

  /** The effective delegation for consumer → supplier and scope (active or revoked), if any. */
  findDelegation(
    run: string | undefined,
    offeredBy: string,
    coveredBy: string,
    scope: string,
  ): Delegation | undefined;
  getDelegation(run: string | undefined, id: string): Delegation | undefined;
  putDelegation(run: string | undefined, delegation: Delegation): void;
  listDelegations(run: string | undefined, filter?: DelegationFilter): Delegation[];

  /** The fixture for this person: one pinned for `consumerOrg` first, then a general one. */
  getFixture(
    run: string | undefined,
    personidentifikator: string,
    consumerOrg?: string,
  ): Fixture | undefined;
  putFixture(run: string | undefined, fixture: Fixture): void;
  deleteFixture(
    run: string | undefined,
    personidentifikator: string,
    consumerOrg?: string,
  ): boolean;
  listFixtures(run: string | undefined): Fixture[];

  addFault(run: string | undefined, fault: Fault): void;
  listFaults(run: string | undefined): Fault[];
  deleteFault(run: string | undefined, id: string): boolean;
  /** The first matching fault (the run's before the global ones); consumes one of its count. */
  takeFault(run: string | undefined, query: FaultQuery): Fault | undefined;
  /** True when any fault exists at all (lets the hot path skip matching). */
  hasFaults(): boolean;

  /**
   * Remembers a grant id until `expiresAtMs`. False when it is already remembered (a replay).
   * Memory is bounded: expired ids leave first and the cache never exceeds its cap; when the cap
   * is reached with every id still live it throws ReplayCacheFull (replay-cache.ts) rather than
   * forget one.
   */
  rememberJti(key: string, expiresAtMs: number, nowMs: number): boolean;
  jtiCount(): number;

  /** Clears one run's scope, or (run undefined) everything. */
  reset(run: string | undefined): void;

  /**
   * Resolves once every change so far is persisted (at once for the memory store); rejects when
   * the write that should persist them failed. Admin writes are answered only after it resolves.
   */
  flush(): Promise<void>;

  /** Persists what is left and lets go of the state file's lock (a failed write is reported). */
  close(): Promise<void>;
}
