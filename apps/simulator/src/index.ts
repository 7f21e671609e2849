// @skattedeling/simulator: the simulator for test suites (startSimulator) and its configuration.
// The CLI (`skattedeling-simulator`) is dist/cli.js. The public types name no server internals
// (express, the store), so a consumer needs no type packages beyond @types/node.
export { ConfigError, defaultConfig, loadConfig, parseArgs } from './config/load.js';
export { options, type SimulatorConfig } from './config/options.js';
export { type DemoInfo, demoClientIds, demoKommuner, demoVendor } from './demo/facts.js';
export type { SimulatorAdmin } from './generated/admin/sdk.gen.js';
export type {
  ClientInput,
  FaultInput,
  JournalEntry,
  OnboardingInput,
  PersonFixtureDocument,
  TrailStep,
} from './generated/admin/types.gen.js';
export type { AltinnAdmin } from './generated/altinn/sdk.gen.js';
export type { DelegationInput } from './generated/altinn/types.gen.js';
export { startSimulator } from './harness/start.js';
export {
  type HarnessJournal,
  type HarnessOptions,
  type HarnessUrls,
  type Scenario,
  type SimulatorHarness,
  TokenRefusedError,
  type TokenRequest,
} from './harness/types.js';
export { REASON_HEADER, TEST_RUN_HEADER } from './http/headers.js';
export { StartError } from './start-error.js';
