// @skattedeling/summert-skattegrunnlag/hendelser: Skatteoppgjør hendelser, the event list that
// says whose tax assessment was published, corrected or deleted. Same scopes and delegation as
// Summert skattegrunnlag, hence in this package.

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
  Hendelsetype,
  SkatteoppgjoerHendelse,
  SkatteoppgjoerHendelser,
} from '../generated/hendelser/types.gen.js';
export { skatteoppgjoerHendelserApi } from './api.js';
export {
  createSkatteoppgjoerHendelserClient,
  type SkatteoppgjoerHendelserClient,
  type SkatteoppgjoerHendelserClientOptions,
} from './client.js';
export { erSlettet, hendelsetyper, type KjentHendelsetype } from './hendelsetype.js';
export {
  skatteoppgjoerHendelserSchema,
  validateFaFeil,
  validateHendelseStart,
  validateSkatteoppgjoerHendelser,
} from './validate.js';
export { hendelseStartTilXml, skatteoppgjoerHendelserTilXml } from './xml.js';
