// The shape of a package's codegen.json, checked before anything is generated so a typo in it
// fails with the key that is wrong rather than deep inside a generator.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OpenApiInput {
  /** Output folder under src/generated/ and the name of schemas/<name>.schema.json. */
  name: string;
  /** Repository-relative path of the OpenAPI document. */
  input: string;
  /** Generate the fetch client and SDK (default true); false for component-only contracts. */
  client?: boolean;
  /**
   * The SDK as one class of this name, constructed with a client (`new Admin({ client })`),
   * instead of standalone functions: for a contract served at a base URL known only at run time.
   */
  sdkClass?: string;
}
export interface JsonSchemaInput {
  name: string;
  input: string;
}
export interface DataInput {
  /** Exported constant name and file name under src/generated/data/. */
  name: string;
  input: string;
  /** Element type to annotate the constant with, instead of `as const`. */
  type?: { name: string; from: string };
}
export interface CodegenConfig {
  openapi: OpenApiInput[];
  jsonSchemas: JsonSchemaInput[];
  data: DataInput[];
  /** Further contract files to ship in the package's contracts/ folder. */
  include: string[];
  /** Income years whose Summert skattegrunnlag information model is built from contracts/data. */
  informasjonsmodeller: number[];
}

const identifier = /^[A-Za-z_$][\w$]*$/;
const fileName = /^[a-z0-9][a-z0-9-]*$/i;

export async function readCodegenConfig(path: string, repoRoot: string): Promise<CodegenConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems: string[] = [];
  const object = (raw ?? {}) as Record<string, unknown>;
  const list = (key: string): Record<string, unknown>[] => {
    const value = object[key] ?? [];
    if (!Array.isArray(value)) {
      problems.push(`${key} must be an array`);
      return [];
    }
    return value as Record<string, unknown>[];
  };
  for (const key of Object.keys(object)) {
    if (
      !['openapi', 'jsonSchemas', 'data', 'include', 'informasjonsmodeller', '$comment'].includes(
        key,
      )
    ) {
      problems.push(
        `unknown key "${key}" (allowed: openapi, jsonSchemas, data, include, informasjonsmodeller)`,
      );
    }
  }
  const inputs: string[] = [];
  const entries = (key: string, namePattern: RegExp) =>
    list(key).map((entry, index) => {
      const where = `${key}[${index}]`;
      if (typeof entry.name !== 'string' || !namePattern.test(entry.name)) {
        problems.push(`${where}.name must match ${namePattern}`);
      }
      if (typeof entry.input !== 'string') problems.push(`${where}.input must be a path`);
      else inputs.push(entry.input);
      return entry;
    });
  const config = {
    openapi: entries('openapi', fileName),
    jsonSchemas: entries('jsonSchemas', fileName),
    data: entries('data', identifier),
    include: list('include') as unknown as string[],
    informasjonsmodeller: list('informasjonsmodeller') as unknown as number[],
  } as unknown as CodegenConfig;
  for (const [index, aar] of config.informasjonsmodeller.entries()) {
    if (!Number.isInteger(aar) || (aar as number) < 2000 || (aar as number) > 2100) {
      problems.push(`informasjonsmodeller[${index}] must be an income year, e.g. 2024`);
    }
  }
  for (const [index, entry] of config.openapi.entries()) {
    const sdkClass = entry.sdkClass as unknown;
    if (sdkClass !== undefined && (typeof sdkClass !== 'string' || !identifier.test(sdkClass))) {
      problems.push(`openapi[${index}].sdkClass must be an identifier`);
    }
  }
  for (const [index, entry] of config.data.entries()) {
    const type = entry.type as unknown;
    if (type !== undefined) {
      const t = type as Record<string, unknown>;
      if (typeof t.name !== 'string' || typeof t.from !== 'string') {
        problems.push(`data[${index}].type must be { name, from }`);
      }
    }
  }
  for (const [index, file] of config.include.entries()) {
    if (typeof file !== 'string') problems.push(`include[${index}] must be a path`);
    else inputs.push(file);
  }
  for (const input of inputs) {
    try {
      await access(join(repoRoot, input));
    } catch {
      problems.push(`${input} does not exist (paths are relative to the repository root)`);
    }
  }
  if (problems.length > 0) throw new Error(`${path}:\n  ${problems.join('\n  ')}`);
  return config;
}
