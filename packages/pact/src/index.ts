// @skattedeling/pact: the provider-state vocabulary and contract-derived matchers for consumer
// tests against Maskinporten, Summert skattegrunnlag (with Skatteoppgjør hendelser and Siste
// tilgjengelige skatteoppgjør) and the Inntekt API (as imitated by the Skattedeling simulator,
// which verifies pacts written with them).

export {
  type ConsumerPactOptions,
  consumerPactOptions,
  fromStates,
  givenStates,
  type PactV4Options,
} from './consumer.js';
export {
  exampleKorrelasjonsid,
  inntekterMatcher,
  inntektFeilMatcher,
  oauthErrorMatcher,
  ssgFeilMatcher,
  summertSkattegrunnlagMatcher,
  type TokenResponseExample,
  tokenResponseMatcher,
} from './matchers/bodies.js';
export {
  bearerToken,
  compactJwsPattern,
  decodeJwtClaims,
  exampleIssuedAt,
  exampleJwt,
} from './matchers/jwt.js';
export {
  hendelseStartMatcher,
  sisteTilgjengeligeSkatteoppgjoerMatcher,
  skatteoppgjoerHendelserMatcher,
} from './matchers/lists.js';
export {
  ContractShapeError,
  matcherFromSchema,
  type SchemaMatcherOptions,
} from './matchers/schema.js';
export {
  formUrlEncodedBody,
  type GrantExample,
  jwtBearerGrantType,
  tokenRequestForm,
  type V4RequestBuilder,
} from './matchers/token-request.js';
export {
  allProviderNames,
  isProviderName,
  type ProviderName,
  providerNames,
} from './providers.js';
export {
  kommuneHarDelegert,
  kommuneHarIkkeDelegert,
  kommuneHarPaakobling,
  kommuneManglerPaakobling,
  kommuneManglerRettighetspakke,
  type ProviderState,
  personErSkjermet,
  personErUkjent,
  personHarAOrdningInntekt,
  personHarOppgjoer,
  personIGruppeHarOppgjoer,
  personIGruppeHarOppgjoerMed,
  personManglerAOrdningInntekt,
  personManglerSummertSkattegrunnlag,
  sisteTilgjengeligeOppgjoerEr,
  skatteoppgjoerHendelseFinnes,
  summertSkattegrunnlagErSlettet,
  tjenestenFeilerMidlertidig,
} from './states/builders.js';
export {
  checkProviderState,
  describeParams,
  describeProviderState,
  findProviderState,
  type StateProblem,
} from './states/check.js';
export {
  type FaultApi,
  faultApis,
  followsRule,
  type HouseholdProfile,
  householdProfiles,
  maxTekniskNavn,
  type ParamName,
  type ParamRule,
  paramRules,
  type StateApi,
  stateApis,
} from './states/params.js';
export {
  type InjectedValue,
  type ProviderStateDefinition,
  providerStates,
  type StateKey,
  type StateName,
  stateNames,
} from './states/vocabulary.js';
