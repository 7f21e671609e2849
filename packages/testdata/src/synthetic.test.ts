import { describe, expect, it } from 'vitest';
import { parsePersonidentifikator } from './personidentifikator.js';
import { createRng } from './random.js';
import {
  syntheticDNummer,
  syntheticFoedselsnummer,
  syntheticOrganisasjonsnummer,
} from './synthetic.js';

describe('synthetic generators', () => {
  it('give the same value for the same seed and options, on any machine', () => {
    // Golden values: they pin the hash, the PRNG and the generation algorithm.
    expect(syntheticFoedselsnummer('a')).toBe('02925918078');
    expect(syntheticDNummer('a')).toBe('42925917863');
    expect(syntheticOrganisasjonsnummer('a')).toBe('243852838');
    expect(syntheticFoedselsnummer('a', { birthDate: '1990-05-17', sex: 'male' })).toBe(
      syntheticFoedselsnummer('a', { birthDate: '1990-05-17', sex: 'male' }),
    );
  });

  it('draw a sequence from a shared generator', () => {
    const rng = createRng('batch');
    const batch = Array.from({ length: 50 }, () => syntheticFoedselsnummer(rng));
    expect(new Set(batch).size).toBe(50);
    const again = createRng('batch');
    expect(Array.from({ length: 50 }, () => syntheticFoedselsnummer(again))).toEqual(batch);
  });

  it('stay inside the requested birth-date range', () => {
    for (let i = 0; i < 200; i++) {
      const value = syntheticFoedselsnummer(i, { bornFrom: '2000-02-28', bornTo: '2000-03-01' });
      const parsed = parsePersonidentifikator(value);
      expect(parsed.ok && parsed.birthDate).toMatch(/^2000-(02-28|02-29|03-01)$/);
    }
  });

  it('refuse options they cannot honour', () => {
    expect(() => syntheticFoedselsnummer('x', { birthDate: '1990-02-30' })).toThrow(
      /birthDate must be a date/,
    );
    expect(() => syntheticFoedselsnummer('x', { birthDate: '1800-01-01' })).toThrow(
      /outside 1854–2039/,
    );
    expect(() =>
      syntheticFoedselsnummer('x', { bornFrom: '2000-01-02', bornTo: '2000-01-01' }),
    ).toThrow(/before bornFrom/);
    expect(() => syntheticOrganisasjonsnummer(() => 1)).toThrow(/not a number in \[0, 1\)/);
  });
});
