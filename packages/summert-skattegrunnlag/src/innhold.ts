// What each rights package receives of a Summert skattegrunnlag body, as data beside the stage
// table: contracts/data/summertskattegrunnlag-rettighetspakker.json, shipped as
// `standardRettighetspakkeInnhold`. Skatteetaten publishes no per-package lists, so the file marks
// every assumed package `bekreftet: false`; a document of the same schema replaces it.
import { createValidator, type ValidationIssue, type ValidationResult } from '@skattedeling/felles';
import { rettighetspakkeInnhold } from './generated/data/rettighetspakkeInnhold.js';
import type * as generated from './generated/rettighetspakke-innhold.js';
import { schema } from './generated/rettighetspakke-innhold.schema.js';
import { lazy } from './lazy.js';

/** `T` with every array and property read-only: a content document is read, never changed. */
export type Skrivebeskyttet<T> = T extends readonly (infer U)[]
  ? readonly Skrivebeskyttet<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Skrivebeskyttet<T[K]> }
    : T;

/** A whole content document (the schema's root). A mutable one of the same shape is accepted. */
export type RettighetspakkeInnholdDokument =
  Skrivebeskyttet<generated.RettighetspakkeInnholdDokument>;
/** One rights package's content. */
export type RettighetspakkeInnhold = Skrivebeskyttet<generated.Innhold>;
/** Items chosen by kategori, concept or name. */
export type InnholdUtvalg = Skrivebeskyttet<generated.Utvalg>;
/** A named concept and its names per year. */
export type Begrep = Skrivebeskyttet<generated.Begrep>;
/** A name of a concept limited to some income years. */
export type AvgrensetNavn = Skrivebeskyttet<generated.AvgrensetNavn>;
/** An item the revision notes give to the consumers that already receive others. */
export type Foelger = Skrivebeskyttet<generated.Foelger>;
export type { InnholdKategori } from './generated/rettighetspakke-innhold.js';

type Innhold = RettighetspakkeInnhold;
type Utvalg = InnholdUtvalg;

/** The shipped content per rights package (defaults; see each entry's `bekreftet`). */
export const standardRettighetspakkeInnhold: RettighetspakkeInnholdDokument =
  rettighetspakkeInnhold;

/** The JSON Schema of a content document, as published in `schemas/`. */
export { schema as rettighetspakkeInnholdSchema };

/** One package's content and where it came from: its own entry, or the document's `standard`. */
export interface PakkensInnhold {
  /** The package's name in lower case (the document's keys are lower case). */
  readonly rettighetspakke: string;
  readonly kilde: 'egen' | 'standard';
  readonly innhold: Innhold;
}

/** The content of `rettighetspakke` (matched ignoring case) in `dokument`. */
export function innholdFor(
  rettighetspakke: string,
  dokument: RettighetspakkeInnholdDokument = standardRettighetspakkeInnhold,
): PakkensInnhold {
  const key = rettighetspakke.toLowerCase();
  const own = Object.hasOwn(dokument.rettighetspakker, key)
    ? dokument.rettighetspakker[key]
    : undefined;
  return own === undefined
    ? { rettighetspakke: key, kilde: 'standard', innhold: dokument.standard }
    : { rettighetspakke: key, kilde: 'egen', innhold: own };
}

// The validator checks definitions by name, so the document itself joins its $defs (without its
// own $id, which would move the base of the `#/$defs/…` references).
const validator = lazy(() => {
  const { $defs, $id, $schema: _schema, ...root } = schema;
  return createValidator({ $id, $defs: { ...$defs, RettighetspakkeInnholdDokument: root } });
});

function failed<T>(errors: readonly ValidationIssue[]): ValidationResult<T> {
  return {
    ok: false,
    errors,
    message: errors.map((e) => `${e.path === '' ? '' : `${e.path}: `}${e.message}`).join('; '),
  };
}

function utvalgProblems(
  utvalg: Utvalg | undefined,
  path: string,
  begreper: Readonly<Record<string, unknown>>,
): ValidationIssue[] {
  return (utvalg?.begreper ?? []).flatMap((navn, i) =>
    Object.hasOwn(begreper, navn)
      ? []
      : [{ path: `${path}.begreper[${i}]`, message: `names no concept of the document: ${navn}` }],
  );
}

function innholdProblems(
  innhold: Innhold,
  path: string,
  begreper: Readonly<Record<string, unknown>>,
): ValidationIssue[] {
  return [
    ...utvalgProblems(innhold.grunnlag, `${path}.grunnlag`, begreper),
    ...utvalgProblems(innhold.unntatt, `${path}.unntatt`, begreper),
  ];
}

/** What a schema cannot say: references resolve, year ranges are ranges, `foelger` has no cycle. */
function referenceProblems(dokument: RettighetspakkeInnholdDokument): ValidationIssue[] {
  const problems: ValidationIssue[] = [];
  for (const [navn, begrep] of Object.entries(dokument.begreper)) {
    begrep.tekniskNavn.forEach((entry, i) => {
      if (typeof entry === 'object' && (entry.fraOgMedAar ?? 0) > (entry.tilOgMedAar ?? 9999))
        problems.push({
          path: `begreper.${navn}.tekniskNavn[${i}]`,
          message: 'fraOgMedAar is after tilOgMedAar',
        });
    });
  }
  const follows = new Map(dokument.foelger.map((f) => [f.tekniskNavn, f.foelgerTekniskNavn]));
  const reaches = (from: string, target: string, seen: Set<string>): boolean => {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (follows.get(from) ?? []).some((next) => reaches(next, target, seen));
  };
  dokument.foelger.forEach((f, i) => {
    if (f.foelgerTekniskNavn.some((name) => reaches(name, f.tekniskNavn, new Set())))
      problems.push({ path: `foelger[${i}]`, message: `${f.tekniskNavn} follows itself` });
  });
  problems.push(...innholdProblems(dokument.standard, 'standard', dokument.begreper));
  for (const [pakke, innhold] of Object.entries(dokument.rettighetspakker))
    problems.push(...innholdProblems(innhold, `rettighetspakker.${pakke}`, dokument.begreper));
  return problems;
}

/**
 * Checks a content document against its schema and its own references (a concept a rule names
 * exists; a year range runs forward; no item follows itself). Errors carry JSON paths.
 */
export function validateRettighetspakkeInnhold(
  value: unknown,
): ValidationResult<RettighetspakkeInnholdDokument> {
  const result = validator().validate<RettighetspakkeInnholdDokument>(
    'RettighetspakkeInnholdDokument',
    value,
  );
  if (!result.ok) return result;
  const problems = referenceProblems(result.value);
  return problems.length === 0 ? result : failed(problems);
}

/** Checks one package's content against the schema and the concepts of `dokument`. */
export function validateInnhold(
  value: unknown,
  dokument: RettighetspakkeInnholdDokument = standardRettighetspakkeInnhold,
): ValidationResult<Innhold> {
  const result = validator().validate<Innhold>('Innhold', value);
  if (!result.ok) return result;
  const problems = innholdProblems(result.value, '', dokument.begreper).map((p) => ({
    ...p,
    path: p.path.replace(/^\./, ''),
  }));
  return problems.length === 0 ? result : failed(problems);
}
