// startSimulator() for test suites: a simulator in this process on a free port, with the typed
// admin API, tokens for the demo vendor, the journal since the last look, per-test scenarios and
// `await using`. It writes nothing outside a new temporary folder unless told to (`stateDir`,
// `stateFile`).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator as startServer } from '../app.js';
import { defaultConfig } from '../config/load.js';
import type { DemoInfo } from '../demo/facts.js';
import type { JournalEntry } from '../generated/admin/types.gen.js';
import { adminClients } from './admin.js';
import { applyScenario } from './scenario.js';
import { type DemoVendorKey, demoGrant, fetchToken } from './token.js';
import type { HarnessOptions, HarnessUrls, SimulatorHarness, TokenRequest } from './types.js';

interface Running {
  readonly url: string;
  readonly urls: {
    base: string;
    issuer: string;
    tokenEndpoint: string;
    jwksUri: string;
    summertSkattegrunnlag: string;
    inntekt: string;
    admin: string;
  };
  readonly demo: DemoInfo | undefined;
  readonly vendorKey:
    | { readonly privateKey: DemoVendorKey['privateKey']; readonly kid: string }
    | undefined;
}

function harnessUrls(u: Running['urls']): HarnessUrls {
  return {
    base: u.base,
    maskinporten: u.issuer,
    tokenEndpoint: u.tokenEndpoint,
    jwks: u.jwksUri,
    summertSkattegrunnlag: u.summertSkattegrunnlag,
    inntekt: u.inntekt,
    admin: u.admin,
  };
}

/** The demo vendor's key and certificate chain, for signing grants as either demo client. */
async function demoKey(running: Running): Promise<DemoVendorKey | undefined> {
  if (running.demo === undefined || running.vendorKey === undefined) return undefined;
  const written = JSON.parse(await readFile(running.demo.files.demo, 'utf8')) as { x5c: string[] };
  return { privateKey: running.vendorKey.privateKey, kid: running.vendorKey.kid, x5c: written.x5c };
}

/**
 * Starts a simulator for tests: 127.0.0.1, a free port, no log output, the demo set-up, its files
 * in a new temporary folder. Options are the CLI's configuration keys; the environment is not read.
 *
 * ```ts
 * await using sim = await startSimulator();
 * const token = await sim.token({ consumerOrg: '319000003' });
 * ```
 */
export async function startSimulator(options: HarnessOptions = {}): Promise<SimulatorHarness> {
  const ownStateDir =
    options.stateDir === undefined
      ? await mkdtemp(join(tmpdir(), 'skattedeling-simulator-'))
      : undefined;
  const config = defaultConfig({
    host: '127.0.0.1',
    port: 0,
    logLevel: 'quiet',
    ...options,
    stateDir: options.stateDir ?? (ownStateDir as string),
  });
  const removeOwn = async () => {
    if (ownStateDir !== undefined) await rm(ownStateDir, { recursive: true, force: true });
  };
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(config);
  } catch (error) {
    await removeOwn();
    throw error;
  }
  const running: Running = {
    url: server.url,
    urls: server.ctx.urls,
    demo: server.demo,
    vendorKey: server.vendorKey,
  };
  const key = await demoKey(running);
  const { admin, altinn } = adminClients(running.urls.admin, config.adminToken);
  let lastSeen = 0;
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= server.close().then(removeOwn);
    return closed;
  };

  return {
    url: running.url,
    urls: harnessUrls(running.urls),
    config,
    demo: running.demo,
    admin,
    altinn,
    journal: {
      async take(): Promise<JournalEntry[]> {
        const { data } = await admin.journal({
          query: { after: lastSeen, limit: config.journalSize },
          throwOnError: true,
        });
        const entries = data.entries.slice().reverse();
        lastSeen = entries.at(-1)?.id ?? lastSeen;
        return entries;
      },
    },
    async token(request: TokenRequest = {}): Promise<string> {
      if (running.demo === undefined || key === undefined)
        throw new Error('token() signs as the demo vendor: start the simulator with demo: true');
      return fetchToken(
        running.urls.tokenEndpoint,
        demoGrant(running.demo, key, running.urls.issuer, request),
      );
    },
    use: (scenario) => applyScenario(admin, altinn, scenario),
    async reset(): Promise<void> {
      await admin.reset({ throwOnError: true });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
