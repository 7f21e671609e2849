// The yearly Summert skattegrunnlag of a synthetic person. Salary and pension are the sums of the
// person's monthly Inntekt lines (poster.ts); wealth, debt and interest come from the profile and
// draws keyed by the year (assets.ts). Every item carries the year's technical name (naming.ts)
// with the kategori and the specification types the year's information model gives it
// (year-model.ts), so no body carries a name its year does not have.
import type { OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import type { Grunnlag, Spesifisering } from '@skattedeling/summert-skattegrunnlag';
import { add, bankAccounts, homeAndMortgage, type Items, ownCar } from './assets.js';
import type { Context } from './context.js';
import type { Concept } from './naming.js';
import { fagforeningMax, minstefradrag } from './parameters.js';
import { ALDERSPENSJON, LOENN, type Post, postFor } from './poster.js';
import type { Profile } from './profile.js';
import { kroner } from './random.js';
import { type YearModel, yearModel } from './year-model.js';

/** Sums per item and payer (opplysningspliktigId), in the order payers first appear. */
export type YearIncome = ReadonlyMap<Post, ReadonlyMap<string, number>>;

/** Adds up a year's monthly reports into the items poster.ts maps them to. */
export function sumYear(reports: readonly OppgaveInntektsmottaker[]): YearIncome {
  const sums = new Map<Post, Map<string, number>>();
  for (const report of reports) {
    for (const line of report.inntekt) {
      const post = postFor(line);
      if (post === undefined || line.beloep === undefined) continue;
      let perPayer = sums.get(post);
      if (perPayer === undefined) {
        perPayer = new Map();
        sums.set(post, perPayer);
      }
      perPayer.set(
        report.opplysningspliktigId,
        (perPayer.get(report.opplysningspliktigId) ?? 0) + line.beloep,
      );
    }
  }
  return sums;
}

function total(perPayer: ReadonlyMap<string, number> | undefined): number {
  let sum = 0;
  for (const value of perPayer?.values() ?? []) sum += value;
  return kroner(sum);
}

/** Salary and pension: the sums of the monthly lines, specified per payer. */
function incomeFromReports(
  model: YearModel,
  income: YearIncome,
  payerNames: ReadonlyMap<string, string>,
  items: Items,
): { loenn: number; pensjon: number } {
  const payerName = (orgnr: string) => payerNames.get(orgnr) ?? `ARBEIDSGIVER ${orgnr}`;
  const perPayer = (post: Post, spec: (orgnr: string, beloep: number) => Spesifisering) =>
    [...(income.get(post) ?? [])].map(([orgnr, beloep]) => spec(orgnr, kroner(beloep)));
  const loenn = total(income.get(LOENN));
  if (loenn !== 0) {
    const specs = perPayer(LOENN, (orgnr, beloep) => ({
      type: 'LoennOgTilsvarendeYtelser',
      arbeidsgiversNavn: payerName(orgnr),
      organisasjonsnummer: orgnr,
      beloep,
    }));
    add(items.inntekter, model.item(LOENN, loenn, specs));
  }
  const pensjon = total(income.get(ALDERSPENSJON));
  if (pensjon !== 0) {
    const specs = perPayer(ALDERSPENSJON, (orgnr, beloep) => ({
      type: 'KollektivPensjonsordning',
      pensjonsutbetalersNavn: payerName(orgnr),
      organisasjonsnummer: orgnr,
      pensjonsinntektPerSkattleggingsperiode: beloep,
    }));
    add(items.inntekter, model.item(ALDERSPENSJON, pensjon, specs));
  }
  return { loenn, pensjon };
}

/**
 * Minstefradrag (one item covering salary and pension) first, then the deductions already found
 * (mortgage interest), then trade-union dues.
 */
function deductions(
  profile: Profile,
  model: YearModel,
  loenn: number,
  pensjon: number,
  items: Items,
): void {
  const mf = minstefradrag(model.year, loenn, pensjon);
  const minste = mf > 0 ? model.item('minimumDeduction', mf) : undefined;
  if (minste !== undefined) items.fradrag.unshift(minste);
  if (profile.unionMember && loenn > 0) {
    const dues = Math.min(fagforeningMax(model.year), kroner(loenn * 0.012));
    add(items.fradrag, model.item('unionDues', dues));
  }
}

/** The totals, consistent with their parts; `nettoformue` and the tax basis are never negative. */
function totals(model: YearModel, items: Items): Grunnlag[] {
  const sum = (list: readonly Grunnlag[]) => list.reduce((s, g) => s + g.beloep, 0);
  const inntekter = sum(items.inntekter);
  const fradrag = sum(items.fradrag);
  const formue = sum(items.formue);
  const gjeld = sum(items.gjeld);
  const amounts: readonly (readonly [Concept, number])[] = [
    ['totalIncome', inntekter],
    ['totalDeductions', fradrag],
    ['ordinaryIncome', inntekter - fradrag],
    ['incomeTaxBasis', Math.max(0, inntekter - fradrag)],
    ['grossWealth', formue],
    ['totalDebt', gjeld],
    ['netWealth', Math.max(0, formue - gjeld)],
  ];
  const list: Grunnlag[] = [];
  for (const [concept, beloep] of amounts) add(list, model.item(concept, beloep));
  return list;
}

/**
 * The grunnlag items of `year`. Decisions (see README): items are left out when their amount is 0
 * or their year has no name for them (naming.ts); totals always appear when the year has them.
 */
export function buildGrunnlag(
  ctx: Context,
  profile: Profile,
  year: number,
  income: YearIncome,
  payerNames: ReadonlyMap<string, string>,
): Grunnlag[] {
  const model = yearModel(year);
  const items: Items = { inntekter: [], fradrag: [], formue: [], gjeld: [] };
  const { loenn, pensjon } = incomeFromReports(model, income, payerNames, items);
  bankAccounts(ctx, profile, model, items);
  homeAndMortgage(ctx, profile, model, items);
  ownCar(profile, model, items);
  deductions(profile, model, loenn, pensjon, items);
  return [
    ...items.inntekter,
    ...items.fradrag,
    ...items.formue,
    ...items.gjeld,
    ...totals(model, items),
  ];
}
