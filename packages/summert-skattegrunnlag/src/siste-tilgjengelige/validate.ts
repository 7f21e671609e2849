// Runtime validation of Siste tilgjengelige skatteoppgjør bodies against the contract.
import { createValidator, type ValidationResult } from '@skattedeling/felles';
import { schema } from '../generated/siste-tilgjengelige/schema.js';
import type {
  SisteTilgjengeligeSkatteoppgjoer,
  TdFeil,
} from '../generated/siste-tilgjengelige/types.gen.js';
import { lazy } from '../lazy.js';

const validator = lazy(() => createValidator(schema));

/** Checks a body: all three fields, `sisteTilgjengeligePeriode` four digits. */
export function validateSisteTilgjengeligeSkatteoppgjoer(
  body: unknown,
): ValidationResult<SisteTilgjengeligeSkatteoppgjoer> {
  return validator().validate<SisteTilgjengeligeSkatteoppgjoer>(
    'SisteTilgjengeligeSkatteoppgjoer',
    body,
  );
}

/** Checks an error body of this API (`kode` one of TD-001…TD-006, DAS-001…DAS-008). */
export function validateTdFeil(body: unknown): ValidationResult<TdFeil> {
  return validator().validate<TdFeil>('TdFeil', body);
}

/** The contract's schemas as one JSON Schema 2020-12 document (`$defs`). */
export { schema as sisteTilgjengeligeSkatteoppgjoerSchema };
