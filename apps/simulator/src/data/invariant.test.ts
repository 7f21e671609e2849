// The two APIs agree (issue 9, item 2): for every household group and every income year both
// APIs serve (2017–2025; the Inntekt API also has 2015–2016, which the yearly API does not), a
// person's monthly Inntekt lines add up to the year's grunnlag items, per payer where the item is
// specified per payer.
//
// The rules, stated here on their own so a change in poster.ts cannot silently change both sides
// (README.md, "The two APIs agree"):
// - salary: `loennsinntekt` lines with inngaarIGrunnlagForTrekk AND utloeserArbeidsgiveravgift,
//   not on Svalbard, plus `ytelseFraOffentlige` dagpenger and sykepenger with withholding;
// - Svalbard salary (svalbardGrunnlag): the same salary lines with skatteOgAvgiftsRegel `svalbard`;
// - AAP, uføretrygd, overgangsstønad, omstillingsstønad: their `ytelseFraOffentlige` codes;
// - old-age pension, its skjermingstillegg, AFP, tjenestepensjon, gjenlevendepensjon,
//   barnepensjon: their `pensjonEllerTrygd` codes;
// - the sole proprietorship: surplus − deficit = the business's own result + `naeringsinntekt`;
// - nothing else counts: every other line is a tax-free allowance without withholding.
import type { Inntekt, OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import type { Grunnlag } from '@skattedeling/summert-skattegrunnlag';
import { parsePersonidentifikator } from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { businessResult } from './capital.js';
import { createContext } from './context.js';
import {
  createDataSource,
  type DataSource,
  defaultFixtureFile,
  loadFixtureFile,
  PROFILES,
} from './index.js';
import { buildProfile, type IncomeChange } from './profile.js';

const ytelse =
  (...codes: string[]) =>
  (i: Inntekt) =>
    codes.includes(i.ytelseFraOffentlige?.beskrivelse ?? '');
const pensjon =
  (...codes: string[]) =>
  (i: Inntekt) =>
    codes.includes(i.pensjonEllerTrygd?.beskrivelse ?? '');
const salaryLine = (i: Inntekt) =>
  i.loennsinntekt !== undefined && i.inngaarIGrunnlagForTrekk && i.utloeserArbeidsgiveravgift;

interface Rule {
  /** The item's name in the year, or undefined when the year has none (then no lines either). */
  readonly item: (year: number) => string | undefined;
  readonly counts: (line: Inntekt) => boolean;
  /** The field of the per-payer specification, for items specified per payer (from 2018). */
  readonly perPayer?: string;
  readonly svalbard?: boolean;
}

const RULES: Readonly<Record<string, Rule>> = {
  salary: {
    item: () => 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
    counts: (i) =>
      (salaryLine(i) && i.skatteOgAvgiftsRegel !== 'svalbard') ||
      (i.inngaarIGrunnlagForTrekk && ytelse('dagpengerVedArbeidsloeshet', 'sykepenger')(i)),
    perPayer: 'beloep',
  },
  svalbard: {
    item: () => 'loennsinntektMedTrygdeavgiftspliktOmfattetAvLoennstrekkordningen',
    counts: (i) => salaryLine(i) && i.skatteOgAvgiftsRegel === 'svalbard',
    svalbard: true,
  },
  aap: { item: () => 'arbeidsavklaringspenger', counts: ytelse('arbeidsavklaringspenger') },
  ufoere: {
    item: () => 'samletUfoeretrygdFraFolketrygdenEksklusiveEktefelletillegg',
    counts: ytelse('ufoeretrygd'),
  },
  overgangsstoenad: {
    item: () => 'overgangsstoenadTilEnsligForelder',
    counts: ytelse('overgangsstoenadTilEnsligMorEllerFarSomBegynteAaLoepe1April2014EllerSenere'),
  },
  omstillingsstoenad: {
    item: (y) => (y >= 2024 ? 'omstillingsstoenad' : undefined),
    counts: ytelse('omstillingsstoenad'),
  },
  alderspensjon: {
    item: (y) => (y >= 2022 ? 'alderspensjonFraFolketrygden' : 'samletPensjonFraFolketrygden'),
    counts: pensjon('alderspensjon'),
    perPayer: 'pensjonsinntektPerSkattleggingsperiode',
  },
  skjermingstillegg: {
    item: (y) => (y >= 2022 ? 'skjermingstilleggTilAlderspensjon' : undefined),
    counts: pensjon('alderspensjonSkjermingstillegg'),
  },
  afp: {
    item: () => 'samletAvtalefestetPensjon',
    counts: pensjon('avtalefestetPensjon'),
    perPayer: 'pensjonsinntektPerSkattleggingsperiode',
  },
  tjenestepensjon: {
    item: () => 'samletAnnenPensjonMedTrekkpliktEksklusiveEktefelletillegg',
    counts: pensjon('pensjonOgLivrenterIArbeidsforhold'),
    perPayer: 'pensjonsinntektPerSkattleggingsperiode',
  },
  gjenlevendepensjon: {
    item: () => 'etterlattepensjonFraFolketrygden',
    counts: pensjon('etterlattepensjon'),
  },
  barnepensjon: {
    item: (y) => (y >= 2019 ? 'barnepensjonFraFolketrygden' : 'samletBarnepensjonOgLivrente'),
    counts: pensjon('barnepensjon', 'barnepensjonFra2024', 'barnepensjonFra2025'),
  },
};

const isAllowance = (i: Inntekt) =>
  i.fordel === 'utgiftsgodtgjoerelse' &&
  !i.inngaarIGrunnlagForTrekk &&
  !i.utloeserArbeidsgiveravgift;

function perPayer(
  reports: readonly OppgaveInntektsmottaker[],
  counts: (i: Inntekt) => boolean,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const report of reports)
    for (const line of report.inntekt)
      if (counts(line))
        sums.set(
          report.opplysningspliktigId,
          (sums.get(report.opplysningspliktigId) ?? 0) + (line.beloep ?? 0),
        );
  return sums;
}

const FUTURE = () => new Date('2031-06-15T12:00:00Z');
const SEED = 'invariant';
const seen = new Map<string, number>();

/** Every line is counted by exactly one rule, by the business rule, or is a tax-free allowance. */
function unaccounted(reports: readonly OppgaveInntektsmottaker[]): Inntekt[] {
  return reports.flatMap((r) =>
    r.inntekt.filter((i) => {
      const rules = Object.values(RULES).filter((rule) => rule.counts(i)).length;
      return !(rules === 1 || (rules === 0 && (i.naeringsinntekt !== undefined || isAllowance(i))));
    }),
  );
}

function reportsOf(ds: DataSource, pid: string, from: string, to: string) {
  const inntekt = ds.inntekter(pid, from, to);
  return inntekt.kind === 'data' ? inntekt.body.oppgaveInntektsmottaker : [];
}

/** Checks one person-year; false when the person has no assessment that year. */
function check(
  ds: DataSource,
  pid: string,
  year: number,
  incomeChanges: readonly IncomeChange[] = [],
): boolean {
  const ssg = ds.summertSkattegrunnlag(pid, year, 'oppgjoer');
  if (ssg.kind !== 'data') return false;
  const reports = reportsOf(ds, pid, `${year}-01`, `${year}-12`);
  expect(unaccounted(reports), `${pid} ${year}`).toEqual([]);
  const find = (list: readonly Grunnlag[] | undefined, name: string | undefined) =>
    list?.find((g) => g.tekniskNavn === name);
  for (const [name, rule] of Object.entries(RULES)) {
    const expected = perPayer(reports, rule.counts);
    const total = [...expected.values()].reduce((s, v) => s + v, 0);
    const tekniskNavn = rule.item(year);
    const item = find(rule.svalbard ? ssg.body.svalbardGrunnlag : ssg.body.grunnlag, tekniskNavn);
    expect(item?.beloep ?? 0, `${pid} ${year} ${name}`).toBe(total);
    if (total !== 0) seen.set(name, (seen.get(name) ?? 0) + 1);
    if (rule.perPayer !== undefined && year > 2017) {
      const field = rule.perPayer;
      const specified = new Map(
        (item?.spesifisering ?? []).map((s) => [
          s.organisasjonsnummer as string,
          s[field] as number,
        ]),
      );
      expect(specified, `${pid} ${year} ${name} per payer`).toEqual(expected);
    }
    // 2017 publishes no specification types, so its items carry none.
    if (year === 2017) expect(item?.spesifisering).toBeUndefined();
  }
  const info = parsePersonidentifikator(pid);
  if (!info.ok) throw new Error(pid);
  const profile = buildProfile(createContext(SEED), info, incomeChanges);
  const reported = perPayer(reports, (i) => i.naeringsinntekt !== undefined);
  const naering = [...reported.values()].reduce((s, v) => s + v, 0);
  const surplus = find(ssg.body.grunnlag, 'samletOverskuddAvEnkeltpersonforetakInnenAnnenNaering');
  const deficit = find(ssg.body.grunnlag, 'samletUnderskuddINaeringsvirksomhet');
  expect((surplus?.beloep ?? 0) - (deficit?.beloep ?? 0), `${pid} ${year} business`).toBe(
    businessResult(profile, year) + naering,
  );
  if (naering !== 0) seen.set('naeringsinntekt', (seen.get('naeringsinntekt') ?? 0) + 1);
  return true;
}

describe('Inntekt and Summert skattegrunnlag agree', () => {
  const ds = createDataSource({ seed: SEED, today: FUTURE });
  const groups = PROFILES.filter((p) => p !== 'child');

  it.each(groups)('for persons of the group %s in every year 2017–2025', (profile) => {
    const pids = ds.persons({ profile, limit: 6 }).map((p) => p.personidentifikator);
    let checked = 0;
    for (const pid of pids)
      for (let year = 2017; year <= 2025; year++) if (check(ds, pid, year)) checked++;
    // Young groups have only the years since they turned 18.
    expect(checked).toBeGreaterThan(5);
  });

  it('for the rare items, found by what the body carries', () => {
    for (const [profile, year, has] of [
      ['disability', 2025, 'skjermingstilleggTilAlderspensjon'],
      ['disability', 2019, 'samletUfoeretrygdFraFolketrygdenEksklusiveEktefelletillegg'],
      ['workAssessment', 2021, 'arbeidsavklaringspenger'],
      ['singleParent', 2023, 'overgangsstoenadTilEnsligForelder'],
      ['survivor', 2024, 'omstillingsstoenad'],
      ['survivor', 2020, 'etterlattepensjonFraFolketrygden'],
      ['survivor', 2018, 'samletBarnepensjonOgLivrente'],
      ['survivor', 2024, 'barnepensjonFraFolketrygden'],
      ['pensioner', 2024, 'samletAvtalefestetPensjon'],
      ['pensioner', 2020, 'samletAnnenPensjonMedTrekkpliktEksklusiveEktefelletillegg'],
      ['selfEmployed', 2023, 'samletOverskuddAvEnkeltpersonforetakInnenAnnenNaering'],
      ['svalbard', 2017, 'loennsinntektMedTrygdeavgiftspliktOmfattetAvLoennstrekkordningen'],
    ] as const) {
      const [found] = ds.persons({ profile, year, has, limit: 1 });
      expect(found, `${profile} ${year} ${has}`).toBeDefined();
      expect(check(ds, found?.personidentifikator ?? '', year)).toBe(true);
    }
    // Sick pay to the self-employed (næringsinntekt) has no item of its own: look in the months.
    const sick = ds
      .persons({ profile: 'selfEmployed', limit: 100 })
      .map((p) => p.personidentifikator)
      .find((pid) =>
        reportsOf(ds, pid, '2017-01', '2025-12').some((r) =>
          r.inntekt.some((i) => i.naeringsinntekt),
        ),
      );
    expect(sick).toBeDefined();
    for (let year = 2017; year <= 2025; year++) check(ds, sick ?? '', year);
  });

  it('saw every rule at work, the næringsinntekt rule included', () => {
    expect([...seen.keys()].sort()).toEqual([...Object.keys(RULES), 'naeringsinntekt'].sort());
  });

  it('accounts for every line of 2015 and 2016, the months before the yearly API', () => {
    let lines = 0;
    for (const profile of groups)
      for (const { personidentifikator } of ds.persons({ profile, limit: 3 })) {
        const reports = reportsOf(ds, personidentifikator, '2015-01', '2016-12');
        lines += reports.reduce((s, r) => s + r.inntekt.length, 0);
        expect(unaccounted(reports)).toEqual([]);
      }
    expect(lines).toBeGreaterThan(100);
  });

  it('for a fixture person whose income drops (the change shows in both APIs)', async () => {
    const fixtures = await loadFixtureFile(defaultFixtureFile());
    const pinned = createDataSource({ seed: SEED, fixtures, today: FUTURE });
    const pid = '18868639411';
    const changes = fixtures.persons.get(pid)?.incomeChanges ?? [];
    for (const year of [2023, 2024, 2025, 2026])
      expect(check(pinned, pid, year, changes)).toBe(true);
    const salary = (source: DataSource, year: number) => {
      const r = source.summertSkattegrunnlag(pid, year, 'oppgjoer');
      return r.kind === 'data'
        ? r.body.grunnlag?.find(
            (g) => g.tekniskNavn === 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
          )?.beloep
        : undefined;
    };
    // The income changes make the person an employee; 2024 pays 60 % from September.
    expect(salary(pinned, 2023)).toBeGreaterThan(0);
    expect(salary(pinned, 2024) ?? 0).toBeLessThan(salary(pinned, 2023) ?? 0);
    // From February 2025 only dagpenger: 11 months of 21 500 plus January's reduced salary.
    const months2025 = pinned.inntekter(pid, '2025-02', '2025-12');
    if (months2025.kind !== 'data') throw new Error(months2025.kind);
    expect(
      months2025.body.oppgaveInntektsmottaker.every((o) =>
        o.inntekt.every((i) => i.ytelseFraOffentlige?.beskrivelse === 'dagpengerVedArbeidsloeshet'),
      ),
    ).toBe(true);
  });

  it('for the fixture person whose 2021 body and 2021 months are both pinned', async () => {
    const fixtures = await loadFixtureFile(defaultFixtureFile());
    const pinned = createDataSource({ seed: SEED, fixtures, today: FUTURE });
    expect(check(pinned, '21839199217', 2021)).toBe(true);
    expect(check(pinned, '21839199217', 2022)).toBe(true);
  });
});
