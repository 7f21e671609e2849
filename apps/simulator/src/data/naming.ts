// Which technical name each thing the generator models has in each income year, and which total it
// counts towards. Skatteetaten renames items between years (the information model of every year
// is in @skattedeling/summert-skattegrunnlag): this table is the only place the simulator knows
// the names; kategori and the allowed specification types come from the package's model of the
// year. naming.test.ts checks every name against the year's model, so a name that does not exist
// in a year cannot slip in.

/**
 * Where an item counts. The totals are summed by this role, not by the table's kategori: the
 * tables give some items no kategori (minstefradrag in 2017) and some totals one (samletGjeld in
 * 2018), and the `oppjustertTillegg…` items share one kategori whether they add or subtract.
 * - `inntekt`, `fradrag`: sumInntekter… and sumFradrag…, so alminnelig inntekt før særfradrag;
 * - `formue`, `rabatt`, `gjeld`: bruttoformue is formue less rabatt (valuation discounts), samletGjeld;
 * - `svalbard`: an item of `svalbardGrunnlag`, taxed on Svalbard and in no mainland total;
 * - `info`: shown, counted in no total (personinntekt, the sum of the discounts);
 * - `total`: the totals themselves.
 */
export type Role =
  | 'inntekt'
  | 'fradrag'
  | 'formue'
  | 'rabatt'
  | 'gjeld'
  | 'svalbard'
  | 'info'
  | 'total';

type Names = readonly (readonly [number, string])[];
const c = (role: Role, ...names: Names) => ({ role, names });

/**
 * `[first income year, name]` pairs, oldest first: a name holds from its year until the next pair.
 * A concept has no name before its first pair and then is left out of the body.
 * - `oldAgePension`, `deposits`: 2022 renamed them; the 2022 table lists both (an appendix of
 *   2021 names), 2023 only the new ones. We use the new names from 2022. Likewise the rental,
 *   secondary-home and partnership names renamed in 2022.
 * - `bankDebt`, `debtInterest`: 2018–2019 list both the old and the new names, but the old ones
 *   carry the tax return's item numbers (4.8.1, 3.3.1) and the `Konto` specification; the new
 *   ones take both over in 2020.
 * - `vehicle`: 2017 has only `samletFormuesverdiForMotorkjoeretoey` (item 4.2.5).
 * - `ordinaryIncome`, `incomeTaxBasis`: not in the 2017 table, so 2017 bodies have neither.
 * - Listed shares and funds: 2017–2018 name them by the register (VPS) and the old item
 *   numbers; the 2019 names replace them. Capital gains and dividends each have an
 *   `oppjustertTillegg…` item: the amount × (oppjusteringsfaktor − 1), see parameters.ts.
 * - `collectionDebt`: `gjeldFraInkassoselskap` exists from 2024; before it the debt is "other
 *   debt" (2018–2020 `samletAnnenGjeld`, 2021–2023 `annenGjeld`); 2017 has no such item.
 * - `adjustmentAllowance` (omstillingsstønad) starts in 2024 with the benefit itself; survivors
 *   of an earlier death keep `etterlattepensjonFraFolketrygden` (gjenlevendepensjon).
 * - `childPension`: `samletBarnepensjonOgLivrente` until 2018, `barnepensjonFraFolketrygden` from
 *   2019; its deduction is `minstefradragIBarnepensjon` until 2023, `saerskiltFradragIBarnepensjon`
 *   from 2024.
 * - `youthProgrammeBenefit` (ungdomsprogramytelse) exists only in 2025.
 */
const TABLE = {
  salary: c('inntekt', [2017, 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt']),
  oldAgePension: c(
    'inntekt',
    [2017, 'samletPensjonFraFolketrygden'],
    [2022, 'alderspensjonFraFolketrygden'],
  ),
  oldAgePensionSupplement: c('inntekt', [2022, 'skjermingstilleggTilAlderspensjon']),
  contractualPension: c('inntekt', [2017, 'samletAvtalefestetPensjon']),
  occupationalPension: c('inntekt', [
    2017,
    'samletAnnenPensjonMedTrekkpliktEksklusiveEktefelletillegg',
  ]),
  disabilityBenefit: c('inntekt', [
    2017,
    'samletUfoeretrygdFraFolketrygdenEksklusiveEktefelletillegg',
  ]),
  workAssessmentAllowance: c('inntekt', [2017, 'arbeidsavklaringspenger']),
  transitionalBenefit: c('inntekt', [2017, 'overgangsstoenadTilEnsligForelder']),
  adjustmentAllowance: c('inntekt', [2024, 'omstillingsstoenad']),
  survivorPension: c('inntekt', [2017, 'etterlattepensjonFraFolketrygden']),
  childPension: c(
    'inntekt',
    [2017, 'samletBarnepensjonOgLivrente'],
    [2019, 'barnepensjonFraFolketrygden'],
  ),
  youthProgrammeBenefit: c('inntekt', [2025, 'ungdomsprogramytelse']),
  interestEarned: c('inntekt', [2017, 'samledeOpptjenteRenterIInnenlandskeBanker']),
  businessSurplus: c('inntekt', [2017, 'samletOverskuddAvEnkeltpersonforetakInnenAnnenNaering']),
  businessDeficit: c('fradrag', [2017, 'samletUnderskuddINaeringsvirksomhet']),
  businessPersonalIncome: c('info', [
    2017,
    'samletPersoninntektFraEnkeltpersonforetakInnenJordbrukReindriftSkiferproduksjonOgAnnenNaering',
  ]),
  partnershipSurplus: c(
    'inntekt',
    [2017, 'samletOverskuddAvDeltakerlignetSelskapInnenAnnenNaering'],
    [2018, 'samletOverskuddAvSDFInnenAnnenNaering'],
    [2022, 'overskuddAvSDF'],
  ),
  partnershipDeficit: c('fradrag', [2019, 'samletUnderskuddAvSDF'], [2022, 'underskuddFraSDF']),
  partnershipPersonalIncome: c(
    'info',
    [2017, 'samletPersoninntektFraDeltakerlignetSelskapInnenAnnenNaering'],
    [2018, 'personinntektFraSDFInnenAnnenNaering'],
  ),
  partnershipDistribution: c(
    'inntekt',
    [2017, 'andelIFellesTilleggIAlminneligInntektFraSDFInnenAnnenNaering'],
    [2022, 'andelIFellesTilleggIAlminneligInntektFraSDF'],
  ),
  partnershipDistributionUplift: c(
    'inntekt',
    [2017, 'oppjustertTilleggTilAndelIFellesTilleggIAlminneligInntektFraSDFInnenAnnenNaering'],
    [2022, 'oppjustertTilleggTilAndelIFellesTilleggIAlminneligInntektFraSDF'],
  ),
  partnershipWealth: c('formue', [
    2017,
    'verdiFoerVerdsettingsrabattForAndelIFellesNettoformueISDF',
  ]),
  partnershipDiscount: c('rabatt', [2017, 'verdsettingsrabattForAndelIFellesNettoformueISDF']),
  shareDividend: c(
    'inntekt',
    [2017, 'skattepliktigUtbytteFraAksjerRegistrertIVerdipapirsentralen'],
    [2019, 'utbytteFraAksje'],
  ),
  shareDividendUplift: c(
    'inntekt',
    [2017, 'oppjustertTilleggTilSkattepliktigUtbytteFraAksjerRegistrertIVerdipapirsentralen'],
    [2019, 'oppjustertTilleggTilUtbytteFraAksje'],
  ),
  shareGain: c(
    'inntekt',
    [2017, 'skattepliktigAksjegevinst'],
    [2019, 'gevinstVedRealisasjonAvAksje'],
  ),
  shareGainUplift: c(
    'inntekt',
    [2017, 'oppjustertTilleggTilSkattepliktigAksjegevinst'],
    [2019, 'oppjustertTilleggTilGevinstVedRealisasjonAvAksje'],
  ),
  shareLoss: c('fradrag', [2017, 'tapVedRealisasjonAvAksje']),
  shareLossUplift: c('fradrag', [2017, 'oppjustertTilleggTilTapVedRealisasjonAvAksje']),
  fundDividend: c(
    'inntekt',
    [2017, 'skattepliktigUtbytteFraVerdipapirfondsandel'],
    [2019, 'utbytteFraVerdipapirfond'],
  ),
  fundDividendUplift: c(
    'inntekt',
    [2017, 'oppjustertTilleggTilSkattepliktigUtbytteFraVerdipapirfondsandel'],
    [2019, 'oppjustertTilleggTilUtbytteFraVerdipapirfond'],
  ),
  fundGain: c(
    'inntekt',
    [2017, 'gevinstVedRealisasjonAvVerdipapirfondsandelKnyttetTilAksjedel'],
    [2019, 'gevinstVedRealisasjonAvAndelIAksjedelIVerdipapirfond'],
  ),
  fundGainUplift: c(
    'inntekt',
    [2017, 'oppjustertTilleggTilGevinstVedRealisasjonAvVerdipapirfondsandelKnyttetTilAksjedel'],
    [2019, 'oppjustertTilleggTilGevinstVedRealisasjonAvAndelIAksjedelIVerdipapirfond'],
  ),
  fundLoss: c(
    'fradrag',
    [2017, 'tapVedRealisasjonAvVerdipapirfondsandelKnyttetTilAksjedel'],
    [2019, 'tapVedRealisasjonAvAndelIAksjedelIVerdipapirfond'],
  ),
  fundLossUplift: c(
    'fradrag',
    [2017, 'oppjustertTilleggTilTapVedRealisasjonAvVerdipapirfondsandelKnyttetTilAksjedel'],
    [2019, 'oppjustertTilleggTilTapVedRealisasjonAvAndelIAksjedelIVerdipapirfond'],
  ),
  fundFee: c('fradrag', [2020, 'forvaltningskostnadKnyttetTilVerdipapirfond']),
  askGain: c('inntekt', [2017, 'gevinstVedRealisasjonAvAksjesparekonto']),
  askGainUplift: c('inntekt', [2017, 'oppjustertTilleggTilGevinstVedRealisasjonAvAksjesparekonto']),
  askLoss: c('fradrag', [2017, 'tapVedRealisasjonAvAksjesparekonto']),
  askLossUplift: c('fradrag', [2017, 'oppjustertTilleggTilTapVedRealisasjonAvAksjesparekonto']),
  rentalSurplus: c(
    'inntekt',
    [2017, 'samletSkattepliktigOverskuddFraUtleieAvFastEiendom'],
    [2022, 'nettoinntektVedUtleieAvFastEiendomMv'],
  ),
  rentalDeficit: c(
    'fradrag',
    [2017, 'samletFradragsberettigetUnderskuddVedUtleieAvFastEiendom'],
    [2022, 'underskuddVedUtleieMvAvFastEiendomUtenforNaering'],
  ),
  housingCoopIncome: c('inntekt', [2017, 'samletAndelAvInntektIBoligselskapEllerBoligsameie']),
  minimumDeduction: c('fradrag', [2017, 'minstefradragIInntekt']),
  childPensionDeduction: c(
    'fradrag',
    [2017, 'minstefradragIBarnepensjon'],
    [2024, 'saerskiltFradragIBarnepensjon'],
  ),
  debtInterest: c(
    'fradrag',
    [2017, 'samledePaaloepteRenter'],
    [2020, 'samledePaaloepteRenterPaaGjeldIInnenlandskeBanker'],
  ),
  collectionInterest: c(
    'fradrag',
    [2018, 'samledeAndrePaaloepteRenter'],
    [2020, 'paaloepteRenterFraInkassoselskap'],
  ),
  housingCoopCosts: c('fradrag', [
    2017,
    'samletAndelAvFradragsberettigetFelleskostnadForBoligselskapEllerBoligsameie',
  ]),
  unionDues: c('fradrag', [2017, 'fradragForFagforeningskontingent']),
  pensionSavingsDeduction: c('fradrag', [2017, 'fradragForIndividuellSparingTilPensjon']),
  travelDeduction: c('fradrag', [2017, 'reisefradrag']),
  giftDeduction: c('fradrag', [2017, 'fradragForGaverTilFrivilligeOrganisasjoner']),
  deposits: c('formue', [2017, 'samletInnskuddIInnenlandskeBanker'], [2022, 'innskudd']),
  primaryHome: c('formue', [2017, 'formuesverdiForPrimaerbolig']),
  secondaryHome: c(
    'formue',
    [2017, 'samletFormuesverdiForSekundaerbolig'],
    [2022, 'formuesverdiForSekundaerbolig'],
  ),
  holidayHome: c('formue', [
    2017,
    'samletFormuesverdiForSelveidFritidseiendomEllerAndelIFritidsboligselskap',
  ]),
  housingCoopWealth: c('formue', [
    2017,
    'samletFormuesverdiForAndelAnnenFormueIBoligselskapEllerBoligsameie',
  ]),
  vehicle: c(
    'formue',
    [2017, 'samletFormuesverdiForMotorkjoeretoey'],
    [2018, 'formuesverdiForKjoeretoey'],
  ),
  shareWealth: c(
    'formue',
    [2017, 'verdiFoerVerdsettingsrabattForAksjeIVPS'],
    [2019, 'verdiFoerVerdsettingsrabattForAksje'],
  ),
  shareDiscount: c(
    'rabatt',
    [2017, 'verdsettingsrabattForAksjeIVPS'],
    [2019, 'verdsettingsrabattForAksje'],
  ),
  fundWealth: c(
    'formue',
    [2017, 'verdiFoerVerdsettingsrabattForVerdipapirfondsandel'],
    [2019, 'verdiFoerVerdsettingsrabattForAndelIAksjedelIVerdipapirfond'],
  ),
  fundDiscount: c(
    'rabatt',
    [2017, 'verdsettingsrabattForVerdipapirfondsandel'],
    [2019, 'verdsettingsrabattForAndelIAksjedelIVerdipapirfond'],
  ),
  askCash: c('formue', [2017, 'formuesverdiForKontanterIAksjesparekonto']),
  askShares: c('formue', [2017, 'verdiFoerVerdsettingsrabattForAksjedelIAksjesparekonto']),
  askDiscount: c('rabatt', [2017, 'verdsettingsrabattForAksjedelIAksjesparekonto']),
  discountTotal: c('info', [2018, 'sumVerdsettingsrabatt']),
  bankDebt: c('gjeld', [2017, 'samletInnenlandskGjeld'], [2020, 'gjeldIInnenlandskeBanker']),
  housingCoopDebt: c('gjeld', [2017, 'samletAndelAvFellesgjeldIBoligselskapEllerBoligsameie']),
  collectionDebt: c(
    'gjeld',
    [2018, 'samletAnnenGjeld'],
    [2021, 'annenGjeld'],
    [2024, 'gjeldFraInkassoselskap'],
  ),
  svalbardSalary: c('svalbard', [
    2017,
    'loennsinntektMedTrygdeavgiftspliktOmfattetAvLoennstrekkordningen',
  ]),
  totalIncome: c('total', [2017, 'sumInntekterIAlminneligInntektFoerFordelingsfradrag']),
  totalDeductions: c('total', [2017, 'sumFradragIAlminneligInntekt']),
  ordinaryIncome: c('total', [2018, 'alminneligInntektFoerSaerfradrag']),
  incomeTaxBasis: c('total', [
    2018,
    'samletGrunnlagForInntektsskattTilKommuneOgFylkeskommuneStatsskattOgFellesskatt',
  ]),
  grossWealth: c('total', [2017, 'bruttoformue']),
  totalDebt: c('total', [2017, 'samletGjeld']),
  netWealth: c('total', [2017, 'nettoformue']),
} as const satisfies Record<string, { role: Role; names: Names }>;

/** What the generator models, independent of what a year calls it. */
export type Concept = keyof typeof TABLE;

export const CONCEPTS = Object.keys(TABLE) as readonly Concept[];

/** The total a concept counts towards (see Role). */
export function roleOf(concept: Concept): Role {
  return TABLE[concept].role;
}

/** The technical name of `concept` in income year `year`, or undefined when the year has none. */
export function tekniskNavn(concept: Concept, year: number): string | undefined {
  let name: string | undefined;
  for (const [from, candidate] of TABLE[concept].names) if (year >= from) name = candidate;
  return name;
}
