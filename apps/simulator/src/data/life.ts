// How a household group changes the common life course of profile.ts: a student studies and
// works part-time, a self-employed person leaves the job for a business, a disabled person gets
// AAP and then uføretrygd, and so on. Every group's characteristic phase covers the reference year
// (2024) for most of its members and lies elsewhere in 2015–2025 for the rest, so each group is
// visible in every income year. Drawn from one key per person ('livsloep').
import type { Rng } from '@skattedeling/testdata';
import { monthIndex } from './calendar.js';
import { type Context, kontonummer, LAANEKASSEN } from './context.js';
import { drawWealth } from './holdings.js';
import { REFERENCE_YEAR } from './households.js';
import { benefitLife, G_2024, payInG } from './life-benefits.js';
import { endJobsBefore, pause, replaceJob, spellStart } from './life-tools.js';
import { poolEmployer } from './person.js';
import { type Draft, MAIN_HOURS, sideJob } from './profile.js';
import { between, chance, intBetween, scopedRng } from './random.js';

const REF_FROM = monthIndex(REFERENCE_YEAR, 1);

/** Group by group; then traits every adult may have (sick leave), then what they own. */
export function planLife(ctx: Context, draft: Draft, totalRef: number): void {
  const rng = scopedRng(draft.key, 'livsloep');
  switch (draft.household) {
    case 'twoEmployers':
      twoEmployers(ctx, draft, rng);
      break;
    case 'partTime':
      replaceJob(draft, 0, {
        salaryRef: Math.round((jobSalary(draft) * intBetween(rng, 40, 80)) / 100),
        payType: 'fastloenn',
        overtime: false,
        bonus: false,
        companyCar: undefined,
      });
      break;
    case 'selfEmployed':
      selfEmployed(draft, rng);
      break;
    case 'pensioner':
      pensioner(draft, rng);
      break;
    case 'student':
      student(ctx, draft, rng);
      break;
    case 'svalbard': {
      const length = intBetween(rng, 24, 120);
      const from = spellStart(rng, length, draft.birthMonth + 22 * 12);
      draft.svalbard = { from, to: from + length - 1 };
      break;
    }
    case 'firstJob':
      firstJob(draft, rng);
      break;
    case 'debtCollection':
      debtCollection(draft, rng);
      break;
    default:
      benefitLife(draft, rng);
  }
  if (draft.kind === 'fnr') sickLeave(draft, rng);
  if (draft.household !== 'debtCollection') drawWealth(ctx, draft, totalRef);
}

function jobSalary(draft: Draft): number {
  return draft.jobs[0]?.salaryRef ?? 0;
}

/** A second, hourly job that lasts as long as the main one, from some year before 2024. */
function twoEmployers(ctx: Context, draft: Draft, rng: Rng): void {
  const main = draft.jobs[0];
  if (main === undefined) return;
  const start = Math.max(main.start, REF_FROM - intBetween(rng, 0, 96));
  const end = main.end ?? Number.POSITIVE_INFINITY;
  if (start > end) return;
  const existing = draft.jobs[1];
  const k = intBetween(rng, 0, 39);
  let employer = existing?.employer ?? poolEmployer(ctx.seed, k);
  if (employer.organisasjonsnummer === main.employer.organisasjonsnummer)
    employer = poolEmployer(ctx.seed, k + 1);
  const salary =
    existing?.salaryRef ?? Math.round((main.salaryRef * between(rng, 0.1, 0.3)) / 1_000) * 1_000;
  draft.jobs = [main, sideJob(1, employer, salary, start, end)];
}

/** A sole proprietorship from an age of 25–45 (by 2023), the job left for it; a quarter also own an SDF share. */
function selfEmployed(draft: Draft, rng: Rng): void {
  const from = Math.min(REFERENCE_YEAR - 1, draft.birthYear + intBetween(rng, 25, 45));
  endJobsBefore(draft, monthIndex(from, 1));
  draft.business = {
    from,
    resultRef: intBetween(rng, 15, 90) * 10_000,
    partnership: chance(rng, 0.25)
      ? {
          surplusRef: intBetween(rng, 5, 40) * 10_000,
          wealthRef: intBetween(rng, 10, 200) * 10_000,
        }
      : undefined,
  };
}

/**
 * Retired by the reference year; AFP for about a third (NAV: some 35 % of new retirees from the
 * private sector take AFP; our estimate overall) and tjenestepensjon for two in three (our
 * estimate; most employees have an occupational scheme), paid by a pension fund.
 */
function pensioner(draft: Draft, rng: Rng): void {
  const pension = draft.pension;
  if (pension === undefined) return;
  const earliest = draft.birthMonth + 62 * 12 + 1;
  const start = Math.max(earliest, Math.min(pension.start, REF_FROM + intBetween(rng, 0, 5)));
  draft.pension = { ...pension, start };
  endJobsBefore(draft, start);
  const to = Number.POSITIVE_INFINITY;
  if (start < draft.birthMonth + 70 * 12 && chance(rng, 0.35))
    draft.spells.push({ kind: 'afp', from: start, to, level: between(rng, 0.4, 0.8) });
  if (chance(rng, 0.65))
    draft.spells.push({
      kind: 'tjenestepensjon',
      from: start,
      to,
      level: between(rng, 0.5, 2.5),
      payer: chance(rng, 0.4) ? 0 : intBetween(rng, 1, 2),
    });
}

/**
 * Studies from 19 for three to six years with an hourly job beside them; the main job starts
 * after. The student loan is drawn from the study period (assets.ts).
 */
function student(ctx: Context, draft: Draft, rng: Rng): void {
  const from = monthIndex(draft.birthYear + 19, 8);
  const to = from + intBetween(rng, 3, 6) * 12 - 3;
  draft.studies = { from, to, kontonummer: kontonummer(rng, LAANEKASSEN.registernummer) };
  const main = draft.jobs[0];
  if (main === undefined) return;
  const employer = poolEmployer(ctx.seed, intBetween(rng, 0, 39));
  draft.jobs = [
    { ...main, start: Math.max(main.start, to + intBetween(rng, 1, 6)) },
    sideJob(1, employer, intBetween(rng, 12, 22) * 10_000, from + intBetween(rng, 0, 6), to),
  ];
}

/** The first job from 18–20, often hourly; one in five joins the ungdomsprogram in 2025. */
function firstJob(draft: Draft, rng: Rng): void {
  const main = draft.jobs[0];
  if (main === undefined) return;
  const start = draft.birthMonth + intBetween(rng, 18, 20) * 12 + intBetween(rng, 0, 11);
  const hourly = chance(rng, 0.5);
  draft.jobs = [
    {
      ...main,
      start,
      payType: hourly ? 'timeloenn' : 'fastloenn',
      hours: MAIN_HOURS,
      overtime: false,
      companyCar: undefined,
    },
  ];
  const age2025 = 2025 - draft.birthYear;
  if (age2025 <= 29 && chance(rng, 0.2)) draft.youthProgramme = age2025 >= 25 ? 2.041 : 1.361;
}

/** Low pay and debt in collection for one to six years; no home, no savings. */
function debtCollection(draft: Draft, rng: Rng): void {
  replaceJob(draft, 0, { salaryRef: Math.round(jobSalary(draft) * between(rng, 0.45, 0.75)) });
  const from = intBetween(rng, 2016, REFERENCE_YEAR);
  draft.collection = {
    from,
    to: Math.min(2025, from + intBetween(rng, 1, 5)),
    debt: intBetween(rng, 10, 150) * 1_000,
  };
  draft.home = undefined;
  draft.accounts = draft.accounts.filter((a) => a.kind === 'brukskonto');
}

/**
 * Sick leave paid by NAV directly (the employer does not advance the pay): in four years of a
 * hundred, one to five months (our estimate; NAV pays most sick pay as refunds to employers,
 * which the a-ordning shows as salary). The self-employed get it as næringsinntekt at 80 %.
 */
function sickLeave(draft: Draft, rng: Rng): void {
  for (let year = 2015; year <= 2025; year++) {
    if (!chance(rng, 0.04)) continue;
    const from = monthIndex(year, intBetween(rng, 1, 10));
    const period = { from, to: from + intBetween(rng, 0, 4) };
    const retired = draft.pension !== undefined && period.to >= draft.pension.start;
    const overlaps = [...draft.pauses, ...draft.spells].some(
      (p) => p.from <= period.to && p.to >= period.from,
    );
    if (retired || overlaps) continue;
    const business = draft.business !== undefined && draft.business.from <= year;
    if (business) {
      const result = draft.business?.resultRef ?? 0;
      draft.spells.push({
        kind: 'sykepengerNaering',
        ...period,
        level: 0.8 * Math.min(6, result / G_2024),
      });
      continue;
    }
    const job = draft.jobs.find((j) => j.start <= period.from && (j.end ?? Infinity) >= period.to);
    if (job === undefined) continue;
    draft.spells.push({ kind: 'sykepenger', ...period, level: Math.min(6, payInG(job.salaryRef)) });
    pause(draft, period);
  }
}
