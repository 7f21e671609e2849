import { describe, expect, it } from 'vitest';
import { isOrgnr, orgId, orgnrFromId } from './orgnr.js';

describe('organisation numbers', () => {
  it.each([
    '991825827',
    '974761076',
    '889640782',
    '958935420',
    '910753614',
    '920204368',
    '123456785',
    '314240979',
  ])('accepts %s', (orgnr) => expect(isOrgnr(orgnr)).toBe(true));

  it.each([
    '999888777',
    '123456789',
    '987654321',
    '97476107',
    '9747610760',
    '974 761 076',
    974761076,
  ])('refuses %s', (value) => expect(isOrgnr(value)).toBe(false));

  it('writes and reads the ISO 6523 form used in tokens', () => {
    expect(orgId('974761076')).toBe('0192:974761076');
    expect(() => orgId('123456789')).toThrow(/not a valid organisasjonsnummer/);
    expect(orgnrFromId('0192:974761076')).toBe('974761076');
    expect(orgnrFromId('NTRNO-974761076')).toBeUndefined();
  });
});
