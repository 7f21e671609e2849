// Fødselsnummer and D-nummer: 11 digits `DDMMYY III KK` where III is the individual number and
// KK two modulus-11 check digits. A D-nummer adds 4 to the first digit (day + 40). Synthetic
// persons from Test-Norge / Tenor add 80 to the month.
import { InvalidIdentifierError } from './errors.js';
import { mod11CheckDigit, toDigits } from './mod11.js';

declare const brand: unique symbol;

/** An 11-digit fødselsnummer whose check digits and birth date are valid. */
export type Foedselsnummer = string & { readonly [brand]: 'Foedselsnummer' };
/** An 11-digit D-nummer (day + 40) whose check digits and birth date are valid. */
export type DNummer = string & { readonly [brand]: 'DNummer' };
/** Either kind of person number, as the APIs' `personidentifikator`. */
export type Personidentifikator = Foedselsnummer | DNummer;

export type PersonidentifikatorKind = 'fnr' | 'dnr';
export type Sex = 'female' | 'male';

export interface PersonidentifikatorInfo<T extends Personidentifikator = Personidentifikator> {
  readonly ok: true;
  readonly value: T;
  readonly kind: T extends DNummer
    ? 'dnr'
    : T extends Foedselsnummer
      ? 'fnr'
      : PersonidentifikatorKind;
  /** True for Test-Norge / Tenor persons (month + 80). */
  readonly synthetic: boolean;
  /** The birth date, `YYYY-MM-DD`, with the century read from the individual number. */
  readonly birthDate: string;
  /** The individual number (digits 7–9). */
  readonly individnummer: number;
  /** From the parity of digit 9: odd is male, even is female. */
  readonly sex: Sex;
}

export interface ParseFailure {
  readonly ok: false;
  /** Which rule failed, with the value and what was expected. */
  readonly reason: string;
}

export type PersonidentifikatorResult<T extends Personidentifikator = Personidentifikator> =
  | PersonidentifikatorInfo<T>
  | ParseFailure;

/** Weights of the first check digit (over digits 1–9) and the second (over digits 1–10). */
export const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
export const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Offsets of the encoded day and month. */
export const D_NUMMER_DAY_OFFSET = 40;
export const SYNTHETIC_MONTH_OFFSET = 80;

/**
 * The century of a birth year from the individual number, as Skatteetaten allocates them:
 * 000–499 → 1900–1999; 500–749 with year 54–99 → 1854–1899; 500–999 with year 00–39 →
 * 2000–2039; 900–999 with year 40–99 → 1940–1999. Any other combination is never issued.
 */
export function centuryOf(individnummer: number, yy: number): number | undefined {
  if (individnummer <= 499) return 1900;
  if (individnummer <= 749 && yy >= 54) return 1800;
  if (individnummer >= 500 && yy <= 39) return 2000;
  if (individnummer >= 900 && yy >= 40) return 1900;
  return undefined;
}

/** The two check digits for the first nine digits, or undefined when either would be 10. */
export function personidentifikatorCheckDigits(first9: string): string | undefined {
  const digits = toDigits(first9);
  const k1 = mod11CheckDigit(digits, K1_WEIGHTS);
  if (k1 === undefined) return undefined;
  const k2 = mod11CheckDigit([...digits, k1], K2_WEIGHTS);
  if (k2 === undefined) return undefined;
  return `${k1}${k2}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Checks a fødselsnummer or D-nummer: format, both check digits, a real birth date and a
 * century that the individual number allows. The parser is pure and does not compare the date
 * with today, so a number for a birth date in the future (2000–2039 range) parses.
 *
 * Month + 40 (NAV's synthetic persons, H-nummer) is not accepted: Skatteetaten's test
 * environment uses Test-Norge / Tenor persons, which add 80.
 */
export function parsePersonidentifikator(input: string): PersonidentifikatorResult {
  if (typeof input !== 'string')
    return { ok: false, reason: `expected a string, got ${typeof input}` };
  if (!/^[0-9]{11}$/.test(input)) {
    return {
      ok: false,
      reason: /^[0-9]*$/.test(input)
        ? `must be 11 digits, got ${input.length}`
        : `must be 11 digits without spaces or separators, got "${input}"`,
    };
  }
  const expected = personidentifikatorCheckDigits(input.slice(0, 9));
  if (expected === undefined) {
    return {
      ok: false,
      reason: `${input}: the first nine digits give a check digit of 10, so no such number exists`,
    };
  }
  if (input.slice(9) !== expected) {
    const which =
      input[9] !== expected[0] ? 'first check digit (digit 10)' : 'second check digit (digit 11)';
    return { ok: false, reason: `${input}: ${which} is wrong, expected check digits ${expected}` };
  }
  let day = Number(input.slice(0, 2));
  let month = Number(input.slice(2, 4));
  const yy = Number(input.slice(4, 6));
  const individnummer = Number(input.slice(6, 9));
  const kind: PersonidentifikatorKind = day > D_NUMMER_DAY_OFFSET ? 'dnr' : 'fnr';
  if (kind === 'dnr') day -= D_NUMMER_DAY_OFFSET;
  const synthetic = month > SYNTHETIC_MONTH_OFFSET;
  if (synthetic) month -= SYNTHETIC_MONTH_OFFSET;
  if (month < 1 || month > 12) {
    return {
      ok: false,
      reason: `${input}: month digits ${input.slice(2, 4)} are not 01–12 (or 81–92 for a synthetic person)`,
    };
  }
  const century = centuryOf(individnummer, yy);
  if (century === undefined) {
    return {
      ok: false,
      reason: `${input}: individual number ${pad(individnummer, 3)} is never issued with birth year ..${pad(yy)}`,
    };
  }
  const year = century + yy;
  if (day < 1 || !isRealDate(year, month, day)) {
    const shown =
      kind === 'dnr' ? `day digits ${input.slice(0, 2)} (D-nummer, day ${day})` : `day ${day}`;
    return { ok: false, reason: `${input}: ${shown} is not a date in ${year}-${pad(month)}` };
  }
  return {
    ok: true,
    value: input as Personidentifikator,
    kind,
    synthetic,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    individnummer,
    sex: individnummer % 2 === 1 ? 'male' : 'female',
  };
}

export function parseFoedselsnummer(input: string): PersonidentifikatorResult<Foedselsnummer> {
  const result = parsePersonidentifikator(input);
  if (result.ok && result.kind !== 'fnr') {
    return { ok: false, reason: `${input} is a D-nummer (first digit 4–7), not a fødselsnummer` };
  }
  return result as PersonidentifikatorResult<Foedselsnummer>;
}

export function parseDNummer(input: string): PersonidentifikatorResult<DNummer> {
  const result = parsePersonidentifikator(input);
  if (result.ok && result.kind !== 'dnr') {
    return { ok: false, reason: `${input} is a fødselsnummer, not a D-nummer (day + 40)` };
  }
  return result as PersonidentifikatorResult<DNummer>;
}

export function isPersonidentifikator(value: unknown): value is Personidentifikator {
  return typeof value === 'string' && parsePersonidentifikator(value).ok;
}

export function isFoedselsnummer(value: unknown): value is Foedselsnummer {
  return typeof value === 'string' && parseFoedselsnummer(value).ok;
}

export function isDNummer(value: unknown): value is DNummer {
  return typeof value === 'string' && parseDNummer(value).ok;
}

function orThrow<T extends Personidentifikator>(
  type: string,
  input: string,
  result: PersonidentifikatorResult<T>,
): T {
  if (!result.ok) throw new InvalidIdentifierError(type, input, result.reason);
  return result.value;
}

/** The checked value; throws `InvalidIdentifierError` with the reason otherwise. */
export function personidentifikator(input: string): Personidentifikator {
  return orThrow('personidentifikator', input, parsePersonidentifikator(input));
}

export function foedselsnummer(input: string): Foedselsnummer {
  return orThrow('fødselsnummer', input, parseFoedselsnummer(input));
}

export function dNummer(input: string): DNummer {
  return orThrow('D-nummer', input, parseDNummer(input));
}
