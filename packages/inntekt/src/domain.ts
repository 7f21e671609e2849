// Domain values with rules: a type and a constructor that checks the rule, as in
// @skattedeling/summert-skattegrunnlag. Calendar months (`YYYY-MM`), the unit of the Inntekt
// API's period, their arithmetic and the rule for when a month's data can be relied on.
// Personidentifikator and Rettighetspakke are the same in both APIs and come from
// @skattedeling/felles.
import { invalidParameter } from '@skattedeling/felles';

export {
  isPersonidentifikator,
  isRettighetspakke,
  Personidentifikator,
  Rettighetspakke,
} from '@skattedeling/felles';

declare const maanedBrand: unique symbol;

/** A checked calendar month, `YYYY-MM` (month 01–12). Build one with {@link Maaned}. */
export type Maaned = string & { readonly [maanedBrand]: true };

/** An inclusive range of months, as the API's `fraOgMed` and `tilOgMed`. Build one with {@link Maanedsperiode}. */
export interface Maanedsperiode {
  readonly fraOgMed: Maaned;
  readonly tilOgMed: Maaned;
}

const pattern = /^([0-9]{4})-(0[1-9]|1[0-2])$/;
const datePattern = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** Norway's time zone: the day of the month in the completeness rule is a Norwegian calendar day. */
const tidssone = 'Europe/Oslo';

export function isMaaned(value: unknown): value is Maaned {
  return typeof value === 'string' && pattern.test(value);
}

/** Checks `value` and returns it as a {@link Maaned}; throws a RangeError naming the value otherwise. */
export function Maaned(value: string): Maaned {
  if (!isMaaned(value)) throw invalidParameter('maaned', value, monthRule);
  return value;
}

/** The rule a month must follow, as the RangeErrors say it. */
export const monthRule = 'must be YYYY-MM with month 01-12';

/** The month of year `aar` and month number `maanedsnummer` (1–12). */
export function maanedAv(aar: number, maanedsnummer: number): Maaned {
  if (!Number.isInteger(aar) || aar < 0 || aar > 9999) throw new RangeError(`not a year: ${aar}`);
  if (!Number.isInteger(maanedsnummer) || maanedsnummer < 1 || maanedsnummer > 12) {
    throw new RangeError(`not a month number: ${maanedsnummer} (expected 1-12)`);
  }
  return `${String(aar).padStart(4, '0')}-${String(maanedsnummer).padStart(2, '0')}` as Maaned;
}

function parts(m: Maaned): { aar: number; maanedsnummer: number } {
  return { aar: Number(m.slice(0, 4)), maanedsnummer: Number(m.slice(5, 7)) };
}

/** Months since year 0, so that month arithmetic is integer arithmetic. */
function index(m: Maaned): number {
  const { aar, maanedsnummer } = parts(m);
  return aar * 12 + (maanedsnummer - 1);
}

function fromIndex(i: number): Maaned {
  return maanedAv(Math.floor(i / 12), (i % 12) + 1);
}

/** `m` moved `antall` months forward (negative: backward). */
export function leggTilMaaneder(m: Maaned, antall: number): Maaned {
  if (!Number.isInteger(antall)) throw new RangeError(`not a whole number of months: ${antall}`);
  return fromIndex(index(m) + antall);
}

export function forrigeMaaned(m: Maaned): Maaned {
  return leggTilMaaneder(m, -1);
}

export function nesteMaaned(m: Maaned): Maaned {
  return leggTilMaaneder(m, 1);
}

/** Negative when `a` is before `b`, 0 when equal, positive when after (for `Array.sort`). */
export function sammenlignMaaneder(a: Maaned, b: Maaned): number {
  return index(a) - index(b);
}

/** A checked period; throws a RangeError when `fraOgMed` is after `tilOgMed`. */
export function Maanedsperiode(fraOgMed: Maaned, tilOgMed: Maaned): Maanedsperiode {
  if (!isMaaned(fraOgMed)) throw invalidParameter('fraOgMed', fraOgMed, monthRule);
  if (!isMaaned(tilOgMed)) throw invalidParameter('tilOgMed', tilOgMed, monthRule);
  if (sammenlignMaaneder(fraOgMed, tilOgMed) > 0) {
    throw new RangeError(`fraOgMed ${fraOgMed} is after tilOgMed ${tilOgMed}`);
  }
  return { fraOgMed, tilOgMed };
}

/** The number of months in the period, both ends included. */
export function antallMaaneder(periode: Maanedsperiode): number {
  return sammenlignMaaneder(periode.tilOgMed, periode.fraOgMed) + 1;
}

/** Every month of the period in order, both ends included. */
export function maanederIPerioden(periode: Maanedsperiode): Maaned[] {
  const { fraOgMed } = Maanedsperiode(periode.fraOgMed, periode.tilOgMed);
  return Array.from({ length: antallMaaneder(periode) }, (_, i) => leggTilMaaneder(fraOgMed, i));
}

export function isIPerioden(m: Maaned, periode: Maanedsperiode): boolean {
  return (
    sammenlignMaaneder(m, periode.fraOgMed) >= 0 && sammenlignMaaneder(m, periode.tilOgMed) <= 0
  );
}

/** A Norwegian calendar day: a `YYYY-MM-DD` string as is, a `Date` as the day it is in Norway. */
function kalenderdag(dato: Date | string): { aar: number; maanedsnummer: number; dag: number } {
  if (typeof dato === 'string') {
    const match = datePattern.exec(dato);
    if (match === null)
      throw new RangeError(`not a date: ${JSON.stringify(dato)} (expected YYYY-MM-DD)`);
    return { aar: Number(match[1]), maanedsnummer: Number(match[2]), dag: Number(match[3]) };
  }
  if (Number.isNaN(dato.getTime())) throw new RangeError('not a date: Invalid Date');
  const formatted = new Intl.DateTimeFormat('en-CA', {
    timeZone: tidssone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(dato);
  const match = datePattern.exec(formatted);
  if (match === null) throw new Error(`unexpected date format from Intl: ${formatted}`);
  return { aar: Number(match[1]), maanedsnummer: Number(match[2]), dag: Number(match[3]) };
}

/** The month a date falls in (a `Date` is read in Norwegian time). */
export function maanedForDato(dato: Date | string): Maaned {
  const { aar, maanedsnummer } = kalenderdag(dato);
  return maanedAv(aar, maanedsnummer);
}

/**
 * The day of the following month from which Skatteetaten considers a month's data complete.
 * Employers report by the 5th of the following month; the advice is to rely on a month only
 * from the 10th of the following month.
 */
export const KOMPLETT_FRA_DAG = 10;

/**
 * The latest month whose data can be relied on at `dato` (default: now): on or after the 10th,
 * the previous month; before the 10th, the month before that. Reading on 8 November gives
 * September; reading on 10 November gives October. A `Date` is read in Norwegian time.
 *
 * Some client code treats the 10th itself as too early ("day > 10"); this follows
 * Skatteetaten's wording, where the 10th is the first reliable day.
 */
export function sisteKomplettMaaned(dato: Date | string = new Date()): Maaned {
  const dag = kalenderdag(dato);
  const denneMaaneden = maanedAv(dag.aar, dag.maanedsnummer);
  return leggTilMaaneder(denneMaaneden, dag.dag >= KOMPLETT_FRA_DAG ? -1 : -2);
}

/** Whether month `m`'s data can be relied on at `dato` (default: now). */
export function isKomplett(m: Maaned, dato: Date | string = new Date()): boolean {
  return sammenlignMaaneder(m, sisteKomplettMaaned(dato)) <= 0;
}

/** The `antall` latest complete months at `dato` (default: now), as a period to ask for. */
export function sisteKompletteMaaneder(
  antall: number,
  dato: Date | string = new Date(),
): Maanedsperiode {
  if (!Number.isInteger(antall) || antall < 1)
    throw new RangeError(`antall must be a whole number ≥ 1, got ${antall}`);
  const tilOgMed = sisteKomplettMaaned(dato);
  return { fraOgMed: leggTilMaaneder(tilOgMed, -(antall - 1)), tilOgMed };
}
