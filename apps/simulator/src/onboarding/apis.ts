// The Skatteetaten lookup APIs as the onboarding process knows them: scopes, the Altinn right a
// municipality delegates, error codes, and the rights packages with the stages each may read. Every
// fact is read from the API's descriptor in its package (summertSkattegrunnlagApi, inntektApi), and
// the list of lookup APIs is `lookupApis` below: the simulator's API ids (`ApiId`, `apiIds`, and
// through them the grants (påkoblinger) and the journal's systems) follow from it.
import type { ApiDescriptor, Feilkode, Feilkodeprefiks, Feilkoder } from '@skattedeling/felles';
import { inntektApi } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { Stadie } from '../store/types.js';

/** A lookup API: one with a påkobling of its own, and a person and a consent code. */
type LookupDescriptor = ApiDescriptor & {
  readonly feilkoder: Feilkoder & {
    readonly personIkkeFunnet: Feilkode;
    readonly samtykke: Feilkode;
  };
};

/**
 * The lookup APIs, each a municipality gets a påkobling for and delegates in Altinn. A support
 * service (event list, Siste tilgjengelige) is not listed: its descriptor's `tilgangVia` names one
 * of these. The admin and Altinn contracts' API enums must list the same ids (apis.test.ts).
 */
const lookupApis = [
  summertSkattegrunnlagApi,
  inntektApi,
] as const satisfies readonly LookupDescriptor[];

/** The lookup APIs' ids, in the list's order, typed by the descriptors' own (literal) ids. */
export const apiIds = Object.freeze(lookupApis.map((d) => d.id));

/** A lookup API's id: its host label and simulator path prefix (`summertskattegrunnlag`). */
export type ApiId = (typeof apiIds)[number];

export interface ApiInfo {
  readonly id: ApiId;
  readonly navn: string;
  /** The scope a vendor asks for; the first is the main one. */
  readonly scopes: readonly string[];
  /** The right in Altinn ("… - På vegne av"). */
  readonly rettighet: string;
  /** Error-code prefix of the API. */
  readonly prefiks: Feilkodeprefiks;
  /** The API's error codes by meaning (every lookup API has a person and a consent code). */
  readonly feilkoder: LookupDescriptor['feilkoder'];
  /** The rights packages (rettighetspakker) a påkobling may grant. */
  readonly rettighetspakker: readonly string[];
  /** The rights packages that need the person's consent (`AltinnSamtykke`). */
  readonly rettighetspakkerMedSamtykke: readonly string[];
}

const fromDescriptor = (d: (typeof lookupApis)[number]): ApiInfo => ({
  id: d.id,
  navn: d.navn,
  scopes: d.scopes,
  rettighet: d.altinnRettighet,
  prefiks: d.feilprefiks,
  feilkoder: d.feilkoder,
  rettighetspakker: d.rettighetspakker,
  rettighetspakkerMedSamtykke: d.rettighetspakkerMedSamtykke,
});

export const apiInfo = Object.fromEntries(
  lookupApis.map((d) => [d.id, fromDescriptor(d)]),
) as Readonly<Record<ApiId, ApiInfo>>;

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
