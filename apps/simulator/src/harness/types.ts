// The test harness's public shapes. Kept free of the server's own types (express, the store, the
// context), so a vendor's test project needs no type packages beyond @types/node.
import type { SimulatorConfig } from '../config/options.js';
import type { DemoInfo } from '../demo/facts.js';
import type { SimulatorAdmin } from '../generated/admin/sdk.gen.js';
import type {
  ClientInput,
  FaultInput,
  JournalEntry,
  OnboardingInput,
  PersonFixtureDocument,
} from '../generated/admin/types.gen.js';
import type { AltinnAdmin } from '../generated/altinn/sdk.gen.js';
import type { DelegationInput } from '../generated/altinn/types.gen.js';

/**
 * How to start a simulator for tests. Every key of the CLI's configuration may be given; the
 * harness's defaults differ from the CLI's where a test suite needs it: `port: 0` (a free port),
 * `logLevel: 'quiet'`, and `stateDir` a new temporary folder that close() removes. The
 * environment (`SKATTEDELING_SIM_*`) and config files are not read.
 */
export type HarnessOptions = Partial<SimulatorConfig>;

/** Where each imitated system lives; switch a client between TEST and the simulator with these. */
export interface HarnessUrls {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  /** The Maskinporten issuer, the `aud` of every grant (trailing slash). */
  readonly maskinporten: string;
  readonly tokenEndpoint: string;
  readonly jwks: string;
  /** Base of Summert skattegrunnlag (`…/summertskattegrunnlag`, then `/v2/…`). */
  readonly summertSkattegrunnlag: string;
  /** Base of the Inntekt API (`…/inntekt`, then `/v1/…`). */
  readonly inntekt: string;
  /** The admin API (`…/_simulator`). */
  readonly admin: string;
}

/** An access token as the demo vendor gets it (the simulator's own token endpoint, a real grant). */
export interface TokenRequest {
  /** On behalf of this municipality (Altinn delegation); default none (the vendor's own). */
  readonly consumerOrg?: string;
  /** One scope or several; default `skatteetaten:summertskattegrunnlag`. */
  readonly scope?: string | readonly string[];
  /** Sign as the virksomhetssertifikat client (`x5c`) instead of the registered key (`kid`). */
  readonly certificate?: boolean;
}

/** What a test arranges for itself with use(); reset() takes it away again. */
export interface Scenario {
  /** Organisations by orgnr (names in explanations). */
  readonly organisations?: Readonly<Record<string, { readonly navn: string }>>;
  /** Maskinporten clients to register. */
  readonly clients?: readonly ClientInput[];
  /** KS onboarding by orgnr: tilslutningserklæring and påkoblinger. */
  readonly onboarding?: Readonly<Record<string, OnboardingInput>>;
  /** Altinn delegations consumer → supplier. */
  readonly delegations?: readonly DelegationInput[];
  /** A person's data pinned exactly, by personidentifikator (the fixture-file format). */
  readonly fixtures?: Readonly<Record<string, PersonFixtureDocument>>;
  /** Injected faults: a status and code, or latency, per API, path, person or consumer. */
  readonly faults?: readonly FaultInput[];
}

export interface HarnessJournal {
  /** The journal's entries since the last take() (or since start), oldest first. */
  take(): Promise<JournalEntry[]>;
}

/** A running simulator for a test suite. `await using sim = await startSimulator()` closes it. */
export interface SimulatorHarness extends AsyncDisposable {
  /** The base URL, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly urls: HarnessUrls;
  /** The configuration it runs with (defaults filled in). */
  readonly config: SimulatorConfig;
  /** The demo set-up (vendor, clients, municipalities, persons, files); undefined with `demo: false`. */
  readonly demo: DemoInfo | undefined;
  /** The typed admin API (generated from contracts/simulator/openapi.yaml); throws on a 4xx/5xx. */
  readonly admin: SimulatorAdmin;
  /** The typed Altinn delegation API (contracts/altinn/openapi.yaml); throws on a 4xx/5xx. */
  readonly altinn: AltinnAdmin;
  readonly journal: HarnessJournal;
  /** An access token for the demo vendor; rejects with the refusal and its reason. */
  token(request?: TokenRequest): Promise<string>;
  /** Arranges a scenario for the current test, in the order of Scenario's keys. */
  use(scenario: Scenario): Promise<void>;
  /** Everything back as started (the demo set-up again), the journal emptied. */
  reset(): Promise<void>;
  /** Stops the server and removes the temporary state folder. Safe to call twice. */
  close(): Promise<void>;
}

/** An access-token request the simulator refused; `reason` is its explanation header. */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
  constructor(
    readonly status: number,
    readonly body: string,
    readonly reason: string | undefined,
  ) {
    super(`token refused: ${status} ${body}${reason === undefined ? '' : ` (reason: ${reason})`}`);
  }
}
