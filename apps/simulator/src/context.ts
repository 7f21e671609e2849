// Everything a route needs, built once at start.
import type { KeyObject } from 'node:crypto';
import { inntektApi } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { TestCa } from './ca/ca.js';
import type { SimulatorConfig } from './config/options.js';
import type { DataSource, FixtureSet } from './data/index.js';
import type { Lru } from './http/lru.js';
import type { Journal } from './journal/journal.js';
import type { SigningKey } from './maskinporten/keys.js';
import type { RunClocks } from './run-clocks.js';
import type { InnholdRegister } from './skatteetaten/rettighetspakke-innhold.js';
import type { RegisteredKey, Store } from './store/types.js';

export interface Urls {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:5280. */
  readonly base: string;
  /** Maskinporten issuer, with trailing slash. */
  readonly issuer: string;
  readonly tokenEndpoint: string;
  readonly jwksUri: string;
  readonly metadata: string;
  readonly summertSkattegrunnlag: string;
  readonly inntekt: string;
  readonly admin: string;
}

export function urlsFor(base: string): Urls {
  const issuer = `${base}/maskinporten/`;
  return {
    base,
    issuer,
    tokenEndpoint: `${issuer}token`,
    jwksUri: `${issuer}jwk`,
    metadata: `${issuer}.well-known/oauth-authorization-server`,
    summertSkattegrunnlag: `${base}${summertSkattegrunnlagApi.simulatorSti}`,
    inntekt: `${base}${inntektApi.simulatorSti}`,
    admin: `${base}/_simulator`,
  };
}

export interface Logger {
  /** Printed at every log level, quiet included: something the operator must act on. */
  error(line: string): void;
  info(line: string): void;
  debug(line: string): void;
  refusal(line: string): void;
}

export interface VerifiedToken {
  readonly claims: Record<string, unknown>;
  readonly exp: number;
  readonly scopes: readonly string[];
  readonly consumerOrg: string | undefined;
  readonly supplierOrg: string | undefined;
  readonly clientId: string | undefined;
}

export interface Context {
  readonly config: SimulatorConfig;
  readonly store: Store;
  readonly journal: Journal;
  readonly ca: TestCa;
  readonly signingKey: SigningKey;
  urls: Urls;
  /** The data module over the fixture files (the default one and --fixtures). */
  readonly data: DataSource;
  readonly baseFixtures: FixtureSet;
  /** A data source per admin-pinned fixture (that person's fixture on top of the files). */
  readonly fixtureSources: WeakMap<object, DataSource>;
  /**
   * The data clocks: the global one (`--today`, else the real time) and a test run's own, each
   * moved by the admin API (`/_simulator/clock`). They decide what is published yet; tokens and
   * grants keep the real time (`now`). A request reads `clocks.of(x.testRun)`.
   */
  readonly clocks: RunClocks;
  /** The global data clock's instant: for start-up and commands, not for a request of a run. */
  today(): Date;
  readonly log: Logger;
  /** Registered client keys imported once (keyed by the stored key object). */
  readonly keyObjects: WeakMap<RegisteredKey, KeyObject>;
  /** Access tokens whose signature verified, by token string (bounded in entries and bytes). */
  readonly verifiedTokens: Lru<string, VerifiedToken>;
  /** Serialised data answers, by API, person and parameters (bounded in entries and bytes). */
  readonly answers: Lru<string, CachedAnswer>;
  /** What each Summert skattegrunnlag rights package receives; the admin API may change it. */
  readonly rettighetspakkeInnhold: InnholdRegister;
  /** The real time in epoch ms: the clock of tokens, grants and key expiry. */
  now(): number;
}

export interface CachedAnswer {
  readonly kind: 'ukjentPerson' | 'ingenData' | 'slettet' | 'skjermet' | 'data';
  /**
   * The body to send as UTF-8 JSON (for skjermet: already reduced to what the consumer may see).
   * Only bytes are kept, so the answer cache can count them (skatteetaten/answers.ts).
   */
  readonly json?: Buffer;
  /** The XML form, made from `json` the first time XML is asked for. */
  xml?: Buffer;
  /** Inntekt: the number of income reports left after filtering for the rights package. */
  readonly reports?: number;
}
