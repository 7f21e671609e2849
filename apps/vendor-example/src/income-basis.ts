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
// When the total is missing (2017, or a rights package that filters items) the same quantity is
// built from its parts, item by item, by the rules below (income-items.ts), with each year's own
// names and categories. Svalbard income is taxable income too and is added the same way from
// `svalbardGrunnlag`.
//
// Decisions, each with its reason:
//   - Capital gains count (`gevinstVedRealisasjonAvAksje`, funds, the aksjesparekonto, property):
//     a realised gain is taxable capital income, named in the regulation's "kapitalinntekt".
//   - Losses do not reduce the basis (`tapVed…`, business and rental deficits): in the tax
//     computation a loss is a deduction (kategori `inntektsfradrag`), and the regulation counts
//     income before deductions, the same reason interest paid is not subtracted. A loss does not
//     lower what the household had to live on in the year either. The losses found are reported
//     (`tapIkkeTrukketFra`) so a case worker can see them.
//   - `oppjustertTillegg…` items count when they uplift an income item (a gain, a dividend, an SDF
//     distribution) and not when they uplift a loss: the uplift (× 1.72 from 2022) is how the tax
//     law makes that income taxable, so the taxable capital income the regulation names includes
//     it, and Skatteetaten's "Sum inntekter" includes it too. The uplift of a loss belongs to the
//     deductions and is reported with the losses.
//   - Benefits count (arbeidsavklaringspenger, uføretrygd, dagpenger and sykepenger in the salary
//     item, overgangsstønad, omstillingsstønad, gjenlevende- and barnepensjon, ungdomsprogramytelse):
//     they are taxable personal income. Tax-exempt benefits (barnetrygd, kontantstøtte, bostøtte)
//     are not in Summert skattegrunnlag at all; the two tax-exempt items of kategori `inntekt`
//     (foreign pension exempt by treaty) are left out.
import type { Grunnlag, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { postrolle, SKATTEFRIE_INNTEKTSPOSTER } from './income-items.js';

export { SKATTEFRIE_INNTEKTSPOSTER };

export const SUM_INNTEKTER = 'sumInntekterIAlminneligInntektFoerFordelingsfradrag';

export interface IncomeBasis {
  /** Whole kroner. */
  readonly beloep: number;
  /** `sumInntekter` when the total item was used, else `sumAvInntektsposter`. */
  readonly metode: 'sumInntekter' | 'sumAvInntektsposter';
  /** The tekniskNavn the amount was taken from. */
  readonly tekniskNavn: readonly string[];
  /** The `oppjustertTillegg…` of gains, dividends and distributions in the body (counted). */
  readonly oppjustertTillegg: number;
  /** Losses, deficits and the uplifts of losses in the body, which the basis does not subtract. */
  readonly tapIkkeTrukketFra: number;
}

const sum = (items: readonly Grunnlag[]) => items.reduce((total, g) => total + g.beloep, 0);

function basisOf(grunnlag: readonly Grunnlag[], inntektsaar: string): IncomeBasis {
  const of = (rolle: string) => grunnlag.filter((g) => postrolle(g, inntektsaar) === rolle);
  const counted = grunnlag.filter((g) =>
    ['inntekt', 'oppjustertTillegg'].includes(postrolle(g, inntektsaar)),
  );
  const shown = {
    oppjustertTillegg: sum(of('oppjustertTillegg')),
    tapIkkeTrukketFra: sum(of('tap')),
  };
  const total = grunnlag.find((g) => g.tekniskNavn === SUM_INNTEKTER);
  if (total !== undefined)
    return { beloep: total.beloep, metode: 'sumInntekter', tekniskNavn: [SUM_INNTEKTER], ...shown };
  return {
    beloep: sum(counted),
    metode: 'sumAvInntektsposter',
    tekniskNavn: counted.map((g) => g.tekniskNavn),
    ...shown,
  };
}

/** The person's income basis for the year (mainland and Svalbard). */
export function incomeBasis(skattegrunnlag: SummertSkattegrunnlag): IncomeBasis {
  const { inntektsaar } = skattegrunnlag;
  const fastland = basisOf(skattegrunnlag.grunnlag ?? [], inntektsaar);
  const svalbard = skattegrunnlag.svalbardGrunnlag ?? [];
  if (svalbard.length === 0) return fastland;
  const extra = basisOf(svalbard, inntektsaar);
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
    oppjustertTillegg: fastland.oppjustertTillegg + extra.oppjustertTillegg,
    tapIkkeTrukketFra: fastland.tapIkkeTrukketFra + extra.tapIkkeTrukketFra,
  };
}
