// The check every call of this API gets before it is sent (V2 and the retired V1 paths alike).
import { checkCommonParameters } from '@skattedeling/felles';
import { Inntektsaar, Stadie } from './domain.js';

/**
 * Throws a RangeError for a call the API would refuse with 400 SSG-006 (or 404 for a path it
 * does not have), naming the parameter, before a token is fetched or anything is sent. `stadie`
 * may be left out only on the V1 paths.
 */
export function checkRequest(
  request: {
    readonly stadie?: string | undefined;
    readonly rettighetspakke: string;
    readonly inntektsaar: string;
    readonly personidentifikator: string;
    readonly format?: string | undefined;
    readonly altinnSamtykke?: string | undefined;
  },
  options: { readonly stadieOptional?: boolean } = {},
): void {
  if (request === null || typeof request !== 'object')
    throw new TypeError('hent needs { stadie, rettighetspakke, inntektsaar, personidentifikator }');
  if (request.stadie !== undefined || options.stadieOptional !== true)
    Stadie(request.stadie as string);
  checkCommonParameters(request);
  Inntektsaar(request.inntektsaar);
}
