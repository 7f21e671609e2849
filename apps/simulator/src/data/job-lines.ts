// The salary lines of one job in one month (A-melding → Inntekt API `loennsinntekt`): fixed or
// hourly pay, overtime, feriepenger and the holiday deduction, bonus, company car and mileage.
// Each month's random parts are keyed by the month, so a month is the same whichever period it is
// asked in. Pay earned on Svalbard carries the skatteOgAvgiftsRegel `svalbard`.
import type { Fordel, Inntekt } from '@skattedeling/inntekt';
import { monthIndex, monthOf, yearOf } from './calendar.js';
import { isValidIn } from './codes.js';
import {
  FERIEPENGER_RATE,
  FERIETREKK_DAYS,
  FIRMABIL_SHARE,
  KILOMETERSATS,
  WORKDAYS_PER_MONTH,
  wageIndex,
} from './parameters.js';
import {
  ageInMonth,
  incomeChangeIn,
  inPeriod,
  type Job,
  type Profile,
  worksIn,
} from './profile.js';
import { between, chance, intBetween, kroner, type Rng, scopedRng } from './random.js';

/** Pay grows with experience; the reference salary is for age 30 and over. */
function ageFactor(age: number): number {
  if (age < 20) return 0.45;
  if (age < 23) return 0.6;
  if (age < 26) return 0.8;
  if (age < 30) return 0.92;
  return 1;
}

function yearlyPay(profile: Profile, job: Job, m: number): number {
  return job.salaryRef * wageIndex(yearOf(m)) * ageFactor(ageInMonth(profile, m));
}

function salaryFactor(profile: Profile, m: number): number {
  return incomeChangeIn(profile, m)?.salaryFactor ?? 1;
}

function hourlyRate(profile: Profile, job: Job, m: number): number {
  return Math.round((yearlyPay(profile, job, m) / (12 * job.hours[0])) * 100) / 100;
}

/** Fixed pay of one month before changes: the month's salary, or expected hours × rate. */
function basePay(profile: Profile, job: Job, m: number): number {
  if (job.payType === 'fastloenn') return kroner(yearlyPay(profile, job, m) / 12);
  return hourlyRate(profile, job, m) * job.hours[0];
}

/**
 * Feriepengegrunnlag of `year` up to and including month `upTo`: the fixed pay of the months
 * worked, scaled by income changes. Overtime and bonus are left out (a simplification: the
 * grunnlag then follows from the plan alone, without drawing the months' random parts).
 */
function feriepengegrunnlag(profile: Profile, job: Job, year: number, upTo = 12): number {
  let sum = 0;
  for (let month = 1; month <= upTo; month++) {
    const m = monthIndex(year, month);
    if (worksIn(profile, job, m)) sum += basePay(profile, job, m) * salaryFactor(profile, m);
  }
  return sum;
}

interface LineSpec {
  readonly beskrivelse: string;
  readonly fordel: Fordel;
  readonly trekk: boolean;
  readonly aga: boolean;
  readonly beloep: number;
  readonly antall?: number;
  readonly tilleggsinformasjon?: NonNullable<Inntekt['loennsinntekt']>['tilleggsinformasjon'];
}

/** The Inntekt line of a spec: fields in the a-ordning's order, optional ones only when set. */
function loennsinntekt(spec: LineSpec, regel: string | undefined): Inntekt {
  const detail: NonNullable<Inntekt['loennsinntekt']> = { beskrivelse: spec.beskrivelse };
  if (spec.antall !== undefined) detail.antall = spec.antall;
  if (spec.tilleggsinformasjon !== undefined) detail.tilleggsinformasjon = spec.tilleggsinformasjon;
  return regel === undefined
    ? {
        fordel: spec.fordel,
        utloeserArbeidsgiveravgift: spec.aga,
        inngaarIGrunnlagForTrekk: spec.trekk,
        beloep: spec.beloep,
        loennsinntekt: detail,
      }
    : {
        fordel: spec.fordel,
        utloeserArbeidsgiveravgift: spec.aga,
        inngaarIGrunnlagForTrekk: spec.trekk,
        beloep: spec.beloep,
        skatteOgAvgiftsRegel: regel,
        loennsinntekt: detail,
      };
}

/**
 * Feriepenger for last year are paid in June; when a job ends, whatever is owed is paid with the
 * last salary (this year's, and last year's if June has not come yet). `pay` is the month's fixed
 * pay after income changes. Adds to `lines`.
 */
function holidayLines(lines: LineSpec[], profile: Profile, job: Job, m: number, pay: number): void {
  const year = yearOf(m);
  const month = monthOf(m);
  const endsNow = job.end === m;
  // Last year's grunnlag (twelve months of pay) only in the months that pay or deduct it.
  const paysLastYear = month === 6 || (endsNow && month < 6);
  const lastYear = paysLastYear
    ? kroner(FERIEPENGER_RATE * feriepengegrunnlag(profile, job, year - 1))
    : 0;
  const regular = lastYear;
  const final = endsNow
    ? kroner(FERIEPENGER_RATE * feriepengegrunnlag(profile, job, year, month))
    : 0;
  if (regular + final > 0) {
    lines.push({
      beskrivelse: 'feriepenger',
      fordel: 'kontantytelse',
      trekk: true,
      aga: true,
      beloep: regular + final,
    });
  }
  // A salaried employee gets no salary for the holiday days; the deduction is reported as a
  // negative line in the month feriepenger are paid.
  if (job.payType === 'fastloenn' && month === 6 && lastYear > 0) {
    const trekk = Math.min(kroner((pay / WORKDAYS_PER_MONTH) * FERIETREKK_DAYS), lastYear);
    lines.push({
      beskrivelse: 'trekkILoennForFerie',
      fordel: 'kontantytelse',
      trekk: true,
      aga: true,
      beloep: -trekk,
    });
  }
}

/** A December bonus, the company car's benefit in kind, mileage some months; adds to `lines`. */
function extraLines(
  lines: LineSpec[],
  profile: Profile,
  job: Job,
  m: number,
  rng: Rng,
  factor: number,
): void {
  const year = yearOf(m);
  const month = monthOf(m);
  if (job.bonus && month === 12) {
    const bonusRng = scopedRng(profile.key, 'bonus', year, job.index);
    const beloep = kroner(yearlyPay(profile, job, m) * between(bonusRng, 0.03, 0.15) * factor);
    lines.push({ beskrivelse: 'bonus', fordel: 'kontantytelse', trekk: true, aga: true, beloep });
  }

  if (job.companyCar !== undefined) {
    lines.push({
      beskrivelse: 'bil',
      fordel: 'naturalytelse',
      trekk: true,
      aga: true,
      beloep: kroner((job.companyCar.listepris * FIRMABIL_SHARE) / 12),
      tilleggsinformasjon: {
        bilOgBaat: {
          listeprisForBil: job.companyCar.listepris,
          bilregistreringsnummer: job.companyCar.registreringsnummer,
          erBilUtenforStandardregelen: false,
        },
      },
    });
  }

  if (job.mileage && chance(rng, 0.5)) {
    const km = intBetween(rng, 40, 600);
    lines.push({
      beskrivelse: 'kilometergodtgjoerelseBil',
      fordel: 'utgiftsgodtgjoerelse',
      trekk: false,
      aga: false,
      beloep: kroner(km * KILOMETERSATS),
      antall: km,
    });
  }
}

/**
 * The month's generator of a job, made on its first draw: a fixed salary without overtime or
 * mileage draws nothing, and each key is a generator of its own, so the draws are the same.
 */
function lazyRng(profile: Profile, job: Job, m: number): Rng {
  let rng: Rng | undefined;
  return () => {
    rng ??= scopedRng(profile.key, 'maaned', m, 'jobb', job.index);
    return rng();
  };
}

/** The lines of one job in month `m` (the caller checks the job pays that month). */
export function jobLines(profile: Profile, job: Job, m: number): Inntekt[] {
  const factor = salaryFactor(profile, m);
  if (factor === 0) return [];
  const rng = lazyRng(profile, job, m);
  const lines: LineSpec[] = [];
  const monthly = kroner(yearlyPay(profile, job, m) / 12);

  if (job.payType === 'fastloenn') {
    lines.push({
      beskrivelse: 'fastloenn',
      fordel: 'kontantytelse',
      trekk: true,
      aga: true,
      beloep: kroner(monthly * factor),
    });
  } else {
    const [, lo, hi] = job.hours;
    const hours = intBetween(rng, lo, hi);
    const beloep = kroner(hours * hourlyRate(profile, job, m) * factor);
    lines.push({
      beskrivelse: 'timeloenn',
      fordel: 'kontantytelse',
      trekk: true,
      aga: true,
      beloep,
      antall: hours,
    });
  }

  if (job.overtime && chance(rng, 0.3)) {
    const hours = intBetween(rng, 2, 20);
    const beloep = kroner(((hours * monthly) / 162.5) * 1.5 * factor);
    lines.push({
      beskrivelse: 'overtidsgodtgjoerelse',
      fordel: 'kontantytelse',
      trekk: true,
      aga: true,
      beloep,
      antall: hours,
    });
  }

  holidayLines(lines, profile, job, m, monthly * factor);
  extraLines(lines, profile, job, m, rng, factor);

  // Pay earned on Svalbard carries the skatteOgAvgiftsRegel `svalbard` (svalbardGrunnlag).
  const regel = inPeriod(profile.svalbard, m) ? 'svalbard' : undefined;
  const inntekt: Inntekt[] = [];
  for (const line of lines)
    if (line.beloep !== 0 && isValidIn('loennsinntekt', line.beskrivelse, m))
      inntekt.push(loennsinntekt(line, regel));
  return inntekt;
}
