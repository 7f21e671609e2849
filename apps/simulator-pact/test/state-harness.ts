// What src/states.test.ts uses to set states as verification does: a simulator standing at
// 15 June 2025, the verifier's admin client and credentials, each `given(…)` an interaction of its
// own in a test run of its own, and the requests replayed as the verifier replays them (a fresh
// token, in the interaction's run).
import type { ProviderName, ProviderState, StateName } from '@skattedeling/pact';
import {
  demoKommuner,
  demoVendor,
  type SimulatorHarness,
  startSimulator,
  TEST_RUN_HEADER,
} from '@skattedeling/simulator';
import { afterAll, beforeAll } from 'vitest';
import { AdminClient } from '../src/admin-client.js';
import { VerifierCredentials } from '../src/credentials.js';
import { type InteractionContext, InteractionTracker } from '../src/interactions.js';
import { providers } from '../src/providers.js';
import { apiAuthorization } from '../src/request-filter.js';
import { type StateDeps, stateHandlers } from '../src/states.js';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export interface StateHarness {
  readonly admin: AdminClient;
  /** The states set so far, to check that every state of the vocabulary was tested. */
  readonly tested: ReadonlySet<StateName>;
  deps(): StateDeps;
  /** Sets the states in a new interaction's run, as verification does; the values they give. */
  given(...states: ProviderState<StateName>[]): Promise<{
    context: InteractionContext;
    values: Record<string, string>;
  }>;
  /** A GET as the verifier replays it to `provider`: a fresh token, in the interaction's run. */
  request(context: InteractionContext, provider: ProviderName, path: string): Promise<Answer>;
  /** A token on the municipality's behalf (its claims), or the refusal's text. */
  token(
    context: InteractionContext,
    orgnr: string,
    scope: string,
  ): Promise<{ ok: true; claims: Record<string, unknown> } | { ok: false; message: string }>;
}

/** Starts a simulator for the file's tests (15 June 2025, standing still) and stops it after. */
export function useStateHarness(): StateHarness {
  let sim: SimulatorHarness;
  let admin: AdminClient;
  let credentials: VerifierCredentials;
  const tracker = new InteractionTracker('states-test');
  const tested = new Set<StateName>();

  beforeAll(async () => {
    // 15 June 2025: income year 2025 has no oppgjoer yet, and June 2025 is not a complete month.
    sim = await startSimulator({ today: '2025-06-15' });
    admin = new AdminClient(sim.url);
    credentials = new VerifierCredentials(admin, sim.urls.maskinporten);
  });
  afterAll(async () => {
    await credentials.close();
    await sim.close();
  });

  const deps = (): StateDeps => ({ admin, credentials, simulatorUrl: sim.url });
  return {
    get admin() {
      return admin;
    },
    tested,
    deps,
    async given(...states) {
      // Each call is an interaction of its own, with its own test run.
      const current = tracker.current();
      if (current !== undefined) current.ended = true;
      const { context } = tracker.forSetup();
      const values: Record<string, string> = {};
      for (const state of states) {
        tested.add(state.name);
        context.states.push({ name: state.name, params: state.params });
        Object.assign(values, await stateHandlers[state.name](state.params, context, deps()));
      }
      return { context, values };
    },
    async request(context, api, path) {
      const provider = providers[api];
      context.request = { method: 'GET', path };
      const authorization = await apiAuthorization(context, {
        provider,
        admin,
        credentials,
        defaults: { kommune: demoKommuner.fullt.orgnr, leverandoer: demoVendor.orgnr },
      });
      const response = await fetch(`${sim.url}${provider.basePath}${path}`, {
        headers: { authorization, accept: 'application/json', [TEST_RUN_HEADER]: context.run },
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    token(context, orgnr, scope) {
      return credentials
        .token(context.run, context.vendorOrg ?? demoVendor.orgnr, scope, orgnr)
        .then((t) => ({
          ok: true as const,
          claims: JSON.parse(atob(t.split('.')[1] as string)) as Record<string, unknown>,
        }))
        .catch((error: Error) => ({ ok: false as const, message: error.message }));
    },
  };
}
