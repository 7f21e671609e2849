// Deterministic randomness: a stable hash of any list of inputs, and a small seeded PRNG.
// Both depend only on their inputs (no clock, no Math.random), so the same seed gives the same
// data on every machine and every replica.
import { createHash, hash } from 'node:crypto';

/** A source of numbers uniformly distributed in [0, 1), like `Math.random`. */
export type Rng = () => number;

/** The values a seed may be built from. */
export type HashPart = string | number | boolean;

/**
 * Canonical text of the parts: a JSON array, so `('a', 'b')`, `('a,b')` and `(1)` vs `('1')` all
 * differ. Non-finite numbers are refused because JSON would turn them all into `null`.
 */
function canonical(parts: readonly HashPart[]): string {
  for (const part of parts) {
    if (typeof part === 'number' && !Number.isFinite(part)) {
      throw new RangeError(`stableHash: ${part} is not a finite number`);
    }
  }
  return JSON.stringify(parts);
}

/** SHA-256 of the parts as 64 lowercase hex characters. */
export function stableHash(...parts: HashPart[]): string {
  return createHash('sha256').update(canonical(parts), 'utf8').digest('hex');
}

/** The first 128 bits of `stableHash(...parts)` as four unsigned 32-bit words. */
export function hashWords(...parts: HashPart[]): [number, number, number, number] {
  // The one-shot crypto.hash: no Hash object per call (~1 µs less, same digest).
  const digest = hash('sha256', canonical(parts), 'buffer');
  return [
    digest.readUInt32BE(0),
    digest.readUInt32BE(4),
    digest.readUInt32BE(8),
    digest.readUInt32BE(12),
  ];
}

/**
 * sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128-bit state) seeded with the
 * SHA-256 of the parts. Fast, passes PractRand, and its output is defined by 32-bit integer
 * arithmetic only, so it is identical on every JavaScript engine.
 */
export function createRng(...parts: HashPart[]): Rng {
  let [a, b, c, d] = hashWords(...parts);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The state comes from a hash, so it is already well mixed; a few rounds cost nothing.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A seed (hashed into a fresh generator) or an existing generator. */
export type RngSource = Rng | string | number;

export function toRng(source: RngSource): Rng {
  return typeof source === 'function' ? source : createRng(source);
}

/** An integer in [min, max], both inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`randomInt: need integers min <= max, got ${min} and ${max}`);
  }
  const value = rng();
  if (!(value >= 0 && value < 1))
    throw new RangeError(`randomInt: the generator returned ${value}, not a number in [0, 1)`);
  return min + Math.floor(value * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: the list is empty');
  return items[randomInt(rng, 0, items.length - 1)] as T;
}
