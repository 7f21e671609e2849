// @skattedeling/simulator: start the simulator from code (tests, embedding) or with the CLI.
export {
  createLogger,
  type Simulator,
  StartError,
  type StartOptions,
  startSimulator,
} from './app.js';
export { ConfigError, defaultConfig, loadConfig, parseArgs } from './config/load.js';
export { options, type SimulatorConfig } from './config/options.js';
export { type Urls, urlsFor } from './context.js';
export { type DemoInfo, demoClientIds, demoKommuner, demoVendor } from './demo/demo.js';
export { REASON_HEADER, TEST_RUN_HEADER } from './http/headers.js';
export type { JournalEntry, TrailStep } from './journal/journal.js';
