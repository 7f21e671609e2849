// Where a monthly Inntekt line ends up in the yearly Summert skattegrunnlag. This one rule ties the
// two APIs together: the yearly salary and pension items are the sums of the monthly lines that
// this function maps to them, so the Inntekt API and Summert skattegrunnlag of a person agree.
// The items are named by concept; naming.ts gives each year's technical name (the pension item is
// `samletPensjonFraFolketrygden` until 2021 and `alderspensjonFraFolketrygden` from 2022).
import type { Inntekt } from '@skattedeling/inntekt';
import type { Concept } from './naming.js';

export const LOENN = 'salary' satisfies Concept;
export const ALDERSPENSJON = 'oldAgePension' satisfies Concept;

export type Post = typeof LOENN | typeof ALDERSPENSJON;

/**
 * NAV benefits that are taxed like salary (personinntekt with trygdeavgift at the salary rate
 * and withholding): they count as "lønn og naturalytelser med mer" in the yearly summary. AAP,
 * uføretrygd and pensions have items of their own and are not in this set.
 */
const YTELSER_SOM_LOENN: ReadonlySet<string> = new Set([
  'dagpengerVedArbeidsloeshet',
  'ferietilleggDagpengerVedArbeidsloeshet',
  'sykepenger',
  'feriepengerSykepenger',
  'foreldrepenger',
  'feriepengerForeldrepenger',
  'svangerskapspenger',
  'feriepengerSvangerskapspenger',
  'pleiepenger',
  'feriepengerPleiepenger',
  'omsorgspenger',
  'feriepengerOmsorgspenger',
  'opplaeringspenger',
  'feriepengerOpplaeringspenger',
]);

/**
 * The Summert skattegrunnlag item a monthly Inntekt line counts towards, or undefined when it
 * counts towards none of the items the simulator derives from Inntekt:
 * - `loennsinntekt` lines with both `inngaarIGrunnlagForTrekk` and `utloeserArbeidsgiveravgift`
 *   true (cash pay, benefits in kind such as a company car, taxable allowances; negative lines
 *   such as `trekkILoennForFerie` subtract) → salary (`samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt`);
 * - `ytelseFraOffentlige` lines with `inngaarIGrunnlagForTrekk` true whose code is a benefit taxed
 *   like salary (dagpenger, sykepenger, foreldrepenger …) → the same item;
 * - `pensjonEllerTrygd` `alderspensjon` → old-age pension from the folketrygd.
 * Everything else, notably `utgiftsgodtgjoerelse` lines that trigger neither withholding nor
 * employer's contribution (mileage within the tax-free rate), counts towards nothing.
 */
export function postFor(inntekt: Inntekt): Post | undefined {
  if (inntekt.loennsinntekt !== undefined) {
    return inntekt.inngaarIGrunnlagForTrekk && inntekt.utloeserArbeidsgiveravgift
      ? LOENN
      : undefined;
  }
  if (inntekt.ytelseFraOffentlige !== undefined) {
    return inntekt.inngaarIGrunnlagForTrekk &&
      YTELSER_SOM_LOENN.has(inntekt.ytelseFraOffentlige.beskrivelse)
      ? LOENN
      : undefined;
  }
  if (inntekt.pensjonEllerTrygd !== undefined) {
    return inntekt.pensjonEllerTrygd.beskrivelse === 'alderspensjon' ? ALDERSPENSJON : undefined;
  }
  return undefined;
}
