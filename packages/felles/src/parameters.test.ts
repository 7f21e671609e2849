import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptHeader,
  checkCommonParameters,
  isPersonidentifikator,
  isRettighetspakke,
  Personidentifikator,
  Rettighetspakke,
} from './parameters.js';

const valid = { rettighetspakke: 'nav', personidentifikator: '01818710190' };

describe('Personidentifikator', () => {
  it('accepts exactly 11 digits, as the contracts do', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{11}$/), (value) => {
        expect(Personidentifikator(value)).toBe(value);
      }),
    );
  });

  it.each(['0181871019', '018187101900', '0181871019x', ' 01818710190', ''])(
    'refuses %j without quoting it (a person’s identifier must not reach the logs)',
    (value) => {
      expect(() => Personidentifikator(value)).toThrow(
        `personidentifikator (a string of ${value.length} characters) is not valid: must be exactly 11 digits`,
      );
      expect(isPersonidentifikator(value)).toBe(false);
    },
  );
});

describe('Rettighetspakke', () => {
  it('accepts letters only and quotes a refused value, escaped and shortened', () => {
    expect(Rettighetspakke('kommuneForeldrebetaling')).toBe('kommuneForeldrebetaling');
    expect(() => Rettighetspakke('nav/../admin')).toThrow(
      'rettighetspakke "nav/../admin" is not valid: must be letters only (a-z, A-Z)',
    );
    expect(() => Rettighetspakke('-'.repeat(50))).toThrow(`"${'-'.repeat(40)}"… is not valid`);
    expect(isRettighetspakke('kommune-foreldrebetaling')).toBe(false);
  });
});

describe('checkCommonParameters', () => {
  it('passes a valid call and refuses each bad parameter with a RangeError naming it', () => {
    expect(() => checkCommonParameters(valid)).not.toThrow();
    expect(() => checkCommonParameters({ ...valid, rettighetspakke: 'a b' })).toThrow(
      'rettighetspakke "a b" is not valid',
    );
    expect(() => checkCommonParameters({ ...valid, personidentifikator: '123' })).toThrow(
      RangeError,
    );
    expect(() => checkCommonParameters({ ...valid, format: 'csv' })).toThrow(
      'format "csv" is not valid: must be json or xml',
    );
    expect(() => checkCommonParameters({ ...valid, altinnSamtykke: '' })).toThrow(
      'altinnSamtykke (a string of 0 characters) is not valid',
    );
    expect(() => checkCommonParameters({ ...valid, personidentifikator: 1818710190 })).toThrow(
      'personidentifikator (number) is not valid',
    );
  });

  it('asks for JSON or XML with Accept', () => {
    expect(acceptHeader('json')).toBe('application/json');
    expect(acceptHeader('xml')).toBe('application/xml');
  });
});
