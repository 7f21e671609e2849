// Runtime validation of Inntekt hendelser bodies against the contract: `gjelderPeriode` must be a
// month (`YYYY-MM`); unknown fields pass; an error `kode` outside FA and DAS fails.
import { createValidator, type ValidationResult } from '@skattedeling/felles';
import { schema } from '../generated/hendelser/schema.js';
import type { FaFeil, HendelseStart, InntektHendelser } from '../generated/hendelser/types.gen.js';

const validator = createValidator(schema);

/** Checks a page; on failure `errors[].path` points at the value (`hendelser[2].gjelderPeriode`). */
export function validateInntektHendelser(body: unknown): ValidationResult<InntektHendelser> {
  return validator.validate<InntektHendelser>('InntektHendelser', body);
}

/** Checks the answer of `…/hendelser/start`. */
export function validateHendelseStart(body: unknown): ValidationResult<HendelseStart> {
  return validator.validate<HendelseStart>('HendelseStart', body);
}

/** Checks an error body of the list (`kode` one of FA-001…FA-006, DAS-001…DAS-008). */
export function validateFaFeil(body: unknown): ValidationResult<FaFeil> {
  return validator.validate<FaFeil>('FaFeil', body);
}

/** The contract's schemas as one JSON Schema 2020-12 document (`$defs`). */
export { schema as inntektHendelserSchema };
