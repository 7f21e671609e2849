import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, hashWords, pick, randomInt, stableHash } from './random.js';

describe('stableHash and createRng', () => {
  it('hashes the same parts to the same digest on every machine', () => {
    // Golden values: a change here changes every generated person, so it must be deliberate.
    expect(stableHash('seed', '16822548834', 2024)).toBe(
      'c3afe8d77208e3a5024a4df6c45f92d3e504a6663cd075311f2d7d86fd0b2f0f',
    );
    expect(stableHash()).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945'); // sha256("[]")
    const rng = createRng('golden');
    expect([rng(), rng(), rng()].map((x) => Math.floor(x * 1e6))).toEqual([881393, 614555, 929364]);
  });

  it('keeps parts apart: different splits and types give different hashes', () => {
    expect(stableHash('a', 'b')).not.toBe(stableHash('a,b'));
    expect(stableHash('ab')).not.toBe(stableHash('a', 'b'));
    expect(stableHash(1)).not.toBe(stableHash('1'));
    expect(() => stableHash(Number.NaN)).toThrow(/not a finite number/);
  });

  it('produces numbers in [0, 1) and the same sequence for the same seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxLength: 4 }),
        (parts) => {
          const a = createRng(...parts);
          const b = createRng(...parts);
          for (let i = 0; i < 20; i++) {
            const x = a();
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThan(1);
            expect(b()).toBe(x);
          }
        },
      ),
    );
  });

  it('derives independent streams per part (per person, per year)', () => {
    expect(createRng('s', 'p', 2023)()).not.toBe(createRng('s', 'p', 2024)());
    expect(hashWords('s')).toHaveLength(4);
  });

  it('randomInt stays within its bounds and pick within its list', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, min, span) => {
          const rng = createRng(seed);
          const n = randomInt(rng, min, min + span);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
          expect(['x', 'y', 'z']).toContain(pick(rng, ['x', 'y', 'z']));
        },
      ),
    );
    expect(() => randomInt(() => 1, 0, 1)).toThrow(/not a number in \[0, 1\)/);
    expect(() => pick(Math.random, [])).toThrow(/empty/);
  });
});
