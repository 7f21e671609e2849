// Which income year to ask Summert skattegrunnlag for.
//
// Rule: the latest income year that is settled (has an oppgjoer) at the date of the decision.
// Skatteetaten publishes the assessments of income year Y in waves through Y+1; the first and by
// far largest wave comes in late March, the last ones in the autumn. So:
//   - from 1 April of year N, ask for N−1 first; a person not settled yet answers 404 SSG-008,
//     and we fall back to N−2 (the latest year settled for everyone);
//   - before 1 April of year N, nobody has an oppgjoer for N−1 yet: ask for N−2, falling back to
//     N−3 on SSG-008.
// Exactly one fallback: a person with no tax basis two years in a row needs manual handling, not
// a search through older years. Dates are Norwegian calendar days (Europe/Oslo).
import { maanedForDato } from '@skattedeling/inntekt';

/** The month (1–12) from which the previous income year is asked for first. */
export const FIRST_MONTH_OF_NEW_YEAR = 4;

export interface IncomeYears {
  /** The year to ask for first. */
  readonly first: string;
  /** The year to ask for when `first` answers SSG-008. */
  readonly fallback: string;
}

export function incomeYearsFor(dato: Date | string): IncomeYears {
  const maaned = maanedForDato(dato);
  const year = Number(maaned.slice(0, 4));
  const month = Number(maaned.slice(5, 7));
  const first = month >= FIRST_MONTH_OF_NEW_YEAR ? year - 1 : year - 2;
  return { first: String(first), fallback: String(first - 1) };
}
