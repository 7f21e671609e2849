// Which technical name each thing the generator models has in each income year. Skatteetaten
// renames items between years (the information model of every year is in
// @skattedeling/summert-skattegrunnlag): this table is the only place the simulator knows the
// names; kategori and the allowed specification types come from the package's model of the year.
// naming.test.ts checks every name against the year's model, so a name that does not exist in a
// year cannot slip in.

/** What the generator models, independent of what a year calls it. */
export type Concept =
  | 'salary'
  | 'oldAgePension'
  | 'interestEarned'
  | 'deposits'
  | 'primaryHome'
  | 'vehicle'
  | 'bankDebt'
  | 'debtInterest'
  | 'minimumDeduction'
  | 'unionDues'
  | 'totalIncome'
  | 'totalDeductions'
  | 'ordinaryIncome'
  | 'incomeTaxBasis'
  | 'grossWealth'
  | 'totalDebt'
  | 'netWealth';

/**
 * `[first income year, name]` pairs, oldest first: a name holds from its year until the next pair.
 * A concept has no name before its first pair and then is left out of the body.
 * - `oldAgePension`, `deposits`: 2022 renamed them; the 2022 table lists both (an appendix of
 *   2021 names), 2023 only the new ones. We use the new names from 2022.
 * - `bankDebt`, `debtInterest`: 2018–2019 list both the old and the new names, but the old ones
 *   carry the tax return's item numbers (4.8.1, 3.3.1) and the `Konto` specification; the new
 *   ones take both over in 2020.
 * - `vehicle`: 2017 has only `samletFormuesverdiForMotorkjoeretoey` (item 4.2.5).
 * - `ordinaryIncome`, `incomeTaxBasis`: not in the 2017 table, so 2017 bodies have neither.
 */
const NAMES: Readonly<Record<Concept, readonly (readonly [number, string])[]>> = {
  salary: [[2017, 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt']],
  oldAgePension: [
    [2017, 'samletPensjonFraFolketrygden'],
    [2022, 'alderspensjonFraFolketrygden'],
  ],
  interestEarned: [[2017, 'samledeOpptjenteRenterIInnenlandskeBanker']],
  deposits: [
    [2017, 'samletInnskuddIInnenlandskeBanker'],
    [2022, 'innskudd'],
  ],
  primaryHome: [[2017, 'formuesverdiForPrimaerbolig']],
  vehicle: [
    [2017, 'samletFormuesverdiForMotorkjoeretoey'],
    [2018, 'formuesverdiForKjoeretoey'],
  ],
  bankDebt: [
    [2017, 'samletInnenlandskGjeld'],
    [2020, 'gjeldIInnenlandskeBanker'],
  ],
  debtInterest: [
    [2017, 'samledePaaloepteRenter'],
    [2020, 'samledePaaloepteRenterPaaGjeldIInnenlandskeBanker'],
  ],
  minimumDeduction: [[2017, 'minstefradragIInntekt']],
  unionDues: [[2017, 'fradragForFagforeningskontingent']],
  totalIncome: [[2017, 'sumInntekterIAlminneligInntektFoerFordelingsfradrag']],
  totalDeductions: [[2017, 'sumFradragIAlminneligInntekt']],
  ordinaryIncome: [[2018, 'alminneligInntektFoerSaerfradrag']],
  incomeTaxBasis: [
    [2018, 'samletGrunnlagForInntektsskattTilKommuneOgFylkeskommuneStatsskattOgFellesskatt'],
  ],
  grossWealth: [[2017, 'bruttoformue']],
  totalDebt: [[2017, 'samletGjeld']],
  netWealth: [[2017, 'nettoformue']],
};

export const CONCEPTS = Object.keys(NAMES) as readonly Concept[];

/** The technical name of `concept` in income year `year`, or undefined when the year has none. */
export function tekniskNavn(concept: Concept, year: number): string | undefined {
  let name: string | undefined;
  for (const [from, candidate] of NAMES[concept]) if (year >= from) name = candidate;
  return name;
}
