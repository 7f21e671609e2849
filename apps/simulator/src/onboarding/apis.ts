// The two Skatteetaten APIs as the onboarding process knows them: scopes, the Altinn right a
// municipality delegates, and the rights packages with the stages each may read
// (shared/reference/skatteetaten/README.md, September 2025 tables).
import type { Feilkode, Feilkoder } from '@skattedeling/felles';
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
  /** The API's error codes by meaning. */
  readonly feilkoder: Feilkoder;
}

const imKode = (n: number) => `IM-${String(n).padStart(3, '0')}` as Feilkode;

export const apiInfo: Readonly<Record<ApiId, ApiInfo>> = {
  summertskattegrunnlag: {
    id: 'summertskattegrunnlag',
    navn: 'Summert skattegrunnlag API',
    // V2 also accepts the former spesifisert scope; its delegations keep working.
    scopes: ['skatteetaten:summertskattegrunnlag', 'skatteetaten:spesifisertsummertskattegrunnlag'],
    rettighet: 'Summert skattegrunnlag API - På vegne av',
    prefiks: 'SSG',
    feilkoder: summertSkattegrunnlagApi.feilkoder,
  },
  inntekt: {
    id: 'inntekt',
    navn: 'Inntekt API',
    scopes: ['skatteetaten:inntekt'],
    rettighet: 'Inntekt API - På vegne av',
    prefiks: 'IM',
    feilkoder: {
      uventet: imKode(1),
      ukjentUrl: imKode(3),
      autentisering: imKode(4),
      autorisering: imKode(5),
      validering: imKode(6),
      ikkeFunnet: imKode(8),
      format: imKode(9),
    },
  },
};

export const apiIds: readonly ApiId[] = ['summertskattegrunnlag', 'inntekt'];

/** The API a Skatteetaten scope belongs to, or undefined for any other scope. */
export function apiOfScope(scope: string): ApiInfo | undefined {
  for (const id of apiIds) if (apiInfo[id].scopes.includes(scope)) return apiInfo[id];
  return undefined;
}

/** Summert skattegrunnlag rights packages and their stages; unlisted packages read oppgjoer only. */
export const ssgStadier: Readonly<Record<string, readonly Stadie[]>> = {
  kommuneforeldrebetaling: ['oppgjoer', 'utkast'],
  kommuneboligsosialeformaal: ['oppgjoer'],
  navsupplerendestoenad: ['oppgjoer', 'utkast'],
  norgesbank: ['oppgjoer', 'utkast'],
  sivilrett: ['oppgjoer', 'utkast', 'fastsatt'],
};

export function stadierFor(rettighetspakke: string): readonly Stadie[] {
  return ssgStadier[rettighetspakke.toLowerCase()] ?? ['oppgjoer'];
}

/**
 * Rights packages are compared case-insensitively: the documentation has spelled the same
 * packages in camelCase and all lower case over time (and the Inntekt table spells
 * `kommuneBoligsosialeFormaal`), and whether the live API is case-sensitive is not documented.
 */
export function sammePakke(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
