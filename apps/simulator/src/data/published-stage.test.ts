// A stage pinned as `publisert`: the generator's body, out whatever the calendar says. The Pact
// verifier pins "person X has Y oppgjoer" so, which must then hold for any synthetic person.
import { syntheticFoedselsnummer } from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { createDataSource, parseFixtureText } from './index.js';

const JUNE_2025 = () => new Date('2025-06-15T12:00:00Z');
const ADULT = syntheticFoedselsnummer('published-stage', { birthDate: '1982-03-04' });
const BORN_2003 = syntheticFoedselsnummer('published-stage', { birthDate: '2003-05-17' });

function source(pid: string, years: Record<string, unknown>) {
  const fixtures = parseFixtureText(
    JSON.stringify({ persons: { [pid]: { summertSkattegrunnlag: years } } }),
    'inline.json',
  );
  return createDataSource({ seed: 's', fixtures, today: JUNE_2025 });
}

describe('a stage pinned as publisert', () => {
  it('serves the generated body of a stage the calendar has not published yet', () => {
    const plain = createDataSource({ seed: 's', today: JUNE_2025 });
    // Income year 2025 has no oppgjoer in June 2025.
    expect(plain.summertSkattegrunnlag(ADULT, 2025, 'oppgjoer')).toEqual({ kind: 'ingenData' });
    const pinned = source(ADULT, { 2025: { oppgjoer: 'publisert' } });
    const result = pinned.summertSkattegrunnlag(ADULT, 2025, 'oppgjoer');
    expect(result.kind).toBe('data');
    if (result.kind !== 'data') return;
    expect(result.body).toMatchObject({
      personidentifikator: ADULT,
      inntektsaar: '2025',
      stadie: 'oppgjoer',
      skjermet: false,
    });
  });

  it('gives the same body the calendar publishes later', () => {
    const later = createDataSource({ seed: 's', today: () => new Date('2026-12-01T12:00:00Z') });
    const pinned = source(ADULT, { 2025: 'publisert' });
    expect(pinned.summertSkattegrunnlag(ADULT, 2025, 'oppgjoer')).toEqual(
      later.summertSkattegrunnlag(ADULT, 2025, 'oppgjoer'),
    );
  });

  it('serves a body in a year before the person’s first tax year', () => {
    const plain = createDataSource({ seed: 's', today: JUNE_2025 });
    expect(plain.summertSkattegrunnlag(BORN_2003, 2019, 'oppgjoer')).toEqual({ kind: 'ingenData' });
    const result = source(BORN_2003, { 2019: 'publisert' }).summertSkattegrunnlag(
      BORN_2003,
      2019,
      'oppgjoer',
    );
    expect(result).toMatchObject({ kind: 'data', body: { inntektsaar: '2019' } });
  });

  it('is shielded for a shielded person', () => {
    const fixtures = parseFixtureText(
      JSON.stringify({
        persons: { [ADULT]: { status: 'skjermet', summertSkattegrunnlag: { 2025: 'publisert' } } },
      }),
      'inline.json',
    );
    const ds = createDataSource({ seed: 's', fixtures, today: JUNE_2025 });
    expect(ds.summertSkattegrunnlag(ADULT, 2025, 'oppgjoer')).toMatchObject({
      kind: 'skjermet',
      body: { skjermet: true },
    });
  });
});
