// One income year's information model as an object: the table's rows, the specification types,
// lookups and a validator. Each year's module (src/generated/aar/<year>.ts, generated from
// contracts/data) calls `lagInformasjonsmodell` with that year's data and types, so every year
// behaves the same and only the data differs.
import { createValidator, type SchemaDocument, type ValidationResult } from '@skattedeling/felles';
import { lazy } from './lazy.js';

/** One row of a year's table. `kategori` is null where the table shows `-` or nothing. */
export interface InformasjonsmodellRad<N extends string = string> {
  readonly tekniskNavn: N;
  readonly kategori: string | null;
  readonly visningstekst: string;
}

/** A specification type and the names it can be attached to (2021's data calls the list `kanKnyttesTil2021`). */
export interface SpesifiseringstypeInput<T extends string, N extends string> {
  readonly type: T;
  readonly kanKnyttesTil?: readonly N[];
  readonly kanKnyttesTil2021?: readonly N[];
}

export interface Informasjonsmodell<
  Y extends number = number,
  N extends string = string,
  T extends string = string,
  R extends InformasjonsmodellRad<N> = InformasjonsmodellRad<N>,
  B = unknown,
> {
  readonly inntektsaar: Y;
  /** Every technical name of the year, in the table's (sorted) order. */
  readonly tekniskNavn: readonly N[];
  /** The table's rows: tekniskNavn, kategori (null for `-` or blank), visningstekst. */
  readonly rader: readonly R[];
  /** The year's specification types with the names each can be attached to (empty for 2017). */
  readonly spesifiseringstyper: readonly {
    readonly type: T;
    readonly kanKnyttesTil: readonly N[];
  }[];
  isTekniskNavn(value: unknown): value is N;
  finnTekniskNavn(tekniskNavn: string): R | undefined;
  /**
   * The `kategori` the API sends for a name of this year: the table's category, or `"-"` where the
   * table shows `-` or leaves the cell blank; undefined for a name not in the year.
   */
  kategoriIApi(tekniskNavn: string): string | undefined;
  isSpesifiseringstype(value: unknown): value is T;
  spesifiseringstyperFor(tekniskNavn: string): readonly T[];
  /** The year's model as a JSON Schema 2020-12 document. */
  schema(): SchemaDocument;
  /**
   * Checks a V2 body against the year: every `tekniskNavn` one of the year's names, every
   * `spesifisering` one of its types with its known fields correctly typed, `kategori` one of
   * the year's categories or `"-"`, and `inntektsaar` the year. Unknown fields pass. Errors carry
   * JSON paths such as `grunnlag[3].tekniskNavn`.
   */
  validate(body: unknown): ValidationResult<B>;
}

export interface ModellData<Y extends number, N extends string, T extends string, R> {
  readonly inntektsaar: Y;
  readonly rader: readonly R[];
  readonly spesifiseringstyper: readonly SpesifiseringstypeInput<T, N>[];
  readonly schema: SchemaDocument;
}

export function lagInformasjonsmodell<
  Y extends number,
  N extends string,
  T extends string,
  R extends InformasjonsmodellRad<N>,
  B,
>(data: ModellData<Y, N, T, R>): Informasjonsmodell<Y, N, T, R, B> {
  const { inntektsaar, rader, schema } = data;
  const spesifiseringstyper = data.spesifiseringstyper.map((t) => ({
    type: t.type,
    kanKnyttesTil: t.kanKnyttesTil ?? t.kanKnyttesTil2021 ?? [],
  }));
  const byName = lazy(() => new Map<string, R>(rader.map((row) => [row.tekniskNavn, row])));
  const typeNames = lazy(() => new Set<string>(spesifiseringstyper.map((t) => t.type)));
  const typesByName = lazy(() => {
    const map = new Map<string, T[]>();
    for (const t of spesifiseringstyper)
      for (const name of t.kanKnyttesTil) map.set(name, [...(map.get(name) ?? []), t.type]);
    return map;
  });
  const validator = lazy(() => createValidator(schema));
  const def = `SummertSkattegrunnlag${inntektsaar}`;
  return {
    inntektsaar,
    tekniskNavn: rader.map((r) => r.tekniskNavn),
    rader,
    spesifiseringstyper,
    isTekniskNavn: (value): value is N => typeof value === 'string' && byName().has(value),
    finnTekniskNavn: (tekniskNavn) => byName().get(tekniskNavn),
    kategoriIApi: (tekniskNavn) => {
      const row = byName().get(tekniskNavn);
      return row === undefined ? undefined : (row.kategori ?? '-');
    },
    isSpesifiseringstype: (value): value is T =>
      typeof value === 'string' && typeNames().has(value),
    spesifiseringstyperFor: (tekniskNavn) => typesByName().get(tekniskNavn) ?? [],
    schema: () => schema,
    validate: (body) => validator().validate<B>(def, body),
  };
}
