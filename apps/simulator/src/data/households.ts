// The household groups persons are drawn from, with their frequencies. A person belongs to one
// group for life: the group shapes the life course (when they work, study, fall ill, retire,
// invest) and names the phase a case worker sees around the reference year. Frequencies are
// shares of the adult population (sources in the table and in README.md); groups too rare to
// appear among a thousand persons are drawn more often than in reality, and say so.
import type { PersonidentifikatorKind } from '@skattedeling/testdata';
import { keyedRng, weighted } from './random.js';

export type Household =
  | 'employee'
  | 'twoEmployers'
  | 'partTime'
  | 'selfEmployed'
  | 'pensioner'
  | 'disability'
  | 'workAssessment'
  | 'unemployed'
  | 'singleParent'
  | 'student'
  | 'investor'
  | 'landlord'
  | 'svalbard'
  | 'firstJob'
  | 'debtCollection'
  | 'survivor'
  | 'foreignWorker'
  | 'child';

/**
 * The group is drawn from the person's age in this year, so "a student" is a student around
 * 2024 and "a pensioner" retired by then. A constant, not today's year: a person's data never
 * depends on the day it is asked for.
 */
export const REFERENCE_YEAR = 2024;

export interface HouseholdRow {
  readonly name: Household;
  readonly description: string;
  /** Percent of adults (18+) in the group as we draw it; the rows' weights. */
  readonly share: number;
  /** Age in REFERENCE_YEAR the group is drawn for (inclusive). */
  readonly ages: readonly [number, number];
  /** Where the share comes from. */
  readonly source: string;
}

export const HOUSEHOLDS: readonly HouseholdRow[] = [
  {
    name: 'employee',
    description: 'employee with salary from one employer',
    share: 30,
    ages: [20, 66],
    source: 'the remainder; SSB: about 2.9 million employed, most with one employer',
  },
  {
    name: 'twoEmployers',
    description: 'employee with two employers (a second, hourly job)',
    share: 5,
    ages: [22, 61],
    source: 'SSB labour force survey: about 8 % of the employed have a second job',
  },
  {
    name: 'partTime',
    description: 'part-time employee (40–80 %)',
    share: 7,
    ages: [20, 66],
    source:
      'SSB: about a quarter of the employed work part-time; students and pensioners are other groups here',
  },
  {
    name: 'selfEmployed',
    description:
      'self-employed: sole proprietorship (næringsinntekt), some with an SDF (ANS/DA) share',
    share: 4,
    ages: [25, 66],
    source:
      'SSB: about 190 000 self-employed, 4 % of adults; the SDF share (25 % of them) is our estimate',
  },
  {
    name: 'pensioner',
    description: 'old-age pensioner: alderspensjon, often AFP or tjenestepensjon',
    share: 22,
    ages: [62, 110],
    source: 'NAV: about 1.05 million old-age pensioners in 2024, 24 % of adults',
  },
  {
    name: 'disability',
    description: 'uføretrygd (after a spell of AAP), partly working for some',
    share: 8,
    ages: [30, 66],
    source: 'NAV: about 370 000 recipients of uføretrygd in 2024, 8 % of adults',
  },
  {
    name: 'workAssessment',
    description: 'arbeidsavklaringspenger (AAP) for one to three years',
    share: 3,
    ages: [22, 61],
    source: 'NAV: about 150 000 AAP recipients in 2024, 3 % of adults',
  },
  {
    name: 'unemployed',
    description: 'dagpenger during one or two spells of unemployment',
    share: 2,
    ages: [22, 61],
    source: 'NAV: 40 000–60 000 on dagpenger at a time, more over a year; our estimate 2 %',
  },
  {
    name: 'singleParent',
    description: 'single parent with overgangsstønad',
    share: 1.5,
    ages: [22, 50],
    source: 'NAV: about 10 000 recipients (0.25 % of adults), nine in ten women; drawn 6× as often',
  },
  {
    name: 'student',
    description: 'student with a part-time job and a student loan',
    share: 6,
    ages: [16, 29],
    source: 'SSB: about 300 000 students in higher education, 7 % of adults',
  },
  {
    name: 'investor',
    description: 'investor: shares, funds and an aksjesparekonto with dividends, gains and losses',
    share: 4,
    ages: [30, 110],
    source:
      'our estimate (about a million Norwegians own shares or funds directly, most of them little; small fund holdings are a trait of every group here)',
  },
  {
    name: 'landlord',
    description: 'landlord: rents out a secondary home',
    share: 3,
    ages: [30, 110],
    source: 'our estimate',
  },
  {
    name: 'svalbard',
    description: 'lives and works on Svalbard (svalbardGrunnlag) for some years',
    share: 1,
    ages: [22, 61],
    source: 'SSB: about 2 500 inhabitants (0.06 % of adults); drawn 16× as often',
  },
  {
    name: 'firstJob',
    description: 'young person in a first job; ungdomsprogramytelse for some in 2025',
    share: 4,
    ages: [16, 26],
    source: 'our estimate of 18–24-year-olds in work who are not students',
  },
  {
    name: 'debtCollection',
    description: 'low income with debt in collection (inkasso)',
    share: 3,
    ages: [20, 66],
    source: 'our estimate',
  },
  {
    name: 'survivor',
    description:
      'widow(er) with gjenlevendepensjon or omstillingsstønad, or a young adult with barnepensjon',
    share: 1,
    ages: [16, 66],
    source:
      'NAV: about 12 000 children with barnepensjon and some 15 000 survivors with gjenlevendepensjon or omstillingsstønad (0.6 %)',
  },
];

/** Not drawn: D-nummer holders and persons under 16 in the reference year. */
export const OTHER_HOUSEHOLDS: readonly { name: Household; description: string }[] = [
  {
    name: 'foreignWorker',
    description: 'D-nummer: a foreign worker taxed in Norway while working here',
  },
  { name: 'child', description: 'under 16 in 2024: no income yet, an employee later' },
];

/** Weight of a group for a person of `sex`: overgangsstønad goes mostly to mothers (NAV). */
function weightFor(row: HouseholdRow, sex: 'female' | 'male'): number {
  return row.name === 'singleParent' && sex === 'male' ? row.share * 0.2 : row.share;
}

/**
 * The household of a person: drawn once per (seed, person) among the groups whose ages include
 * the person's age in REFERENCE_YEAR, with the table's shares as weights.
 */
export function drawHousehold(
  seed: string,
  personidentifikator: string,
  kind: PersonidentifikatorKind,
  birthYear: number,
  sex: 'female' | 'male',
): Household {
  if (kind === 'dnr') return 'foreignWorker';
  const age = REFERENCE_YEAR - birthYear;
  if (age < 16) return 'child';
  const eligible = HOUSEHOLDS.filter((row) => age >= row.ages[0] && age <= row.ages[1]).map(
    (row) => [row.name, weightFor(row, sex)] as const,
  );
  return weighted(keyedRng(seed, personidentifikator, 'husholdning'), eligible);
}
