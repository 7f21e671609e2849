// The state file's format: a JSON object with `format` and `version` (so a foreign JSON file is
// refused instead of overwritten, and a later format is recognised), the organisations and
// clients, the global scope and one entry per test run (MemoryStore's StoreState). Reading checks
// enough that a hand-edited or foreign file stops start-up with one line naming the field, instead
// of failing later inside a request.
import { apiIds } from '../onboarding/apis.js';
import type { StoreState } from './memory.js';

/** The state file cannot be read, parsed or written; the message is one line naming the file. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

export const STATE_FORMAT = 'skattedeling-simulator-state';
export const STATE_VERSION = 1;

/** The file's text for a state: indented, so it reads and diffs well. */
export function serializeState(state: StoreState): string {
  return `${JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...state }, null, 2)}\n`;
}

type Kind = 'string' | 'boolean' | 'number' | 'object' | 'array' | 'strings' | readonly string[];
type Fields = Readonly<Record<string, Kind | { readonly optional: Kind }>>;

class Invalid extends Error {}

function matches(value: unknown, kind: Kind): boolean {
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value);
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (kind === 'object')
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'strings') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === kind;
}

const describeKind = (kind: Kind): string => {
  if (typeof kind !== 'string') return `one of ${kind.join(', ')}`;
  if (kind === 'strings') return 'an array of strings';
  return `${kind === 'array' || kind === 'object' ? 'an' : 'a'} ${kind}`;
};

function record(value: unknown, at: string, fields: Fields): Record<string, unknown> {
  if (!matches(value, 'object')) throw new Invalid(`${at} must be an object`);
  const o = value as Record<string, unknown>;
  for (const [key, spec] of Object.entries(fields)) {
    const optional = typeof spec === 'object' && 'optional' in spec;
    const kind = optional ? spec.optional : spec;
    if (optional && o[key] === undefined) continue;
    if (!matches(o[key], kind)) throw new Invalid(`${at}.${key} must be ${describeKind(kind)}`);
  }
  return o;
}

function list(value: unknown, at: string, each: (item: unknown, at: string) => void): void {
  if (!Array.isArray(value)) throw new Invalid(`${at} must be an array`);
  value.forEach((item, i) => {
    each(item, `${at}[${i}]`);
  });
}

const testRun = { optional: 'string' } as const;
const entities = {
  organisation: { orgnr: 'string', navn: 'string' },
  client: {
    clientId: 'string',
    orgnr: 'string',
    navn: 'string',
    scopes: 'strings',
    keys: 'array',
    createdAt: 'string',
  },
  key: { kid: 'string', jwk: 'object', registeredAt: 'string', expiresAt: 'string' },
  onboarding: {
    orgnr: 'string',
    navn: 'string',
    tilslutningserklaeringSignert: 'boolean',
    paakoblinger: 'object',
    testRun,
  },
  paakobling: { rettighetspakker: 'strings', innvilget: 'string' },
  delegation: {
    id: 'string',
    offeredBy: 'string',
    coveredBy: 'string',
    scope: 'string',
    rettighet: 'string',
    status: ['active', 'revoked'],
    created: 'string',
    revoked: { optional: 'string' },
    testRun,
  },
  fixture: {
    personidentifikator: 'string',
    consumerOrg: { optional: 'string' },
    document: 'object',
    created: 'string',
    testRun,
  },
  fault: {
    id: 'string',
    api: { optional: ['maskinporten', ...apiIds] },
    pathPrefix: { optional: 'string' },
    personidentifikator: { optional: 'string' },
    consumerOrg: { optional: 'string' },
    latencyMs: { optional: 'number' },
    status: { optional: 'number' },
    kode: { optional: 'string' },
    error: { optional: 'string' },
    remaining: { optional: 'number' },
    created: 'string',
    testRun,
  },
} as const satisfies Record<string, Fields>;

function checkScope(value: unknown, at: string): void {
  const scope = record(value, at, {
    onboarding: 'array',
    delegations: 'array',
    fixtures: 'array',
    faults: 'array',
  });
  list(scope.onboarding, `${at}.onboarding`, (item, where) => {
    const o = record(item, where, entities.onboarding);
    for (const [api, p] of Object.entries(o.paakoblinger as object))
      record(p, `${where}.paakoblinger.${api}`, entities.paakobling);
  });
  list(scope.delegations, `${at}.delegations`, (item, where) => {
    record(item, where, entities.delegation);
  });
  list(scope.fixtures, `${at}.fixtures`, (item, where) => {
    record(item, where, entities.fixture);
  });
  list(scope.faults, `${at}.faults`, (item, where) => {
    record(item, where, entities.fault);
  });
}

/** Parses and checks a state file's text; every failure is a one-line StateFileError. */
export function parseState(path: string, text: string): StoreState {
  const invalid = (what: string) => new StateFileError(`Invalid state file ${path}: ${what}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text around the error, which may span lines.
    const detail = (error as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    throw invalid(`not JSON (${detail})`);
  }
  const top = matches(parsed, 'object') ? (parsed as Record<string, unknown>) : {};
  if (top.format !== STATE_FORMAT)
    throw invalid(
      `not a simulator state file (no "format": "${STATE_FORMAT}"); give --state-file a new path or remove the file`,
    );
  if (top.version !== STATE_VERSION)
    throw invalid(
      `format version ${JSON.stringify(top.version) ?? '(none)'}; this simulator reads version ${STATE_VERSION}`,
    );
  try {
    list(top.organisations, 'organisations', (item, at) => {
      record(item, at, entities.organisation);
    });
    list(top.clients, 'clients', (item, at) => {
      const client = record(item, at, entities.client);
      list(client.keys, `${at}.keys`, (key, where) => {
        record(key, where, entities.key);
      });
    });
    checkScope(top.global, 'global');
    list(top.runs, 'runs', (item, at) => {
      record(item, at, { id: 'string' });
      checkScope(item, at);
    });
  } catch (error) {
    if (error instanceof Invalid) throw invalid(error.message);
    throw error;
  }
  return top as unknown as StoreState;
}
