// Builds and starts the simulator: keys and CA generated in parallel, the store (in memory, or a
// state file with --state-file), the data module, the demo set-up, and one HTTP server on one port
// with each imitated system under its own base path.
import { generateKeyPair } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RettighetspakkeInnholdDokument } from '@skattedeling/summert-skattegrunnlag';
import express, { type Express } from 'express';
import { answerWhenDurable } from './admin/durable.js';
import { adminGuard, allowedAdminHosts, isLoopbackAddress } from './admin/guard.js';
import { adminJson } from './admin/json-body.js';
import { adminErrors, problem } from './admin/problem.js';
import { createAdminRouter } from './admin/routes.js';
import { createAltinnRouter } from './altinn/routes.js';
import type { TestCa } from './ca/ca.js';
import { newTestCa } from './ca/keep.js';
import { DataClock } from './clock.js';
import { ConfigError } from './config/load.js';
import type { SimulatorConfig } from './config/options.js';
import { CONSOLE_BASE, createConsoleRouter } from './console/routes.js';
import { type Context, type Logger, urlsFor } from './context.js';
import {
  createDataSource,
  defaultFixtureFile,
  type FixtureSet,
  loadFixtureFile,
  mergeFixtureSets,
} from './data/index.js';
import { applyDemo, type DemoInfo, type VendorKey, writeDemoFiles } from './demo/demo.js';
import { openStateDir, type StateDir } from './demo/state-dir.js';
import { frontOf } from './http/front.js';
import { Journal } from './journal/journal.js';
import { safeLogLine } from './journal/sanitise.js';
import { createSigningKey } from './maskinporten/keys.js';
import { createMaskinportenHandler } from './maskinporten/routes.js';
import { RunClocks } from './run-clocks.js';
import { answerCache } from './skatteetaten/answers.js';
import { verifiedTokenCache } from './skatteetaten/auth.js';
import {
  InnholdRegister,
  loadRettighetspakkeInnhold,
} from './skatteetaten/rettighetspakke-innhold.js';
import { createNotFoundHandler, createSkatteetatenHandler } from './skatteetaten/router.js';
import { StartError } from './start-error.js';
import { FileStore } from './store/file.js';
import { LockError } from './store/lock.js';
import { MemoryStore } from './store/memory.js';
import { StateFileError } from './store/snapshot.js';
import type { Store } from './store/types.js';

const generate = promisify(generateKeyPair);

export { StartError } from './start-error.js';

/**
 * The simulator's log. Every line is made safe before it is written: control characters escaped
 * (a client's newline or ESC cannot forge a line or drive the terminal), long values cut, real
 * fødselsnummer masked.
 */
export function createLogger(
  level: SimulatorConfig['logLevel'],
  writeRaw: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const write = (line: string) => writeRaw(safeLogLine(line));
  return {
    error: (line) => write(`skattedeling-simulator: ${line}`),
    info: (line) => {
      if (level !== 'quiet') write(line);
    },
    debug: (line) => {
      if (level === 'debug') write(`skattedeling-simulator: ${line}`);
    },
    refusal: (line) => {
      if (level !== 'quiet') write(`skattedeling-simulator: refused ${line}`);
    },
  };
}

async function fixtureFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) {
    throw new ConfigError(
      `Invalid configuration: fixtures = ${JSON.stringify(path)}: no such file or folder`,
    );
  }
  if (!info.isDirectory()) return [path];
  return (await readdir(path))
    .filter((f) => /\.(json|ya?ml)$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

async function loadFixtures(config: SimulatorConfig): Promise<FixtureSet> {
  const shipped = defaultFixtureFile();
  const files = [
    ...(existsSync(shipped) ? [shipped] : []),
    ...(config.fixtures === undefined ? [] : await fixtureFiles(config.fixtures)),
  ];
  return mergeFixtureSets(...(await Promise.all(files.map((f) => loadFixtureFile(f)))));
}

/** The configured store; a state file that cannot be used stops start-up with one line. */
async function openStore(config: SimulatorConfig, log: Logger): Promise<Store> {
  if (config.stateFile === undefined) return new MemoryStore(config.jtiCacheSize);
  try {
    return await FileStore.open(config.stateFile, config.jtiCacheSize, {
      onWriteError: (line) => log.error(line),
    });
  } catch (error) {
    if (error instanceof StateFileError) throw new StartError(error.message);
    throw error;
  }
}

export interface Simulator {
  readonly ctx: Context;
  readonly app: Express;
  readonly server: Server;
  /** The base URL (publicUrl, or http://host:port as bound). */
  readonly url: string;
  readonly demo: DemoInfo | undefined;
  readonly vendorKey: VendorKey | undefined;
  readonly startupMs: number;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** Overrides the clock of token checks (tests). */
  readonly now?: () => number;
}

/** What start-up opens and close() lets go of: the store, the state folder (with the demo). */
interface Opened {
  readonly signing: Awaited<ReturnType<typeof generate>>;
  readonly fixtures: FixtureSet;
  readonly store: Store;
  readonly folder: StateDir | undefined;
  readonly ca: TestCa;
}

/**
 * Keys, fixtures, the store and the state folder, in parallel. The state file and folder are
 * locked (one simulator each); when one part fails, what the others opened is let go again.
 */
async function open(config: SimulatorConfig, log: Logger): Promise<Opened> {
  const parts = await Promise.allSettled([
    generate('rsa', { modulusLength: 2048 }),
    loadFixtures(config),
    openStore(config, log),
    config.demo ? openStateDir(config.stateDir) : Promise.resolve(undefined),
    config.demo ? Promise.resolve(undefined) : newTestCa(),
  ] as const);
  const [signing, fixtures, store, folder, ca] = parts;
  const failed = parts.find((p) => p.status === 'rejected');
  if (failed !== undefined) {
    if (store.status === 'fulfilled') await store.value.close();
    if (folder.status === 'fulfilled') await folder.value?.lock.release();
    const error = failed.reason as unknown;
    throw error instanceof LockError ? new StartError(error.message) : error;
  }
  const value = <T>(p: PromiseSettledResult<T>) => (p as PromiseFulfilledResult<T>).value;
  const dir = value(folder);
  return {
    signing: value(signing),
    fixtures: value(fixtures),
    store: value(store),
    folder: dir,
    ca: dir?.ca ?? (value(ca) as TestCa),
  };
}

export async function startSimulator(
  config: SimulatorConfig,
  options: StartOptions = {},
): Promise<Simulator> {
  const started = performance.now();
  const log = options.logger ?? createLogger(config.logLevel);
  // A content file that cannot be used stops start-up before anything is opened.
  const innhold = await loadRettighetspakkeInnhold(config.rettighetspakkeInnhold);
  const opened = await open(config, log);
  const release = async () => {
    await opened.store.close();
    await opened.folder?.lock.release();
  };
  try {
    return await serve(config, options, log, { ...opened, innhold }, started, release);
  } catch (error) {
    await release();
    throw error;
  }
}

async function serve(
  config: SimulatorConfig,
  options: StartOptions,
  log: Logger,
  {
    signing,
    fixtures,
    store,
    folder,
    ca,
    innhold,
  }: Opened & { innhold: RettighetspakkeInnholdDokument },
  started: number,
  release: () => Promise<void>,
): Promise<Simulator> {
  const vendorKey = folder?.vendorKey;
  const signingKey = createSigningKey(signing.privateKey, signing.publicKey, ca);
  const now = options.now ?? Date.now;
  // The data clock starts at --today (12:00 UTC, standing still) or the real time (running).
  const clock = new DataClock(
    config.today === undefined ? undefined : Date.parse(`${config.today}T12:00:00Z`),
    now,
  );
  const today = () => clock.now();

  const ctx: Context = {
    config,
    store,
    journal: new Journal(config.journalSize, config.journalMaxBytes),
    ca,
    signingKey,
    urls: urlsFor(config.publicUrl ?? `http://${config.host}:${config.port}`),
    data: createDataSource({ seed: config.seed, fixtures, today }),
    baseFixtures: fixtures,
    fixtureSources: new WeakMap(),
    clocks: new RunClocks(clock),
    today,
    log,
    keyObjects: new WeakMap(),
    verifiedTokens: verifiedTokenCache(config.cacheMaxBytes / 8),
    answers: answerCache(config.dataCacheSize, config.cacheMaxBytes),
    rettighetspakkeInnhold: new InnholdRegister(innhold),
    now,
  };

  // Answers made under the global clock before it moves are never read again (their keys name
  // the clock's generation); dropping the cache frees their memory at once. It also drops the
  // answers of runs with a clock of their own, which those runs then make again: moves of the
  // global clock are rare, and one clear is simpler than sorting keys by clock. A run's own clock
  // moves without emptying the cache: its keys carry generations of its own, and the cache's
  // bounds evict what it no longer reads.
  clock.onMove(() => ctx.answers.clear());

  let demo: DemoInfo | undefined;
  const resetAll = () => {
    store.reset(undefined);
    ctx.journal.clear();
    ctx.answers.clear();
    ctx.clocks.clear();
    clock.reset();
    ctx.rettighetspakkeInnhold.reset();
    if (vendorKey !== undefined) applyDemo(store, vendorKey, now());
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // The admin API's own names, known once the server listens (port 0 picks one).
  let adminHosts: ReadonlySet<string> = new Set();
  // The console's pages before the token check: a browser opening a page cannot send it.
  app.use(CONSOLE_BASE, createConsoleRouter({ allowedHosts: () => adminHosts }));
  app.use('/_simulator', adminGuard({ allowedHosts: () => adminHosts, token: config.adminToken }));
  app.use('/_simulator', answerWhenDurable(store));
  const json = adminJson();
  app.use('/_simulator/altinn', json, createAltinnRouter(ctx));
  app.use('/_simulator', json, createAdminRouter(ctx, { resetAll, demo: () => demo }));
  app.use('/_simulator', (req, res) =>
    problem(
      res,
      404,
      'Not found',
      `the admin API has no ${req.method} ${req.originalUrl.split('?')[0]}`,
    ),
  );
  app.use('/_simulator', adminErrors);
  app.use(createNotFoundHandler(ctx));

  // The imitated APIs answer before express (http/front.ts).
  const server = createServer(
    frontOf(ctx, [createMaskinportenHandler(ctx), createSkatteetatenHandler(ctx)], app),
  );
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${config.host}:${config.port}`;
      if (error.code === 'EADDRINUSE')
        reject(
          new StartError(
            `Cannot listen on ${where}: the port is in use (choose another with --port, or 0 for any free port)`,
          ),
        );
      else if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL')
        reject(new StartError(`Cannot listen on ${where}: ${error.code}`));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  ctx.urls = urlsFor(config.publicUrl ?? `http://${host}:${address.port}`);
  adminHosts = allowedAdminHosts(address.port, ctx.urls.base);
  // A second simulator refused at this folder or file is told where this one serves.
  await folder?.lock.note(ctx.urls.base);
  if (store instanceof FileStore) await store.noteUrl(ctx.urls.base);
  if (!isLoopbackAddress(address.address) && config.adminToken === undefined)
    log.error(
      `WARNING: listening on ${host}:${address.port}, beyond this machine, without an admin token: anyone who can reach this port can read the journal, reset every test run and mint certificates for any organisation through ${ctx.urls.admin}. Set SKATTEDELING_SIM_ADMIN_TOKEN (or --admin-token), or listen on 127.0.0.1.`,
    );

  if (vendorKey !== undefined) {
    // After a state file was loaded: the demo overwrites its own entities and nothing else.
    applyDemo(store, vendorKey, now());
    demo = await writeDemoFiles(config.stateDir, vendorKey, ca, ctx.urls, ctx.data.demoPersons());
  }

  return {
    ctx,
    app,
    server,
    url: ctx.urls.base,
    demo,
    vendorKey,
    startupMs: performance.now() - started,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // A clean shutdown loses nothing: the last changes reach the state file, then the state
      // file and folder are free for the next simulator.
      await release();
    },
  };
}
