// Keyed randomness. Every random value of the data module comes from a generator seeded by a
// hash of (namespace, seed, personidentifikator, scope…), so a value never depends on which other
// values were generated before it: year 2023 is the same whether or not 2022 was asked for first,
// and two replicas with the same seed agree byte for byte.
import { createRng, hashWords, type Rng, randomInt } from '@skattedeling/testdata';

/**
 * Part of every key. Changing it changes all generated data on purpose: bump it when a change of
 * the generator should not be mistaken for the same data (release notes then say "data changed").
 */
const NAMESPACE = 'skattedeling-simulator/data/v1';

export type KeyPart = string | number;

/** A generator for one (seed, person, scope) key. */
export function keyedRng(seed: string, personidentifikator: string, ...scope: KeyPart[]): Rng {
  return createRng(NAMESPACE, seed, personidentifikator, ...scope);
}

/** Four 32-bit words for seeding faker with the same kind of key. */
export function keyedWords(
  seed: string,
  personidentifikator: string,
  ...scope: KeyPart[]
): number[] {
  return hashWords(NAMESPACE, seed, personidentifikator, ...scope);
}

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** A whole number in [min, max]. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return randomInt(rng, min, max);
}

/** A real number in [min, max). */
export function between(rng: Rng, min: number, max: number): number {
  return min + rng() * (max - min);
}

/** One of the weighted options; weights need not sum to 1. */
export function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  const last = options.at(-1);
  if (last === undefined) throw new RangeError('weighted: no options');
  return last[0];
}

/** Whole kroner, as every amount in both APIs is. */
export function kroner(amount: number): number {
  return Math.round(amount);
}

export type { Rng };
