// Keyed randomness. Every random value of the data module comes from a generator seeded by a
// hash of (namespace, seed, personidentifikator, scope…), so a value never depends on which other
// values were generated before it: year 2023 is the same whether or not 2022 was asked for first,
// and two replicas with the same seed agree byte for byte.
import { hashWords, type Rng, randomInt } from '@skattedeling/testdata';

/**
 * Part of every key. Changing it changes all generated data on purpose: bump it when a change of
 * the generator should not be mistaken for the same data (release notes then say "data changed").
 * v2: the household groups, and keys hashed with cyrb128 instead of SHA-256 (see keyedRng).
 */
const NAMESPACE = 'skattedeling-simulator/data/v2';

/**
 * The namespace of faker's seeds (keyedWords): the seed's bank and street names. Kept at v1 so
 * the banks keep their names.
 */
const FAKER_NAMESPACE = 'skattedeling-simulator/data/v1';

export type KeyPart = string | number;

/**
 * cyrb128 (bryc, public domain): a fast 128-bit hash of a string's UTF-16 code units, built from
 * 32-bit integer operations only, so it is the same on every JavaScript engine. A person-year
 * draws some thirty keyed generators; SHA-256 through node:crypto cost ~2 µs each, this a tenth.
 * The keys need no cryptographic strength: they only spread draws apart. Split in two so a key's
 * common prefix (namespace, seed, person) is hashed once per profile (KeyBase).
 */
type State = [number, number, number, number];

const CYRB_START: Readonly<State> = [1779033703, 3144134277, 1013904242, 2773480762];

/** Absorbs `text` into `state` in place. */
function absorbInto(state: State, text: string): void {
  let h1 = state[0];
  let h2 = state[1];
  let h3 = state[2];
  let h4 = state[3];
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  state[0] = h1;
  state[1] = h2;
  state[2] = h3;
  state[3] = h4;
}

/** The state after `text`, as a new state. */
function absorb(state: Readonly<State>, text: string): State {
  const next: State = [state[0], state[1], state[2], state[3]];
  absorbInto(next, text);
  return next;
}

/** True when JSON writes the string as it is between quotes (no quote, backslash, control, surrogate). */
function jsonPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/**
 * Absorbs `part` as JSON writes it as an array element: a finite number as its shortest form
 * (what JSON.stringify writes), others as `null`; a string between quotes, or through JSON when
 * it needs escapes. The same characters as the key's JSON text, without building that text.
 */
function absorbPart(state: State, part: KeyPart): void {
  if (typeof part === 'number') absorbInto(state, Number.isFinite(part) ? String(part) : 'null');
  else if (jsonPlain(part)) {
    absorbInto(state, '"');
    absorbInto(state, part);
    absorbInto(state, '"');
  } else absorbInto(state, JSON.stringify(part));
}

/** The state after `,part` for each part and the closing `]`, from a copy of `start`. */
function absorbScope(start: Readonly<State>, scope: readonly KeyPart[]): State {
  const state: State = [start[0], start[1], start[2], start[3]];
  for (const part of scope) {
    absorbInto(state, ',');
    absorbPart(state, part);
  }
  absorbInto(state, ']');
  return state;
}

/**
 * cyrb128's final mix of the state, seeding sfc32 (as @skattedeling/testdata's createRng, 12
 * rounds of warm-up) without an array between them.
 */
function finishedRng(state: Readonly<State>): Rng {
  const [sa, sb, sc, sd] = state;
  let h1 = Math.imul(sc ^ (sa >>> 18), 597399067);
  let h2 = Math.imul(sd ^ (sb >>> 22), 2869860233);
  const h3 = Math.imul(h1 ^ (sc >>> 17), 951274213);
  const h4 = Math.imul(h2 ^ (sd >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  return sfc32(h1 >>> 0, h2 >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0);
}

function sfc32(seedA: number, seedB: number, seedC: number, seedD: number): Rng {
  let a = seedA;
  let b = seedB;
  let c = seedC;
  let d = seedD;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** The hash state after a person's key prefix: keep it in the profile and draw with scopedRng. */
export interface KeyBase {
  readonly state: Readonly<State>;
}

/** The state after the key's constant opening `["<namespace>"`. */
const NAMESPACE_STATE = absorb(CYRB_START, `[${JSON.stringify(NAMESPACE)}`);

/** The key is the JSON array [namespace, seed, person, …scope]; this hashes all but the scope. */
export function keyBase(seed: string, personidentifikator: string): KeyBase {
  const state: State = [...NAMESPACE_STATE];
  absorbInto(state, ',');
  absorbPart(state, seed);
  absorbInto(state, ',');
  absorbPart(state, personidentifikator);
  return { state };
}

/**
 * The same generator as keyedRng(seed, person, …scope), from the person's KeyBase: what follows
 * the prefix in the key, `,part` for each part of the scope and `]`, is absorbed piece by piece,
 * the same characters JSON would write, since a person-year draws dozens of these.
 */
export function scopedRng(base: KeyBase, ...scope: KeyPart[]): Rng {
  return finishedRng(absorbScope(base.state, scope));
}

/**
 * A generator for one (seed, person, scope) key: sfc32 seeded by the cyrb128 of the key as a JSON
 * array (so `('a', 'b')`, `('a,b')` and `(1)` vs `('1')` all differ).
 */
export function keyedRng(seed: string, personidentifikator: string, ...scope: KeyPart[]): Rng {
  return scopedRng(keyBase(seed, personidentifikator), ...scope);
}

/** Four 32-bit words for seeding faker with the same kind of key (SHA-256; used rarely). */
export function keyedWords(
  seed: string,
  personidentifikator: string,
  ...scope: KeyPart[]
): number[] {
  return hashWords(FAKER_NAMESPACE, seed, personidentifikator, ...scope);
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
