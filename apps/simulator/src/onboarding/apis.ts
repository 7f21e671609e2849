// The two Skatteetaten lookup APIs as the onboarding process knows them: scopes, the Altinn right a
// municipality delegates, error codes, and the rights packages with the stages each may read. Every
// fact is read from the API's descriptor in its package (summertSkattegrunnlagApi, inntektApi);
// this file only gives them the simulator's names.
import type { ApiDescriptor, Feilkode, Feilkoder } from '@skattedeling/felles';
import { inntektApi } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { ApiId, Stadie } from '../store/types.js';

export interface ApiInfo {
  readonly id: ApiId;
  readonly navn: string;
  /** The scope a vendor asks for; the first is the main one. */
  readonly scopes: readonly string[];
  /** The right in Altinn ("… - På vegne av"). */
  readonly rettighet: string;
  /** Error-code prefix of the API. */
  readonly prefiks: 'SSG' | 'IM';
  /** The API's error codes by meaning (both lookup APIs have a person and a consent code). */
  readonly feilkoder: Feilkoder & {
    readonly personIkkeFunnet: Feilkode;
    readonly samtykke: Feilkode;
  };
  /** The rights packages that need the person's consent (`AltinnSamtykke`). */
  readonly rettighetspakkerMedSamtykke: readonly string[];
}

const fromDescriptor = (
  id: ApiId,
  d: ApiDescriptor & { feilprefiks: ApiInfo['prefiks']; feilkoder: ApiInfo['feilkoder'] },
): ApiInfo => ({
  id,
  navn: d.navn,
  scopes: d.scopes,
  rettighet: d.altinnRettighet,
  prefiks: d.feilprefiks,
  feilkoder: d.feilkoder,
  rettighetspakkerMedSamtykke: d.rettighetspakkerMedSamtykke,
});

export const apiInfo: Readonly<Record<ApiId, ApiInfo>> = {
  summertskattegrunnlag: fromDescriptor('summertskattegrunnlag', summertSkattegrunnlagApi),
  inntekt: fromDescriptor('inntekt', inntektApi),
};

export const apiIds: readonly ApiId[] = ['summertskattegrunnlag', 'inntekt'];

/** The API a Skatteetaten scope belongs to, or undefined for any other scope. */
export function apiOfScope(scope: string): ApiInfo | undefined {
  for (const id of apiIds) if (apiInfo[id].scopes.includes(scope)) return apiInfo[id];
  return undefined;
}

/** The stages a Summert skattegrunnlag rights package may read (the descriptor's table). */
export function stadierFor(rettighetspakke: string): readonly Stadie[] {
  const { perRettighetspakke, standard } = summertSkattegrunnlagApi.stadier;
  return ((perRettighetspakke as Readonly<Record<string, readonly Stadie[]>>)[
    rettighetspakke.toLowerCase()
  ] ?? standard) as readonly Stadie[];
}

/**
 * Rights packages are compared case-insensitively: the documentation has spelled the same
 * packages in camelCase and all lower case over time (and the Inntekt table spells
 * `kommuneBoligsosialeFormaal`), and whether the live API is case-sensitive is not documented.
 */
export function sammePakke(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
