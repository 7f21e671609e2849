import { describe, expect, it } from 'vitest';
import { createDataSource, type DataSource, demoYear, PROFILES } from './index.js';

const JUNE_2025 = () => new Date('2025-06-15T12:00:00Z');

function kinds(ds: DataSource, pid: string, year: number): string {
  const ssg = ds.summertSkattegrunnlag(pid, year, 'oppgjoer').kind;
  const inntekt = ds.inntekter(pid, `${year}-01`, `${year}-12`).kind;
  return `${ssg}/${inntekt}`;
}

/** An item each group's demo person carries in the demo year. */
const SIGNATURE: Partial<Record<(typeof PROFILES)[number], string>> = {
  employee: 'gjeldIInnenlandskeBanker',
  pensioner: 'alderspensjonFraFolketrygden',
  disability: 'samletUfoeretrygdFraFolketrygdenEksklusiveEktefelletillegg',
  workAssessment: 'arbeidsavklaringspenger',
  singleParent: 'overgangsstoenadTilEnsligForelder',
  landlord: 'formuesverdiForSekundaerbolig',
};

describe('demo persons', () => {
  const ds = createDataSource({ seed: 'demo', today: JUNE_2025 });
  const list = ds.demoPersons();
  const year = demoYear(JUNE_2025());

  it('are the same list for the same seed and day', () => {
    expect(year).toBe(2024);
    expect(createDataSource({ seed: 'demo', today: JUNE_2025 }).demoPersons()).toEqual(list);
  });

  it('show one generated person of every household group, with data in the demo year', () => {
    for (const profile of PROFILES) {
      const person = list.find((p) => p.profile === profile);
      expect(person, profile).toBeDefined();
      const pid = person?.personidentifikator ?? '';
      expect(ds.profileOf(pid)).toBe(profile);
      if (profile === 'child') {
        expect(kinds(ds, pid, year)).toBe('ingenData/ingenData');
        continue;
      }
      expect(ds.summertSkattegrunnlag(pid, year, 'oppgjoer').kind, profile).toBe('data');
      const signature = SIGNATURE[profile];
      if (signature !== undefined) {
        const r = ds.summertSkattegrunnlag(pid, year, 'oppgjoer');
        const names = r.kind === 'data' ? (r.body.grunnlag ?? []).map((g) => g.tekniskNavn) : [];
        expect(names, profile).toContain(signature);
      }
    }
    const two = list.find((p) => p.profile === 'twoEmployers')?.personidentifikator ?? '';
    const months = ds.inntekter(two, `${year}-01`, `${year}-12`);
    const payersInAMonth =
      months.kind === 'data'
        ? Math.max(
            ...Object.values(
              Object.groupBy(months.body.oppgaveInntektsmottaker, (o) => o.kalendermaaned ?? ''),
            ).map((reports) => new Set(reports?.map((o) => o.opplysningspliktigId)).size),
          )
        : 0;
    expect(payersInAMonth).toBeGreaterThanOrEqual(2);
  });

  it('end with the shielded and unknown kinds', () => {
    expect(list.slice(-3).map((p) => kinds(ds, p.personidentifikator, 2023))).toEqual([
      'skjermet/skjermet',
      'ukjentPerson/ukjentPerson',
      'ukjentPerson/ukjentPerson',
    ]);
  });

  it('differ between seeds but keep the fixed test persons', () => {
    const a = createDataSource({ seed: 'a', today: JUNE_2025 }).demoPersons();
    const b = createDataSource({ seed: 'b', today: JUNE_2025 }).demoPersons();
    expect(a.slice(0, 5)).not.toEqual(b.slice(0, 5));
    expect(a.slice(-3)).toEqual(b.slice(-3));
  });
});
