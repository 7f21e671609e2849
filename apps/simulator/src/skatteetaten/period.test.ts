import { syntheticFoedselsnummer } from '@skattedeling/testdata';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataSource, fixtureSetFrom, formatMaaned, parseMaaned } from '../data/index.js';
import { clampPeriod, monthsWithData } from './period.js';

const JUNE_2025 = new Date('2025-06-15T12:00:00Z');
const m = parseMaaned;
const range = (from: string, to: string) => ({ from: m(from), to: m(to) });

describe('the Inntekt period a cache key holds', () => {
  it('is cut to 2015-01 … the latest complete month, so periods differing only outside it share one key', () => {
    const data = monthsWithData(JUNE_2025);
    expect(data).toEqual(range('2015-01', '2025-05'));
    const keys = [
      range('1925-01', '2025-05'),
      range('2015-01', '2099-12'),
      range('1990-07', '2030-01'),
      range('2015-01', '2025-05'),
    ].map((p) => JSON.stringify(clampPeriod(p, data)));
    expect(new Set(keys)).toEqual(new Set([JSON.stringify(range('2015-01', '2025-05'))]));
    expect(clampPeriod(range('2020-03', '2021-02'), data)).toEqual(range('2020-03', '2021-02'));
  });

  it('is nothing for a period wholly outside the data', () => {
    const data = monthsWithData(JUNE_2025);
    expect(clampPeriod(range('1990-01', '2014-12'), data)).toBeUndefined();
    expect(clampPeriod(range('2025-06', '2030-12'), data)).toBeUndefined();
  });

  it('reaches every month a fixture pins, also outside the calendar', () => {
    expect(monthsWithData(JUNE_2025, [m('2025-09'), m('2016-01')])).toEqual(
      range('2015-01', '2025-09'),
    );
  });

  it('gives the same answer from the data module as the whole period', () => {
    const pid = syntheticFoedselsnummer('period-cut', { birthDate: '1975-05-06' });
    const fixtures = fixtureSetFrom(
      {
        version: 1,
        persons: { [pid]: { inntekt: { '2025-06': 'slettet', '2016-02': 'skjermet' } } },
      },
      'test',
    );
    const ds = createDataSource({ seed: 'cut', fixtures, today: () => JUNE_2025 });
    const data = monthsWithData(JUNE_2025, fixtures.persons.get(pid)?.inntekt.keys());
    const month = fc.integer({ min: m('2010-01'), max: m('2030-12') });
    fc.assert(
      fc.property(month, month, (a, b) => {
        const asked = { from: Math.min(a, b), to: Math.max(a, b) };
        const cut = clampPeriod(asked, data);
        if (cut === undefined) {
          expect(ds.inntekter(pid, formatMaaned(asked.from), formatMaaned(asked.to)).kind).toBe(
            'ingenData',
          );
          return;
        }
        expect(ds.inntekter(pid, formatMaaned(cut.from), formatMaaned(cut.to))).toEqual(
          ds.inntekter(pid, formatMaaned(asked.from), formatMaaned(asked.to)),
        );
      }),
      { numRuns: 40 },
    );
  });
});
