import { describe, expect, it } from 'vitest';
import { isInntektsaar, isPersonidentifikator } from './domain.js';
import { schema } from './generated/v2/schema.js';
import { checkRequest } from './request.js';

const valid = {
  stadie: 'oppgjoer',
  rettighetspakke: 'nav',
  inntektsaar: '2023',
  personidentifikator: '01818710190',
};

describe('checkRequest', () => {
  it('requires stadie on V2 and allows leaving it out on the V1 paths', () => {
    expect(() => checkRequest({ ...valid, stadie: undefined })).toThrow(
      'stadie (undefined) is not valid: must be one of oppgjoer, utkast, fastsatt',
    );
    expect(() =>
      checkRequest({ ...valid, stadie: undefined }, { stadieOptional: true }),
    ).not.toThrow();
    expect(() => checkRequest({ ...valid, stadie: 'x' }, { stadieOptional: true })).toThrow(
      'stadie "x" is not valid',
    );
  });
});

describe('the rules the client checks are the contract’s', () => {
  const properties = schema.$defs.SummertSkattegrunnlag.properties;
  const samples = ['01818710190', '0181871019', '2023', '23', '20231', '', 'abcd'];
  it.each([
    ['personidentifikator', isPersonidentifikator],
    ['inntektsaar', isInntektsaar],
  ] as const)('%s', (name, guard) => {
    const pattern = new RegExp(properties[name].pattern);
    for (const sample of samples) expect(guard(sample), sample).toBe(pattern.test(sample));
  });
});
