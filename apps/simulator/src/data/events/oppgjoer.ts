// Skatteoppgjør hendelser from the publication calendar: the oppgjoer of income year Y for a
// person is an `NY` event at its publication instant in Y+1 (calendar.ts); an oppgjoer the
// fixture files mark `slettet` is a `SLETTET` event at that instant instead (the lookup answers
// 410 SSG-011). `ENDRET` is not generated: the data module has one body per person and year, so
// a correction would announce nothing new.
import { FIRST_SSG_YEAR, oppgjoerPublication, type Publication, yearOf } from '../calendar.js';
import type { DataSource } from '../source.js';
import { EventIndex, monthOfMs, type RawEvent } from './index-core.js';

export function oppgjoerEvents(
  seed: string,
  data: Pick<DataSource, 'oppgjoerFinnes'>,
  population: readonly string[],
): EventIndex {
  // Each year's publications, drawn once: the waves fall in a few months of Y+1.
  const years = new Map<number, { pid: string; published: Publication }[]>();
  const publicationsOf = (inntektsaar: number) => {
    let list = years.get(inntektsaar);
    if (list === undefined) {
      list = population.map((pid) => ({
        pid,
        published: oppgjoerPublication(seed, pid, inntektsaar),
      }));
      years.set(inntektsaar, list);
    }
    return list;
  };
  return new EventIndex((m) => {
    // Assessments of year Y are published from March to December of Y+1.
    const inntektsaar = yearOf(m) - 1;
    const events: RawEvent[] = [];
    if (inntektsaar < FIRST_SSG_YEAR) return events;
    for (const { pid, published } of publicationsOf(inntektsaar)) {
      if (monthOfMs(published.fromMs) !== m) continue;
      const finnes = data.oppgjoerFinnes(pid, inntektsaar);
      if (finnes === undefined) continue;
      events.push({
        ms: published.fromMs,
        identifikator: pid,
        gjelderPeriode: String(inntektsaar),
        hendelsetype: finnes === 'slettet' ? 'SLETTET' : 'NY',
      });
    }
    return events;
  });
}
