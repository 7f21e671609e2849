// KS onboarding as rules: a municipality signs the tilslutningserklæring once; Skatteetaten grants a
// påkobling per API with its rights packages. Together they mean the municipality has been granted
// the API's Maskinporten scope and those packages. Each rule returns a decision with the missing
// step named, so a refusal can say exactly what to do.
import type { Onboarding, Organisation, Stadie } from '../store/types.js';
import { type ApiInfo, sammePakke, stadierFor } from './apis.js';

export type Decision =
  | { readonly ok: true; readonly detail: string }
  | { readonly ok: false; readonly reason: string };

export function orgLabel(orgnr: string, org: Organisation | Onboarding | undefined): string {
  return org === undefined ? `organisation ${orgnr}` : `${org.navn} (${orgnr})`;
}

/** Has Skatteetaten granted `orgnr` access to the API's scope? (Maskinporten MP-250 otherwise.) */
export function scopeGranted(
  orgnr: string,
  onboarding: Onboarding | undefined,
  org: Organisation | undefined,
  api: ApiInfo,
): Decision {
  const label = orgLabel(orgnr, onboarding ?? org);
  if (onboarding === undefined) {
    return {
      ok: false,
      reason: `${label} is not onboarded: tilslutningserklæring not signed and no påkobling for ${api.navn}`,
    };
  }
  if (!onboarding.tilslutningserklaeringSignert) {
    return { ok: false, reason: `tilslutningserklæring not signed by ${label}` };
  }
  const paakobling = onboarding.paakoblinger[api.id];
  if (paakobling === undefined) {
    return { ok: false, reason: `påkobling for ${api.navn} not granted to ${label}` };
  }
  return {
    ok: true,
    detail: `${label} has signed the tilslutningserklæring and has a påkobling for ${api.navn}`,
  };
}

/** May the consumer read `rettighetspakke` (and, for Summert skattegrunnlag, `stadie`)? */
export function pakkeGranted(
  orgnr: string,
  onboarding: Onboarding | undefined,
  org: Organisation | undefined,
  api: ApiInfo,
  rettighetspakke: string,
  stadie?: Stadie,
): Decision {
  const scope = scopeGranted(orgnr, onboarding, org, api);
  if (!scope.ok) return scope;
  const label = orgLabel(orgnr, onboarding ?? org);
  const granted = onboarding?.paakoblinger[api.id]?.rettighetspakker ?? [];
  if (!granted.some((p) => sammePakke(p, rettighetspakke))) {
    return {
      ok: false,
      reason: `rettighetspakke ${rettighetspakke} not granted to ${label} for ${api.navn} (granted: ${granted.join(', ') || 'none'})`,
    };
  }
  if (stadie !== undefined) {
    const allowed = stadierFor(rettighetspakke);
    if (!allowed.includes(stadie)) {
      return {
        ok: false,
        reason: `stadie ${stadie} not allowed for rettighetspakke ${rettighetspakke} (allowed: ${allowed.join(', ')})`,
      };
    }
  }
  return {
    ok: true,
    detail: `${label} may read ${rettighetspakke}${stadie === undefined ? '' : ` at stadie ${stadie}`}`,
  };
}
