import { readFileSync } from 'node:fs';
import { inntektApi } from '@skattedeling/inntekt';
import { inntektHendelserApi } from '@skattedeling/inntekt/hendelser';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import { skatteoppgjoerHendelserApi } from '@skattedeling/summert-skattegrunnlag/hendelser';
import { sisteTilgjengeligeSkatteoppgjoerApi } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Api } from '../generated/admin/types.gen.js';
import { type ApiId, apiIds, apiInfo, apiOfScope } from './apis.js';

/** The hand-written contracts, in the repository (the package's contracts/ is a copy). */
const contract = (path: string): unknown =>
  parse(readFileSync(new URL(`../../../../contracts/${path}`, import.meta.url), 'utf8'));

/** Every `enum` in a document that names a lookup API, with where it stands. */
function apiEnums(node: unknown, at = ''): { at: string; values: unknown[] }[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: { at: string; values: unknown[] }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' && Array.isArray(value) && value.some((v) => apiIds.includes(v as ApiId)))
      found.push({ at, values: value });
    else found.push(...apiEnums(value, `${at}/${key}`));
  }
  return found;
}

// A compile-time check: the admin types generated from the contract's `Api` enum are ApiId.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const generatedApiIsApiId: Same<Api, ApiId> = true;

describe('the lookup API list', () => {
  it('gives the ids and the onboarding facts of each lookup descriptor', () => {
    expect(apiIds).toEqual(['summertskattegrunnlag', 'inntekt']);
    for (const d of [summertSkattegrunnlagApi, inntektApi]) {
      expect(apiInfo[d.id]).toMatchObject({ id: d.id, navn: d.navn, scopes: d.scopes });
      for (const scope of d.scopes) expect(apiOfScope(scope)?.id).toBe(d.id);
    }
    expect(apiOfScope('skatteetaten:beregnetskatt')).toBeUndefined();
  });

  it("is the admin contract's Api enum, and every enum of the admin and Altinn contracts that names an API names them all", () => {
    const admin = contract('simulator/openapi.yaml') as {
      components: { schemas: { Api: { enum: unknown[] } } };
    };
    expect(admin.components.schemas.Api.enum).toEqual(apiIds);
    expect(generatedApiIsApiId).toBe(true);
    const enums = [
      ...apiEnums(admin, 'simulator'),
      ...apiEnums(contract('altinn/openapi.yaml'), 'altinn'),
    ];
    // The Api enum, the Altinn delegation's api, the fault targets and the journal's systems.
    expect(enums.length).toBeGreaterThanOrEqual(6);
    const allowed = [apiIds, ['maskinporten', ...apiIds], ['maskinporten', ...apiIds, 'other']].map(
      (list) => JSON.stringify(list),
    );
    for (const { at, values } of enums)
      expect(allowed, `${at} lists ${values.join(', ')}`).toContain(JSON.stringify(values));
  });

  it("names a lookup API in each support service's tilgangVia", () => {
    for (const d of [
      skatteoppgjoerHendelserApi,
      inntektHendelserApi,
      sisteTilgjengeligeSkatteoppgjoerApi,
    ])
      expect(apiIds, d.id).toContain(d.tilgangVia);
  });
});
