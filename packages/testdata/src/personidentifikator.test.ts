import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dNummer,
  foedselsnummer,
  isDNummer,
  isFoedselsnummer,
  isPersonidentifikator,
  parseDNummer,
  parseFoedselsnummer,
  parsePersonidentifikator,
  personidentifikatorCheckDigits,
} from './personidentifikator.js';
import { syntheticDNummer, syntheticFoedselsnummer } from './synthetic.js';

// The strictly-confidential-address test persons Skatteetaten documents (Tenor, month + 80).
const referenceTestPersons = [
  ['16822548834', '1925-02-16'],
  ['11812448848', '1924-01-11'],
  ['19872347995', '1923-07-19'],
  ['09817397848', '1973-01-09'],
  ['24887198515', '1971-08-24'],
] as const;

/** `ddmmyy` plus the first individual number in [lo, hi] that has check digits, completed. */
function withValidCheckDigits(ddmmyy: string, lo: number, hi: number): string {
  for (let n = lo; n <= hi; n++) {
    const first9 = ddmmyy + String(n).padStart(3, '0');
    const check = personidentifikatorCheckDigits(first9);
    if (check !== undefined) return first9 + check;
  }
  throw new Error(`no individual number in ${lo}–${hi} has check digits for ${ddmmyy}`);
}

/** Flips digit `index` of `value` by `delta` (1–9, mod 10). */
const flip = (value: string, index: number, delta: number) =>
  value.slice(0, index) + String((Number(value[index]) + delta) % 10) + value.slice(index + 1);

describe('parsePersonidentifikator', () => {
  it.each(referenceTestPersons)(
    'accepts the reference test person %s as a synthetic fødselsnummer',
    (fnr, birthDate) => {
      const result = parsePersonidentifikator(fnr);
      expect(result).toMatchObject({
        ok: true,
        value: fnr,
        kind: 'fnr',
        synthetic: true,
        birthDate,
      });
      expect(isFoedselsnummer(fnr)).toBe(true);
      expect(isDNummer(fnr)).toBe(false);
    },
  );

  it('reads the century from the individual number', () => {
    const birthYear = (value: string) => {
      const r = parsePersonidentifikator(value);
      return r.ok ? r.birthDate.slice(0, 4) : r.reason;
    };
    // Same day and month (01.01, synthetic), one individual number from each allocation range.
    const find = (yy: string, lo: number, hi: number) => withValidCheckDigits(`0181${yy}`, lo, hi);
    expect(birthYear(find('65', 0, 499))).toBe('1965');
    expect(birthYear(find('65', 500, 749))).toBe('1865');
    expect(birthYear(find('05', 500, 999))).toBe('2005');
    expect(birthYear(find('45', 900, 999))).toBe('1945');
    expect(parsePersonidentifikator(find('45', 500, 749))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/never issued/),
    });
  });

  it('recognises a D-nummer (day + 40) and refuses it as a fødselsnummer', () => {
    const dnr = syntheticDNummer('d', { birthDate: '1980-03-15' });
    expect(dnr.slice(0, 2)).toBe('55');
    expect(parsePersonidentifikator(dnr)).toMatchObject({
      ok: true,
      kind: 'dnr',
      synthetic: true,
      birthDate: '1980-03-15',
    });
    expect(parseFoedselsnummer(dnr)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/D-nummer/),
    });
    expect(dNummer(dnr)).toBe(dnr);
    expect(() => foedselsnummer(dnr)).toThrow(/not a valid fødselsnummer: .*D-nummer/);
  });

  it('gives a readable reason for each rule', () => {
    expect(parsePersonidentifikator('1682254883')).toEqual({
      ok: false,
      reason: 'must be 11 digits, got 10',
    });
    expect(parsePersonidentifikator('168225 48834')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/without spaces/),
    });
    expect(parsePersonidentifikator('16822548835')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/second check digit .* expected check digits 34/),
    });
    // 31 February (synthetic month 82) with valid check digits.
    const bad = withValidCheckDigits('318225', 0, 499);
    expect(parsePersonidentifikator(bad)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/day 31 is not a date in 1925-02/),
    });
  });

  it('refuses month + 40 (NAV synthetic / H-nummer), which Tenor does not use', () => {
    expect(parsePersonidentifikator(withValidCheckDigits('164225', 0, 499))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/month digits 42/),
    });
  });

  it('parses every generated fødselsnummer and D-nummer with the requested birth date and sex', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.date({
          min: new Date('1854-01-01T00:00:00Z'),
          max: new Date('2039-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('female' as const, 'male' as const),
        fc.boolean(),
        (seed, date, sex, d) => {
          const birthDate = date.toISOString().slice(0, 10);
          const value = (d ? syntheticDNummer : syntheticFoedselsnummer)(seed, { birthDate, sex });
          const result = parsePersonidentifikator(value);
          expect(result).toMatchObject({
            ok: true,
            kind: d ? 'dnr' : 'fnr',
            synthetic: true,
            birthDate,
            sex,
          });
          expect(isPersonidentifikator(value)).toBe(true);
          expect((d ? parseDNummer : parseFoedselsnummer)(value).ok).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses or reclassifies any single-digit change of a valid number', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, d, index, delta) => {
          const value = d ? syntheticDNummer(seed) : syntheticFoedselsnummer(seed);
          const before = parsePersonidentifikator(value);
          const after = parsePersonidentifikator(flip(value, index, delta));
          expect(before.ok).toBe(true);
          expect(!after.ok || (before.ok && after.kind !== before.kind)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses arbitrary strings that are not 11 digits', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[0-9]{11}$/.test(s)),
        (s) => {
          const result = parsePersonidentifikator(s);
          expect(result.ok).toBe(false);
          expect(result.ok ? '' : result.reason).not.toBe('');
        },
      ),
    );
  });

  it('guards reject non-strings', () => {
    expect(isPersonidentifikator(16822548834)).toBe(false);
    expect(isFoedselsnummer(undefined)).toBe(false);
  });
});
