// Admin request bodies are checked against the contracts themselves (contracts/simulator and
// contracts/altinn, generated into src/generated): the contract says what a body may hold, the
// routes only add the rules a schema cannot say (a kid unique across clients, a fault's target).
import { createValidator, type Validator } from '@skattedeling/felles';
import { schema as adminSchema } from '../generated/admin/schema.js';
import { schema as altinnSchema } from '../generated/altinn/schema.js';
import { BadRequest } from './errors.js';

type AdminDef = Extract<keyof (typeof adminSchema)['$defs'], string>;
type AltinnDef = Extract<keyof (typeof altinnSchema)['$defs'], string>;

// Built on first use: start-up does not pay for a validator nobody calls.
let admin: Validator<AdminDef> | undefined;
let altinn: Validator<AltinnDef> | undefined;

function checked<T>(
  validator: Validator<string>,
  def: string,
  value: unknown,
  where: (path: string) => string = (path) => (path === '' ? 'body:' : `body.${path}:`),
): T {
  const result = validator.validate<T>(def, value);
  if (result.ok) return result.value;
  const issues = result.errors.slice(0, 5).map((e) => `${where(e.path)} ${e.message}`);
  const more = result.errors.length > 5 ? ` (and ${result.errors.length - 5} more)` : '';
  throw new BadRequest(`${issues.join('; ')}${more}`);
}

/** `value` as schema `def` of contracts/simulator/openapi.yaml, or a 400 naming every problem. */
export function adminBody<T>(def: AdminDef, value: unknown): T {
  admin ??= createValidator(adminSchema);
  return checked<T>(admin, def, value);
}

/**
 * Query parameters (already read and typed) as schema `def` of contracts/simulator/openapi.yaml,
 * or a 400 naming each parameter it refuses: "query year must be <= 2100".
 */
export function adminQuery<T>(def: AdminDef, value: Record<string, unknown>): T {
  admin ??= createValidator(adminSchema);
  return checked<T>(admin, def, value, (path) => (path === '' ? 'query' : `query ${path}`));
}

/** `value` as schema `def` of contracts/altinn/openapi.yaml, or a 400 naming every problem. */
export function altinnBody<T>(def: AltinnDef, value: unknown): T {
  altinn ??= createValidator(altinnSchema);
  return checked<T>(altinn, def, value);
}
