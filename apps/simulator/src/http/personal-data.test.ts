import { describe, expect, it } from 'vitest';
import { maskPersonidentifikatorer } from './personal-data.js';

describe('maskPersonidentifikatorer', () => {
  it('keeps only the birth date of a real-format fødselsnummer', () => {
    expect(maskPersonidentifikatorer('/summertskattegrunnlag/v2/oppgjoer/x/2024/01013850011')).toBe(
      '/summertskattegrunnlag/v2/oppgjoer/x/2024/010138*****',
    );
  });

  it('keeps a synthetic person (month + 80) in full', () => {
    expect(maskPersonidentifikatorer('person 30877343681 unknown')).toBe(
      'person 30877343681 unknown',
    );
  });

  it('masks a real-format D-nummer and a number with wrong check digits', () => {
    expect(maskPersonidentifikatorer('41016512345 and 01010112345')).toBe(
      '410165***** and 010101*****',
    );
  });

  it('leaves organisation numbers, years and longer digit runs alone', () => {
    const text = 'orgnr 319000003, year 2024, trace 123456789012345';
    expect(maskPersonidentifikatorer(text)).toBe(text);
  });
});
