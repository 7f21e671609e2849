// The check every call of this API gets before it is sent (the current endpoint and the retired
// one alike).
import { checkCommonParameters, invalidParameter } from '@skattedeling/felles';
import { isMaaned, type Maaned, Maanedsperiode, monthRule } from './domain.js';

/**
 * Throws a RangeError for a call the API would refuse with 400 IM-006 (a month not `YYYY-MM`,
 * `fraOgMed` after `tilOgMed`, a personidentifikator not 11 digits, a rettighetspakke not letters
 * only), naming the parameter, before a token is fetched or anything is sent. `tilOgMed` may be
 * left out only on the retired endpoint.
 */
export function checkRequest(
  request: {
    readonly rettighetspakke: string;
    readonly personidentifikator: string;
    readonly fraOgMed: Maaned;
    readonly tilOgMed?: Maaned | undefined;
    readonly format?: string | undefined;
    readonly altinnSamtykke?: string | undefined;
  },
  options: { readonly tilOgMedOptional?: boolean } = {},
): void {
  if (request === null || typeof request !== 'object')
    throw new TypeError('hent needs { rettighetspakke, personidentifikator, fraOgMed, tilOgMed }');
  checkCommonParameters(request);
  if (request.tilOgMed === undefined && options.tilOgMedOptional === true) {
    if (!isMaaned(request.fraOgMed))
      throw invalidParameter('fraOgMed', request.fraOgMed, monthRule);
    return;
  }
  Maanedsperiode(request.fraOgMed, request.tilOgMed as Maaned);
}
