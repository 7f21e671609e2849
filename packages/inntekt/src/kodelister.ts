// The Inntekt API's code lists as runtime data, with lookups by code and month.

import { isMaaned, type Maaned, sammenlignMaaneder } from './domain.js';
import { kodelister as data } from './generated/data/kodelister.js';
import type {
  Fordel,
  Inntektstype,
  Kodelister,
  LoennsinntektKode,
  Maaned as MaanedString,
  NaeringsinntektKode,
  PensjonEllerTrygdKode,
  YtelseFraOffentligeKode,
} from './generated/kodelister.js';

export type {
  Aarsrevisjon,
  Fordel,
  FordelKode,
  ForskuddstrekkBeskrivelse,
  ForskuddstrekkBeskrivelseKode,
  FradragBeskrivelse,
  FradragBeskrivelseKode,
  HarInngaattI,
  Inntektstype,
  Inntjeningsforhold,
  InntjeningsforholdKode,
  Kodelister,
  LoennsinntektBeskrivelse,
  LoennsinntektKode,
  NaeringsinntektBeskrivelse,
  NaeringsinntektKode,
  PensjonEllerTrygdBeskrivelse,
  PensjonEllerTrygdKode,
  ReiseKostOgLosjiPersontype,
  ReiseKostOgLosjiPersontypeKode,
  SkatteOgAvgiftsRegel,
  SkatteOgAvgiftsRegelKode,
  YtelseFraOffentligeBeskrivelse,
  YtelseFraOffentligeKode,
} from './generated/kodelister.js';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Every code list of the Inntekt API (`contracts/data/inntekt-kodelister.json`). The annotation
 * makes the compiler check the data against the types generated from `kodelister.schema.json`.
 */
export const kodelister: DeepReadonly<Kodelister> = data;

/** A row of one of the four `beskrivelse` code lists. */
export type Beskrivelseskode = DeepReadonly<
  LoennsinntektKode | YtelseFraOffentligeKode | PensjonEllerTrygdKode | NaeringsinntektKode
>;

/** The four kinds of income, in the order the API documents them. */
export const inntektstyper: readonly Inntektstype[] = [
  'loennsinntekt',
  'ytelseFraOffentlige',
  'pensjonEllerTrygd',
  'naeringsinntekt',
];

export function erInntektstype(value: unknown): value is Inntektstype {
  return typeof value === 'string' && (inntektstyper as readonly string[]).includes(value);
}

/** The closed list of `fordel` values. */
export const fordeler: readonly Fordel[] = kodelister.fordel.koder.map((k) => k.verdi);

export function erFordel(value: unknown): value is Fordel {
  return typeof value === 'string' && (fordeler as readonly string[]).includes(value);
}

// Both the code table's spelling and any alternative spelling find the same row.
const index = new Map<Inntektstype, Map<string, Beskrivelseskode>>(
  inntektstyper.map((type) => {
    const rows = new Map<string, Beskrivelseskode>();
    for (const row of kodelister[type].koder as readonly Beskrivelseskode[]) {
      rows.set(row.beskrivelse, row);
      for (const alternative of row.alternativeStavemaater ?? []) rows.set(alternative, row);
    }
    return [type, rows];
  }),
);

/**
 * The row of a `beskrivelse` code of an income type, or undefined for a code the lists do not
 * know (the API's lists are open: an unknown code is not an error). Two naeringsinntekt codes are
 * spelled differently in two tables of the documentation; both spellings find the row.
 */
export function finnBeskrivelseskode(
  inntektstype: Inntektstype,
  beskrivelse: string,
): Beskrivelseskode | undefined {
  return index.get(inntektstype)?.get(beskrivelse);
}

export function erKjentBeskrivelse(inntektstype: Inntektstype, beskrivelse: string): boolean {
  return finnBeskrivelseskode(inntektstype, beskrivelse) !== undefined;
}

/** The validity fields any row may carry. */
export interface Gyldighet {
  readonly gyldigFraOgMed?: MaanedString | null;
  readonly gyldigTil?: MaanedString | null;
  readonly gyldigTilOgMed?: MaanedString | null;
  readonly antattGyldigFraOgMed?: MaanedString;
  readonly antattGyldigTil?: MaanedString;
}

/**
 * Whether a row is valid in month `m`. Rules (ours where the documentation is silent):
 * - the first month is `gyldigFraOgMed`, or our `antattGyldigFraOgMed` where the documentation
 *   states none; with neither, the row has no start;
 * - `gyldigTil` (and our `antattGyldigTil`) is the first month the code is no longer valid: every
 *   such date in the documentation is a January, when annual revisions take effect, and the
 *   documentation does not say whether that month is included;
 * - `gyldigTilOgMed` (the verdi lists) is the last month included, as its name says.
 */
export function erGyldigIMaaned(rad: Gyldighet, m: Maaned): boolean {
  if (!isMaaned(m)) throw new RangeError(`not a month: ${JSON.stringify(m)}`);
  const fra = rad.gyldigFraOgMed ?? rad.antattGyldigFraOgMed;
  if (fra != null && sammenlignMaaneder(m, fra as Maaned) < 0) return false;
  const til = rad.gyldigTil ?? rad.antattGyldigTil;
  if (til != null && sammenlignMaaneder(m, til as Maaned) >= 0) return false;
  const tilOgMed = rad.gyldigTilOgMed;
  if (tilOgMed != null && sammenlignMaaneder(m, tilOgMed as Maaned) > 0) return false;
  return true;
}

/** Whether a known `beskrivelse` code of an income type is valid in month `m` (false when unknown). */
export function erBeskrivelseGyldig(
  inntektstype: Inntektstype,
  beskrivelse: string,
  m: Maaned,
): boolean {
  const row = finnBeskrivelseskode(inntektstype, beskrivelse);
  return row !== undefined && erGyldigIMaaned(row, m);
}

/** The rows of an income type's code list that are valid in month `m`, in list order. */
export function gyldigeBeskrivelseskoder(
  inntektstype: Inntektstype,
  m: Maaned,
): readonly Beskrivelseskode[] {
  return (kodelister[inntektstype].koder as readonly Beskrivelseskode[]).filter((row) =>
    erGyldigIMaaned(row, m),
  );
}
