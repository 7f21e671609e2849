// The 2021 information model: types from informasjonsmodell-2021.schema.json, the 341 technical
// names with kategori and visningstekst, the 30 specification types, and a validator that
// rejects names and types that are not on the 2021 lists.
import { createValidator, type SchemaDocument, type ValidationResult } from '@skattedeling/felles';
import { spesifiseringstyper2021 } from './generated/data/spesifiseringstyper2021.js';
import { tekniskNavn2021 } from './generated/data/tekniskNavn2021.js';
import type {
  Informasjonsmodellrad2021,
  Spesifiseringstype2021,
  SummertSkattegrunnlag2021,
  TekniskNavn2021,
} from './generated/informasjonsmodell-2021.js';
import { schema as informasjonsmodellSchema } from './generated/informasjonsmodell-2021.schema.js';
import { lazy } from './lazy.js';

export type * from './generated/informasjonsmodell-2021.js';
export { spesifiseringstyper2021, tekniskNavn2021 };

const byName = lazy(
  () =>
    new Map<string, Informasjonsmodellrad2021>(
      tekniskNavn2021.map((row) => [row.tekniskNavn, row]),
    ),
);
const typeNames = lazy(() => new Set<string>(spesifiseringstyper2021.map((t) => t.type)));

/** True for one of the 341 technical names of 2021 (exact spelling, case-sensitive). */
export function isTekniskNavn2021(value: unknown): value is TekniskNavn2021 {
  return typeof value === 'string' && byName().has(value);
}

/** The 2021 row (kategori, visningstekst) of a technical name, or undefined for a name not in 2021. */
export function finnTekniskNavn2021(tekniskNavn: string): Informasjonsmodellrad2021 | undefined {
  return byName().get(tekniskNavn);
}

/** True for one of the 30 specification types of 2021. */
export function isSpesifiseringstype2021(value: unknown): value is Spesifiseringstype2021 {
  return typeof value === 'string' && typeNames().has(value);
}

/** The specification types that can be attached to a technical name in 2021 (empty for most names). */
export function spesifiseringstyperFor2021(tekniskNavn: string): readonly Spesifiseringstype2021[] {
  return spesifiseringstyper2021
    .filter((t) => (t.kanKnyttesTil2021 as readonly string[]).includes(tekniskNavn))
    .map((t) => t.type);
}

/**
 * The 2021 model as a JSON Schema 2020-12 document (also shipped as
 * `@skattedeling/summert-skattegrunnlag/schemas/informasjonsmodell-2021.schema.json`).
 */
export const informasjonsmodell2021Schema = (): SchemaDocument => informasjonsmodellSchema;

const validator = lazy(() => createValidator(informasjonsmodell2021Schema()));

/**
 * Checks a V2 body for income year 2021 against the 2021 model: like
 * `validateSummertSkattegrunnlag`, and in addition every `tekniskNavn` must be a 2021 name,
 * every `spesifisering` one of the 30 types of 2021 with its known fields correctly typed, and
 * `inntektsaar` must be `"2021"`. Unknown fields still pass.
 */
export function validateSummertSkattegrunnlag2021(
  body: unknown,
): ValidationResult<SummertSkattegrunnlag2021> {
  return validator().validate<SummertSkattegrunnlag2021>('SummertSkattegrunnlag2021', body);
}
