// Runtime validation of V2 bodies against the contract (JSON Schema generated from openapi.yaml).
// Unknown fields pass, as the API adds fields without a new version; unknown enum values
// (kategori, stadie, error kode) fail.
import { createValidator, type ValidationResult } from '@skattedeling/felles';
import { schema } from './generated/v2/schema.js';
import type { Feil, SsgFeil, SummertSkattegrunnlag } from './generated/v2/types.gen.js';
import { lazy } from './lazy.js';

const validator = lazy(() => createValidator(schema));

/** Checks a V2 body; on failure `errors[].path` points at the value (`grunnlag[0].beloep`). */
export function validateSummertSkattegrunnlag(
  body: unknown,
): ValidationResult<SummertSkattegrunnlag> {
  return validator().validate<SummertSkattegrunnlag>('SummertSkattegrunnlag', body);
}

/** Checks an error body of this API (`kode` must be one of its SSG or DAS codes). */
export function validateSsgFeil(body: unknown): ValidationResult<SsgFeil> {
  return validator().validate<SsgFeil>('SsgFeil', body);
}

/** Checks any Skatteetaten error body (`kode` only has to look like `ABC-123`). */
export function validateFeil(body: unknown): ValidationResult<Feil> {
  return validator().validate<Feil>('Feil', body);
}

/** The V2 contract's schemas as one JSON Schema 2020-12 document (`$defs`). */
export { schema as summertSkattegrunnlagSchema };
