// The web console's server side: its pages, scripts, the API docs' renderer and contracts answer;
// they obey the admin API's protections (its own host names only, no cross-site state change,
// every fact read through the admin API with its token); a strict CSP and no framing; and the
// imitated APIs get no CORS from it.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, startTestSimulator, type TestSimulator } from './helpers.js';

const TOKEN = 'console-test-admin-token-0123456789';
let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator({ adminToken: TOKEN });
});
afterAll(() => sim.close());

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with exactly these headers (fetch would not let a test choose Host). */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { port } = sim.server.address() as AddressInfo;
  const host = { host: `127.0.0.1:${port}`, ...headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: host }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const pages = ['/', '/onboarding', '/setup', '/persons', '/docs'];

describe('the console’s pages', () => {
  it.each(pages)('%s answers HTML without the admin token, with a strict CSP', async (page) => {
    const r = await raw('GET', `/_simulator/console${page}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.body).toMatch(/<h1>[^<]+<\/h1>/);
    expect(r.body).toContain('aria-current="page"');
    // No inline script to run: only modules from this origin and a JSON data block.
    expect(r.body.match(/<script(?![^>]*\b(src=|type="application\/json"))/g)).toBeNull();
  });

  it('holds no state: what a page shows, its script reads from the admin API with the token', async () => {
    const page = await raw('GET', '/_simulator/console/onboarding');
    expect(page.body).not.toContain('Strandvik');
    expect((await raw('GET', '/_simulator/onboarding')).status).toBe(401);
    expect((await admin(sim, 'GET', '/onboarding')).status).toBe(200);
  });

  it('answers only to the simulator’s own names (DNS rebinding)', async () => {
    const r = await raw('GET', '/_simulator/console/', { host: 'attacker.example:80' });
    expect(r.status).toBe(403);
    expect(r.body).toContain('answers only to its own names');
  });

  it('never changes state: a POST is refused cross-site, and without the token', async () => {
    const json = { 'content-type': 'application/json' };
    const crossSite = await raw('POST', '/_simulator/console/', {
      ...json,
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    expect((await raw('POST', '/_simulator/console/', json)).status).toBe(401);
  });

  it('gives its script the APIs’ known rights packages and the household groups', async () => {
    const r = await raw('GET', '/_simulator/console/onboarding');
    const block = /<script type="application\/json" id="console-facts">(.*?)<\/script>/s.exec(
      r.body,
    );
    const facts = JSON.parse(block?.[1] ?? '{}') as {
      apis: { id: string; rettighetspakker: string[] }[];
      profiles: string[];
    };
    expect(facts.apis.map((a) => a.id)).toEqual(['summertskattegrunnlag', 'inntekt']);
    expect(facts.apis[0]?.rettighetspakker).toContain('kommuneforeldrebetaling');
    expect(facts.apis[1]?.rettighetspakker).toContain('kommuneBoligsosialeFormaal');
    expect(facts.profiles).toContain('pensioner');
  });
});

describe('the console’s files', () => {
  it('serves its scripts and styles, and nothing beside them', async () => {
    const js = await raw('GET', '/_simulator/console/assets/lib.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await raw('GET', '/_simulator/console/assets/..%2Froutes.ts')).status).not.toBe(200);
    expect((await raw('GET', '/_simulator/console/assets/nope.js')).status).toBe(404);
  });

  it('serves Swagger UI from the installed package, only the two files the docs load', async () => {
    const bundle = await raw('GET', '/_simulator/console/vendor/swagger-ui/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.body.length).toBeGreaterThan(100_000);
    const css = await raw('GET', '/_simulator/console/vendor/swagger-ui/swagger-ui.css');
    expect(css.status).toBe(200);
    expect((await raw('GET', '/_simulator/console/vendor/swagger-ui/package.json')).status).toBe(
      404,
    );
  });

  it('lists every contract on the docs page, the simulator’s own first', async () => {
    const r = await raw('GET', '/_simulator/console/docs');
    const paths = [...r.body.matchAll(/"path":"([^"]+)"/g)].map((m) => m[1]);
    expect(paths.slice(0, 2)).toEqual(['simulator/openapi.yaml', 'altinn/openapi.yaml']);
    expect(paths).toEqual(
      expect.arrayContaining([
        'maskinporten/openapi.yaml',
        'skatteetaten/summert-skattegrunnlag/openapi.yaml',
        'skatteetaten/summert-skattegrunnlag/openapi-v1.yaml',
        'skatteetaten/inntekt/openapi.yaml',
        'skatteetaten/inntekt/openapi-legacy.yaml',
        'skatteetaten/skatteoppgjoer-hendelser/openapi.yaml',
        'skatteetaten/inntekt-hendelser/openapi.yaml',
        'skatteetaten/siste-tilgjengelige-skatteoppgjoer/openapi.yaml',
      ]),
    );
  });

  it('serves each contract with this simulator as its first server, on the page’s origin', async () => {
    const doc = async (path: string) => {
      const r = await raw('GET', `/_simulator/console/contracts/${path}`);
      expect(r.status).toBe(200);
      return JSON.parse(r.body) as { servers: { url: string }[] };
    };
    expect((await doc('simulator/openapi.yaml')).servers[0]?.url).toBe('/_simulator');
    expect((await doc('altinn/openapi.yaml')).servers[0]?.url).toBe('/_simulator/altinn');
    const ssg = await doc('skatteetaten/summert-skattegrunnlag/openapi.yaml');
    expect(ssg.servers.map((s) => s.url)).toEqual([
      '/summertskattegrunnlag',
      'https://summertskattegrunnlag.api.skatteetaten-test.no',
      'https://summertskattegrunnlag.api.skatteetaten.no',
    ]);
    expect((await doc('maskinporten/openapi.yaml')).servers[0]?.url).toBe('/maskinporten');
    // A file a contract $refs, as it is.
    const feil = await raw('GET', '/_simulator/console/contracts/skatteetaten/felles/feil.yaml');
    expect(feil.status).toBe(200);
    expect((await raw('GET', '/_simulator/console/contracts/../package.json')).status).toBe(404);
  });
});

describe('the imitated APIs', () => {
  it('get no CORS from the console: a browser on another site cannot read them', async () => {
    const origin = { origin: 'http://other.example' };
    const ssg = await raw('GET', '/summertskattegrunnlag/v2/oppgjoer/x/2024/123', origin);
    expect(ssg.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw('OPTIONS', '/maskinporten/token', {
      ...origin,
      'access-control-request-method': 'POST',
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
