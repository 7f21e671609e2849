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

export const wageIndex = yearly(WAGE_INDEX, 0.03, 0.035);
export const houseIndex = yearly(HOUSE_INDEX, 0.04, 0.03);
export const depositRate = yearly(DEPOSIT_RATE);
export const mortgageRate = yearly(MORTGAGE_RATE);
const minstefradragLoennRate = yearly(MINSTEFRADRAG_LOENN_RATE);
const minstefradragLoennMax = yearly(MINSTEFRADRAG_LOENN_MAX);
const minstefradragPensjonMax = yearly(MINSTEFRADRAG_PENSJON_MAX);
export const fagforeningMax = yearly(FAGFORENING_MAX);

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
