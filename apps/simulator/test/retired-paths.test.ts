// The shared-host paths Skatteetaten switched off on 17 October 2024 answer as the retired host
// does (404 in plain text, never the {kode, melding, korrelasjonsid} body) unless the simulator is
// started with --serve-retired-paths, from a flag, the environment or a config file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createValidator } from '@skattedeling/felles';
import { validateInntekter } from '@skattedeling/inntekt';
import { v1 as ssgV1 } from '@skattedeling/summert-skattegrunnlag';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseArgs } from '../src/config/load.js';
import {
  accessToken,
  admin,
  contractSchema,
  demoPerson,
  get,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

const REASON = 'x-skattedeling-simulator-reason';
const V2_URL =
  'https://summertskattegrunnlag.api.skatteetaten-test.no/v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}';
const INNTEKT_URL =
  'https://inntekt.api.skatteetaten-test.no/v1/{rettighetspakke}/{personidentifikator}/inntekter';
const simulatorContract = createValidator(
  contractSchema('contracts/simulator/openapi.yaml', 'urn:skattedeling:simulator'),
);

const v1Path = (pid: string, stadie = '') =>
  `/api/formueinntekt/summertskattegrunnlag/${stadie}kommuneforeldrebetaling/2024/${pid}`;
const legacyPath = (pid: string) =>
  `/api/innrapportert/inntektsmottaker/kommuneBoligsosialeFormaal/${pid}/oppgave/inntekt?fraOgMed=2026-01`;
const bearer = (token: string, accept = 'application/json') => ({
  authorization: `Bearer ${token}`,
  accept,
});

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Any method, with an optional body, through node:http (fetch refuses a body on some methods). */
function send(sim: TestSimulator, method: string, path: string, accept?: string): Promise<Raw> {
  const url = new URL(sim.url);
  const body = method === 'GET' || method === 'HEAD' ? undefined : '{"x":1}';
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: {
          ...(accept === undefined ? {} : { accept }),
          ...(body === undefined ? {} : { 'content-length': String(body.length) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function expectRetiredAnswer(r: Raw, method: string, current: string): void {
  expect(r.status, `${method}: ${r.body}`).toBe(404);
  expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(r.body).toBe(method === 'HEAD' ? '' : '404 Not Found');
  expect(String(r.headers[REASON])).toContain(current);
  expect(String(r.headers[REASON])).toContain('--serve-retired-paths');
}

describe('retired shared-host paths, by default', () => {
  let sim: TestSimulator;
  let ssgToken: string;
  let imToken: string;
  let pid: string;
  beforeAll(async () => {
    sim = await startTestSimulator();
    ssgToken = await accessToken(sim);
    imToken = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
    pid = demoPerson(sim, /employee with salary/);
  });
  afterAll(() => sim.close());

  it('answers a retired V1 path with 404 in plain text and names the V2 URL', async () => {
    for (const [path, v2] of [
      [v1Path(pid), `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`],
      [
        v1Path(pid, 'utkast/'),
        `/summertskattegrunnlag/v2/utkast/kommuneforeldrebetaling/2024/${pid}`,
      ],
    ] as const) {
      for (const accept of ['application/json', 'application/xml']) {
        const r = await get(sim, path, bearer(ssgToken, accept));
        expect(r.status, path).toBe(404);
        expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        expect(r.text).toBe('404 Not Found');
        expect(() => JSON.parse(r.text), 'not a JSON error body').toThrow();
        expect(r.text).not.toMatch(/kode|korrelasjonsid|<feil/);
        expect(r.headers.get(REASON)).toContain(V2_URL);
        expect(r.headers.get(REASON)).toContain(`here: ${sim.url}${v2}`);
      }
    }
  });

  it('answers the retired Inntekt oppgave/inntekt path with 404 and names the /inntekter URL', async () => {
    const r = await get(sim, legacyPath(pid), bearer(imToken));
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(r.text).toBe('404 Not Found');
    expect(r.headers.get(REASON)).toContain(INNTEKT_URL);
    expect(r.headers.get(REASON)).toContain(
      `here: ${sim.url}/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=2026-01`,
    );
  });

  it('answers every method the same way, before any token or format check', async () => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      expectRetiredAnswer(await send(sim, method, v1Path(pid), 'text/csv'), method, V2_URL);
      expectRetiredAnswer(await send(sim, method, legacyPath(pid)), method, INNTEKT_URL);
    }
  });

  it('records the retired answer in the journal with the current URL and no error code', async () => {
    const run = { 'x-skattedeling-test-run': 'retired-journal' };
    await get(sim, v1Path(pid), { ...bearer(ssgToken), ...run });
    const journal = await admin(sim, 'GET', '/journal?testRun=retired-journal', undefined, run);
    const check = simulatorContract.validate('JournalList', journal.body);
    expect(check.ok, check.ok ? '' : check.message).toBe(true);
    const [entry] = (journal.body as { entries: Record<string, unknown>[] }).entries;
    expect(entry).toMatchObject({
      system: 'summertskattegrunnlag',
      method: 'GET',
      path: v1Path(pid),
      status: 404,
      outcome: 'refused',
      trail: [{ rule: 'path.retired', result: 'fail' }],
    });
    expect(entry?.kode).toBeUndefined();
    expect(entry?.korrelasjonsid).toBeUndefined();
    expect(entry?.reason).toContain(V2_URL);
    expect(JSON.stringify(entry?.trail)).toContain(V2_URL);
  });

  it('keeps the current endpoints and DAS-002 for /api paths that are not the shared host’s', async () => {
    const v2 = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`,
      bearer(ssgToken),
    );
    expect(v2.status).toBe(200);
    const other = await get(sim, '/api/formueinntekt/skattemelding/2024');
    expect(other.status).toBe(404);
    expect(other.json().kode).toBe('DAS-002');
  });

  it('answers any path under the retired subtrees with the retired 404, never the error body', async () => {
    const segment = fc.string({
      unit: fc.constantFrom(...'abz09-._~%2FAZ'.split('')),
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/formueinntekt/summertskattegrunnlag', '/api/innrapportert'),
        fc.array(segment, { maxLength: 6 }),
        fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE'),
        fc.option(fc.constantFrom('application/xml', 'application/json', 'text/html', '*/*')),
        async (prefix, segments, method, accept) => {
          const r = await send(sim, method, `${prefix}/${segments.join('/')}`, accept ?? undefined);
          expectRetiredAnswer(r, method, prefix === '/api/innrapportert' ? INNTEKT_URL : V2_URL);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('--serve-retired-paths serves the retired paths as they were', () => {
  const configFile = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'sim-retired-')), 'sim.yaml');
    writeFileSync(path, text);
    return path;
  };
  const sources: [string, string[], NodeJS.ProcessEnv][] = [
    ['the flag', ['--serve-retired-paths'], {}],
    ['the environment', [], { SKATTEDELING_SIM_SERVE_RETIRED_PATHS: 'true' }],
    ['the config file', ['--config', configFile('serveRetiredPaths: true\n')], {}],
  ];

  it.each(sources)('switched on by %s', async (_source, argv, env) => {
    const { stateDir: _stateDir, ...loaded } = await loadConfig(parseArgs(argv), env);
    expect(loaded.serveRetiredPaths).toBe(true);
    const sim = await startTestSimulator({
      ...loaded,
      port: 0,
      logLevel: 'quiet',
      today: '2026-06-15',
    });
    try {
      const pid = demoPerson(sim, /employee with salary/);
      const ssg = await get(sim, v1Path(pid), bearer(await accessToken(sim)));
      expect(ssg.status).toBe(200);
      expect(ssg.headers.get(REASON)).toBeNull();
      const body = ssg.json();
      expect(ssgV1.validateSummertSkattegrunnlag(body).ok).toBe(true);
      const imToken = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
      const im = await get(sim, legacyPath(pid), bearer(imToken));
      expect(im.status).toBe(200);
      expect(validateInntekter(im.json()).ok).toBe(true);
      // Served means the application's own rules again: no token is 401 SSG-004.
      const anonymous = await get(sim, v1Path(pid));
      expect(anonymous.status).toBe(401);
      expect(anonymous.json().kode).toBe('SSG-004');
    } finally {
      await sim.close();
    }
  });

  it('is off by default and with --no-serve-retired-paths', async () => {
    expect((await loadConfig(parseArgs([]), {})).serveRetiredPaths).toBe(false);
    expect(
      (
        await loadConfig(parseArgs(['--no-serve-retired-paths']), {
          SKATTEDELING_SIM_SERVE_RETIRED_PATHS: 'true',
        })
      ).serveRetiredPaths,
    ).toBe(false);
  });

  it('stops start-up on a value that is not a boolean, naming the key and the source', async () => {
    await expect(
      loadConfig(parseArgs([]), { SKATTEDELING_SIM_SERVE_RETIRED_PATHS: 'sometimes' }),
    ).rejects.toThrow(
      'Invalid configuration: serveRetiredPaths = "sometimes" (from SKATTEDELING_SIM_SERVE_RETIRED_PATHS): must be true or false',
    );
  });
});
