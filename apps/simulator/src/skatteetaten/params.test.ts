import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMaaned } from '../data/index.js';
import { checkMaaned, decodeSegment } from './params.js';

describe('a month parameter', () => {
  it('is every YYYY-MM the data module’s calendar reads, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 12 + 11 }), (index) => {
        expect(checkMaaned('fraOgMed', formatMaaned(index), true)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01', ' 2026-01', ''])
      expect(checkMaaned('fraOgMed', bad, true)).toMatch(/^fraOgMed ".*" must be a month YYYY-MM$/);
  });

  it('is required where the API requires it', () => {
    expect(checkMaaned('tilOgMed', undefined, true)).toBe(
      'query parameter tilOgMed is required (YYYY-MM)',
    );
    expect(checkMaaned('tilOgMed', undefined, false)).toBeUndefined();
  });
});

describe('a path segment', () => {
  it('decodes as decodeURIComponent does, and is undefined when that throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webSegment(), fc.constantFrom('%', '%zz', '%E0%A4%A', '%2F')),
        (v) => {
          let expected: string | undefined;
          try {
            expected = decodeURIComponent(v);
          } catch {
            expected = undefined;
          }
          expect(decodeSegment(v)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
