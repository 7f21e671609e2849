import { isPersonidentifikator, isRettighetspakke } from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { isMaaned, Maaned } from './domain.js';
import { schema } from './generated/v1/schema.js';
import { checkRequest } from './request.js';

const valid = {
  rettighetspakke: 'sbl',
  personidentifikator: '01818710190',
  fraOgMed: Maaned('2024-01'),
  tilOgMed: Maaned('2024-03'),
};

describe('checkRequest', () => {
  it('requires tilOgMed on the current endpoint and allows leaving it out on the retired one', () => {
    expect(() => checkRequest({ ...valid, tilOgMed: undefined })).toThrow(
      'tilOgMed (undefined) is not valid: must be YYYY-MM with month 01-12',
    );
    expect(() =>
      checkRequest({ ...valid, tilOgMed: undefined }, { tilOgMedOptional: true }),
    ).not.toThrow();
    expect(() =>
      checkRequest(
        { ...valid, fraOgMed: '2024-13' as Maaned, tilOgMed: undefined },
        { tilOgMedOptional: true },
      ),
    ).toThrow('fraOgMed "2024-13" is not valid');
  });
});

describe('the rules the client checks are the contract’s', () => {
  const samples = ['01818710190', '0181871019', 'nav', 'kommune-x', '2024-01', '2024-13', '', 'A'];
  it.each([
    ['Personidentifikator', isPersonidentifikator],
    ['Rettighetspakke', isRettighetspakke],
    ['Maaned', isMaaned],
  ] as const)('%s', (name, guard) => {
    const pattern = new RegExp(schema.$defs[name].pattern);
    for (const sample of samples) expect(guard(sample), sample).toBe(pattern.test(sample));
  });
});
