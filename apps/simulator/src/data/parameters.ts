// Yearly economic and tax parameters. Plausible, rounded values so the data looks like a
// Norwegian household's; this is not a tax calculator and nothing here is authoritative. Years
// outside a table continue the nearest year's trend.

type Table = Readonly<Record<number, number>>;

/**
 * A yearly table as a lookup function. Years before the table divide by (1 + growthBefore) per
 * year, years after multiply by (1 + growthAfter); with both 0 the nearest year's value holds.
 * The table is read once, so a lookup is an array access (it runs for every month generated).
 */
function yearly(table: Table, growthBefore = 0, growthAfter = 0): (year: number) => number {
  const years = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0] as number;
  const last = years.at(-1) as number;
  const values: number[] = [];
  let previous = table[first] as number;
  for (let y = first; y <= last; y++) {
    previous = table[y] ?? previous;
    values.push(previous);
  }
  const firstValue = values[0] as number;
  const lastValue = values.at(-1) as number;
  return (year) => {
    if (year < first) return firstValue / (1 + growthBefore) ** (first - year);
    if (year > last) return lastValue * (1 + growthAfter) ** (year - last);
    return values[year - first] as number;
  };
}

/** Wage level relative to 2024 (annual wage growth in Norway, rounded). */
const WAGE_INDEX: Table = {
  2015: 0.736,
  2016: 0.749,
  2017: 0.766,
  2018: 0.788,
  2019: 0.815,
  2020: 0.841,
  2021: 0.87,
  2022: 0.907,
  2023: 0.947,
  2024: 1.0,
  2025: 1.044,
};

/** House prices relative to 2024. */
const HOUSE_INDEX: Table = {
  2015: 0.66,
  2016: 0.71,
  2017: 0.74,
  2018: 0.75,
  2019: 0.77,
  2020: 0.8,
  2021: 0.88,
  2022: 0.93,
  2023: 0.96,
  2024: 1.0,
  2025: 1.05,
};

/** Average interest on savings accounts. */
const DEPOSIT_RATE: Table = {
  2015: 0.012,
  2016: 0.008,
  2017: 0.008,
  2018: 0.009,
  2019: 0.012,
  2020: 0.006,
  2021: 0.004,
  2022: 0.012,
  2023: 0.03,
  2024: 0.038,
  2025: 0.037,
};

/** Average mortgage interest. */
const MORTGAGE_RATE: Table = {
  2015: 0.029,
  2016: 0.026,
  2017: 0.026,
  2018: 0.027,
  2019: 0.03,
  2020: 0.024,
  2021: 0.021,
  2022: 0.032,
  2023: 0.05,
  2024: 0.057,
  2025: 0.056,
};

/** Minstefradrag in salary: rate and upper limit (2021: 45 %, 106 750 kr, as Skatteetaten's 2021 example shows). */
const MINSTEFRADRAG_LOENN_RATE: Table = { 2017: 0.45, 2023: 0.46 };
const MINSTEFRADRAG_LOENN_MAX: Table = {
  2017: 97_610,
  2018: 97_610,
  2019: 100_800,
  2020: 104_450,
  2021: 106_750,
  2022: 109_950,
  2023: 104_450,
  2024: 92_000,
  2025: 92_000,
};

/** Minstefradrag in pension: rate and upper limit. */
const MINSTEFRADRAG_PENSJON_RATE = 0.4;
const MINSTEFRADRAG_PENSJON_MAX: Table = {
  2017: 72_000,
  2018: 72_000,
  2019: 74_550,
  2020: 86_250,
  2021: 87_450,
  2022: 88_650,
  2023: 88_650,
  2024: 88_650,
  2025: 88_650,
};

/** Upper limit of the deduction for trade-union dues. */
const FAGFORENING_MAX: Table = {
  2017: 3_850,
  2018: 3_850,
  2019: 3_850,
  2020: 3_850,
  2021: 3_850,
  2022: 5_800,
  2023: 7_700,
  2024: 7_700,
  2025: 7_700,
};

/**
 * The folketrygd's grunnbeløp (G) from 1 May of each year, in kroner (NAV's published values).
 * Benefits are set in G here, so a benefit follows its year's G as it does in NAV's rules.
 */
const GRUNNBELOEP: Table = {
  2015: 90_068,
  2016: 92_576,
  2017: 93_634,
  2018: 96_883,
  2019: 99_858,
  2020: 101_351,
  2021: 106_399,
  2022: 111_477,
  2023: 118_620,
  2024: 124_028,
  2025: 130_160,
};

/** Share prices relative to 2024 (a broad Oslo Børs index, rounded; our estimate). */
const SHARE_INDEX: Table = {
  2015: 0.55,
  2016: 0.58,
  2017: 0.66,
  2018: 0.64,
  2019: 0.75,
  2020: 0.78,
  2021: 0.95,
  2022: 0.9,
  2023: 0.95,
  2024: 1.0,
  2025: 1.08,
};

/**
 * Oppjusteringsfaktor for shareholder income (dividends, gains and losses on shares): the
 * `oppjustertTillegg…` items are the amount × (factor − 1).
 */
const OPPJUSTERINGSFAKTOR: Table = {
  2017: 1.24,
  2018: 1.33,
  2019: 1.44,
  2022: 1.6,
  2023: 1.72,
};

/** Valuation discount on shares, equity funds and SDF shares (verdsettingsrabatt). */
const VERDSETTINGSRABATT: Table = {
  2017: 0.1,
  2018: 0.2,
  2019: 0.25,
  2020: 0.35,
  2021: 0.45,
  2022: 0.25,
  2023: 0.2,
};

/** Formuesverdi of a secondary home as a share of its market value. */
const SEKUNDAERBOLIG_SHARE: Table = { 2017: 0.8, 2018: 0.9, 2022: 0.95, 2023: 1.0 };

/** Upper limit of the IPS deduction (individual pension savings). */
const IPS_MAX: Table = { 2017: 40_000, 2022: 15_000 };

/** Upper limit of the deduction for gifts to voluntary organisations. */
const GAVE_MAX: Table = { 2017: 40_000, 2019: 50_000, 2022: 25_000 };

/** Late-payment interest (forsinkelsesrente) charged on debt in collection, rounded. */
const FORSINKELSESRENTE: Table = {
  2015: 0.0925,
  2017: 0.085,
  2019: 0.09,
  2020: 0.08,
  2022: 0.0925,
  2023: 0.125,
};

export const wageIndex = yearly(WAGE_INDEX, 0.03, 0.035);
export const houseIndex = yearly(HOUSE_INDEX, 0.04, 0.03);
export const depositRate = yearly(DEPOSIT_RATE);
export const mortgageRate = yearly(MORTGAGE_RATE);
const minstefradragLoennRate = yearly(MINSTEFRADRAG_LOENN_RATE);
const minstefradragLoennMax = yearly(MINSTEFRADRAG_LOENN_MAX);
const minstefradragPensjonMax = yearly(MINSTEFRADRAG_PENSJON_MAX);
export const fagforeningMax = yearly(FAGFORENING_MAX);
export const grunnbeloep = yearly(GRUNNBELOEP, 0.03, 0.035);
export const shareIndex = yearly(SHARE_INDEX, 0.05, 0.05);
export const oppjusteringsfaktor = yearly(OPPJUSTERINGSFAKTOR);
export const verdsettingsrabatt = yearly(VERDSETTINGSRABATT);
export const sekundaerboligShare = yearly(SEKUNDAERBOLIG_SHARE);
export const ipsMax = yearly(IPS_MAX);
export const gaveMax = yearly(GAVE_MAX);
export const forsinkelsesrente = yearly(FORSINKELSESRENTE);

/** The interest Lånekassen charges once the borrower has finished studying (our estimate). */
export function studyLoanRate(year: number): number {
  return Math.max(0.01, mortgageRate(year) - 0.006);
}

export function minstefradragLoenn(year: number, loenn: number): number {
  return Math.min(Math.round(loenn * minstefradragLoennRate(year)), minstefradragLoennMax(year));
}

export function minstefradragPensjon(year: number, pensjon: number): number {
  return Math.min(Math.round(pensjon * MINSTEFRADRAG_PENSJON_RATE), minstefradragPensjonMax(year));
}

/** Salary and pension minstefradrag together never exceed the salary limit. */
export function minstefradrag(year: number, loenn: number, pensjon: number): number {
  const sum =
    (loenn > 0 ? minstefradragLoenn(year, loenn) : 0) +
    (pensjon > 0 ? minstefradragPensjon(year, pensjon) : 0);
  return Math.min(sum, minstefradragLoennMax(year));
}

/** Feriepenger: 10.2 % of the previous year's feriepengegrunnlag (Norway's statutory rate). */
export const FERIEPENGER_RATE = 0.102;

/** Days of pay withheld for the holiday month of a salaried employee (five weeks' holiday). */
export const FERIETREKK_DAYS = 25;
export const WORKDAYS_PER_MONTH = 21.67;

/** Tax-free mileage allowance per km (statens skattefrie sats), so no taxable surplus arises. */
export const KILOMETERSATS = 3.5;

/** Share of a dwelling's market value that is its formuesverdi as primary home. */
export const PRIMAERBOLIG_SHARE = 0.25;

/** Taxable benefit of a company car per year, as a share of the list price (simplified). */
export const FIRMABIL_SHARE = 0.3;
