import { describe, expect, it } from 'vitest';
import {
  hendelseStartMatcher,
  sisteTilgjengeligeSkatteoppgjoerMatcher,
  skatteoppgjoerHendelserMatcher,
} from './lists.js';
import { ContractShapeError } from './schema.js';

type Node = Record<string, unknown>;
const at = (value: unknown, ...keys: (string | number)[]): Node =>
  keys.reduce<unknown>((v, k) => (v as Node)[k], value) as Node;

const hendelse = {
  sekvensnummer: 5_603_875_200_000_000,
  identifikator: '10898322748',
  gjelderPeriode: '2024',
  registreringstidspunkt: '2025-03-27T06:12:40.113000Z',
  hendelsetype: 'NY',
};

describe('skatteoppgjoerHendelserMatcher', () => {
  it('matches every event of the page by the rules of the contract', () => {
    const template = at(skatteoppgjoerHendelserMatcher({ hendelser: [hendelse] }), 'hendelser');
    expect(template).toMatchObject({ 'pact:matcher:type': 'type', min: 1 });
    const event = at(template, 'value', 0);
    expect(at(event, 'sekvensnummer')).toMatchObject({ 'pact:matcher:type': 'integer' });
    expect(at(event, 'identifikator')).toMatchObject({ regex: '^[0-9]{11}$' });
    expect(at(event, 'gjelderPeriode')).toMatchObject({ regex: '^[0-9]{4}$', value: '2024' });
  });

  it('refuses a field the contract does not have', () => {
    expect(() =>
      skatteoppgjoerHendelserMatcher({
        hendelser: [{ ...hendelse, inntektsaar: '2024' }],
      } as never),
    ).toThrow(ContractShapeError);
  });
});

describe('hendelseStartMatcher and sisteTilgjengeligeSkatteoppgjoerMatcher', () => {
  it('match the number and the year by their rules', () => {
    expect(at(hendelseStartMatcher({ sekvensnummer: 12 }), 'sekvensnummer')).toMatchObject({
      'pact:matcher:type': 'integer',
      value: 12,
    });
    const siste = sisteTilgjengeligeSkatteoppgjoerMatcher({
      personidentifikator: '10898322748',
      ressursId: 'skattegrunnlag',
      sisteTilgjengeligePeriode: '2024',
    });
    expect(at(siste, 'sisteTilgjengeligePeriode')).toMatchObject({ 'pact:matcher:type': 'regex' });
  });
});
