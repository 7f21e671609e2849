import {
  personidentifikatorCheckDigits,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, STRENGT_FORTROLIGE } from './identity.js';

const NOW = new Date('2025-06-15T12:00:00Z');

/** A valid number in the real (non-synthetic) format for a date in the past. */
function realFormat(ddmmyy: string): string {
  for (let individnummer = 100; individnummer < 500; individnummer++) {
    const first9 = `${ddmmyy}${individnummer}`;
    const check = personidentifikatorCheckDigits(first9);
    if (check !== undefined) return `${first9}${check}`;
  }
  throw new Error('none');
}

describe('who exists', () => {
  it('knows every synthetic fødselsnummer and D-nummer born by today', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (seed, d) => {
        const pid = (d ? syntheticDNummer : syntheticFoedselsnummer)(seed, {
          bornFrom: '1930-01-01',
          bornTo: '2024-12-31',
        });
        const identity = classify(pid, NOW);
        expect(identity.kind).toBe('syntetisk');
      }),
      { numRuns: 200 },
    );
  });

  it('does not know a real-format (non-synthetic) number, even with valid check digits', () => {
    const identity = classify(realFormat('010180'), NOW);
    expect(identity.kind).toBe('ukjent');
    expect(identity.kind === 'ukjent' && identity.reason).toContain('not a synthetic test person');
  });

  it('does not know a number whose check digits are wrong', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 9 }), (seed, delta) => {
        const pid = syntheticFoedselsnummer(seed);
        const wrong = `${pid.slice(0, 10)}${(Number(pid[10]) + delta) % 10}`;
        expect(classify(wrong, NOW).kind).toBe('ukjent');
      }),
      { numRuns: 100 },
    );
  });

  it('does not know a synthetic person born after today', () => {
    const pid = syntheticFoedselsnummer('future', { birthDate: '2030-05-01' });
    expect(classify(pid, NOW).kind).toBe('ukjent');
  });

  it('knows a person from the first instant of their birth day (UTC), whatever day came before', () => {
    const pid = syntheticFoedselsnummer('born', { birthDate: '2025-06-16' });
    const at = (iso: string) => classify(pid, new Date(iso)).kind;
    // Days asked out of order, at their edges: the day's text is kept between calls.
    expect(at('2025-06-16T00:00:00.000Z')).toBe('syntetisk');
    expect(at('2025-06-15T23:59:59.999Z')).toBe('ukjent');
    expect(at('2025-06-17T08:00:00Z')).toBe('syntetisk');
    expect(at('2025-06-15T00:00:00.000Z')).toBe('ukjent');
    expect(at('2025-06-16T23:59:59.999Z')).toBe('syntetisk');
    // Before 1970 too (negative epoch milliseconds).
    const old = syntheticFoedselsnummer('old', { birthDate: '1969-12-31' });
    expect(classify(old, new Date('1969-12-30T23:59:59.999Z')).kind).toBe('ukjent');
    expect(classify(old, new Date('1969-12-31T00:00:00.000Z')).kind).toBe('syntetisk');
  });

  it('shields the five strictly confidential test persons of Skatteetaten', () => {
    expect(STRENGT_FORTROLIGE).toEqual([
      '16822548834',
      '11812448848',
      '19872347995',
      '09817397848',
      '24887198515',
    ]);
    for (const pid of STRENGT_FORTROLIGE) {
      const identity = classify(pid, NOW);
      expect(identity.kind === 'syntetisk' && identity.skjermet).toBe(true);
    }
    const other = classify(syntheticFoedselsnummer('x'), NOW);
    expect(other.kind === 'syntetisk' && other.skjermet).toBe(false);
  });
});
