// Which Inntekt codes are valid in which month, as month-index ranges read once per code from
// @skattedeling/inntekt's code lists. `erBeskrivelseGyldig` parses the month text and the row's
// dates on every call; every generated line asks, so the ranges are kept (constants of the code
// lists, not answers). codes.test.ts holds the two to the same answer for every code and month.
import { finnBeskrivelseskode, type Inntektstype } from '@skattedeling/inntekt/kodelister';
import { monthIndex } from './calendar.js';

/** [first valid month, first month no longer valid), month indices. */
type Range = readonly [number, number];

const ranges = new Map<Inntektstype, Map<string, Range>>();

const month = (text: string | null | undefined): number | undefined => {
  if (text == null) return undefined;
  const [y, m] = text.split('-').map(Number) as [number, number];
  return monthIndex(y, m);
};

function rangeOf(type: Inntektstype, code: string): Range {
  const row = finnBeskrivelseskode(type, code);
  if (row === undefined) return [0, 0];
  const from = month(row.gyldigFraOgMed ?? row.antattGyldigFraOgMed) ?? Number.NEGATIVE_INFINITY;
  const until = month(row.gyldigTil ?? row.antattGyldigTil) ?? Number.POSITIVE_INFINITY;
  const through = 'gyldigTilOgMed' in row ? month(row.gyldigTilOgMed as string | null) : undefined;
  return [from, Math.min(until, through === undefined ? Number.POSITIVE_INFINITY : through + 1)];
}

/** Whether a code of an income type is valid in month `m` (a month index); false when unknown. */
export function isValidIn(type: Inntektstype, code: string, m: number): boolean {
  let ofType = ranges.get(type);
  if (ofType === undefined) {
    ofType = new Map();
    ranges.set(type, ofType);
  }
  let range = ofType.get(code);
  if (range === undefined) {
    range = rangeOf(type, code);
    ofType.set(code, range);
  }
  return m >= range[0] && m < range[1];
}
