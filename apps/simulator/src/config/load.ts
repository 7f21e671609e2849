// Parses the configuration once at start: flags > environment > config file > defaults. A bad
// value stops start-up with one line naming the key, the value, where it came from and what is
// allowed.
import { readFileSync } from 'node:fs';
import { describeAllowed, type OptionSpec, options, type SimulatorConfig } from './options.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Source = 'flag' | 'environment' | 'config file' | 'default';
interface Raw {
  readonly value: unknown;
  readonly source: Source;
  readonly where: string;
}

const byFlag = new Map(options.map((o) => [o.flag, o]));
const byKey = new Map<string, OptionSpec>(options.map((o) => [o.key, o]));

export interface ParsedArgs {
  readonly values: Map<string, unknown[]>;
  readonly configFile: string | undefined;
  readonly positionals: string[];
  readonly help: boolean;
}

/** Splits argv into known option values (repeatable), `--config`, `--help` and positionals. */
export function parseArgs(argv: readonly string[], extraFlags: readonly string[] = []): ParsedArgs {
  const values = new Map<string, unknown[]>();
  const positionals: string[] = [];
  let configFile: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const next = (): string => {
      if (inline !== undefined) return inline;
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new ConfigError(`Invalid configuration: ${name} needs a value`);
      }
      i++;
      return value;
    };
    if (name === '--config') {
      configFile = next();
      continue;
    }
    if (extraFlags.includes(name)) {
      const list = values.get(name) ?? [];
      list.push(next());
      values.set(name, list);
      continue;
    }
    const negated = name.startsWith('--no-') ? byFlag.get(`--${name.slice(5)}`) : undefined;
    if (negated?.kind.type === 'boolean' && inline === undefined) {
      values.set(negated.key, [false]);
      continue;
    }
    const spec = byFlag.get(name);
    if (spec === undefined) {
      throw new ConfigError(`Unknown option ${name}; run with --help to list the options`);
    }
    if (spec.kind.type === 'boolean' && inline === undefined) {
      const peek = argv[i + 1];
      if (peek === 'true' || peek === 'false') {
        i++;
        values.set(spec.key, [peek]);
      } else values.set(spec.key, [true]);
      continue;
    }
    const list = spec.kind.type === 'lifetimes' ? (values.get(spec.key) ?? []) : [];
    list.push(next());
    values.set(spec.key, list);
  }
  return { values, configFile, positionals, help };
}

function fail(spec: OptionSpec, raw: Raw): never {
  const shown =
    spec.secret === true
      ? `(${typeof raw.value === 'string' ? `${raw.value.length} characters, ` : ''}not shown)`
      : typeof raw.value === 'string'
        ? JSON.stringify(raw.value)
        : (JSON.stringify(raw.value) ?? String(raw.value));
  throw new ConfigError(
    `Invalid configuration: ${spec.key} = ${shown} (from ${raw.where}): must be ${describeAllowed(spec.kind)}`,
  );
}

function coerce(spec: OptionSpec, raw: Raw): unknown {
  const { kind } = spec;
  const v = raw.value;
  switch (kind.type) {
    case 'string': {
      if (typeof v !== 'string' || (kind.pattern !== undefined && !kind.pattern.test(v)))
        fail(spec, raw);
      return v;
    }
    case 'integer': {
      const n =
        typeof v === 'number'
          ? v
          : typeof v === 'string' && /^-?\d+$/.test(v.trim())
            ? Number(v)
            : Number.NaN;
      if (!Number.isSafeInteger(n) || n < kind.min || n > kind.max) fail(spec, raw);
      return n;
    }
    case 'boolean': {
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === '1' || v === 'yes') return true;
      if (v === 'false' || v === '0' || v === 'no') return false;
      return fail(spec, raw);
    }
    case 'enum': {
      if (typeof v !== 'string' || !kind.values.includes(v)) fail(spec, raw);
      return v;
    }
    case 'url': {
      if (typeof v !== 'string' || !URL.canParse(v)) fail(spec, raw);
      const url = new URL(v);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(spec, raw);
      return v;
    }
    case 'date': {
      if (
        typeof v !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(v) ||
        Number.isNaN(Date.parse(`${v}T00:00:00Z`))
      )
        fail(spec, raw);
      if (new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) fail(spec, raw);
      return v;
    }
    case 'lifetimes': {
      const result: Record<string, number> = {};
      const add = (scope: string, seconds: unknown) => {
        const n =
          typeof seconds === 'number'
            ? seconds
            : typeof seconds === 'string' && /^\d+$/.test(seconds)
              ? Number(seconds)
              : Number.NaN;
        if (!/^[\w.:/-]+$/.test(scope) || !Number.isSafeInteger(n) || n < 1 || n > 86400)
          fail(spec, raw);
        result[scope] = n;
      };
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        if (typeof item === 'string') {
          for (const pair of item.split(',').filter((p) => p.trim() !== '')) {
            const at = pair.lastIndexOf('=');
            if (at <= 0) fail(spec, raw);
            add(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
          }
        } else if (item !== null && typeof item === 'object') {
          for (const [scope, seconds] of Object.entries(item)) add(scope, seconds);
        } else fail(spec, raw);
      }
      return result;
    }
  }
}

async function readConfigFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let parsed: unknown;
  try {
    // YAML is a superset of JSON, so one parser reads both; loaded only when a file is given.
    const { parse } = await import('yaml');
    parsed = parse(text);
  } catch (error) {
    throw new ConfigError(
      `Cannot parse config file ${path}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(
      `Invalid config file ${path}: must be a mapping of option keys to values`,
    );
  }
  for (const key of Object.keys(parsed)) {
    if (!byKey.has(key)) {
      throw new ConfigError(
        `Invalid config file ${path}: unknown key "${key}"; allowed: ${options.map((o) => o.key).join(', ')}`,
      );
    }
  }
  return parsed as Record<string, unknown>;
}

/** Builds the configuration from flags, environment, an optional file and the defaults. */
export async function loadConfig(
  args: ParsedArgs,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<SimulatorConfig> {
  const configPath = args.configFile ?? environment.SKATTEDELING_SIM_CONFIG;
  const file = configPath === undefined ? {} : await readConfigFile(configPath);
  const result: Record<string, unknown> = {};
  for (const spec of options) {
    const flagged = args.values.get(spec.key);
    let raw: Raw | undefined;
    if (flagged !== undefined) {
      raw = {
        value: spec.kind.type === 'lifetimes' ? flagged : flagged[flagged.length - 1],
        source: 'flag',
        where: spec.flag,
      };
    } else if (environment[spec.env] !== undefined && environment[spec.env] !== '') {
      raw = { value: environment[spec.env], source: 'environment', where: spec.env };
    } else if (Object.hasOwn(file, spec.key)) {
      raw = { value: file[spec.key], source: 'config file', where: `config file ${configPath}` };
    }
    result[spec.key] = raw === undefined ? spec.default : coerce(spec, raw);
  }
  return finish(result);
}

/** Fills derived values (publicUrl) and returns the typed configuration. */
export function finish(values: Record<string, unknown>): SimulatorConfig {
  const publicUrl = (values.publicUrl as string | undefined)?.replace(/\/+$/, '');
  return { ...(values as unknown as SimulatorConfig), publicUrl };
}

/** The configuration with every default, for tests and embedding. */
export function defaultConfig(overrides: Partial<SimulatorConfig> = {}): SimulatorConfig {
  const values: Record<string, unknown> = {};
  for (const spec of options) values[spec.key] = spec.default;
  return finish({ ...values, ...overrides });
}
