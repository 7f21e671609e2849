// @skattedeling/inntekt/hendelser: Inntekt hendelser, the event list that says whose a-ordning
// income changed for which month. Same scope and delegation as the Inntekt API, hence in this
// package.

export {
  apiBaseUrl,
  FeedError,
  type FeedReader,
  type FeedReadOptions,
} from '@skattedeling/felles';
export type {
  FaFeil,
  FaFeilkode,
  HendelseStart,
  InntektHendelse,
  InntektHendelser,
} from '../generated/hendelser/types.gen.js';
export { inntektHendelserApi } from './api.js';
export {
  createInntektHendelserClient,
  type InntektHendelserClient,
  type InntektHendelserClientOptions,
  periodeForHendelse,
} from './client.js';
export {
  inntektHendelserSchema,
  validateFaFeil,
  validateHendelseStart,
  validateInntektHendelser,
} from './validate.js';
export { hendelseStartTilXml, inntektHendelserTilXml } from './xml.js';
