// The part of an Inntekt period that can hold data. The a-ordning starts in January 2015 and a
// month is there from the 10th of the following month (data/calendar.ts); months a fixture file
// pins are served even outside that. A period is cut to these months before it becomes a cache
// key, so `fraOgMed=1925-01` and `fraOgMed=2015-01` share one entry instead of each costing one.
import { monthIndex, osloDate } from '../data/calendar.js';
import {
  FIRST_INNTEKT_MONTH,
  formatMaaned,
  latestCompleteMonth,
  parseMaaned,
} from '../data/index.js';

export interface MonthRange {
  readonly from: number;
  readonly to: number;
}

/** The month (month index) `now` falls in, in Oslo, as the calendar reads every date. */
export function osloMonth(now: Date): number {
  const { year, month } = osloDate(now);
  return monthIndex(year, month);
}

/**
 * The months an Inntekt call asks for, from a `fraOgMed` and `tilOgMed` already checked to be
 * `YYYY-MM`; without `tilOgMed` (the retired form), up to and including the data clock's month in
 * Oslo. A string is the reason for a 400: the period runs backwards or is longer than `maxMonths`.
 */
export function askedPeriod(
  fraOgMed: string,
  tilOgMed: string | undefined,
  now: Date,
  maxMonths: number,
): MonthRange | string {
  const from = parseMaaned(fraOgMed);
  const to = tilOgMed === undefined ? osloMonth(now) : parseMaaned(tilOgMed);
  if (from > to) return `fraOgMed ${fraOgMed} is after tilOgMed ${formatMaaned(to)}`;
  if (to - from + 1 > maxMonths)
    return `the period has ${to - from + 1} months; this simulator answers at most ${maxMonths} (maxInntektMonths)`;
  return { from, to };
}

/** The months (month indexes) with data: the calendar's, widened to every pinned month. */
export function monthsWithData(today: Date, pinned: Iterable<number> = []): MonthRange {
  let from = FIRST_INNTEKT_MONTH;
  let to = latestCompleteMonth(today);
  for (const m of pinned) {
    if (m < from) from = m;
    if (m > to) to = m;
  }
  return { from, to };
}

/**
 * `period` cut to `data`; undefined when they do not overlap (nothing in the period can have
 * data). The data module gives the same answer for the cut period as for the whole one, because
 * it reads no month outside `data`.
 */
export function clampPeriod(period: MonthRange, data: MonthRange): MonthRange | undefined {
  const from = Math.max(period.from, data.from);
  const to = Math.min(period.to, data.to);
  return from > to ? undefined : { from, to };
}
