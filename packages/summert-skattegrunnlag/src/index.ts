// @skattedeling/summert-skattegrunnlag: types, validators and a fetch client for Skatteetaten's
// Summert skattegrunnlag API V2, generated from contracts/skatteetaten/summert-skattegrunnlag.

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
export { summertSkattegrunnlagApi } from './api.js';
export {
  createSummertSkattegrunnlagClient,
  type SummertSkattegrunnlagClient,
  type SummertSkattegrunnlagClientOptions,
  type SummertSkattegrunnlagRequest,
} from './client.js';
export {
  Inntektsaar,
  isInntektsaar,
  isPersonidentifikator,
  isRettighetspakke,
  isStadie,
  Personidentifikator,
  Rettighetspakke,
  Stadie,
  stadier,
} from './domain.js';
export { validateSummertSkattegrunnlag2021 } from './generated/aar/2021.js';
export type {
  Feil,
  Grunnlag,
  Kategori,
  Spesifisering,
  SsgFeil,
  SsgFeilkode,
  SummertSkattegrunnlag,
} from './generated/v2/types.gen.js';
export {
  type AarMedInformasjonsmodell,
  aarMedInformasjonsmodell,
  type EttAarsInformasjonsmodell,
  harInformasjonsmodell,
  type Informasjonsmodeller,
  informasjonsmodell,
  validateInformasjonsmodell,
} from './informasjonsmodeller.js';
export {
  type AvgrensetNavn,
  type Begrep,
  type Foelger,
  type InnholdKategori,
  type InnholdUtvalg,
  innholdFor,
  type PakkensInnhold,
  type RettighetspakkeInnhold,
  type RettighetspakkeInnholdDokument,
  rettighetspakkeInnholdSchema,
  type Skrivebeskyttet,
  standardRettighetspakkeInnhold,
  validateInnhold,
  validateRettighetspakkeInnhold,
} from './innhold.js';
export {
  type Avgjoerelse,
  type Filtrering,
  filtrerForRettighetspakke,
  filtrerMedRegelspor,
  type RettighetspakkeFilter,
  rettighetspakkeFilter,
  type Tilbakeholdt,
} from './innhold-filter.js';
export type { Informasjonsmodell, InformasjonsmodellRad } from './modell.js';
export {
  type KjentRettighetspakke,
  kanLeseStadie,
  kreverSamtykke,
  rettighetspakkerMedSamtykke,
  stadierFor,
  stadierPerRettighetspakke,
} from './rettighetspakker.js';
export * as v1 from './v1.js';
export {
  summertSkattegrunnlagSchema,
  validateFeil,
  validateSsgFeil,
  validateSummertSkattegrunnlag,
} from './validate.js';
export { summertSkattegrunnlagTilXml } from './xml.js';
