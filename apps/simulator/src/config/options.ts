// Every setting of the simulator in one table: key, flag, environment variable, type, default and
// help text. The parser, the validator and `--help` all read this table, so they cannot drift.

export type LogLevel = 'quiet' | 'info' | 'debug';
export type AccessTokenAudience = 'absent' | 'unspecified';

export interface SimulatorConfig {
  readonly host: string;
  readonly port: number;
  /**
   * The base URL vendors use (issuer and API URLs derive from it); never taken from `Host`.
   * Undefined means http://<host>:<bound port>, known once the server listens.
   */
  readonly publicUrl: string | undefined;
  /** When set, every admin call must carry `Authorization: Bearer <adminToken>`. */
  readonly adminToken: string | undefined;
  readonly seed: string;
  /** The simulator's idea of today (`YYYY-MM-DD`); undefined means the real date. */
  readonly today: string | undefined;
  readonly stateDir: string;
  /** JSON file that keeps the store between runs; undefined keeps it in memory only. */
  readonly stateFile: string | undefined;
  readonly demo: boolean;
  readonly fixtures: string | undefined;
  /** JSON file with the content per Summert skattegrunnlag rights package; undefined: the shipped defaults. */
  readonly rettighetspakkeInnhold: string | undefined;
  readonly grantMaxLifetimeSeconds: number;
  readonly clockSkewSeconds: number;
  readonly tokenLifetimeSeconds: number;
  readonly scopeTokenLifetimes: Readonly<Record<string, number>>;
  readonly requireJti: boolean;
  readonly jtiCacheSize: number;
  readonly journalSize: number;
  /** Byte budget of the journal (about its JSON size); the oldest entries leave first. */
  readonly journalMaxBytes: number;
  readonly dataCacheSize: number;
  /** Byte budget of the answer cache; the verified-token cache gets an eighth of it on top. */
  readonly cacheMaxBytes: number;
  readonly accessTokenAudience: AccessTokenAudience;
  readonly rejectAudienceRestrictedTokens: boolean;
  readonly delegationSource: string;
  readonly maxInntektMonths: number;
  /** Serve the shared-host paths Skatteetaten switched off on 17 October 2024 as they were. */
  readonly serveRetiredPaths: boolean;
  readonly logLevel: LogLevel;
}

type Kind =
  | { type: 'string'; pattern?: RegExp; allowed?: string }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'url' }
  | { type: 'date' }
  | { type: 'lifetimes' };

export interface OptionSpec {
  readonly key: keyof SimulatorConfig;
  readonly flag: string;
  readonly env: string;
  readonly kind: Kind;
  /** Undefined when the option has no default (it stays unset or is derived). */
  readonly default: unknown;
  readonly help: string;
  /** A secret: a bad value is never echoed in an error. */
  readonly secret?: boolean;
}

const env = (name: string) => `SKATTEDELING_SIM_${name}`;

export const options: readonly OptionSpec[] = [
  {
    key: 'host',
    flag: '--host',
    env: env('HOST'),
    kind: { type: 'string', pattern: /^[\w.:-]+$/, allowed: 'a host name or IP address' },
    default: '127.0.0.1',
    help: 'Interface to listen on. The default keeps the simulator private to this machine.',
  },
  {
    key: 'port',
    flag: '--port',
    env: env('PORT'),
    kind: { type: 'integer', min: 0, max: 65535 },
    default: 5280,
    help: 'TCP port; 0 picks a free one.',
  },
  {
    key: 'publicUrl',
    flag: '--public-url',
    env: env('PUBLIC_URL'),
    kind: { type: 'url' },
    default: undefined,
    help: 'Base URL clients use (issuer = <publicUrl>/maskinporten/). Default http://<host>:<port>. Never taken from the Host header.',
  },
  {
    key: 'adminToken',
    flag: '--admin-token',
    env: env('ADMIN_TOKEN'),
    kind: {
      type: 'string',
      pattern: /^[\x21-\x7e]{16,512}$/,
      allowed: '16–512 visible ASCII characters (no spaces)',
    },
    default: undefined,
    help: 'Require Authorization: Bearer <token> on every admin call (/_simulator). Prefer the environment variable: a flag is visible in the process list.',
    secret: true,
  },
  {
    key: 'seed',
    flag: '--seed',
    env: env('SEED'),
    kind: { type: 'string', pattern: /^.{1,200}$/, allowed: '1–200 characters' },
    default: 'skattedeling',
    help: 'Seed of the deterministic test data: same seed, same bytes.',
  },
  {
    key: 'today',
    flag: '--today',
    env: env('TODAY'),
    kind: { type: 'date' },
    default: undefined,
    help: "The simulator's date (YYYY-MM-DD) for data availability; default the real date.",
  },
  {
    key: 'stateDir',
    flag: '--state-dir',
    env: env('STATE_DIR'),
    kind: { type: 'string', pattern: /^.+$/, allowed: 'a folder path' },
    default: '.simulator',
    help: "Folder for the demo vendor's key, certificate and demo.json (relative to the working directory).",
  },
  {
    key: 'stateFile',
    flag: '--state-file',
    env: env('STATE_FILE'),
    kind: { type: 'string', pattern: /^.*[^/\\]$/, allowed: 'a file path (not a folder)' },
    default: undefined,
    help: 'JSON file that keeps clients, organisations, onboarding, delegations, fixtures and faults between runs (created when missing, rewritten atomically after changes; not the replay cache). Default: in memory only.',
  },
  {
    key: 'demo',
    flag: '--demo',
    env: env('DEMO'),
    kind: { type: 'boolean' },
    default: true,
    help: 'Create the demo set-up (vendor, clients, two municipalities, delegations). --no-demo starts empty.',
  },
  {
    key: 'fixtures',
    flag: '--fixtures',
    env: env('FIXTURES'),
    kind: { type: 'string', pattern: /^.+$/, allowed: 'a file or folder path' },
    default: undefined,
    help: "Fixture file or folder that pins persons' data exactly.",
  },
  {
    key: 'rettighetspakkeInnhold',
    flag: '--rettighetspakke-innhold',
    env: env('RETTIGHETSPAKKE_INNHOLD'),
    kind: { type: 'string', pattern: /^.*[^/\\]$/, allowed: 'a JSON file path' },
    default: undefined,
    help: 'JSON file with what each Summert skattegrunnlag rights package receives (items, spesifisering, andel… fields), in the schema of the default, contracts/data/summertskattegrunnlag-rettighetspakker.json. Checked completely at start.',
  },
  {
    key: 'grantMaxLifetimeSeconds',
    flag: '--grant-max-lifetime',
    env: env('GRANT_MAX_LIFETIME'),
    kind: { type: 'integer', min: 1, max: 3600 },
    default: 120,
    help: 'Largest accepted exp − iat of a grant, seconds (Digdir documents 120; 180 was observed).',
  },
  {
    key: 'clockSkewSeconds',
    flag: '--clock-skew',
    env: env('CLOCK_SKEW'),
    kind: { type: 'integer', min: 0, max: 300 },
    default: 10,
    help: 'Tolerance for a grant’s iat and exp, seconds (Digdir: ±10).',
  },
  {
    key: 'tokenLifetimeSeconds',
    flag: '--token-lifetime',
    env: env('TOKEN_LIFETIME'),
    kind: { type: 'integer', min: 1, max: 86400 },
    default: 120,
    help: 'Access-token lifetime of a scope without an override, seconds.',
  },
  {
    key: 'scopeTokenLifetimes',
    flag: '--scope-token-lifetime',
    env: env('SCOPE_TOKEN_LIFETIMES'),
    kind: { type: 'lifetimes' },
    default: {},
    help: 'Per-scope access-token lifetime, scope=seconds (repeat the flag, or comma-separate). The lowest of a token’s scopes wins.',
  },
  {
    key: 'requireJti',
    flag: '--require-jti',
    env: env('REQUIRE_JTI'),
    kind: { type: 'boolean' },
    default: false,
    help: 'Refuse grants without jti. Default off (Digdir calls jti "recommended"); a grant without jti is still refused when replayed.',
  },
  {
    key: 'jtiCacheSize',
    flag: '--jti-cache-size',
    env: env('JTI_CACHE_SIZE'),
    kind: { type: 'integer', min: 100, max: 10_000_000 },
    default: 200_000,
    help: 'Hard cap on remembered grant ids (replay detection); entries also leave after exp + skew.',
  },
  {
    key: 'journalSize',
    flag: '--journal-size',
    env: env('JOURNAL_SIZE'),
    kind: { type: 'integer', min: 0, max: 1_000_000 },
    default: 2000,
    help: 'Requests kept in the journal (a ring buffer).',
  },
  {
    key: 'journalMaxBytes',
    flag: '--journal-max-bytes',
    env: env('JOURNAL_MAX_BYTES'),
    kind: { type: 'integer', min: 65_536, max: 4_294_967_296 },
    default: 8 * 1024 * 1024,
    help: 'Byte budget of the journal (about its JSON size); the oldest entries leave first. Each entry is also cut (a quoted value at most 1000 characters).',
  },
  {
    key: 'dataCacheSize',
    flag: '--data-cache-size',
    env: env('DATA_CACHE_SIZE'),
    kind: { type: 'integer', min: 0, max: 1_000_000 },
    default: 10_000,
    help: 'Entries of the LRU cache in front of data generation.',
  },
  {
    key: 'cacheMaxBytes',
    flag: '--cache-max-bytes',
    env: env('CACHE_MAX_BYTES'),
    kind: { type: 'integer', min: 0, max: 17_179_869_184 },
    default: 64 * 1024 * 1024,
    help: 'Byte budget of the answer cache (serialised JSON and XML bodies, about their size in memory), 0–16 GiB; the least recently used answers leave first. The verified-token cache gets an eighth of it on top.',
  },
  {
    key: 'accessTokenAudience',
    flag: '--access-token-audience',
    env: env('ACCESS_TOKEN_AUDIENCE'),
    kind: { type: 'enum', values: ['absent', 'unspecified'] },
    default: 'absent',
    help: 'aud of a token asked without resource: absent (current TEST tokens) or "unspecified" (older tokens, Skatteetaten’s wording).',
  },
  {
    key: 'rejectAudienceRestrictedTokens',
    flag: '--reject-audience-restricted-tokens',
    env: env('REJECT_AUDIENCE_RESTRICTED_TOKENS'),
    kind: { type: 'boolean' },
    default: true,
    help: 'Skatteetaten endpoints refuse a token whose aud came from a resource (401 SSG-004/IM-004).',
  },
  {
    key: 'delegationSource',
    flag: '--delegation-source',
    env: env('DELEGATION_SOURCE'),
    kind: { type: 'url' },
    default: 'https://tt02.altinn.no/',
    help: 'delegation_source of delegated tokens (the Altinn issuer).',
  },
  {
    key: 'maxInntektMonths',
    flag: '--max-inntekt-months',
    env: env('MAX_INNTEKT_MONTHS'),
    kind: { type: 'integer', min: 1, max: 12_000 },
    default: 1200,
    help: 'Longest fraOgMed–tilOgMed range the Inntekt endpoints answer, in months. No limit is published; this is only a guard, far above any real query.',
  },
  {
    key: 'serveRetiredPaths',
    flag: '--serve-retired-paths',
    env: env('SERVE_RETIRED_PATHS'),
    kind: { type: 'boolean' },
    default: false,
    help: 'Serve the shared-host paths Skatteetaten switched off on 17 October 2024 (Summert skattegrunnlag V1 /api/formueinntekt/summertskattegrunnlag/…, Inntekt /api/innrapportert/…/oppgave/inntekt) as they were, for migrating old code. Default off: they answer 404 in plain text, as the retired host does, and the reason names the current URL.',
  },
  {
    key: 'logLevel',
    flag: '--log-level',
    env: env('LOG_LEVEL'),
    kind: { type: 'enum', values: ['quiet', 'info', 'debug'] },
    default: 'info',
    help: 'quiet: nothing but fatal errors; info: start-up and one line per refusal; debug: one line per request.',
  },
];

export function describeAllowed(kind: Kind): string {
  switch (kind.type) {
    case 'string':
      return kind.allowed ?? 'a string';
    case 'integer':
      return `an integer ${kind.min}–${kind.max}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${kind.values.join(', ')}`;
    case 'url':
      return 'an absolute http(s) URL';
    case 'date':
      return 'a date YYYY-MM-DD';
    case 'lifetimes':
      return 'scope=seconds pairs (seconds 1–86400), e.g. skatteetaten:inntekt=300';
  }
}
