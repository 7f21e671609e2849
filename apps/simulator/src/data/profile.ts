// A person's life as the generator sees it: their household group (households.ts), when they
// work and for whom, the benefits and pensions they receive, what they own and owe. A pure
// function of (seed, personidentifikator); the yearly and monthly amounts are drawn later from
// keys that add the year or month. Employers and salary level are testdata's createTestPerson's
// (person.ts), so a vendor's test that builds the same person from the same seed sees the same
// employers; name and address are not needed here and not drawn (they cost more than the rest).
import type { PersonidentifikatorInfo, TestEmployer } from '@skattedeling/testdata';
import { monthIndex } from './calendar.js';
import type { Context } from './context.js';
import { drawAssets } from './holdings.js';
import { drawHousehold, type Household } from './households.js';
import { planLife } from './life.js';
import { economicIdentity } from './person.js';
import { chance, intBetween, type KeyBase, keyBase, scopedRng, weighted } from './random.js';

export type PayType = 'fastloenn' | 'timeloenn';

/** Month indices, both included; `to` is Infinity while it lasts. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

export interface CompanyCar {
  readonly listepris: number;
  readonly registreringsnummer: string;
}

export interface Job {
  /** 0 is the main job, 1 a smaller second job, 2 and up jobs taken later; part of the draw keys. */
  readonly index: number;
  readonly employer: TestEmployer;
  /** Yearly pay at the 2024 wage level for a person aged 30 or more, at this job's share of full time. */
  readonly salaryRef: number;
  readonly payType: PayType;
  /** Expected hours a month of an hourly job, and the range actually worked. */
  readonly hours: readonly [expected: number, min: number, max: number];
  /** First month with pay (month index). */
  readonly start: number;
  /** Last month with pay (month index), or undefined while the job lasts. */
  readonly end: number | undefined;
  readonly overtime: boolean;
  readonly bonus: boolean;
  readonly mileage: boolean;
  readonly companyCar: CompanyCar | undefined;
}

/**
 * A benefit or pension paid every month of a period, as a multiple of G a year (so it follows
 * the year's grunnbeløp, as NAV's rules do). aordning.ts turns each kind into its Inntekt line.
 */
export type SpellKind =
  | 'aap'
  | 'ufoeretrygd'
  | 'dagpenger'
  | 'sykepenger'
  | 'sykepengerNaering'
  | 'overgangsstoenad'
  | 'omstillingsstoenad'
  | 'etterlattepensjon'
  | 'barnepensjon'
  | 'afp'
  | 'tjenestepensjon'
  | 'skjermingstillegg';

export interface Spell extends Period {
  readonly kind: SpellKind;
  /** Yearly amount in G (for overgangsstønad and barnepensjon a share of the full rate, see levelIn). */
  readonly level: number;
  /** For tjenestepensjon: the paying pension fund (an index into PENSION_PAYERS). */
  readonly payer?: number;
}

export interface Home {
  readonly purchaseYear: number;
  /** Market value at the 2024 price level. */
  readonly valueRef: number;
  /** Percent owned (100 or 50), as the Eiendom specification writes it. */
  readonly eierandel: number;
  readonly kommunenummer: string;
  readonly gaardsnummer: string;
  readonly bruksnummer: string;
  readonly gateadresse: string;
  readonly husnummer: string;
  readonly postnummer: string;
  readonly poststedsnavn: string;
  /** The whole loan when taken (both owners), at the purchase year's price level. */
  readonly loan: number;
  readonly loanYears: number;
  readonly loanBank: number;
  readonly loanKontonummer: string;
  /** A housing cooperative (borettslag): the share of its debt, wealth and income, 2024 level. */
  readonly coop:
    | { readonly debt: number; readonly wealth: number; readonly income: number }
    | undefined;
}

export interface Car {
  readonly registreringsnummer: string;
  readonly fabrikatnavn: string;
  readonly aarForFoerstegangsregistrering: number;
  readonly listepris: number;
}

export interface DepositAccount {
  readonly kind: 'brukskonto' | 'sparekonto';
  readonly bank: number;
  readonly kontonummer: string;
  /** Typical balance at the 2024 wage level for a mid-career person. */
  readonly balanceRef: number;
}

/** Shares, equity funds and an aksjesparekonto, valued at the 2024 share price level. */
export interface Investments {
  readonly shares: number;
  readonly funds: number;
  /** Chance a year of selling shares or fund units (a gain or a loss). */
  readonly tradeChance: number;
  readonly ask:
    | {
        readonly shares: number;
        readonly cash: number;
        readonly bank: number;
        readonly kontonummer: string;
        /** The year the account is closed, with a gain or loss, or undefined. */
        readonly closed: number | undefined;
      }
    | undefined;
}

/** A sole proprietorship from `from` (income year), and perhaps a share of an SDF (ANS/DA). */
export interface Business {
  readonly from: number;
  /** Yearly result before NAV's benefits at the 2024 wage level. */
  readonly resultRef: number;
  readonly partnership: { readonly surplusRef: number; readonly wealthRef: number } | undefined;
}

/** A rented-out secondary home bought in `purchaseYear` with a loan. */
export interface Rental {
  readonly purchaseYear: number;
  readonly valueRef: number;
  readonly rentRef: number;
  readonly loan: number;
  readonly loanYears: number;
  readonly loanBank: number;
  readonly loanKontonummer: string;
  readonly kommunenummer: string;
  readonly gaardsnummer: string;
  readonly bruksnummer: string;
}

export interface IncomeChange {
  /** Month index from which the change applies (until a later change). */
  readonly from: number;
  /** Multiplies every salary line from then on; 0 ends all jobs. */
  readonly salaryFactor: number;
  /** Unemployment benefit from NAV per month, whole kroner (0 or absent: none). */
  readonly dagpengerPerMonth: number;
}

export interface Profile {
  readonly personidentifikator: string;
  /** The hash of the person's key prefix: draws use scopedRng(key, …scope). */
  readonly key: KeyBase;
  readonly kind: 'fnr' | 'dnr';
  readonly birthDate: string;
  readonly birthYear: number;
  /** Month index of the birth month. */
  readonly birthMonth: number;
  readonly sex: 'female' | 'male';
  readonly household: Household;
  readonly jobs: readonly Job[];
  /** Months in which no job pays (benefit spells, sick leave paid by NAV), sorted. */
  readonly pauses: readonly Period[];
  /** Monthly benefits and pensions besides the old-age pension. */
  readonly spells: readonly Spell[];
  /** First month with old-age pension from NAV, and its yearly amount at the 2024 level. */
  readonly pension: { readonly start: number; readonly yearlyRef: number } | undefined;
  /** Months worked on Svalbard: salary then carries the skatteOgAvgiftsRegel `svalbard`. */
  readonly svalbard: Period | undefined;
  /** Months of study, and the student loan's account at Lånekassen. */
  readonly studies: (Period & { readonly kontonummer: string }) | undefined;
  readonly home: Home | undefined;
  readonly car: Car | undefined;
  readonly accounts: readonly DepositAccount[];
  readonly investments: Investments | undefined;
  readonly business: Business | undefined;
  readonly rental: Rental | undefined;
  /** A holiday home from `purchaseYear`, market value at the 2024 level. */
  readonly holidayHome: { readonly purchaseYear: number; readonly valueRef: number } | undefined;
  /** Debt in collection in the income years from–to, at the 2024 level. */
  readonly collection:
    | { readonly from: number; readonly to: number; readonly debt: number }
    | undefined;
  /** Yearly deductions at the 2024 level (0: none): IPS savings, travel, gifts. */
  readonly deductions: { readonly ips: number; readonly travel: number; readonly gifts: number };
  /** Ungdomsprogramytelse from NAV in 2025 (yearly G). */
  readonly youthProgramme: number;
  readonly unionMember: boolean;
  readonly incomeChanges: readonly IncomeChange[];
}

/** The mutable draft the builders fill in; frozen into a Profile at the end. */
export type Draft = { -readonly [K in keyof Profile]: Profile[K] } & {
  jobs: Job[];
  spells: Spell[];
  pauses: Period[];
  accounts: DepositAccount[];
};

/**
 * The profile of a synthetic person. Decisions (see README): the main job starts between 18 and
 * 25 and lasts until retirement at 62, 67 or 70, after which NAV pays old-age pension; D-nummer
 * holders are foreign workers with one job of limited length; the household group then changes
 * this life (life.ts) and adds what the person owns and owes (holdings.ts).
 */
export function buildProfile(
  ctx: Context,
  info: PersonidentifikatorInfo,
  incomeChanges: readonly IncomeChange[],
): Profile {
  const pid = info.value;
  const person = economicIdentity(ctx.seed, pid);
  const key = keyBase(ctx.seed, pid);
  const rng = scopedRng(key, 'profil');
  const [by, bm] = info.birthDate.split('-').map(Number) as [number, number];
  const birthMonth = monthIndex(by, bm);
  // A fixture's income changes scale salary: they make the person an employee, whose salary it is.
  const household =
    incomeChanges.length > 0 && info.kind === 'fnr'
      ? 'employee'
      : drawHousehold(ctx.seed, pid, info.kind, by, info.sex);
  const retirementAge = weighted(rng, [
    [62, 15],
    [67, 65],
    [70, 20],
  ] as const);
  const draft: Draft = {
    personidentifikator: pid,
    key,
    kind: info.kind,
    birthDate: info.birthDate,
    birthYear: by,
    birthMonth,
    sex: info.sex,
    household,
    jobs: [],
    pauses: [],
    spells: [],
    pension: undefined,
    svalbard: undefined,
    studies: undefined,
    home: undefined,
    car: undefined,
    accounts: [],
    investments: undefined,
    business: undefined,
    rental: undefined,
    holidayHome: undefined,
    collection: undefined,
    deductions: { ips: 0, travel: 0, gifts: 0 },
    youthProgramme: 0,
    unionMember: false,
    incomeChanges: [...incomeChanges].sort((a, b) => a.from - b.from),
  };
  const retire = birthMonth + retirementAge * 12 + 1;
  baseJobs(draft, person.employers, rng, retire);
  if (info.kind === 'fnr')
    draft.pension = {
      start: retire,
      yearlyRef: Math.min(450_000, Math.max(230_000, Math.round(person.yearlySalary * 0.55))),
    };
  drawAssets(ctx, draft, rng, person.yearlySalary);
  draft.unionMember = draft.jobs.length > 0 && chance(rng, 0.35);
  planLife(ctx, draft, person.yearlySalary);
  draft.pauses.sort((a, b) => a.from - b.from);
  return draft;
}

/** The main job and testdata's second employer, as every person has them before their group. */
function baseJobs(
  draft: Draft,
  employers: readonly (TestEmployer & { yearlySalary: number })[],
  rng: () => number,
  retire: number,
): void {
  const main = employers[0];
  if (main === undefined) return;
  const by = draft.birthYear;
  let start: number;
  let end: number | undefined;
  if (draft.kind === 'dnr') {
    const earliest = Math.max(by + 20, 2013);
    start = monthIndex(intBetween(rng, earliest, earliest + 10), intBetween(rng, 1, 12));
    end = chance(rng, 0.5) ? start + intBetween(rng, 6, 60) : undefined;
  } else {
    start = draft.birthMonth + intBetween(rng, 18, 25) * 12 + intBetween(rng, 0, 11);
  }
  const last = Math.min(end ?? Number.POSITIVE_INFINITY, retire - 1);
  const payType: PayType = chance(rng, 0.8) ? 'fastloenn' : 'timeloenn';
  const companyCar =
    draft.kind === 'fnr' && main.yearlySalary >= 600_000 && chance(rng, 0.25)
      ? { listepris: intBetween(rng, 45, 90) * 10_000, registreringsnummer: plate(rng) }
      : undefined;
  draft.jobs.push({
    index: 0,
    employer: main,
    salaryRef: main.yearlySalary,
    payType,
    hours: MAIN_HOURS,
    start,
    end: Number.isFinite(last) ? last : undefined,
    overtime: payType === 'fastloenn' && chance(rng, 0.3),
    bonus: chance(rng, 0.15),
    mileage: chance(rng, 0.15),
    companyCar,
  });
  const side = employers[1];
  if (side === undefined) return;
  const sideStart = start + intBetween(rng, 0, 120);
  const sideEnd = Math.min(
    chance(rng, 0.3) ? Number.POSITIVE_INFINITY : sideStart + intBetween(rng, 6, 72),
    retire - 1,
    last,
  );
  if (sideStart <= sideEnd)
    draft.jobs.push(sideJob(1, side, side.yearlySalary, sideStart, sideEnd));
}

export const MAIN_HOURS = [130, 90, 162] as const;
export const SIDE_HOURS = [35, 10, 60] as const;

/** A smaller hourly job (a second employer, a student's job). */
export function sideJob(
  index: number,
  employer: TestEmployer,
  salaryRef: number,
  start: number,
  end: number,
): Job {
  return {
    index,
    employer,
    salaryRef,
    payType: 'timeloenn',
    hours: SIDE_HOURS,
    start,
    end: Number.isFinite(end) ? end : undefined,
    overtime: false,
    bonus: false,
    mileage: false,
    companyCar: undefined,
  };
}

const PLATE_LETTERS = 'ABCDEFHJKLNPRSTUVXYZ';

export function plate(rng: () => number): string {
  const letter = () => PLATE_LETTERS[intBetween(rng, 0, PLATE_LETTERS.length - 1)] as string;
  return `${letter()}${letter()}${String(intBetween(rng, 10_000, 99_999))}`;
}

/** Age in whole years during month `m` (counted from the birth month). */
export function ageInMonth(profile: Profile, m: number): number {
  return Math.floor((m - profile.birthMonth) / 12);
}

/** Age at the end of income year `year`. */
export function ageAtYearEnd(profile: Profile, year: number): number {
  return year - profile.birthYear;
}

/** The income change in force in month `m`, if any. */
export function incomeChangeIn(profile: Profile, m: number): IncomeChange | undefined {
  let current: IncomeChange | undefined;
  for (const change of profile.incomeChanges) if (change.from <= m) current = change;
  return current;
}

export function isEmployedIn(job: Job, m: number): boolean {
  return m >= job.start && (job.end === undefined || m <= job.end);
}

export function inPeriod(period: Period | undefined, m: number): boolean {
  return period !== undefined && m >= period.from && m <= period.to;
}

/** True when no job pays in month `m` (a benefit spell or sick leave paid by NAV). */
export function isPaused(profile: Profile, m: number): boolean {
  for (const p of profile.pauses) if (m >= p.from && m <= p.to) return true;
  return false;
}

/** True when a job pays in month `m`. */
export function worksIn(profile: Profile, job: Job, m: number): boolean {
  return isEmployedIn(job, m) && !isPaused(profile, m);
}
