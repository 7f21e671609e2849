// @skattedeling/summert-skattegrunnlag/siste-tilgjengelige: Siste tilgjengelige skatteoppgjør,
// the newest income year with a published assessment for a person, to ask Summert
// skattegrunnlag for the right year. Same scopes and delegation, hence in this package.

export { apiBaseUrl } from '@skattedeling/felles';
export type {
  SisteTilgjengeligeSkatteoppgjoer,
  TdFeil,
  TdFeilkode,
} from '../generated/siste-tilgjengelige/types.gen.js';
export { sisteTilgjengeligeSkatteoppgjoerApi } from './api.js';
export {
  createSisteTilgjengeligeSkatteoppgjoerClient,
  type SisteTilgjengeligeSkatteoppgjoerClient,
  type SisteTilgjengeligeSkatteoppgjoerClientOptions,
  type SisteTilgjengeligeSkatteoppgjoerRequest,
} from './client.js';
export {
  sisteTilgjengeligeSkatteoppgjoerSchema,
  validateSisteTilgjengeligeSkatteoppgjoer,
  validateTdFeil,
} from './validate.js';
export { sisteTilgjengeligeSkatteoppgjoerTilXml } from './xml.js';
