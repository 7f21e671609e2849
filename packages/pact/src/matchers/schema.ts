// Pact matchers derived from a contract's JSON Schema. The example is first validated against the
// schema, then walked together with it: each value becomes the matcher its schema implies
// (pattern → regex, enum → regex of the values, integer → integer, array → eachLike, …). A field
// the contract does not have is refused, so a consumer test cannot expect a shape the real API
// lacks.
import { MatchersV3 } from '@pact-foundation/pact';
import { createValidator, type SchemaDocument, type Validator } from '@skattedeling/felles';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Readonly<Record<string, unknown>>;

export class ContractShapeError extends Error {
  override readonly name = 'ContractShapeError';
  constructor(
    /** The schema the example was checked against (`SummertSkattegrunnlag`). */
    readonly definition: string,
    /** Where in the example (`grunnlag[0].beloep`); `` for the value itself. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${definition}${path === '' ? '' : ` at ${path}`}: ${problem}`);
  }
}

export interface SchemaMatcherOptions {
  /**
   * Paths (`kode`, `grunnlag[*].kategori`) whose example value must come back exactly (Pact
   * `equality`) instead of by shape. Use it for values the consumer branches on.
   */
  readonly exact?: readonly string[];
}

const validators = new WeakMap<SchemaDocument, Validator>();

function validatorFor(document: SchemaDocument): Validator {
  let validator = validators.get(document);
  if (validator === undefined) {
    validator = createValidator(document);
    validators.set(document, validator);
  }
  return validator;
}

function isMatcher(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'pact:matcher:type' in value;
}

/**
 * The example a consumer test sees, with every matcher replaced by its value; `arrayContaining`
 * (which has variants, not a value, and which Pact's own `reify` leaves as it is) by its variants.
 */
function exampleOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(exampleOf);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record['pact:matcher:type'] === 'arrayContains' && Array.isArray(record.variants))
    return record.variants.map(exampleOf);
  if (isMatcher(value))
    return 'value' in record ? exampleOf(record.value) : MatchersV3.reify(value as Json);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, exampleOf(v)]));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** `grunnlag[3].beloep` → `grunnlag[*].beloep`, to compare with `exact` paths. */
function generic(path: string): string {
  return path.replace(/\[\d+\]/g, '[*]');
}

class Walker {
  readonly #document: SchemaDocument;
  readonly #definition: string;
  readonly #exact: ReadonlySet<string>;

  constructor(document: SchemaDocument, definition: string, options: SchemaMatcherOptions) {
    this.#document = document;
    this.#definition = definition;
    this.#exact = new Set(options.exact ?? []);
  }

  fail(path: string, problem: string): never {
    throw new ContractShapeError(this.#definition, path, problem);
  }

  resolve(schema: Schema, path: string): Schema {
    let current = schema;
    for (let depth = 0; typeof current.$ref === 'string'; depth++) {
      if (depth > 32) this.fail(path, `$ref cycle at ${current.$ref}`);
      const match = /^#\/\$defs\/(.+)$/.exec(current.$ref);
      const target = match?.[1] === undefined ? undefined : this.#document.$defs[match[1]];
      if (target === undefined) this.fail(path, `cannot resolve $ref ${current.$ref}`);
      // Sibling keywords of a $ref (descriptions, a narrower enum) apply together with it.
      const { $ref: _ignored, ...siblings } = current;
      current = { ...(target as Schema), ...siblings };
    }
    return current;
  }

  /** The schema with allOf/oneOf/anyOf parts folded in: properties of every branch are known. */
  flatten(schema: Schema, path: string): Schema {
    const resolved = this.resolve(schema, path);
    const { allOf, oneOf, anyOf, ...base } = resolved;
    const parts = [allOf, oneOf, anyOf].flatMap((p) => (Array.isArray(p) ? (p as Schema[]) : []));
    if (parts.length === 0) return resolved;
    const properties: Record<string, unknown> = { ...((base.properties as Schema) ?? {}) };
    let merged: Schema = base;
    for (const part of parts) {
      const flat = this.flatten(part, path);
      for (const [key, value] of Object.entries((flat.properties as Schema) ?? {})) {
        // Both apply (Feil's kode pattern and SsgFeil's kode enum): keep both.
        properties[key] = key in properties ? { allOf: [properties[key], value] } : value;
      }
      merged = { ...flat, ...merged };
    }
    return { ...merged, properties };
  }

  walk(schemaIn: Schema, value: unknown, path: string): unknown {
    if (isMatcher(value)) return value;
    const schema = this.flatten(schemaIn, path);
    if (this.#exact.has(generic(path))) return MatchersV3.equal(value);
    if (value === null) return MatchersV3.nullValue();
    if (Array.isArray(value)) return this.array(schema, value, path);
    switch (typeof value) {
      case 'object':
        return this.object(schema, value as Record<string, unknown>, path);
      case 'string':
        return this.string(schema, value);
      case 'number':
        return this.number(schema, value);
      case 'boolean':
        return MatchersV3.boolean(value);
      default:
        return this.fail(path, `${typeof value} is not a JSON value`);
    }
  }

  object(schema: Schema, value: Record<string, unknown>, path: string): Record<string, unknown> {
    const properties = (schema.properties as Schema | undefined) ?? {};
    const open = schema.additionalProperties === true;
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key] as Schema | undefined;
      if (childSchema === undefined) {
        if (!open) {
          const known = Object.keys(properties);
          this.fail(
            join(path, key),
            `the contract has no such field${known.length > 0 ? ` (fields here: ${known.join(', ')})` : ''}`,
          );
        }
        // An open object (Spesifisering): an undocumented field can only be matched by type.
        result[key] = isMatcher(child) ? child : MatchersV3.like(child);
        continue;
      }
      result[key] = this.walk(childSchema, child, join(path, key));
    }
    return result;
  }

  /**
   * An array matches each actual element against one template. The template keeps the fields
   * every example element has: put a field in each element only when the consumer relies on it,
   * since the provider's elements may differ (one income line carries loennsinntekt, the next
   * ytelseFraOffentlige).
   */
  array(schema: Schema, value: unknown[], path: string): unknown {
    const items = (schema.items as Schema | undefined) ?? {};
    if (value.length === 0) return MatchersV3.like([]);
    const walked = value.map((element, index) => this.walk(items, element, join(path, index)));
    const first = walked[0];
    const allObjects = walked.every(
      (w) => w !== null && typeof w === 'object' && !Array.isArray(w) && !isMatcher(w),
    );
    if (!allObjects || walked.length === 1) return MatchersV3.eachLike(first);
    const shared = Object.keys(first as object).filter((key) =>
      walked.every((w) => key in (w as object)),
    );
    const template = Object.fromEntries(
      shared.map((key) => [key, (first as Record<string, unknown>)[key]]),
    );
    return MatchersV3.eachLike(template);
  }

  string(schema: Schema, value: string): unknown {
    if ('const' in schema) return MatchersV3.equal(value);
    if (Array.isArray(schema.enum)) {
      const alternatives = (schema.enum as unknown[]).map((v) => escapeRegex(String(v)));
      return MatchersV3.regex(`^(${alternatives.join('|')})$`, value);
    }
    if (typeof schema.pattern === 'string') return MatchersV3.regex(schema.pattern, value);
    switch (schema.format) {
      case 'uuid':
        return MatchersV3.uuid(value);
      case 'date':
        return MatchersV3.regex('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', value);
      default:
        if (schema.contentMediaType === 'application/jwt') {
          return MatchersV3.regex('^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$', value);
        }
        return MatchersV3.like(value);
    }
  }

  number(schema: Schema, value: number): unknown {
    if ('const' in schema) return MatchersV3.equal(value);
    if (schema.type === 'integer') return MatchersV3.integer(value);
    return MatchersV3.number(value);
  }
}

/**
 * A Pact matcher for `example` from the schema `definition` of a contract's JSON Schema document.
 * Throws a `ContractShapeError` naming the path when the example does not conform or has a
 * field the contract does not have. Matchers already in the example are kept as they are.
 */
export function matcherFromSchema<T = unknown>(
  document: SchemaDocument,
  definition: string,
  example: T,
  options: SchemaMatcherOptions = {},
): unknown {
  const schema = document.$defs[definition];
  if (schema === undefined) {
    throw new ContractShapeError(
      definition,
      '',
      `no such schema; known: ${Object.keys(document.$defs).join(', ')}`,
    );
  }
  const plain = exampleOf(example);
  const checked = validatorFor(document).validate(definition, plain);
  if (!checked.ok) {
    const first = checked.errors[0];
    throw new ContractShapeError(
      definition,
      first?.path ?? '',
      `the example does not conform to the contract: ${checked.message}`,
    );
  }
  return new Walker(document, definition, options).walk(schema as Schema, example, '');
}
