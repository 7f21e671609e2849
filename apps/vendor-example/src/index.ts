// The reference vendor integration as a library (the HTTP front is in server.ts, the start script
// in main.ts).
export {
  type CallDeps,
  hentInntekt,
  hentSkattegrunnlag,
  type InntektOutcome,
  type SkattegrunnlagOutcome,
} from './calls.js';
export { type Decision, type DecisionStore, inMemoryDecisions } from './decisions.js';
export {
  type Api,
  MissingAccessError,
  type MissingStep,
  ServiceUnavailableError,
  UnexpectedResponseError,
} from './errors.js';
export {
  type FollowRun,
  followOppgjoerHendelser,
  inMemoryPosition,
  type OppgjoerFollowerOptions,
  type PositionStore,
  skatteoppgjoerHendelserFor,
} from './follow-oppgjoer.js';
export {
  type IncomeBasis,
  incomeBasis,
  SKATTEFRIE_INNTEKTSPOSTER,
  SUM_INNTEKTER,
} from './income-basis.js';
export { type Postrolle, postrolle } from './income-items.js';
export { FIRST_MONTH_OF_NEW_YEAR, type IncomeYears, incomeYearsFor } from './income-year.js';
export { type MonthlyIncome, monthlyIncome } from './monthly-income.js';
export { positionFile } from './position-file.js';
export { decisionsToReevaluate, type OppgjoerHendelse } from './reevaluation.js';
export type {
  BoligsosialPerson,
  BoligsosialResultat,
  ForeldrebetalingResultat,
  SkattegrunnlagStatus,
} from './results.js';
export { defaultRetryPolicy, type RetryPolicy, type Sleep, withRetry } from './retry.js';
export { createVendorServer } from './server.js';
export {
  type BoligsosialRequest,
  createVendorService,
  type HouseholdRequest,
  rettighetspakker,
  type VendorService,
  type VendorServiceOptions,
} from './service.js';
export {
  SCOPE_INNTEKT,
  SCOPE_SUMMERT_SKATTEGRUNNLAG,
  type TokenRequest,
  type TokenSource,
  tokenSourceFromMaskinporten,
} from './tokens.js';
