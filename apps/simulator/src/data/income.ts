// The income items built from the monthly reports (poster.ts), the ungdomsprogramytelse and the
// deductions that follow from income: minstefradrag, the barnepensjon deduction, trade-union dues,
// IPS savings, travel and gifts.
import type { Inntekt } from '@skattedeling/inntekt';
import type { Spesifisering } from '@skattedeling/summert-skattegrunnlag';
import { NAV } from './context.js';
import type { Ledger } from './ledger.js';
import type { Concept } from './naming.js';
import {
  fagforeningMax,
  gaveMax,
  grunnbeloep,
  ipsMax,
  minstefradrag,
  minstefradragPensjon,
  wageIndex,
} from './parameters.js';
import { POSTS, type Post, postFor } from './poster.js';
import type { Profile } from './profile.js';
import { kroner } from './random.js';

/** Sums per item and payer (opplysningspliktigId), in the order payers first appear. */
export type YearIncome = ReadonlyMap<Post, ReadonlyMap<string, number>>;

/** A year's sums being added up: `add` takes one payer's lines of a month. */
export interface YearSums {
  readonly income: YearIncome;
  add(opplysningspliktigId: string, inntekt: readonly Inntekt[]): void;
}

/** Adds up monthly lines, payer by payer, into the items poster.ts maps them to. */
export function yearSums(): YearSums {
  const sums = new Map<Post, Map<string, number>>();
  return {
    income: sums,
    add(opplysningspliktigId, inntekt) {
      for (const line of inntekt) {
        const post = postFor(line);
        if (post === undefined || line.beloep === undefined) continue;
        let perPayer = sums.get(post);
        if (perPayer === undefined) {
          perPayer = new Map();
          sums.set(post, perPayer);
        }
        perPayer.set(opplysningspliktigId, (perPayer.get(opplysningspliktigId) ?? 0) + line.beloep);
      }
    },
  };
}

export function total(perPayer: ReadonlyMap<string, number> | undefined): number {
  let sum = 0;
  for (const value of perPayer?.values() ?? []) sum += value;
  return kroner(sum);
}

/** The specification a payer's part gets, where the year's model allows one on the item. */
const SPEC_TYPE: Partial<Record<Post, 'LoennOgTilsvarendeYtelser' | 'KollektivPensjonsordning'>> = {
  salary: 'LoennOgTilsvarendeYtelser',
  oldAgePension: 'KollektivPensjonsordning',
  contractualPension: 'KollektivPensjonsordning',
  occupationalPension: 'KollektivPensjonsordning',
};

function payerSpec(type: string, navn: string, orgnr: string, beloep: number): Spesifisering {
  return type === 'LoennOgTilsvarendeYtelser'
    ? { type, arbeidsgiversNavn: navn, organisasjonsnummer: orgnr, beloep }
    : {
        type,
        pensjonsutbetalersNavn: navn,
        organisasjonsnummer: orgnr,
        pensjonsinntektPerSkattleggingsperiode: beloep,
      };
}

/**
 * Every item made of monthly lines, specified per payer where the item has a payer
 * specification; the sole proprietorship's surplus adds its own result (capital.ts).
 */
export function incomeFromReports(
  ledger: Ledger,
  income: YearIncome,
  payerNames: ReadonlyMap<string, string>,
): void {
  for (const post of POSTS) {
    if (post === 'businessSurplus') continue;
    const perPayer = income.get(post);
    const sum = total(perPayer);
    if (sum === 0 || perPayer === undefined) continue;
    const type = SPEC_TYPE[post];
    const specs =
      type === undefined
        ? []
        : [...perPayer].map(([orgnr, beloep]) =>
            payerSpec(
              type,
              payerNames.get(orgnr) ?? `ARBEIDSGIVER ${orgnr}`,
              orgnr,
              kroner(beloep),
            ),
          );
    ledger.put(post, sum, specs);
  }
}

/**
 * Ungdomsprogramytelse from NAV, August–December 2025 (the programme starts 1 August 2025). The
 * a-ordning's 2025 code lists have no code for it, so it has no monthly lines here.
 */
export function youthProgramme(profile: Profile, ledger: Ledger): void {
  if (profile.youthProgramme === 0) return;
  const beloep = kroner((profile.youthProgramme * grunnbeloep(ledger.year) * 5) / 12);
  ledger.put('youthProgrammeBenefit', beloep, [
    {
      type: 'LoennOgTilsvarendeYtelser',
      arbeidsgiversNavn: NAV.navn,
      organisasjonsnummer: NAV.organisasjonsnummer,
      beloep,
    },
  ]);
}

const SALARY_LIKE: readonly Concept[] = [
  'salary',
  'workAssessmentAllowance',
  'transitionalBenefit',
  'adjustmentAllowance',
  'youthProgrammeBenefit',
];
const PENSION_LIKE: readonly Concept[] = [
  'oldAgePension',
  'oldAgePensionSupplement',
  'contractualPension',
  'occupationalPension',
  'disabilityBenefit',
  'survivorPension',
];

/**
 * Minstefradrag, one item: at the salary rate of salary and the benefits NAV pays instead of
 * salary (AAP, overgangsstønad, omstillingsstønad, ungdomsprogramytelse), at the pension rate of
 * pensions and uføretrygd. Barnepensjon has its own: minstefradrag until 2023, and from 2024 a
 * særskilt fradrag we set equal to the pension (our reading: barnepensjon became tax-free).
 */
export function minimumDeductions(ledger: Ledger): void {
  const sum = (concepts: readonly Concept[]) => concepts.reduce((s, c) => s + ledger.amount(c), 0);
  ledger.put('minimumDeduction', minstefradrag(ledger.year, sum(SALARY_LIKE), sum(PENSION_LIKE)));
  const child = ledger.amount('childPension');
  if (child > 0)
    ledger.put(
      'childPensionDeduction',
      ledger.year >= 2024 ? child : minstefradragPensjon(ledger.year, child),
    );
}

/** Trade-union dues (1.2 % of salary, within the limit) for members with a salary. */
export function unionDues(profile: Profile, ledger: Ledger): void {
  const loenn = ledger.amount('salary');
  if (profile.unionMember && loenn > 0)
    ledger.put('unionDues', Math.min(fagforeningMax(ledger.year), kroner(loenn * 0.012)));
}

/** IPS savings and travel for those with earned income, gifts for those with some income. */
export function otherDeductions(profile: Profile, ledger: Ledger): void {
  const { year } = ledger;
  const { ips, travel, gifts } = profile.deductions;
  const earned = ledger.amount('salary') + ledger.amount('businessSurplus');
  if (ips > 0 && earned > 0)
    ledger.put('pensionSavingsDeduction', Math.min(ipsMax(year), kroner(ips * wageIndex(year))));
  if (travel > 0 && ledger.amount('salary') > 0)
    ledger.put('travelDeduction', kroner(travel * wageIndex(year)));
  // Gifts are deductible from income; we give them only to those with a living income.
  if (gifts > 0 && ledger.sum('inntekt') > 150_000)
    ledger.put('giftDeduction', Math.min(gaveMax(year), kroner(gifts * wageIndex(year))));
}
