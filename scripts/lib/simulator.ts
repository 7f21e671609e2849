// Starting the built simulator as a child process for repository scripts (benchmark, Prism
// check, Pact pipeline), and signing grants with the demo vendor's key it writes at start.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
import { startNode } from './processes.ts';
import { repoRoot } from './run.ts';

/** A port nothing listens on right now (the caller binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The headers every call to the simulator's admin API needs: its admin token, when the
 * environment gives one (a simulator started from here inherits the same variable).
 */
export function adminHeaders(): Record<string, string> {
  const token = process.env.SKATTEDELING_SIM_ADMIN_TOKEN;
  return token === undefined || token === '' ? {} : { authorization: `Bearer ${token}` };
}

/**
 * Waits until `url` answers at all (`ok: false`) or with a 2xx (`ok: true`); fails early when
 * `child` exits. Returns the milliseconds waited.
 */
export async function waitForHttp(
  url: string,
  child: ChildProcess,
  {
    timeoutMs = 30_000,
    ok = true,
    headers = {},
  }: { timeoutMs?: number; ok?: boolean; headers?: Record<string, string> } = {},
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (!ok || response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

export interface SimulatorProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly stateDir: string;
  /** Milliseconds from spawn until the admin API answered. */
  readonly readyMs: number;
  /**
   * Stops the process and its group (SIGTERM, SIGKILL after 5 s) and removes its state folder.
   * The script's exit, a failure, Ctrl-C or SIGTERM do the same (lib/processes.ts).
   */
  stop(): Promise<void>;
}

/** Starts apps/simulator/dist/cli.js on 127.0.0.1 and a free port, and waits until it is ready. */
export async function startSimulatorProcess(
  extraArgs: readonly string[] = [],
  stdio: 'ignore' | 'inherit' = 'ignore',
): Promise<SimulatorProcess> {
  const stateDir = mkdtempSync(join(tmpdir(), 'skattedeling-sim-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const spawnedAt = performance.now();
  const helper = startNode(
    [
      join(repoRoot, 'apps/simulator/dist/cli.js'),
      'start',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--state-dir',
      stateDir,
      '--log-level',
      'quiet',
      ...extraArgs,
    ],
    {
      cwd: repoRoot,
      stdio: ['ignore', stdio, 'inherit'],
      cleanup: () => rmSync(stateDir, { recursive: true, force: true }),
    },
  );
  const { child } = helper;
  const stop = () => helper.stop();
  try {
    await waitForHttp(`${url}/_simulator/health`, child, { headers: adminHeaders() });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, stateDir, readyMs: performance.now() - spawnedAt, stop };
}

export interface DemoVendor {
  readonly clientId: string;
  readonly kid: string;
  readonly kommuner: readonly { orgnr: string }[];
  readonly persons: readonly { personidentifikator: string; beskrivelse: string }[];
  readonly privateKeyPem: string;
  /** A fresh JWT-bearer grant as a Maskinporten client sends it (kid in the header). */
  grant(options: {
    scope: string;
    consumerOrg?: string | undefined;
    lifetimeSeconds?: number;
  }): Promise<string>;
}

/**
 * Waits until `file` exists. The demo files are written side by side (each atomically, the key
 * synced last) and may land a moment after the health check answers on a loaded machine.
 */
async function waitForFile(file: string, timeoutMs = 30_000): Promise<void> {
  for (const started = performance.now(); !existsSync(file); ) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`no ${file} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The demo vendor a simulator wrote to its state folder, able to sign grants for `issuer`. */
export async function demoVendor(stateDir: string, issuer: string): Promise<DemoVendor> {
  const file = join(stateDir, 'demo.json');
  await waitForFile(file);
  const demo = JSON.parse(readFileSync(file, 'utf8')) as {
    clients: { kid: { clientId: string; kid: string } };
    kommuner: { orgnr: string }[];
    persons: { personidentifikator: string; beskrivelse: string }[];
    files: { privateKey: string };
  };
  await waitForFile(demo.files.privateKey);
  const privateKeyPem = readFileSync(demo.files.privateKey, 'utf8');
  const key = await importPKCS8(privateKeyPem, 'RS256');
  const { clientId, kid } = demo.clients.kid;
  return {
    clientId,
    kid,
    kommuner: demo.kommuner,
    persons: demo.persons,
    privateKeyPem,
    grant({ scope, consumerOrg, lifetimeSeconds = 120 }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        scope,
        ...(consumerOrg === undefined ? {} : { consumer_org: consumerOrg }),
      })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setAudience(issuer)
        .setIssuer(clientId)
        .setIssuedAt(now)
        .setExpirationTime(now + lifetimeSeconds)
        .setJti(randomUUID())
        .sign(key);
    },
  };
}

/** The form body of a token request carrying `assertion`. */
export function tokenRequestBody(assertion: string): string {
  return new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    assertion,
  }).toString();
}
