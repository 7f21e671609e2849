import { describe, expect, it } from 'vitest';
import { createDataSource, type DataSource } from './index.js';

const JUNE_2025 = () => new Date('2025-06-15T12:00:00Z');

function describeKind(ds: DataSource, pid: string): string {
  const ssg = ds.summertSkattegrunnlag(pid, 2023, 'oppgjoer').kind;
  const inntekt = ds.inntekter(pid, '2024-01', '2024-12').kind;
  return `${ssg}/${inntekt}`;
}

describe('demo persons', () => {
  it('are the same list for the same seed and day, and each behaves as its description says', () => {
    const ds = createDataSource({ seed: 'demo', today: JUNE_2025 });
    const list = ds.demoPersons();
    expect(createDataSource({ seed: 'demo', today: JUNE_2025 }).demoPersons()).toEqual(list);
    expect(list).toHaveLength(8);
    const pid = (i: number) => list[i]?.personidentifikator ?? '';
    expect(list.map((p) => describeKind(ds, p.personidentifikator))).toEqual([
      'data/data',
      'data/data',
      'data/data',
      'ingenData/ingenData',
      expect.stringMatching(/^(data|ingenData)\/(data|ingenData)$/),
      'skjermet/skjermet',
      'ukjentPerson/ukjentPerson',
      'ukjentPerson/ukjentPerson',
    ]);
    const twoEmployers = ds.inntekter(pid(1), '2024-03', '2024-03');
    expect(
      twoEmployers.kind === 'data' &&
        new Set(twoEmployers.body.oppgaveInntektsmottaker.map((o) => o.opplysningspliktigId)).size,
    ).toBe(2);
    const pensioner = ds.summertSkattegrunnlag(pid(2), 2023, 'oppgjoer');
    expect(
      pensioner.kind === 'data' &&
        pensioner.body.grunnlag?.some((g) => g.tekniskNavn === 'alderspensjonFraFolketrygden'),
    ).toBe(true);
    const home = ds.summertSkattegrunnlag(pid(0), 2023, 'oppgjoer');
    expect(
      home.kind === 'data' &&
        home.body.grunnlag?.some((g) => g.tekniskNavn === 'gjeldIInnenlandskeBanker'),
    ).toBe(true);
    const dnr = ds.inntekter(pid(4), '2024-01', '2024-12');
    expect(dnr.kind).toBe('data');
  });

  it('differ between seeds but keep the fixed test persons', () => {
    const a = createDataSource({ seed: 'a', today: JUNE_2025 }).demoPersons();
    const b = createDataSource({ seed: 'b', today: JUNE_2025 }).demoPersons();
    expect(a.slice(0, 5)).not.toEqual(b.slice(0, 5));
    expect(a.slice(5)).toEqual(b.slice(5));
  });
});
