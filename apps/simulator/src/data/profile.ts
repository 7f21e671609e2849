// A person's life as the generator sees it: who they are (from @skattedeling/testdata's
// createTestPerson, so a vendor's test that builds the same person from the same seed sees the
// same name, address and employers), when they work and for whom, whether they own a home or a
// car, and their bank accounts. A pure function of (seed, personidentifikator); the yearly and
// monthly amounts are drawn later from keys that add the year or month.
import type { PersonidentifikatorInfo, Rng, TestEmployer } from '@skattedeling/testdata';
import { monthIndex } from './calendar.js';
import { BANK_COUNT, bank, type Context, kontonummer } from './context.js';
import { identityOf } from './person.js';
import { between, chance, intBetween, keyedRng, weighted } from './random.js';

export type PayType = 'fastloenn' | 'timeloenn';

export interface CompanyCar {
  readonly listepris: number;
  readonly registreringsnummer: string;
}

export interface Job {
  /** 0 is the main job, 1 a smaller second job. */
  readonly index: number;
  readonly employer: TestEmployer;
  /** Yearly pay at the 2024 wage level for a person aged 30 or more. */
  readonly salaryRef: number;
  readonly payType: PayType;
  /** First month with pay (month index). */
  readonly start: number;
  /** Last month with pay (month index), or undefined while the job lasts. */
  readonly end: number | undefined;
  readonly overtime: boolean;
  readonly bonus: boolean;
  readonly mileage: boolean;
  readonly companyCar: CompanyCar | undefined;
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
  /** The whole loan when taken (both owners), whole kroner. */
  readonly loan: number;
  readonly loanYears: number;
  readonly loanBank: number;
  readonly loanKontonummer: string;
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

/** A change of income from a month on, set by a fixture (e.g. a job loss for boligsosial cases). */
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
  readonly kind: 'fnr' | 'dnr';
  readonly birthDate: string;
  readonly birthYear: number;
  /** Month index of the birth month. */
  readonly birthMonth: number;
  readonly sex: 'female' | 'male';
  readonly fornavn: string;
  readonly etternavn: string;
  readonly adresse: {
    readonly gateadresse: string;
    readonly postnummer: string;
    readonly poststed: string;
  };
  readonly jobs: readonly Job[];
  /** First month with old-age pension from NAV, and its yearly amount at the 2024 level. */
  readonly pension: { readonly start: number; readonly yearlyRef: number } | undefined;
  readonly home: Home | undefined;
  readonly car: Car | undefined;
  readonly accounts: readonly DepositAccount[];
  readonly unionMember: boolean;
  readonly incomeChanges: readonly IncomeChange[];
}

// Municipality numbers that did not change in the 2017–2025 reforms, so one number fits every
// income year. Addresses themselves are faker's invented Norwegian ones.
const KOMMUNER = ['0301', '1103', '1106', '1804', '1833', '1813', '1820'] as const;

const PLATE_LETTERS = 'ABCDEFHJKLNPRSTUVXYZ';

function registreringsnummer(rng: Rng): string {
  const letter = () => PLATE_LETTERS[intBetween(rng, 0, PLATE_LETTERS.length - 1)] as string;
  return `${letter()}${letter()}${String(intBetween(rng, 10_000, 99_999))}`;
}

function splitStreet(streetAddress: string): { gateadresse: string; husnummer: string } {
  const match = /^(.*\S)\s+(\d+\w?)$/.exec(streetAddress);
  return match
    ? { gateadresse: match[1] as string, husnummer: match[2] as string }
    : { gateadresse: streetAddress, husnummer: '1' };
}

/**
 * The profile of a synthetic person. Decisions (see README): the main job starts between 18 and
 * 25 and lasts until retirement at 62, 67 or 70, after which NAV pays old-age pension; D-nummer
 * holders are foreign workers with one job of limited length, a current account and no home or
 * car; about two in three others buy a home between 26 and 40 with a loan paid down in equal
 * instalments, and about half own a car unless the employer provides one.
 */
export function buildProfile(
  ctx: Context,
  info: PersonidentifikatorInfo,
  incomeChanges: readonly IncomeChange[],
): Profile {
  const personidentifikator = info.value;
  const person = identityOf(ctx, info);
  const rng = keyedRng(ctx.seed, personidentifikator, 'profil');
  const [by, bm] = info.birthDate.split('-').map(Number) as [number, number];
  const birthMonth = monthIndex(by, bm);
  const isD = info.kind === 'dnr';
  const totalRef = person.yearlySalary;

  const retirementAge = weighted(rng, [
    [62, 15],
    [67, 65],
    [70, 20],
  ] as const);
  const retire = birthMonth + retirementAge * 12 + 1;

  const jobs: Job[] = [];
  const main = person.employers[0];
  if (main !== undefined) {
    let start: number;
    let end: number | undefined;
    if (isD) {
      const earliest = Math.max(by + 20, 2013);
      start = monthIndex(intBetween(rng, earliest, earliest + 10), intBetween(rng, 1, 12));
      end = chance(rng, 0.5) ? start + intBetween(rng, 6, 60) : undefined;
    } else {
      start = birthMonth + intBetween(rng, 18, 25) * 12 + intBetween(rng, 0, 11);
      end = undefined;
    }
    end = Math.min(end ?? Number.POSITIVE_INFINITY, retire - 1);
    const payType: PayType = chance(rng, 0.8) ? 'fastloenn' : 'timeloenn';
    const companyCar =
      !isD && main.yearlySalary >= 600_000 && chance(rng, 0.25)
        ? {
            listepris: intBetween(rng, 45, 90) * 10_000,
            registreringsnummer: registreringsnummer(rng),
          }
        : undefined;
    jobs.push({
      index: 0,
      employer: main,
      salaryRef: main.yearlySalary,
      payType,
      start,
      end: Number.isFinite(end) ? end : undefined,
      overtime: payType === 'fastloenn' && chance(rng, 0.3),
      bonus: chance(rng, 0.15),
      mileage: chance(rng, 0.15),
      companyCar,
    });
    const side = person.employers[1];
    if (side !== undefined) {
      const sideStart = start + intBetween(rng, 0, 120);
      const sideEnd = Math.min(
        chance(rng, 0.3) ? Number.POSITIVE_INFINITY : sideStart + intBetween(rng, 6, 72),
        retire - 1,
        end,
      );
      if (sideStart <= sideEnd) {
        jobs.push({
          index: 1,
          employer: side,
          salaryRef: side.yearlySalary,
          payType: 'timeloenn',
          start: sideStart,
          end: Number.isFinite(sideEnd) ? sideEnd : undefined,
          overtime: false,
          bonus: false,
          mileage: false,
          companyCar: undefined,
        });
      }
    }
  }

  const pension = isD
    ? undefined
    : {
        start: retire,
        yearlyRef: Math.min(450_000, Math.max(230_000, Math.round(totalRef * 0.55))),
      };

  const street = splitStreet(person.address.streetAddress);
  let home: Home | undefined;
  if (!isD && chance(rng, 0.65)) {
    const purchaseYear = by + intBetween(rng, 26, 40);
    const valueRef = Math.round((totalRef * between(rng, 3.5, 6)) / 10_000) * 10_000;
    const eierandel = chance(rng, 0.45) ? 50 : 100;
    const loanBank = intBetween(rng, 0, BANK_COUNT - 1);
    home = {
      purchaseYear,
      valueRef,
      eierandel,
      kommunenummer: KOMMUNER[intBetween(rng, 0, KOMMUNER.length - 1)] as string,
      gaardsnummer: String(intBetween(rng, 1, 300)),
      bruksnummer: String(intBetween(rng, 1, 900)),
      gateadresse: street.gateadresse,
      husnummer: street.husnummer,
      postnummer: person.address.postalCode,
      poststedsnavn: person.address.city.toLocaleUpperCase('nb-NO'),
      loan: Math.round(valueRef * between(rng, 0.6, 0.85)),
      loanYears: intBetween(rng, 20, 30),
      loanBank,
      loanKontonummer: kontonummer(rng, bank(ctx, loanBank).registernummer),
    };
  }

  let car: Car | undefined;
  const hasCompanyCar = jobs.some((j) => j.companyCar !== undefined);
  if (!isD && !hasCompanyCar && chance(rng, 0.55)) {
    const firstReg = Math.max(by + 18, 2000) + intBetween(rng, 0, 15);
    car = {
      registreringsnummer: registreringsnummer(rng),
      fabrikatnavn: ctx.withFaker(personidentifikator, ['bil'], (faker) =>
        faker.vehicle.manufacturer(),
      ),
      aarForFoerstegangsregistrering: firstReg,
      listepris: intBetween(rng, 20, 70) * 10_000,
    };
  }

  const accounts: DepositAccount[] = [];
  const mainBank = intBetween(rng, 0, BANK_COUNT - 1);
  accounts.push({
    kind: 'brukskonto',
    bank: mainBank,
    kontonummer: kontonummer(rng, bank(ctx, mainBank).registernummer),
    balanceRef: intBetween(rng, 5, 60) * 1_000,
  });
  if (!isD && chance(rng, 0.6)) {
    const savingsBank = chance(rng, 0.7) ? mainBank : intBetween(rng, 0, BANK_COUNT - 1);
    accounts.push({
      kind: 'sparekonto',
      bank: savingsBank,
      kontonummer: kontonummer(rng, bank(ctx, savingsBank).registernummer),
      balanceRef: Math.round((totalRef * between(rng, 0.05, 1.2)) / 1_000) * 1_000,
    });
  }

  return {
    personidentifikator,
    kind: info.kind,
    birthDate: info.birthDate,
    birthYear: by,
    birthMonth,
    sex: info.sex,
    fornavn: person.firstName,
    etternavn: person.lastName,
    adresse: {
      gateadresse: person.address.streetAddress,
      postnummer: person.address.postalCode,
      poststed: person.address.city,
    },
    jobs,
    pension,
    home,
    car,
    accounts,
    unionMember: jobs.length > 0 && chance(rng, 0.35),
    incomeChanges: [...incomeChanges].sort((a, b) => a.from - b.from),
  };
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
