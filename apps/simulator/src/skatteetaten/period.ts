// The part of an Inntekt period that can hold data. The a-ordning starts in January 2015 and a
// month is there from the 10th of the following month (data/calendar.ts); months a fixture file
// pins are served even outside that. A period is cut to these months before it becomes a cache
// key, so `fraOgMed=1925-01` and `fraOgMed=2015-01` share one entry instead of each costing one.
import { FIRST_INNTEKT_MONTH, latestCompleteMonth } from '../data/index.js';

export interface MonthRange {
  readonly from: number;
  readonly to: number;
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
