import { syntheticFoedselsnummer } from '@skattedeling/testdata';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataSource, fixtureSetFrom, formatMaaned, parseMaaned } from '../data/index.js';
import { askedPeriod, clampPeriod, monthsWithData, osloMonth } from './period.js';

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

describe('the month the data clock is in', () => {
  it('is the month in Oslo, not in UTC, at a month boundary', () => {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Oslo (UTC+1 in winter).
    expect(formatMaaned(osloMonth(new Date('2026-01-31T23:30:00Z')))).toBe('2026-02');
    expect(formatMaaned(osloMonth(new Date('2026-01-31T22:59:59Z')))).toBe('2026-01');
    // Summer time: UTC+2, so 22:00 UTC on 30 June is already July.
    expect(formatMaaned(osloMonth(new Date('2026-06-30T22:00:00Z')))).toBe('2026-07');
  });
});

describe('the Inntekt period a call asks for', () => {
  const LATE_JANUARY_UTC = new Date('2026-01-31T23:30:00Z');

  it('runs to the Oslo month of the data clock when tilOgMed is left out (the retired form)', () => {
    expect(askedPeriod('2025-11', undefined, LATE_JANUARY_UTC, 36)).toEqual(
      range('2025-11', '2026-02'),
    );
  });

  it('is the months named, both included, when tilOgMed is given', () => {
    expect(askedPeriod('2024-03', '2024-05', LATE_JANUARY_UTC, 36)).toEqual(
      range('2024-03', '2024-05'),
    );
  });

  it('is refused when it runs backwards or is longer than the limit', () => {
    expect(askedPeriod('2026-03', undefined, LATE_JANUARY_UTC, 36)).toBe(
      'fraOgMed 2026-03 is after tilOgMed 2026-02',
    );
    expect(askedPeriod('2020-01', '2022-12', LATE_JANUARY_UTC, 35)).toBe(
      'the period has 36 months; this simulator answers at most 35 (maxInntektMonths)',
    );
    expect(askedPeriod('2020-01', '2022-12', LATE_JANUARY_UTC, 36)).toEqual(
      range('2020-01', '2022-12'),
    );
  });
});
