import { readFileSync } from 'node:fs';
import { checkApiDescriptor } from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { summertSkattegrunnlagApi } from './api.js';
import { kanLeseStadie } from './rettighetspakker.js';

const contract = readFileSync(
  new URL('../contracts/skatteetaten/summert-skattegrunnlag/openapi.yaml', import.meta.url),
  'utf8',
);

describe('summertSkattegrunnlagApi', () => {
  it('agrees with the catalogue, the naming rules and the V2 contract', () => {
    expect(checkApiDescriptor(summertSkattegrunnlagApi, contract)).toEqual([]);
  });

  it('lists every rights package of the stage table, with the stages the rules use', () => {
    const { rettighetspakker, stadier } = summertSkattegrunnlagApi;
    const table: Readonly<Record<string, readonly string[]>> = stadier.perRettighetspakke;
    expect(rettighetspakker).toContain('kommuneforeldrebetaling');
    for (const pakke of rettighetspakker)
      for (const stadie of stadier.alle)
        expect(kanLeseStadie(pakke, stadie)).toBe(table[pakke]?.includes(stadie));
  });
});
