// Inntekt hendelser from the a-ordning months: a month with reports (or one the fixture files
// mark `slettet`) is an event on the 10th of the following month, when the month counts as
// complete (calendar.ts latestCompleteMonth), between 02:00 and 08:00 UTC (the 10th in Oslo). A
// few months get a second event two to four months later: a late or corrected report. The data
// module does not change a month's reports, so that lookup answers as before; the event only
// says "ask again", which is all an Inntekt event says (the list has no hendelsetype).
import { FIRST_INNTEKT_MONTH, formatMaaned, monthIndex, yearOf } from '../calendar.js';
import { keyedRng } from '../random.js';
import type { DataFinnes, DataSource } from '../source.js';
import { EventIndex, type RawEvent } from './index-core.js';

/** Share of person-months with a later correction. */
const CORRECTED = 0.02;
const HOUR = 3_600_000;

/** 02:00–07:59 UTC on day `day` of month `m`. */
function instantIn(m: number, day: number, rng: () => number): number {
  return Date.UTC(yearOf(m), m % 12, day, 2) + Math.floor(rng() * 6 * HOUR);
}

export function inntektEvents(
  seed: string,
  data: Pick<DataSource, 'inntektFinnes'>,
  population: readonly string[],
): EventIndex {
  // What each person has per month, asked a year of months at a time (one profile per person
  // and year instead of one per month); the last two years are kept.
  const years = new Map<number, Map<string, DataFinnes[]>>();
  const finnesIn = (year: number) => {
    let found = years.get(year);
    if (found === undefined) {
      found = new Map();
      const from = monthIndex(year, 1);
      for (const pid of population) found.set(pid, data.inntektFinnes(pid, from, from + 11));
      if (years.size >= 2) years.delete(years.keys().next().value as number);
      years.set(year, found);
    }
    return found;
  };
  return new EventIndex((m) => {
    const events: RawEvent[] = [];
    // First reports of m − 1, and corrections of m − 4 … m − 2 that fall in m.
    for (let month = Math.max(FIRST_INNTEKT_MONTH, m - 4); month < m; month++) {
      for (const [pid, months] of finnesIn(yearOf(month))) {
        if (months[month % 12] === undefined) continue;
        const rng = keyedRng(seed, pid, 'inntekt-hendelse', month);
        const released = instantIn(m, 10, rng);
        const corrected = rng() < CORRECTED;
        const lag = 2 + Math.floor(rng() * 3);
        const push = (ms: number) =>
          events.push({ ms, identifikator: pid, gjelderPeriode: formatMaaned(month) });
        if (month === m - 1) push(released);
        else if (corrected && month + lag === m)
          push(instantIn(m, 11 + Math.floor(rng() * 15), rng));
      }
    }
    return events;
  });
}
