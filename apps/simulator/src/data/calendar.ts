// Time rules: which income years and months Skatteetaten holds on a given day. All rules read a
// `now` given by the caller (DataOptions.today), never the clock, so tests can move through the
// year and the same `now` always gives the same answer.
import { intBetween, keyedRng, weighted } from './random.js';

/** Summert skattegrunnlag V2 serves income years from 2017 on (the docs: 2016 is not supported). */
export const FIRST_SSG_YEAR = 2017;

/** The a-ordning (and with it the Inntekt API's data) starts in January 2015. */
export const FIRST_INNTEKT_MONTH = monthIndex(2015, 1);

/** A month as one integer (year · 12 + month − 1), so month arithmetic is plain arithmetic. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearOf(index: number): number {
  return Math.floor(index / 12);
}

/** 1–12. */
export function monthOf(index: number): number {
  return (index % 12) + 1;
}

/** `YYYY-MM`, the Inntekt API's `kalendermaaned`. */
export function formatMaaned(index: number): string {
  return `${String(yearOf(index)).padStart(4, '0')}-${String(monthOf(index)).padStart(2, '0')}`;
}

/** Parses `YYYY-MM`; throws a RangeError naming the value otherwise (the HTTP layer checks first). */
export function parseMaaned(text: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) throw new RangeError(`kalendermaaned must be YYYY-MM, got ${JSON.stringify(text)}`);
  return monthIndex(Number(match[1]), Number(match[2]));
}

export interface OsloDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Norwegian rules ("the 10th of the following month", "mid-March") are about the date in Norway,
// not in UTC: at 00:30 on the 10th in Oslo it is still the 9th in UTC. Europe/Oslo is UTC+1, and
// UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the
// EU rule, in force since 1996). Computed, not read from Intl: every request asks for today's date,
// and a formatter call costs more than the rest of the calendar (calendar.test.ts compares the two).

/** 01:00 UTC on the last Sunday of a month (`month0` 0–11), in epoch milliseconds. */
function lastSundayAt0100Utc(year: number, month0: number): number {
  const last = new Date(Date.UTC(year, month0 + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** Summer time of the last year asked for, [from, until) in epoch ms (calls ask for one year). */
let summerYear = Number.NaN;
let summerFrom = 0;
let summerUntil = 0;

export function osloDate(now: Date): OsloDate {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  if (year !== summerYear) {
    summerFrom = lastSundayAt0100Utc(year, 2);
    summerUntil = lastSundayAt0100Utc(year, 9);
    summerYear = year;
  }
  const summer = t >= summerFrom && t < summerUntil;
  const local = new Date(t + (summer ? 2 : 1) * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/**
 * The newest month whose Inntekt data counts as there. Skatteetaten: the A-melding deadline is the
 * 5th of the following month and a month is reliable from the 10th of the following month. We
 * serve a month from the 10th (Oslo date) of the following month and nothing of later months, so
 * the current month is always empty and the previous month appears on the 10th. Serving the
 * previous month half-filled before the 10th would be more faithful but makes tests depend on
 * the day; the documented advice is not to use it before the 10th anyway.
 */
export function latestCompleteMonth(now: Date): number {
  const { year, month, day } = osloDate(now);
  return monthIndex(year, month) - (day >= 10 ? 1 : 2);
}

export interface Publication {
  /** `YYYY-MM-DD` (UTC): for oppgjoer the body's `skatteoppgjoersdato`. */
  readonly dato: string;
  /** The body's `ajourholdstidspunkt` (UTC, milliseconds, `Z`); the stage exists from this instant. */
  readonly tidspunkt: string;
  readonly fromMs: number;
}

// Assessments of income year Y are published in waves through Y+1; most people get theirs in the
// first wave in late March. Dates are ours (Skatteetaten publishes no calendar): day of year Y+1.
const OPPGJOER_WAVES: readonly (readonly [readonly [number, number], number])[] = [
  [[3, 25], 50],
  [[4, 15], 20],
  [[5, 6], 12],
  [[6, 18], 10],
  [[8, 20], 4],
  [[10, 22], 4],
];

/** The first working day on or after the date (publication does not happen at weekends). */
function weekday(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  const dow = date.getUTCDay();
  if (dow === 6) date.setUTCDate(date.getUTCDate() + 2);
  else if (dow === 0) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

function publication(date: Date, rngMinutes: number, rngMillis: number): Publication {
  // 04:00–07:59 UTC: early morning in Norway, before office hours, as batch jobs run.
  const ms = date.getTime() + (4 * 60 + rngMinutes) * 60_000 + rngMillis;
  const iso = new Date(ms).toISOString();
  return { dato: iso.slice(0, 10), tidspunkt: iso, fromMs: ms };
}

/**
 * When the final assessment (stadie `oppgjoer`) of `inntektsaar` appears
 * for the person: a wave date in the following year, drawn per (seed, person, year). Before the
 * first wave (late March) the newest assessment anyone has is two years back.
 */
export function oppgjoerPublication(
  seed: string,
  personidentifikator: string,
  inntektsaar: number,
): Publication {
  const rng = keyedRng(seed, personidentifikator, 'oppgjoer-publisert', inntektsaar);
  const [month, day] = weighted(rng, OPPGJOER_WAVES);
  return publication(
    weekday(inntektsaar + 1, month, day),
    intBetween(rng, 0, 239),
    intBetween(rng, 0, 59_999),
  );
}

/**
 * When the draft (stadie `utkast`) of `inntektsaar` appears: mid-March of the following year
 * (15 March, or the next working day), when the pre-filled tax returns are published.
 */
export function utkastPublication(
  seed: string,
  personidentifikator: string,
  inntektsaar: number,
): Publication {
  const rng = keyedRng(seed, personidentifikator, 'utkast-publisert', inntektsaar);
  return publication(
    weekday(inntektsaar + 1, 3, 15),
    intBetween(rng, 0, 239),
    intBetween(rng, 0, 59_999),
  );
}

/** The filing deadline for wage earners and pensioners: 30 April of Y+1, 23:59:59.999 in Oslo (CEST). */
function filingDeadlineMs(inntektsaar: number): number {
  return Date.UTC(inntektsaar + 1, 3, 30, 21, 59, 59, 999);
}

/**
 * When the determined basis (stadie `fastsatt`) of `inntektsaar` appears: the instant the person's
 * tax return counts as filed, since filing determines the basis (skatteforvaltningsloven § 9-1)
 * and the assessment is computed from it. Drawn per (seed, person, year), uniformly between the
 * draft and the earlier of the person's oppgjoer and the filing deadline, so
 * utkast < fastsatt < oppgjoer always holds. Whoever does not file counts as having filed the
 * draft at the deadline; the uniform draw is our simplification of that.
 */
export function fastsattPublication(
  seed: string,
  personidentifikator: string,
  inntektsaar: number,
): Publication {
  const from = utkastPublication(seed, personidentifikator, inntektsaar).fromMs;
  const until = Math.min(
    oppgjoerPublication(seed, personidentifikator, inntektsaar).fromMs,
    filingDeadlineMs(inntektsaar),
  );
  const rng = keyedRng(seed, personidentifikator, 'fastsatt-levert', inntektsaar);
  const ms = from + 1 + Math.floor(rng() * (until - from - 1));
  const iso = new Date(ms).toISOString();
  return { dato: iso.slice(0, 10), tidspunkt: iso, fromMs: ms };
}
