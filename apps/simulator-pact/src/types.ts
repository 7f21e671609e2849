// The verification report: per pact file, per interaction, what held and what did not.

import type { HarnessOptions } from '@skattedeling/simulator';
import type { BrokerOptions } from './broker.js';
import type { ContractCheckReport } from './contract-check.js';

export interface VerifyPactsOptions {
  /** Pact files or folders of them. Optional when a broker is configured. */
  readonly pacts?: readonly string[];
  /** A running simulator's base URL (`http://127.0.0.1:5280`); default: start one in-process. */
  readonly simulatorUrl?: string;
  /**
   * The running simulator's admin token, when it has one; default the environment variable
   * SKATTEDELING_SIM_ADMIN_TOKEN (the one the simulator itself reads).
   */
  readonly adminToken?: string;
  /** Settings for the in-process simulator (port 0 on 127.0.0.1 and no log output by default). */
  readonly simulator?: HarnessOptions;
  /** Also check every interaction against the OpenAPI contracts; default true. */
  readonly checkContracts?: boolean;
  /** Provider name → OpenAPI file for the contract check; default: the contracts the packages ship. */
  readonly contracts?: Readonly<Record<string, string>>;
  /** Fetch pacts from (and publish results to) a Pact Broker; default from PACT_BROKER_* variables. */
  readonly broker?: BrokerOptions | undefined;
  /** Progress lines while verifying (the report comes at the end). */
  readonly log?: (line: string) => void;
  /** Pact core log level; default `error`. */
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
}

export interface InteractionReport {
  readonly description: string;
  /** The provider states with their params filled in. */
  readonly states: readonly string[];
  readonly ok: boolean;
  /** What differed between the pact and the simulator's answer. */
  readonly mismatches: readonly string[];
  /** Why the simulator answered as it did (from its journal), for failed interactions. */
  readonly simulatorReasons: readonly string[];
}

export interface PactReport {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  readonly ok: boolean;
  /** Why the pact was not (fully) verified: unknown provider or states, a broken file. */
  readonly problems: readonly string[];
  readonly interactions: readonly InteractionReport[];
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly simulatorUrl: string;
  readonly pacts: readonly PactReport[];
  readonly contractCheck: ContractCheckReport | undefined;
  /** Problems outside any one pact (no pact files, a broker failure). */
  readonly problems: readonly string[];
}
