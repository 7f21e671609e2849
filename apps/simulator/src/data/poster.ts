// Where a monthly Inntekt line ends up in the yearly Summert skattegrunnlag. This one rule ties the
// two APIs together: every yearly item below is the sum of the monthly lines this function maps
// to it (per payer), so a person's Inntekt reports and Summert skattegrunnlag agree. The items are
// named by concept; naming.ts gives each year's technical name. README.md ("The two APIs agree")
// lists the rules with the items of each year.
import type { Inntekt } from '@skattedeling/inntekt';
import type { Concept } from './naming.js';

export const LOENN = 'salary' satisfies Concept;
export const ALDERSPENSJON = 'oldAgePension' satisfies Concept;

/** The yearly items built from monthly lines. */
export const POSTS = [
  'salary',
  'svalbardSalary',
  'oldAgePension',
  'oldAgePensionSupplement',
  'contractualPension',
  'occupationalPension',
  'disabilityBenefit',
  'workAssessmentAllowance',
  'transitionalBenefit',
  'adjustmentAllowance',
  'survivorPension',
  'childPension',
  'businessSurplus',
] as const satisfies readonly Concept[];

export type Post = (typeof POSTS)[number];

/**
 * NAV benefits that are taxed like salary (personinntekt with trygdeavgift at the salary rate
 * and withholding): they count as "lønn og naturalytelser med mer" in the yearly summary. AAP,
 * uføretrygd, overgangsstønad, omstillingsstønad and pensions have items of their own.
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

/** NAV benefits with an item of their own. */
const YTELSER: ReadonlyMap<string, Post> = new Map<string, Post>(
  Object.entries({
    arbeidsavklaringspenger: 'workAssessmentAllowance',
    ufoeretrygd: 'disabilityBenefit',
    overgangsstoenadTilEnsligMorEllerFarSomBegynteAaLoepe1April2014EllerSenere:
      'transitionalBenefit',
    omstillingsstoenad: 'adjustmentAllowance',
  }) as [string, Post][],
);

/** Pensions: NAV's old-age pension and its skjermingstillegg, AFP, tjenestepensjon, survivors'. */
const PENSJONER: ReadonlyMap<string, Post> = new Map<string, Post>(
  Object.entries({
    alderspensjon: 'oldAgePension',
    alderspensjonSkjermingstillegg: 'oldAgePensionSupplement',
    avtalefestetPensjon: 'contractualPension',
    nyAvtalefestetPensjonPrivatSektor: 'contractualPension',
    pensjonOgLivrenterIArbeidsforhold: 'occupationalPension',
    etterlattepensjon: 'survivorPension',
    barnepensjon: 'childPension',
    barnepensjonFra2024: 'childPension',
    barnepensjonFra2025: 'childPension',
  }) as [string, Post][],
);

/**
 * The Summert skattegrunnlag item a monthly Inntekt line counts towards, or undefined when it
 * counts towards none of the items the simulator derives from Inntekt:
 * - `loennsinntekt` lines with both `inngaarIGrunnlagForTrekk` and `utloeserArbeidsgiveravgift`
 *   (cash pay, benefits in kind, taxable allowances; negative lines such as
 *   `trekkILoennForFerie` subtract) → salary; those with the skatteOgAvgiftsRegel `svalbard` →
 *   the Svalbard salary item of `svalbardGrunnlag` instead;
 * - `ytelseFraOffentlige` lines with `inngaarIGrunnlagForTrekk` whose code is a benefit taxed
 *   like salary (dagpenger, sykepenger, foreldrepenger …) → salary; AAP, uføretrygd,
 *   overgangsstønad and omstillingsstønad → their own items;
 * - `pensjonEllerTrygd` lines → old-age pension, its skjermingstillegg, AFP, tjenestepensjon
 *   (`pensjonOgLivrenterIArbeidsforhold`), gjenlevendepensjon or barnepensjon;
 * - `naeringsinntekt` lines (sick pay to the self-employed) → the sole proprietorship's surplus,
 *   which adds the business's own result (not reported in the a-ordning) to them.
 * Everything else, notably `utgiftsgodtgjoerelse` lines that trigger neither withholding nor
 * employer's contribution (mileage within the tax-free rate), counts towards nothing.
 */
export function postFor(inntekt: Inntekt): Post | undefined {
  if (inntekt.loennsinntekt !== undefined) {
    if (!(inntekt.inngaarIGrunnlagForTrekk && inntekt.utloeserArbeidsgiveravgift)) return undefined;
    return inntekt.skatteOgAvgiftsRegel === 'svalbard' ? 'svalbardSalary' : LOENN;
  }
  if (inntekt.ytelseFraOffentlige !== undefined) {
    const code = inntekt.ytelseFraOffentlige.beskrivelse;
    if (YTELSER_SOM_LOENN.has(code)) return inntekt.inngaarIGrunnlagForTrekk ? LOENN : undefined;
    return YTELSER.get(code);
  }
  if (inntekt.pensjonEllerTrygd !== undefined)
    return PENSJONER.get(inntekt.pensjonEllerTrygd.beskrivelse);
  if (inntekt.naeringsinntekt !== undefined) return 'businessSurplus';
  return undefined;
}
