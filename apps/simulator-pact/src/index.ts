// Provider verification of vendors' pacts against the simulator, and the pact ⇄ contract check.
// The CLI exposes it as `skattedeling-simulator verify-pacts` (runVerifyPactsCommand).
export {
  type BrokerOptions,
  brokerFromEnv,
  fetchPactsForVerification,
  publishPacts,
} from './broker.js';
export { runVerifyPactsCommand, verifyPactsHelp } from './command.js';
export {
  adaptForComparator,
  type ContractCheckOptions,
  type ContractCheckReport,
  type ContractCheckResult,
  type ContractProblem,
  checkPactsAgainstContracts,
  defaultContracts,
  formatContractReport,
} from './contract-check.js';
export { findPactFiles, type PactFile, PactFileError, readPactFile } from './pact-files.js';
export { type ProviderInfo, providers } from './providers.js';
export { formatVerifyReport, verdict } from './report.js';
export {
  type InteractionReport,
  type PactReport,
  type VerifyPactsOptions,
  type VerifyReport,
  verifyPacts,
} from './verify.js';
