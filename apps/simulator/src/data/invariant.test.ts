// The two APIs agree: for every income year, the monthly Inntekt lines that count as taxable
// salary add up to the year's samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt, per payer,
// and old-age pension from NAV adds up to the year's pension item: samletPensjonFraFolketrygden
// until 2021, alderspensjonFraFolketrygden from 2022 (the 2022 rename).
//
// The rule, stated here on its own so a change in poster.ts cannot silently change both sides:
// a line counts as taxable salary when it is
//   - a `loennsinntekt` line with inngaarIGrunnlagForTrekk AND utloeserArbeidsgiveravgift, or
//   - a `ytelseFraOffentlige` line `dagpengerVedArbeidsloeshet` with inngaarIGrunnlagForTrekk
//     (NAV benefits taxed like salary; the only one the generator pays).
import type { Inntekt, OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import { syntheticDNummer, syntheticFoedselsnummer } from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { createDataSource, type DataSource, defaultFixtureFile, loadFixtureFile } from './index.js';

function countsAsSalary(inntekt: Inntekt): boolean {
  if (inntekt.loennsinntekt !== undefined)
    return inntekt.inngaarIGrunnlagForTrekk && inntekt.utloeserArbeidsgiveravgift;
  return (
    inntekt.ytelseFraOffentlige?.beskrivelse === 'dagpengerVedArbeidsloeshet' &&
    inntekt.inngaarIGrunnlagForTrekk
  );
}

function perPayer(
  reports: readonly OppgaveInntektsmottaker[],
  counts: (i: Inntekt) => boolean,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const report of reports) {
    for (const line of report.inntekt) {
      if (counts(line))
        sums.set(
          report.opplysningspliktigId,
          (sums.get(report.opplysningspliktigId) ?? 0) + (line.beloep ?? 0),
        );
    }
  }
  return sums;
}

const pensionItem = (year: number) =>
  year >= 2022 ? 'alderspensjonFraFolketrygden' : 'samletPensjonFraFolketrygden';

function check(ds: DataSource, pid: string, year: number): boolean {
  const ssg = ds.summertSkattegrunnlag(pid, year, 'oppgjoer');
  if (ssg.kind !== 'data') return false;
  const inntekt = ds.inntekter(pid, `${year}-01`, `${year}-12`);
  const reports = inntekt.kind === 'data' ? inntekt.body.oppgaveInntektsmottaker : [];
  const items = ssg.body.grunnlag ?? [];
  for (const [tekniskNavn, counts, field] of [
    ['samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', countsAsSalary, 'beloep'],
    [
      pensionItem(year),
      (i: Inntekt) => i.pensjonEllerTrygd?.beskrivelse === 'alderspensjon',
      'pensjonsinntektPerSkattleggingsperiode',
    ],
  ] as const) {
    const expected = perPayer(reports, counts);
    const total = [...expected.values()].reduce((s, v) => s + v, 0);
    const item = items.find((g) => g.tekniskNavn === tekniskNavn);
    expect(item?.beloep ?? 0, `${pid} ${year} ${tekniskNavn}`).toBe(total);
    const specified = new Map(
      (item?.spesifisering ?? []).map((s) => [s.organisasjonsnummer as string, s[field] as number]),
    );
    // 2017 publishes no specification types, so its items carry none.
    if (year === 2017) expect(item?.spesifisering).toBeUndefined();
    else expect(specified, `${pid} ${year} ${tekniskNavn} per payer`).toEqual(expected);
  }
  return true;
}

const FUTURE = () => new Date('2031-06-15T12:00:00Z');

describe('Inntekt and Summert skattegrunnlag agree', () => {
  it('for every year of generated persons: employees, pensioners, D-nummer holders', () => {
    const ds = createDataSource({ seed: 'invariant', today: FUTURE });
    const pids = [
      ...Array.from({ length: 40 }, (_, i) =>
        syntheticFoedselsnummer(`inv${i}`, { bornFrom: '1940-01-01', bornTo: '2004-12-31' }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        syntheticDNummer(`invd${i}`, { bornFrom: '1970-01-01', bornTo: '1995-12-31' }),
      ),
    ];
    let checked = 0;
    for (const pid of pids)
      for (let year = 2017; year <= 2030; year++) if (check(ds, pid, year)) checked++;
    expect(checked).toBeGreaterThan(400);
  });

  it('for a fixture person whose income drops (the change shows in both APIs)', async () => {
    const fixtures = await loadFixtureFile(defaultFixtureFile());
    const ds = createDataSource({ seed: 'invariant', fixtures, today: FUTURE });
    const plain = createDataSource({ seed: 'invariant', today: FUTURE });
    const pid = '18868639411';
    for (const year of [2023, 2024, 2025, 2026]) expect(check(ds, pid, year)).toBe(true);
    const salary = (source: DataSource, year: number) => {
      const r = source.summertSkattegrunnlag(pid, year, 'oppgjoer');
      return r.kind === 'data'
        ? r.body.grunnlag?.find(
            (g) => g.tekniskNavn === 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
          )?.beloep
        : undefined;
    };
    expect(salary(ds, 2023)).toBe(salary(plain, 2023));
    expect(salary(ds, 2024) ?? 0).toBeLessThan(salary(plain, 2024) ?? 0);
    // From February 2025 only dagpenger: 11 months of 21 500 plus January's reduced salary.
    const months2025 = ds.inntekter(pid, '2025-02', '2025-12');
    if (months2025.kind !== 'data') throw new Error(months2025.kind);
    expect(
      months2025.body.oppgaveInntektsmottaker.every((o) =>
        o.inntekt.every((i) => i.ytelseFraOffentlige?.beskrivelse === 'dagpengerVedArbeidsloeshet'),
      ),
    ).toBe(true);
  });

  it('for the fixture person whose 2021 body and 2021 months are both pinned', async () => {
    const fixtures = await loadFixtureFile(defaultFixtureFile());
    const ds = createDataSource({ seed: 'invariant', fixtures, today: FUTURE });
    expect(check(ds, '21839199217', 2021)).toBe(true);
    expect(check(ds, '21839199217', 2022)).toBe(true);
  });
});
