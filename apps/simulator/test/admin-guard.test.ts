// Who may use the admin API: its own host names only (DNS rebinding), state changes only as
// application/json and not cross-site (a web page's "simple" requests), the admin token when one
// is configured, and a warning when the simulator listens beyond loopback without one.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../src/app.js';
import { defaultConfig } from '../src/config/load.js';
import { admin, startTestSimulator, type TestSimulator } from './helpers.js';

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * A request to the port the simulator listens on, with exactly these headers (fetch would not let
 * a test choose Host).
 */
function raw(
  sim: TestSimulator,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Raw> {
  const { port } = sim.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const problemOf = (r: Raw) => JSON.parse(r.body) as { status: number; detail: string };
const own = (sim: TestSimulator) => new URL(sim.url).host;

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

async function clientCount(): Promise<number> {
  const { body } = await admin(sim, 'GET', '/clients');
  return ((body?.clients ?? []) as unknown[]).length;
}

describe('a web page cannot change the simulator', () => {
  it('POST /_simulator/reset as text/plain answers 415 and wipes nothing', async () => {
    const created = await admin(sim, 'POST', '/clients', {
      clientId: 'guard-test-client',
      orgnr: '311000012',
      scopes: ['skatteetaten:inntekt'],
    });
    expect(created.status).toBe(201);
    const before = await clientCount();
    const r = await raw(
      sim,
      'POST',
      '/_simulator/reset',
      { host: own(sim), 'content-type': 'text/plain' },
      'x',
    );
    expect(r.status).toBe(415);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemOf(r).detail).toMatch(/Content-Type: application\/json.*got "text\/plain"/);
    expect(await clientCount()).toBe(before);
  });

  it('a state change without any Content-Type (a bodiless simple POST) answers 415', async () => {
    const r = await raw(sim, 'POST', '/_simulator/reset', { host: own(sim) });
    expect(r.status).toBe(415);
    expect(problemOf(r).detail).toMatch(/got nothing$/);
  });

  it('a JSON state change marked Sec-Fetch-Site: cross-site answers 403 and changes nothing', async () => {
    const before = await clientCount();
    const r = await raw(sim, 'DELETE', '/_simulator/clients/guard-test-client', {
      host: own(sim),
      'content-type': 'application/json',
      'sec-fetch-site': 'cross-site',
    });
    expect(r.status).toBe(403);
    expect(problemOf(r).detail).toMatch(/cross-site/);
    expect(await clientCount()).toBe(before);
  });
});

describe('the admin API answers only to its own names', () => {
  it('refuses Host evil.example:5280 (DNS rebinding) with 403', async () => {
    const r = await raw(sim, 'GET', '/_simulator/journal', { host: 'evil.example:5280' });
    expect(r.status).toBe(403);
    expect(problemOf(r).detail).toMatch(/not to Host "evil\.example:5280"/);
  });

  it('answers to 127.0.0.1, localhost and [::1] with the listening port', async () => {
    const port = new URL(sim.url).port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `[::1]:${port}`,
      `LOCALHOST:${port}`,
    ])
      expect((await raw(sim, 'GET', '/_simulator/health', { host })).status, host).toBe(200);
    expect((await raw(sim, 'GET', '/_simulator/health', { host: 'localhost:1' })).status).toBe(403);
  });

  it('leaves the imitated APIs as open as the real ones', async () => {
    const r = await raw(sim, 'GET', '/maskinporten/jwk', { host: 'evil.example:5280' });
    expect(r.status).toBe(200);
  });

  it('answers to the host of --public-url', async () => {
    const shared = await startTestSimulator({ publicUrl: 'http://simulator.team.example:8080' });
    try {
      const r = await raw(shared, 'GET', '/_simulator/health', {
        host: 'simulator.team.example:8080',
      });
      expect(r.status).toBe(200);
    } finally {
      await shared.close();
    }
  });
});

describe('--admin-token', () => {
  const token = 'a-long-enough-admin-token-0123456789';
  let guarded: TestSimulator;
  beforeAll(async () => {
    guarded = await startTestSimulator({ adminToken: token });
  });
  afterAll(() => guarded.close());

  it('is required on every admin call, reads included, as a Bearer token', async () => {
    const host = own(guarded);
    const missing = await raw(guarded, 'GET', '/_simulator/journal', { host });
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="skattedeling-simulator admin"');
    const wrong = await raw(guarded, 'GET', '/_simulator/health', {
      host,
      authorization: `Bearer ${token}x`,
    });
    expect(wrong.status).toBe(401);
    expect(problemOf(wrong).detail).toMatch(/does not match/);
    const right = await raw(guarded, 'GET', '/_simulator/health', {
      host,
      authorization: `Bearer ${token}`,
    });
    expect(right.status).toBe(200);
  });

  it('leaves the imitated APIs without it', async () => {
    expect((await raw(guarded, 'GET', '/maskinporten/jwk', { host: own(guarded) })).status).toBe(
      200,
    );
  });
});

describe('start-up', () => {
  const start = async (host: string, adminToken?: string) => {
    const lines: string[] = [];
    const logger = {
      error: (l: string) => lines.push(l),
      info: () => {},
      debug: () => {},
      refusal: () => {},
    };
    const s = await startSimulator(
      defaultConfig({ host, port: 0, demo: false, logLevel: 'quiet', adminToken }),
      { logger },
    );
    await s.close();
    return lines;
  };

  it('warns loudly when listening beyond loopback without an admin token', async () => {
    const lines = await start('0.0.0.0');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^WARNING: listening on 0\.0\.0\.0:\d+, beyond this machine, without an admin token/,
    );
  });

  it('says nothing on 127.0.0.1, or with an admin token', async () => {
    expect(await start('127.0.0.1')).toEqual([]);
    expect(await start('0.0.0.0', 'a-long-enough-admin-token-0123456789')).toEqual([]);
  });
});
