import { parseOrganisasjonsnummer } from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { demoKommuner, demoVendor } from './demo.js';

describe('the demo organisations', () => {
  it('have valid synthetic organisation numbers (mod 11, starting with 3)', () => {
    for (const orgnr of [demoVendor.orgnr, demoKommuner.fullt.orgnr, demoKommuner.delvis.orgnr]) {
      expect(parseOrganisasjonsnummer(orgnr).ok, orgnr).toBe(true);
      expect(orgnr.startsWith('3')).toBe(true);
    }
  });
});
