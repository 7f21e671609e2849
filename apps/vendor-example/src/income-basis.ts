// The income a household's payment is based on, from a person's Summert skattegrunnlag.
//
// Forskrift om foreldrebetaling i barnehager bases reduced payment (and free core time) on the
// household's total taxable personal and capital income ("samlet skattepliktig person- og
// kapitalinntekt"): all taxable income — wages, benefits, pensions, business income, interest,
// dividends, gains — counted gross, before deductions such as interest paid or minstefradrag.
//
// The item of Summert skattegrunnlag that is exactly that sum is
// `sumInntekterIAlminneligInntektFoerFordelingsfradrag` ("Sum inntekter"): every income item of
// alminnelig inntekt, before any deduction. We use it, and not
//   - `alminneligInntektFoerSaerfradrag`: net of deductions (a family with a large mortgage would
//     look poorer than the regulation says it is);
//   - `samletGrunnlagForInntektsskatt…`: net, and floored at 0;
//   - personinntekt alone: it leaves out capital income, which the regulation counts.
// When the total is missing (an older year or a rights package that filters items), the sum of
// the items with kategori `inntekt` is the same quantity built from its parts; the two
// tax-exempt income items of that category are left out. Svalbard income is taxable income too
// and is added the same way from `svalbardGrunnlag`.
import type { Grunnlag, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';

export const SUM_INNTEKTER = 'sumInntekterIAlminneligInntektFoerFordelingsfradrag';

/** Items of kategori `inntekt` that are not taxable in Norway, left out of the fallback sum. */
export const SKATTEFRIE_INNTEKTSPOSTER: readonly string[] = [
  'pensjonFraUtlandetSkattefriINorge',
  'pensjonsinntektFritattForSkattEtterSkatteavtale',
];

export interface IncomeBasis {
  /** Whole kroner. */
  readonly beloep: number;
  /** `sumInntekter` when the total item was used, else `sumAvInntektsposter`. */
  readonly metode: 'sumInntekter' | 'sumAvInntektsposter';
  /** The tekniskNavn the amount was taken from. */
  readonly tekniskNavn: readonly string[];
}

function basisOf(grunnlag: readonly Grunnlag[]): IncomeBasis {
  const total = grunnlag.find((g) => g.tekniskNavn === SUM_INNTEKTER);
  if (total !== undefined) {
    return { beloep: total.beloep, metode: 'sumInntekter', tekniskNavn: [SUM_INNTEKTER] };
  }
  const items = grunnlag.filter(
    (g) => g.kategori === 'inntekt' && !SKATTEFRIE_INNTEKTSPOSTER.includes(g.tekniskNavn),
  );
  return {
    beloep: items.reduce((sum, g) => sum + g.beloep, 0),
    metode: 'sumAvInntektsposter',
    tekniskNavn: items.map((g) => g.tekniskNavn),
  };
}

/** The person's income basis for the year (mainland and Svalbard). */
export function incomeBasis(skattegrunnlag: SummertSkattegrunnlag): IncomeBasis {
  const fastland = basisOf(skattegrunnlag.grunnlag ?? []);
  const svalbard = skattegrunnlag.svalbardGrunnlag ?? [];
  if (svalbard.length === 0) return fastland;
  const extra = basisOf(svalbard);
  return {
    beloep: fastland.beloep + extra.beloep,
    metode:
      fastland.metode === 'sumInntekter' && extra.metode === 'sumInntekter'
        ? 'sumInntekter'
        : 'sumAvInntektsposter',
    tekniskNavn: [
      ...fastland.tekniskNavn,
      ...extra.tekniskNavn.map((n) => `svalbardGrunnlag.${n}`),
    ],
  };
}
