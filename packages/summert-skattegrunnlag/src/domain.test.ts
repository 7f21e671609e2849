import { describe, expect, it } from 'vitest';
import {
  Inntektsaar,
  isInntektsaar,
  isPersonidentifikator,
  isStadie,
  Personidentifikator,
  Rettighetspakke,
  Stadie,
  stadier,
} from './domain.js';

describe('Inntektsaar', () => {
  it.each([
    ['2021', '2021'],
    [2021, '2021'],
    ['0001', '0001'],
  ] as const)('accepts %j as %j', (input, expected) => {
    expect(Inntektsaar(input)).toBe(expected);
  });

  it.each(['21', '20211', '202a', ' 2021', '2021 ', '', 2021.5, -2021, 20211])(
    'rejects %j with a message naming the value',
    (input) => {
      expect(() => Inntektsaar(input)).toThrow(RangeError);
      expect(() => Inntektsaar(input)).toThrow(
        `inntektsaar ${JSON.stringify(input)} is not valid: must be four digits (YYYY)`,
      );
    },
  );

  it('guards unknown values', () => {
    expect(isInntektsaar('2023')).toBe(true);
    expect(isInntektsaar(2023)).toBe(false);
    expect(isInntektsaar(undefined)).toBe(false);
  });
});

describe('Stadie', () => {
  it('accepts the three stages', () => {
    expect(stadier.map(Stadie)).toEqual(['oppgjoer', 'utkast', 'fastsatt']);
  });

  it.each(['Oppgjoer', 'endelig', ''])('rejects %j and lists the allowed stages', (input) => {
    expect(() => Stadie(input)).toThrow(
      `stadie ${JSON.stringify(input)} is not valid: must be one of oppgjoer, utkast, fastsatt`,
    );
    expect(isStadie(input)).toBe(false);
  });
});

describe('Personidentifikator and Rettighetspakke', () => {
  it('accept what the API accepts', () => {
    expect(Personidentifikator('01818710190')).toBe('01818710190');
    expect(Rettighetspakke('kommuneForeldrebetaling')).toBe('kommuneForeldrebetaling');
  });

  it.each(['0181871019', '018187101900', '0181871019x'])(
    'rejects personidentifikator %j',
    (input) => {
      expect(() => Personidentifikator(input)).toThrow('must be exactly 11 digits');
      expect(isPersonidentifikator(input)).toBe(false);
    },
  );

  it.each(['nav/../ssb', 'nav1', '', 'kommune-foreldrebetaling'])(
    'rejects rettighetspakke %j (a path segment of letters only)',
    (input) => {
      expect(() => Rettighetspakke(input)).toThrow('must be letters only');
    },
  );
});
