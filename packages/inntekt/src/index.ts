// @skattedeling/inntekt: types, validation, a fetch client and rules for Skatteetaten's Inntekt API.

export {
  type FiltreringsValg,
  filtrerForRettighetspakke,
  inntektstypeOgBeskrivelse,
} from './filtrering.js';
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
  createInntektClient,
  type Format,
  type HentInntekterParams,
  type InntektClient,
  type InntektClientOptions,
  type InntektSvar,
} from './klient.js';
export {
  antallMaaneder,
  erIPerioden,
  erKomplett,
  erMaaned,
  forrigeMaaned,
  KOMPLETT_FRA_DAG,
  leggTilMaaneder,
  type Maaned,
  type Maanedsperiode,
  maaned,
  maanedAv,
  maanederIPerioden,
  maanedForDato,
  maanedsperiode,
  nesteMaaned,
  sammenlignMaaneder,
  sisteKompletteMaaneder,
  sisteKomplettMaaned,
} from './maaned.js';
export {
  erRettighetspakkenavn,
  type KjentRettighetspakke,
  kjenteRettighetspakker,
  normaliserRettighetspakke,
  type Tilgangsgrunnlag,
  tilgangsgrunnlag,
} from './rettighetspakke.js';
export {
  inntekterTilXml,
  inntektSchema,
  inntektValidator,
  validateFeil,
  validateInntekter,
  validateInntektFeil,
} from './validering.js';
