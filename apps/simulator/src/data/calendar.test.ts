import { sisteKomplettMaaned } from '@skattedeling/inntekt';
import { describe, expect, it } from 'vitest';
import {
  fastsattPublication,
  formatMaaned,
  latestCompleteMonth,
  monthIndex,
  oppgjoerPublication,
  osloDate,
  parseMaaned,
  utkastPublication,
} from './calendar.js';

describe('month completeness (data for a month is reliable from the 10th of the following month)', () => {
  it('serves October from 10 November (Oslo date) and only September on 9 November', () => {
    expect(formatMaaned(latestCompleteMonth(new Date('2024-11-09T12:00:00Z')))).toBe('2024-09');
    expect(formatMaaned(latestCompleteMonth(new Date('2024-11-10T12:00:00Z')))).toBe('2024-10');
  });

  it('reads the day in Norway: 23:30 UTC on the 9th is already the 10th in Oslo', () => {
    expect(formatMaaned(latestCompleteMonth(new Date('2024-11-09T23:30:00Z')))).toBe('2024-10');
    expect(osloDate(new Date('2024-06-30T22:30:00Z'))).toEqual({ year: 2024, month: 7, day: 1 });
  });

  it('crosses the year: on 5 January the newest month is November', () => {
    expect(formatMaaned(latestCompleteMonth(new Date('2025-01-05T12:00:00Z')))).toBe('2024-11');
  });

  it('agrees with the inntekt package rule for every hour of a year', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3_600_000 * 7) {
      const at = new Date(t);
      expect(formatMaaned(latestCompleteMonth(at))).toBe(sisteKomplettMaaned(at));
    }
  });
});

describe('months', () => {
  it('round-trips YYYY-MM and rejects anything else with the value in the message', () => {
    expect(formatMaaned(parseMaaned('2021-12'))).toBe('2021-12');
    expect(parseMaaned('2022-01') - parseMaaned('2021-12')).toBe(1);
    expect(() => parseMaaned('2021-13')).toThrow('"2021-13"');
    expect(() => parseMaaned('202101')).toThrow(RangeError);
  });
});

describe('publication of assessments', () => {
  it('publishes oppgjoer of year Y on a working day from late March to October of Y+1', () => {
    for (let i = 0; i < 300; i++) {
      const p = oppgjoerPublication('s', `pid${i}`, 2022);
      expect(p.dato >= '2023-03-25' && p.dato <= '2023-10-31').toBe(true);
      const day = new Date(`${p.dato}T00:00:00Z`).getUTCDay();
      expect(day).not.toBe(0);
      expect(day).not.toBe(6);
      expect(p.tidspunkt.slice(0, 10)).toBe(p.dato);
      expect(p.tidspunkt).toMatch(/^\d{4}-\d{2}-\d{2}T0[4-7]:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });

  it('puts most persons in the first wave', () => {
    const first = Array.from({ length: 1000 }, (_, i) =>
      oppgjoerPublication('s', `p${i}`, 2023),
    ).filter((p) => p.dato <= '2024-03-31').length;
    expect(first).toBeGreaterThan(400);
    expect(first).toBeLessThan(600);
  });

  it('publishes utkast of year Y in mid-March of Y+1, before any oppgjoer', () => {
    for (let i = 0; i < 50; i++) {
      const u = utkastPublication('s', `p${i}`, 2023);
      expect(u.dato).toBe('2024-03-15');
      expect(u.fromMs).toBeLessThan(oppgjoerPublication('s', `p${i}`, 2023).fromMs);
    }
  });

  it('publishes fastsatt of year Y when the return is filed: after the utkast, before the oppgjoer and the deadline', () => {
    const deadline = Date.parse('2024-04-30T22:00:00Z'); // midnight in Oslo
    for (let i = 0; i < 300; i++) {
      const pid = `p${i}`;
      const f = fastsattPublication('s', pid, 2023);
      expect(f.fromMs).toBeGreaterThan(utkastPublication('s', pid, 2023).fromMs);
      expect(f.fromMs).toBeLessThan(oppgjoerPublication('s', pid, 2023).fromMs);
      expect(f.fromMs).toBeLessThan(deadline);
      expect(f.tidspunkt).toBe(new Date(f.fromMs).toISOString());
      expect(fastsattPublication('s', pid, 2023)).toEqual(f);
    }
  });

  it('is a pure function of (seed, person, year)', () => {
    expect(oppgjoerPublication('a', 'x', 2021)).toEqual(oppgjoerPublication('a', 'x', 2021));
    const differs = Array.from(
      { length: 20 },
      (_, i) =>
        oppgjoerPublication('a', `x${i}`, 2021).tidspunkt !==
        oppgjoerPublication('b', `x${i}`, 2021).tidspunkt,
    );
    expect(differs.some(Boolean)).toBe(true);
    expect(monthIndex(2024, 1)).toBe(2024 * 12);
  });
});

describe("Oslo's date", () => {
  it('is the date Intl gives for Europe/Oslo, around every change of clock and at random', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const instants: number[] = [];
    for (let year = 1997; year <= 2040; year++)
      for (const month of [2, 9])
        for (let day = 24; day <= 31; day++)
          for (const hour of [0, 1, 21, 22, 23])
            instants.push(Date.UTC(year, month, day, hour, 30));
    for (let i = 0; i < 2_000; i++) instants.push(Date.UTC(1997, 0, 1) + i * 697_312_345);
    for (const t of instants) {
      const d = osloDate(new Date(t));
      const text = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      expect(text, new Date(t).toISOString()).toBe(intl.format(new Date(t)));
    }
  });
});
