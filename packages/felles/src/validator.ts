// Runtime validation of API bodies against the contract's JSON Schema document, with error
// paths a person can read (`grunnlag[0].beloep: must be integer`).
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface SchemaDocument {
  readonly $id: string;
  readonly $defs: Readonly<Record<string, unknown>>;
}

export interface ValidationIssue {
  /** Where in the value, e.g. `grunnlag[0].kategori`; `` for the value itself. */
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[]; readonly message: string };

export interface Validator<Defs extends string = string> {
  /** Validates `value` against the schema named `def` in the document's `$defs`. */
  validate<T>(def: Defs, value: unknown): ValidationResult<T>;
  /** Like `validate`, but throws a `ContractValidationError` when the value does not conform. */
  assert<T>(def: Defs, value: unknown): T;
  /** The names this validator knows. */
  readonly definitions: readonly Defs[];
}

export class ContractValidationError extends Error {
  override readonly name = 'ContractValidationError';
  constructor(
    readonly schema: string,
    readonly errors: readonly ValidationIssue[],
  ) {
    super(`${schema} does not conform to the contract: ${formatIssues(errors)}`);
  }
}

/** Converts a JSON Pointer (`/grunnlag/0/beloep`) into `grunnlag[0].beloep`. */
export function pointerToPath(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function join(path: string, property: string): string {
  return path === '' ? property : `${path}.${property}`;
}

function describe(error: ErrorObject): ValidationIssue {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: join(path, String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return {
        path: join(path, String(params.additionalProperty)),
        message: 'is not allowed here',
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const shown =
        allowed.length > 8
          ? `${allowed.slice(0, 8).join(', ')}, … (${allowed.length} values)`
          : allowed.join(', ');
      return { path, message: `must be one of ${shown}` };
    }
    case 'const':
      return { path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}

function formatIssues(errors: readonly ValidationIssue[]): string {
  return errors.map((e) => `${e.path === '' ? '(root)' : e.path}: ${e.message}`).join('; ');
}

/**
 * Orders issues so the most specific come first: a failed `oneOf` reports every branch, and the
 * deepest path is nearly always the one that explains the failure.
 */
function rank(errors: readonly ErrorObject[], value: unknown): ValidationIssue[] {
  // A oneOf that matched several branches failed for that reason alone; the errors of its other
  // branches are noise that would point at a property nobody needs to add.
  const ambiguous = errors.filter(
    (e) =>
      e.keyword === 'oneOf' &&
      Array.isArray((e.params as { passingSchemas?: unknown }).passingSchemas),
  );
  const insideAmbiguous = (e: ErrorObject) =>
    ambiguous.some(
      (a) =>
        e !== a &&
        e.schemaPath.startsWith(`${a.schemaPath}/`) &&
        e.instancePath.startsWith(a.instancePath),
    );
  const ambiguity = ambiguous.map((a) => ({
    path: pointerToPath(a.instancePath),
    message: `must match exactly one of the alternatives, but matches ${(a.params as { passingSchemas: unknown[] }).passingSchemas.length}`,
  }));
  const issues = errors
    .filter(
      (e) =>
        e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if' && !insideAmbiguous(e),
    )
    .map((e) => {
      const issue = describe(e);
      if (
        e.keyword === 'enum' ||
        e.keyword === 'type' ||
        e.keyword === 'const' ||
        e.keyword === 'pattern'
      ) {
        const actual = valueAt(value, e.instancePath);
        return { ...issue, message: `${issue.message} (got ${preview(actual)})` };
      }
      return issue;
    });
  const unique = new Map<string, ValidationIssue>();
  for (const issue of [...ambiguity, ...issues])
    unique.set(`${issue.path}\u0000${issue.message}`, issue);
  const list = [...unique.values()];
  if (list.length === 0) return errors.map(describe);
  return list.sort((a, b) => depth(b.path) - depth(a.path));
}

function depth(path: string): number {
  return (path.match(/[.[]/g) ?? []).length + (path === '' ? 0 : 1);
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Builds a validator over a contract's JSON Schema document (the `schema` export of a generated
 * package). Functions compile on first use and are cached.
 */
export function createValidator<const D extends SchemaDocument>(
  document: D,
): Validator<Extract<keyof D['$defs'], string>> {
  type Defs = Extract<keyof D['$defs'], string>;
  // OpenAPI's own annotation keywords (xml, discriminator, example, x-…) are not JSON Schema
  // vocabulary; strict mode would refuse them, so unknown keywords are ignored.
  // `discriminator` makes a failed oneOf over tagged objects report the one branch the tag names.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    validateFormats: true,
    discriminator: true,
  });
  addFormats(ajv);
  ajv.addSchema(document as unknown as object);
  const cache = new Map<string, ValidateFunction>();
  const compiled = (def: string): ValidateFunction => {
    let fn = cache.get(def);
    if (fn === undefined) {
      if (!Object.hasOwn(document.$defs, def)) {
        throw new Error(`${document.$id} has no schema named "${def}"`);
      }
      fn = ajv.getSchema(`${document.$id}#/$defs/${def}`);
      if (fn === undefined) throw new Error(`cannot compile ${def} of ${document.$id}`);
      cache.set(def, fn);
    }
    return fn;
  };
  const validate = <T>(def: Defs, value: unknown): ValidationResult<T> => {
    const fn = compiled(def);
    if (fn(value)) return { ok: true, value: value as T };
    const errors = rank(fn.errors ?? [], value);
    return { ok: false, errors, message: `${def}: ${formatIssues(errors)}` };
  };
  return {
    validate,
    assert<T>(def: Defs, value: unknown): T {
      const result = validate<T>(def, value);
      if (!result.ok) throw new ContractValidationError(def, result.errors);
      return result.value;
    },
    definitions: Object.keys(document.$defs) as Defs[],
  };
}
