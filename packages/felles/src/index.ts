export {
  type ApiDescriptor,
  apiBaseUrl,
  checkApiDescriptor,
  type Feilbetydning,
  type Feilkoder,
  hendelseslisteFeilkoder,
  type Miljoe,
  type ValgfriFeilbetydning,
} from './api-descriptor.js';
export {
  type ApiClientOptions,
  type AttemptOptions,
  attempt,
  checkTimeout,
  createApiFetch,
  DEFAULT_TIMEOUT_MS,
} from './api-fetch.js';
export { type ApiResult, type GeneratedResult, readFeil, toApiResult } from './api-result.js';
export {
  checkDato,
  createFeedClient,
  type FeedCallOptions,
  type FeedClient,
  FeedError,
  type FeedOperations,
  type FeedPageCall,
  type FeedStartCall,
} from './feed-client.js';
export {
  checkFeedPageRequest,
  type FeedBackoffOptions,
  type FeedEvent,
  type FeedPageRequest,
  type FeedPageSource,
  type FeedReader,
  type FeedReadOptions,
  type FeedWaitEvent,
  feedDelayMs,
  MAKS_ANTALL,
  readFeed,
} from './feed-reader.js';
export {
  erFeil,
  type Feil,
  type Feilkode,
  type FeilkodeBeskrivelse,
  type Feilkodeprefiks,
  feilkoder,
  finnFeilkode,
  isFeilkode,
  lagFeil,
} from './feil.js';
export { feilFraXml, feilTilXml } from './feil-xml.js';
export { schema as feilSchema } from './generated/feil/schema.js';
export {
  acceptHeader,
  type Branded,
  checkCommonParameters,
  type Format,
  invalidParameter,
  isFormat,
  isPersonidentifikator,
  isRettighetspakke,
  Personidentifikator,
  Rettighetspakke,
} from './parameters.js';
export {
  isRequestError,
  maskPersonidentifikator,
  RequestError,
  type RequestErrorCode,
  type RequestErrorInit,
} from './request-error.js';
export {
  backoffMs,
  isRetryableStatus,
  type RetryEvent,
  type RetryOptions,
  type RetryPolicy,
  retryAfterMs,
  retryPolicy,
} from './retry.js';
export {
  ContractValidationError,
  createValidator,
  pointerToPath,
  type SchemaDocument,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from './validator.js';
export { escapeXml, XmlSerializer } from './xml.js';
