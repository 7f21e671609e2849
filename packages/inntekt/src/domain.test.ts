import { describe, expect, it } from 'vitest';
import {
  antallMaaneder,
  forrigeMaaned,
  isIPerioden,
  isKomplett,
  isMaaned,
  leggTilMaaneder,
  Maaned,
  Maanedsperiode,
  maanedAv,
  maanederIPerioden,
  maanedForDato,
  nesteMaaned,
  sisteKompletteMaaneder,
  sisteKomplettMaaned,
} from './domain.js';

describe('maaned', () => {
  it('accepts YYYY-MM with month 01-12', () => {
    expect(Maaned('2024-01')).toBe('2024-01');
    expect(Maaned('2024-12')).toBe('2024-12');
  });

  it.each(['2024-00', '2024-13', '2024-1', '24-01', '2024-01-01', '2024/01', ' 2024-01', ''])(
    'refuses %j with a RangeError naming the value',
    (value) => {
      expect(() => Maaned(value)).toThrow(RangeError);
      expect(() => Maaned(value)).toThrow(JSON.stringify(value));
      expect(isMaaned(value)).toBe(false);
    },
  );

  it('builds a month from year and month number', () => {
    expect(maanedAv(2024, 3)).toBe('2024-03');
    expect(() => maanedAv(2024, 0)).toThrow(RangeError);
    expect(() => maanedAv(2024, 13)).toThrow(RangeError);
  });
});

describe('month arithmetic', () => {
  it('crosses year boundaries', () => {
    expect(nesteMaaned(Maaned('2023-12'))).toBe('2024-01');
    expect(forrigeMaaned(Maaned('2024-01'))).toBe('2023-12');
    expect(leggTilMaaneder(Maaned('2024-03'), -15)).toBe('2022-12');
    expect(leggTilMaaneder(Maaned('2024-03'), 22)).toBe('2026-01');
  });

  it('lists every month of a period, both ends included', () => {
    const periode = Maanedsperiode(Maaned('2023-11'), Maaned('2024-02'));
    expect(maanederIPerioden(periode)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(antallMaaneder(periode)).toBe(4);
    expect(isIPerioden(Maaned('2023-11'), periode)).toBe(true);
    expect(isIPerioden(Maaned('2024-03'), periode)).toBe(false);
  });

  it('refuses a period whose fraOgMed is after tilOgMed (the API answers IM-006)', () => {
    expect(() => Maanedsperiode(Maaned('2024-02'), Maaned('2024-01'))).toThrow(
      'fraOgMed 2024-02 is after tilOgMed 2024-01',
    );
  });

  it('reads a Date as the Norwegian calendar day', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(maanedForDato(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01');
    expect(maanedForDato('2024-05-17')).toBe('2024-05');
  });
});

describe('sisteKomplettMaaned (a month is reliable from the 10th of the following month)', () => {
  it('reading on 8 November gives September', () => {
    expect(sisteKomplettMaaned('2024-11-08')).toBe('2024-09');
  });

  it('reading on 9 November still gives September', () => {
    expect(sisteKomplettMaaned('2024-11-09')).toBe('2024-09');
  });

  it('reading on 10 November gives October (the 10th itself counts)', () => {
    expect(sisteKomplettMaaned('2024-11-10')).toBe('2024-10');
  });

  it('reading at the end of the month gives the previous month', () => {
    expect(sisteKomplettMaaned('2024-11-30')).toBe('2024-10');
  });

  it('crosses the year boundary', () => {
    expect(sisteKomplettMaaned('2024-01-09')).toBe('2023-11');
    expect(sisteKomplettMaaned('2024-01-10')).toBe('2023-12');
  });

  it('uses the day in Norway, not in UTC', () => {
    // 23:30 UTC on 9 November is 00:30 on 10 November in Oslo.
    expect(sisteKomplettMaaned(new Date('2024-11-09T23:30:00Z'))).toBe('2024-10');
    expect(sisteKomplettMaaned(new Date('2024-11-09T22:30:00Z'))).toBe('2024-09');
  });

  it('tells whether a month is complete at a date', () => {
    expect(isKomplett(Maaned('2024-10'), '2024-11-09')).toBe(false);
    expect(isKomplett(Maaned('2024-10'), '2024-11-10')).toBe(true);
    expect(isKomplett(Maaned('2024-03'), '2024-11-09')).toBe(true);
  });

  it('gives the latest n complete months as a period', () => {
    expect(sisteKompletteMaaneder(3, '2024-11-08')).toEqual({
      fraOgMed: '2024-07',
      tilOgMed: '2024-09',
    });
    expect(sisteKompletteMaaneder(1, '2024-11-10')).toEqual({
      fraOgMed: '2024-10',
      tilOgMed: '2024-10',
    });
    expect(() => sisteKompletteMaaneder(0)).toThrow(RangeError);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => sisteKomplettMaaned('2024-11')).toThrow(RangeError);
    expect(() => sisteKomplettMaaned(new Date('not a date'))).toThrow(RangeError);
  });
});
