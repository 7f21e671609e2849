// Deterministic generators of synthetic identifiers. They only ever produce synthetic numbers
// (month + 80 for persons, first digit 2 or 3 for organisations), so a generated value cannot be
// a real person's or a real entity's number.

import { type Organisasjonsnummer, organisasjonsnummerCheckDigit } from './organisasjonsnummer.js';
import {
  centuryOf,
  D_NUMMER_DAY_OFFSET,
  type DNummer,
  type Foedselsnummer,
  personidentifikatorCheckDigits,
  type Sex,
  SYNTHETIC_MONTH_OFFSET,
} from './personidentifikator.js';
import { type RngSource, randomInt, toRng } from './random.js';

export interface SyntheticPersonOptions {
  /** Exact birth date, `YYYY-MM-DD` (1854–2039, as the individual numbers allow). */
  readonly birthDate?: string;
  /** Earliest birth date when `birthDate` is not given; default `1940-01-01`. */
  readonly bornFrom?: string;
  /** Latest birth date when `birthDate` is not given; default `2005-12-31`. */
  readonly bornTo?: string;
  /** Default: either, chosen by the generator. */
  readonly sex?: Sex;
}

const DAY_MS = 86_400_000;

function parseDate(name: string, text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const time = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : Number.NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== text) {
    throw new RangeError(`${name} must be a date YYYY-MM-DD, got "${text}"`);
  }
  const year = Number(match[1]);
  if (year < 1854 || year > 2039) {
    throw new RangeError(
      `${name} ${text} is outside 1854–2039, the years person numbers can encode`,
    );
  }
  return time;
}

/** Individual-number ranges that encode `year` (see `centuryOf`). */
function individnummerRanges(year: number): Array<[number, number]> {
  if (year < 1900) return [[500, 749]];
  if (year < 1940) return [[0, 499]];
  if (year < 2000)
    return [
      [0, 499],
      [900, 999],
    ];
  return [[500, 999]];
}

function generatePerson(
  source: RngSource,
  options: SyntheticPersonOptions,
  dayOffset: number,
): string {
  const rng = toRng(source);
  let time: number;
  if (options.birthDate !== undefined) {
    time = parseDate('birthDate', options.birthDate);
  } else {
    const from = parseDate('bornFrom', options.bornFrom ?? '1940-01-01');
    const to = parseDate('bornTo', options.bornTo ?? '2005-12-31');
    if (to < from)
      throw new RangeError(`bornTo ${options.bornTo} is before bornFrom ${options.bornFrom}`);
    time = from + randomInt(rng, 0, (to - from) / DAY_MS) * DAY_MS;
  }
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const yy = year % 100;
  const prefix =
    String(date.getUTCDate() + dayOffset).padStart(2, '0') +
    String(date.getUTCMonth() + 1 + SYNTHETIC_MONTH_OFFSET) +
    String(yy).padStart(2, '0');
  const sex = options.sex ?? (randomInt(rng, 0, 1) === 0 ? 'female' : 'male');
  // Candidates of the wanted parity, walked from a random start so the search always ends.
  const candidates = individnummerRanges(year).flatMap(([lo, hi]) => {
    const list: number[] = [];
    for (let n = lo; n <= hi; n++) if ((n % 2 === 1) === (sex === 'male')) list.push(n);
    return list;
  });
  const start = randomInt(rng, 0, candidates.length - 1);
  for (let i = 0; i < candidates.length; i++) {
    const individnummer = candidates[(start + i) % candidates.length] as number;
    if (centuryOf(individnummer, yy) !== Math.floor(year / 100) * 100) continue;
    const first9 = prefix + String(individnummer).padStart(3, '0');
    const check = personidentifikatorCheckDigits(first9);
    if (check !== undefined) return first9 + check;
  }
  // Unreachable in practice: every date has hundreds of candidates and ~83 % of them work.
  throw new RangeError(`no valid person number exists for ${date.toISOString().slice(0, 10)}`);
}

/**
 * A synthetic fødselsnummer (month + 80) from a seed or a generator. The same seed and options
 * always give the same number.
 */
export function syntheticFoedselsnummer(
  source: RngSource,
  options: SyntheticPersonOptions = {},
): Foedselsnummer {
  return generatePerson(source, options, 0) as Foedselsnummer;
}

/** A synthetic D-nummer (day + 40, month + 80). */
export function syntheticDNummer(source: RngSource, options: SyntheticPersonOptions = {}): DNummer {
  return generatePerson(source, options, D_NUMMER_DAY_OFFSET) as DNummer;
}

export interface SyntheticOrganisasjonsnummerOptions {
  /** First digit; default 2 or 3 chosen by the generator (3 is what TT02 examples mostly use). */
  readonly firstDigit?: 2 | 3;
}

/** A synthetic organisation number starting with 2 or 3, with a valid check digit. */
export function syntheticOrganisasjonsnummer(
  source: RngSource,
  options: SyntheticOrganisasjonsnummerOptions = {},
): Organisasjonsnummer {
  const rng = toRng(source);
  const first = options.firstDigit ?? (randomInt(rng, 0, 1) === 0 ? 2 : 3);
  if (first !== 2 && first !== 3)
    throw new RangeError(`firstDigit must be 2 or 3, got ${String(first)}`);
  // One draw in eleven has no check digit; redraw. 1000 misses in a row cannot happen with a
  // working generator, so hitting the limit means the generator is broken (e.g. constant).
  for (let attempt = 0; attempt < 1000; attempt++) {
    const first8 = `${first}${String(randomInt(rng, 0, 9_999_999)).padStart(7, '0')}`;
    const check = organisasjonsnummerCheckDigit(first8);
    if (check !== undefined) return `${first8}${check}` as Organisasjonsnummer;
  }
  throw new RangeError(
    'syntheticOrganisasjonsnummer: the generator keeps producing numbers without a check digit',
  );
}
