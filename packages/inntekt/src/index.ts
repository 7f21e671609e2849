// @skattedeling/inntekt: types, validation, a fetch client and rules for Skatteetaten's Inntekt API.

export {
  type ApiResult,
  type Format,
  feilFraXml,
  isRequestError,
  RequestError,
  type RequestErrorCode,
  type RetryEvent,
  type RetryOptions,
} from '@skattedeling/felles';
export { inntektApi } from './api.js';
export {
  createInntektClient,
  type InntektClient,
  type InntektClientOptions,
  type InntektRequest,
} from './client.js';
export {
  antallMaaneder,
  forrigeMaaned,
  isIPerioden,
  isKomplett,
  isMaaned,
  isPersonidentifikator,
  isRettighetspakke,
  KOMPLETT_FRA_DAG,
  leggTilMaaneder,
  Maaned,
  Maanedsperiode,
  maanedAv,
  maanederIPerioden,
  maanedForDato,
  nesteMaaned,
  Personidentifikator,
  Rettighetspakke,
  sammenlignMaaneder,
  sisteKompletteMaaneder,
  sisteKomplettMaaned,
} from './domain.js';
export {
  type FiltreringsValg,
  filtrerForRettighetspakke,
  inntektstypeOgBeskrivelse,
} from './filter.js';
export { hentInntekter } from './generated/v1/sdk.gen.js';
export type {
  Antall,
  BilOgBaat,
  Feil,
  Fordel,
  HentInntekterData,
  HentInntekterErrors,
  HentInntekterResponses,
  Inntekt,
  Inntekter,
  InntektFeil,
  InntektFeilkode,
  Inntektsmottaker,
  Landkode,
  Livrente,
  Loennsinntekt,
  Naeringsinntekt,
  OppgaveInntektsmottaker,
  PensjonEllerTrygd,
  ReiseKostOgLosji,
  Spesifikasjon,
  Tilleggsinformasjon,
  UtenlandskArtist,
  YtelseFraOffentlige,
} from './generated/v1/types.gen.js';
export {
  type KjentRettighetspakke,
  kjenteRettighetspakker,
  normaliserRettighetspakke,
  type Tilgangsgrunnlag,
  tilgangsgrunnlag,
} from './rettighetspakke.js';
export {
  inntektSchema,
  inntektValidator,
  validateFeil,
  validateInntekter,
  validateInntektFeil,
} from './validate.js';
export { inntekterTilXml } from './xml.js';
