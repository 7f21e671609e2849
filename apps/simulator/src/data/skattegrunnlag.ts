// The yearly Summert skattegrunnlag of a synthetic person. Income from work, pensions and benefits
// is the sum of the person's monthly Inntekt lines (poster.ts, income.ts); wealth, debt, interest,
// business and capital income come from the profile and draws keyed by the year (assets.ts,
// capital.ts). Every item carries the year's technical name (naming.ts) with the kategori and the
// specification types the year's information model gives it (year-model.ts), so no body carries
// a name its year does not have.
import type { Grunnlag } from '@skattedeling/summert-skattegrunnlag';
import {
  bankAccounts,
  collectionDebt,
  holidayHome,
  homeAndLoans,
  housingCoop,
  ownCar,
} from './assets.js';
import { business, investments, rental } from './capital.js';
import type { Context } from './context.js';
import {
  incomeFromReports,
  minimumDeductions,
  otherDeductions,
  total,
  unionDues,
  type YearIncome,
  youthProgramme,
} from './income.js';
import { createLedger, mainlandItems } from './ledger.js';
import type { Profile } from './profile.js';
import { yearModel } from './year-model.js';

export type { YearIncome } from './income.js';

export interface YearGrunnlag {
  readonly grunnlag: Grunnlag[];
  /** Income taxed on Svalbard; empty for everyone else. */
  readonly svalbardGrunnlag: Grunnlag[];
}

/**
 * The grunnlag items of `year`. Decisions (see README): items are left out when their amount is 0
 * or their year has no name for them (naming.ts); totals always appear when the year has them.
 * The order keeps earlier releases' bodies: salary, pension, interest; minstefradrag, debt
 * interest, union dues; deposits, home, car; bank debt; then everything the groups add.
 */
export function buildGrunnlag(
  ctx: Context,
  profile: Profile,
  year: number,
  income: YearIncome,
  payerNames: ReadonlyMap<string, string>,
): YearGrunnlag {
  const ledger = createLedger(yearModel(year));
  incomeFromReports(ledger, income, payerNames);
  youthProgramme(profile, ledger);
  minimumDeductions(ledger);
  bankAccounts(ctx, profile, ledger);
  homeAndLoans(ctx, profile, ledger);
  ownCar(profile, ledger);
  unionDues(profile, ledger);
  business(profile, ledger, total(income.get('businessSurplus')));
  investments(ctx, profile, ledger);
  rental(profile, ledger);
  housingCoop(profile, ledger);
  holidayHome(profile, ledger);
  collectionDebt(profile, ledger);
  otherDeductions(profile, ledger);
  return { grunnlag: mainlandItems(ledger), svalbardGrunnlag: [...ledger.items('svalbard')] };
}
