// How one item of a Summert skattegrunnlag counts in the income basis, by the income year's own
// information model (`informasjonsmodell(year)`), so a 2017 body and a 2025 body are read with
// the names and categories of their year. The rules and their reasons are in income-basis.ts.
import { informasjonsmodell } from '@skattedeling/summert-skattegrunnlag';

/**
 * - `inntekt`: a taxable income item of alminnelig inntekt (wages, benefits, pensions, interest,
 *   dividends, gains, rental and business surplus), counted;
 * - `oppjustertTillegg`: the uplift of a gain, a dividend or a distribution, counted: it is part
 *   of the taxable income;
 * - `tap`: a loss, a deficit or the uplift of a loss, not subtracted;
 * - `ikkeMedregnet`: everything else: other deductions, wealth, debt, totals, tax-exempt income,
 *   and personinntekt (the tables give `samletPersoninntektFraEnkeltpersonforetak…` and
 *   `personinntektFraSDF…` kategori `inntekt`, but personinntekt is a second tax base computed
 *   from income already counted, the business surplus: counting it would count that twice).
 */
export type Postrolle = 'inntekt' | 'oppjustertTillegg' | 'tap' | 'ikkeMedregnet';

/** Items of kategori `inntekt` that are not taxable in Norway, left out of the basis. */
export const SKATTEFRIE_INNTEKTSPOSTER: readonly string[] = [
  'pensjonFraUtlandetSkattefriINorge',
  'pensjonsinntektFritattForSkattEtterSkatteavtale',
];

const OPPJUSTERING = 'oppjustertTilleggTil';
/** A loss or a deficit by its name: `tapVed…`, `…TapVed…`, `underskuddFra…`, `samletUnderskudd…`. */
const TAP_ELLER_UNDERSKUDD = /(^|[a-z])(tap|Tap|underskudd|Underskudd)(?=[A-Z]|$)/;
const PERSONINNTEKT = /(^p|P)ersoninntekt/;

/** The item's kategori in its year's model, or the body's for a year or name the model lacks. */
function kategoriOf(tekniskNavn: string, kategori: string, inntektsaar: string): string {
  return informasjonsmodell(inntektsaar)?.kategoriIApi(tekniskNavn) ?? kategori;
}

/**
 * An uplift item (`oppjustertTilleggTil<item>`) follows the item it uplifts: the uplift of an
 * income item adds, the uplift of a deduction (a loss) subtracts. The tables give both the same
 * kategori (`oppjusteringAvEierinntekter`, none in 2017), so the uplifted item decides: a loss
 * by its name (also one the model does not list on its own, latent losses on emigration), else a
 * deduction by its kategori in the year's model.
 */
function upliftRolle(tekniskNavn: string, inntektsaar: string): Postrolle {
  const rest = tekniskNavn.slice(OPPJUSTERING.length);
  const base = `${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  if (TAP_ELLER_UNDERSKUDD.test(base)) return 'tap';
  const baseKategori = informasjonsmodell(inntektsaar)?.kategoriIApi(base);
  return baseKategori === 'inntektsfradrag' ? 'tap' : 'oppjustertTillegg';
}

/** How an item of year `inntektsaar` counts in the income basis. */
export function postrolle(
  item: { readonly tekniskNavn: string; readonly kategori: string },
  inntektsaar: string,
): Postrolle {
  const { tekniskNavn } = item;
  if (tekniskNavn.startsWith(OPPJUSTERING)) return upliftRolle(tekniskNavn, inntektsaar);
  const kategori = kategoriOf(tekniskNavn, item.kategori, inntektsaar);
  if (kategori === 'inntekt')
    return SKATTEFRIE_INNTEKTSPOSTER.includes(tekniskNavn) || PERSONINNTEKT.test(tekniskNavn)
      ? 'ikkeMedregnet'
      : 'inntekt';
  // A loss is a deduction; 2018's table leaves `tapVedRealisasjonAvAksje` without a kategori.
  const deduction = kategori === 'inntektsfradrag' || tekniskNavn.startsWith('tapVed');
  return deduction && TAP_ELLER_UNDERSKUDD.test(tekniskNavn) ? 'tap' : 'ikkeMedregnet';
}
