import { readFileSync } from 'node:fs';
import { checkApiDescriptor } from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { inntektApi } from './api.js';
import { tilgangsgrunnlag } from './rettighetspakke.js';

const contract = readFileSync(
  new URL('../contracts/skatteetaten/inntekt/openapi.yaml', import.meta.url),
  'utf8',
);

describe('inntektApi', () => {
  it('agrees with the catalogue, the naming rules and the contract', () => {
    expect(checkApiDescriptor(inntektApi, contract)).toEqual([]);
  });

  it('names as needing consent exactly the packages the access rules read with consent', () => {
    expect(inntektApi.rettighetspakker.filter((p) => tilgangsgrunnlag(p) === 'samtykke')).toEqual(
      inntektApi.rettighetspakkerMedSamtykke,
    );
  });
});
