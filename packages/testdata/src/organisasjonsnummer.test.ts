import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOrganisasjonsnummer,
  organisasjonsnummer,
  orgId,
  parseOrganisasjonsnummer,
} from './organisasjonsnummer.js';
import { syntheticOrganisasjonsnummer } from './synthetic.js';

// Real numbers checked against Brreg (Digdir, Skatteetaten, NAV, Oslo kommune, …) and Brreg's
// worked example.
const realValid = [
  '991825827',
  '974761076',
  '889640782',
  '958935420',
  '910753614',
  '920204368',
  '123456785',
];
// Placeholders that appear in documentation; their check digits are wrong.
const placeholders = ['999888777', '123456789', '987654321'];

describe('parseOrganisasjonsnummer', () => {
  it.each(realValid)('accepts the real number %s', (orgnr) => {
    expect(parseOrganisasjonsnummer(orgnr)).toEqual({ ok: true, value: orgnr, synthetic: false });
    expect(isOrganisasjonsnummer(orgnr)).toBe(true);
  });

  it.each(placeholders)('refuses the documentation placeholder %s', (orgnr) => {
    expect(parseOrganisasjonsnummer(orgnr)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/check digit \(digit 9\)/),
    });
    expect(() => organisasjonsnummer(orgnr)).toThrow(/not a valid organisasjonsnummer/);
  });

  it('refuses a number whose first eight digits leave remainder 1', () => {
    // Find such a prefix with the weights written out, independently of the implementation.
    let prefix = '';
    for (let n = 10_000_000; n < 10_000_100; n++) {
      const digits = String(n).split('').map(Number);
      const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
      if (sum % 11 === 1) {
        prefix = String(n);
        break;
      }
    }
    for (let check = 0; check <= 9; check++) {
      expect(parseOrganisasjonsnummer(`${prefix}${check}`)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/remainder 1/),
      });
    }
  });

  it('gives a readable reason for the format', () => {
    expect(parseOrganisasjonsnummer('97476107')).toEqual({
      ok: false,
      reason: 'must be 9 digits, got 8',
    });
    expect(parseOrganisasjonsnummer('974 761 076')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/without spaces/),
    });
  });

  it('parses every generated number as a valid synthetic number starting with 2 or 3', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(undefined, 2 as const, 3 as const),
        (seed, firstDigit) => {
          const orgnr = syntheticOrganisasjonsnummer(
            seed,
            firstDigit === undefined ? {} : { firstDigit },
          );
          expect(parseOrganisasjonsnummer(orgnr)).toEqual({
            ok: true,
            value: orgnr,
            synthetic: true,
          });
          expect(orgnr[0]).toMatch(firstDigit === undefined ? /[23]/ : String(firstDigit));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses any single-digit change of a valid number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...realValid),
          fc.string().map((s) => syntheticOrganisasjonsnummer(s)),
        ),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (orgnr, index, delta) => {
          const changed =
            orgnr.slice(0, index) +
            String((Number(orgnr[index]) + delta) % 10) +
            orgnr.slice(index + 1);
          expect(isOrganisasjonsnummer(changed)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes the ISO 6523 form used in Maskinporten tokens', () => {
    expect(orgId('974761076')).toBe('0192:974761076');
    expect(() => orgId('999888777')).toThrow(/not a valid organisasjonsnummer/);
  });
});
