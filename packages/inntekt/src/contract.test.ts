// Checks the contract text against the shared error catalogue (contracts/data/feilkoder.json), so
// the per-status descriptions name exactly the codes Skatteetaten sends with that status.
import { readFileSync } from 'node:fs';
import { feilkoder } from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { schema } from './generated/v1/schema.js';

const contract = readFileSync(
  new URL('../contracts/skatteetaten/inntekt/openapi.yaml', import.meta.url),
  'utf8',
);
const catalogue = [...feilkoder.IM, ...feilkoder.DAS];

/** status → the description text of the response component the operation uses for it. */
function descriptionsByStatus(): Map<number, string> {
  const result = new Map<number, string>();
  for (const [, status, name] of contract.matchAll(
    /'(\d{3})':\n\s+\$ref: '#\/components\/responses\/(\w+)'/g,
  )) {
    const block = new RegExp(
      `\\n    ${name}:\\n      description: ([\\s\\S]*?)\\n      content:`,
    ).exec(contract);
    if (block?.[1] !== undefined) result.set(Number(status), block[1]);
  }
  return result;
}

describe('the error responses of openapi.yaml', () => {
  it('limit kode to the IM and DAS codes of the catalogue', () => {
    expect([...schema.$defs.InntektFeilkode.enum].sort()).toEqual(
      catalogue.map((c) => c.kode).sort(),
    );
  });

  const descriptions = descriptionsByStatus();

  it('describe every error status the catalogue uses', () => {
    expect([...descriptions.keys()].sort()).toEqual(
      [...new Set(catalogue.map((c) => c.status))].sort(),
    );
  });

  for (const [status, text] of descriptionsByStatus()) {
    it(`name the codes sent with ${status}, and no others`, () => {
      const named = new Set<string>();
      for (const [, range, from, to] of text.matchAll(/`(DAS|IM)-(\d{3})`…`(?:DAS|IM)-(\d{3})`/g)) {
        for (let n = Number(from); n <= Number(to); n++)
          named.add(`${range}-${String(n).padStart(3, '0')}`);
      }
      for (const [code] of text.matchAll(/(?:DAS|IM)-\d{3}/g)) named.add(code);
      const expected = catalogue.filter((c) => c.status === status).map((c) => c.kode);
      expect([...named].sort()).toEqual(expected.sort());
    });
  }
});
