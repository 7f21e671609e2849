// Must hold 4: a property-based fuzz of the HTTP surface. Malformed paths, identifiers, years,
// months, headers and bodies get a documented 4xx error body from the system they address; never
// a 5xx (no faults are injected here).
import { request } from 'node:http';
import { createValidator, feilSchema, finnFeilkode } from '@skattedeling/felles';
import { maskinportenValidator } from '@skattedeling/maskinporten-client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, grant, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let tokens: string[];
beforeAll(async () => {
  // Serving the retired shared-host paths, so their endpoints are fuzzed too; the default retired
  // answer is fuzzed in retired-paths.test.ts.
  sim = await startTestSimulator({ serveRetiredPaths: true });
  tokens = [
    await accessToken(sim),
    await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } }),
  ];
});
afterAll(() => sim.close());

const feil = createValidator(feilSchema);

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Raw> {
  const url = new URL(sim.url);
  return new Promise((resolve, reject) => {
    const framed =
      body === undefined
        ? headers
        : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers: framed },
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

const pathChar = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@%".split(''),
);
const junk = fc.string({ unit: pathChar, maxLength: 14 });
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: n, maxLength: n });
const pid = fc.oneof(
  digits(11),
  digits(10),
  digits(12),
  junk,
  fc.constant('16822548834'),
  fc.constant('30877343681'),
);
const year = fc.oneof(
  digits(4),
  digits(3),
  digits(5),
  junk,
  fc.constantFrom('2016', '2021', '2024', '9999', '0000'),
);
const month = fc.oneof(
  fc
    .tuple(digits(4), fc.integer({ min: -1, max: 14 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  junk,
  fc.constantFrom('2026-01', '2026-13', '2026-00', '2026-1', '202601', '', '0000-01', '9999-12'),
);
const stadie = fc.oneof(fc.constantFrom('oppgjoer', 'utkast', 'fastsatt', 'OPPGJOER', ''), junk);
const pakke = fc.oneof(
  fc.constantFrom(
    'kommuneforeldrebetaling',
    'kommuneboligsosialeformaal',
    'kommuneBoligsosialeFormaal',
    'nav',
    'sbl',
    '',
  ),
  junk,
);
const segment = fc.oneof(
  junk,
  pid,
  year,
  stadie,
  pakke,
  fc.constantFrom('..', '.', '%', '%zz', '%2F', '', 'v1', 'v2', 'inntekter', 'oppgave', 'inntekt'),
);

const path = fc.oneof(
  fc.tuple(stadie, pakke, year, pid).map((s) => `/summertskattegrunnlag/v2/${s.join('/')}`),
  fc.tuple(pakke, year, pid).map((s) => `/api/formueinntekt/summertskattegrunnlag/${s.join('/')}`),
  fc
    .tuple(stadie, pakke, year, pid)
    .map((s) => `/api/formueinntekt/summertskattegrunnlag/${s.join('/')}`),
  fc
    .tuple(pakke, pid, month, month)
    .map(([p, id, f, t]) => `/inntekt/v1/${p}/${id}/inntekter?fraOgMed=${f}&tilOgMed=${t}`),
  fc
    .tuple(pakke, pid, month, fc.option(month))
    .map(
      ([p, id, f, t]) =>
        `/api/innrapportert/inntektsmottaker/${p}/${id}/oppgave/inntekt?fraOgMed=${f}${t === null ? '' : `&tilOgMed=${t}`}`,
    ),
  fc
    .tuple(
      fc.constantFrom(
        '/summertskattegrunnlag',
        '/inntekt',
        '/api',
        '/maskinporten',
        '/_simulator',
        '',
        '/.well-known',
      ),
      fc.array(segment, { maxLength: 6 }),
      fc.option(junk),
    )
    .map(([prefix, segs, q]) => `${prefix}/${segs.join('/')}${q === null ? '' : `?${q}`}`),
);
const printable = fc.string({
  unit: fc.constantFrom(...' !#$%&*+-./0123456789:;=?ABCXYZabcxyz_~,'.split('')),
  maxLength: 40,
});
const accept = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/xml',
      '*/*',
      'text/html',
      'application/xml;q=0',
      'application/json;q=0.5, application/xml',
      'text/xml',
      '',
    ),
    printable,
  ),
);
const authorization = fc.option(
  fc.oneof(
    fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', 'bearer x.y.z', 'Bearer a.b.c'),
    printable,
    fc.nat(1).map((i) => `Bearer ${tokens[i]}`),
  ),
);

function expectDocumentedError(p: string, r: Raw, method: string): void {
  expect(r.status, `${method} ${p}: ${r.body}`).toBeLessThan(500);
  if (r.status < 400 || method === 'HEAD') return;
  const type = String(r.headers['content-type'] ?? '');
  if (p.startsWith('/_simulator')) {
    expect(type, p).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(r.body) as { title: string; status: number; detail: string };
    expect(body.status, p).toBe(r.status);
    return;
  }
  if (
    p.startsWith('/maskinporten') ||
    p.startsWith('/.well-known/oauth-authorization-server/maskinporten')
  ) {
    const result = maskinportenValidator.validate('OAuthError', JSON.parse(r.body));
    expect(result.ok, `${p}: ${r.body}`).toBe(true);
    return;
  }
  let body: unknown;
  if (type.startsWith('application/xml')) {
    const kode = /<kode>([^<]*)<\/kode>/.exec(r.body)?.[1];
    expect(r.body, p).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">/,
    );
    body = {
      kode,
      melding: /<melding>([^<]*)<\/melding>/.exec(r.body)?.[1],
      korrelasjonsid: /<korrelasjonsid>([^<]*)<\/korrelasjonsid>/.exec(r.body)?.[1],
    };
  } else body = JSON.parse(r.body);
  const result = feil.validate('Feil', body);
  expect(result.ok, `${p}: ${r.body}`).toBe(true);
  const entry = finnFeilkode((body as { kode: string }).kode);
  expect(entry, `${p}: unknown kode in ${r.body}`).toBeDefined();
  const kode = (body as { kode: string }).kode;
  // SSG-010 is the 403 consent error in V2 and was the 410 in V1's table.
  const allowed = kode === 'SSG-010' ? [403, 410] : [entry?.status];
  expect(allowed, `${p}: ${r.body}`).toContain(r.status);
  expect(r.headers['x-skattedeling-simulator-reason'], p).toBeTruthy();
}

describe('the HTTP surface under fuzzing', () => {
  it('paths, identifiers, years, months and headers give documented 4xx errors, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'),
        path,
        accept,
        authorization,
        async (method, p, a, auth) => {
          const headers: Record<string, string> = {};
          if (a !== null) headers.accept = a;
          if (auth !== null) headers.authorization = auth;
          const r = await send(
            method,
            p,
            headers,
            method === 'GET' || method === 'HEAD' ? undefined : '{',
          );
          expectDocumentedError(p, r, method);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('token endpoint bodies and content types give OAuth errors, never 5xx', async () => {
    const form = fc.oneof(
      printable,
      fc
        .tuple(
          fc.option(
            fc.constantFrom(
              'urn:ietf:params:oauth:grant-type:jwt-bearer',
              'client_credentials',
              '',
            ),
          ),
          fc.option(
            fc.oneof(printable, fc.constant('a.b.c'), fc.constant('eyJhbGciOiJub25lIn0.e30.')),
          ),
        )
        .map(([g, a]) => {
          const p = new URLSearchParams();
          if (g !== null) p.append('grant_type', g);
          if (a !== null) p.append('assertion', a);
          return p.toString();
        }),
      fc.constant(
        `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${'x'.repeat(70_000)}`,
      ),
      fc.constant('grant_type=a&grant_type=b'),
    );
    const contentType = fc.constantFrom(
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=UTF-8',
      'application/json',
      'text/plain',
      '',
    );
    await fc.assert(
      fc.asyncProperty(form, contentType, async (body, type) => {
        const r = await send(
          'POST',
          '/maskinporten/token',
          type === '' ? {} : { 'content-type': type },
          body,
        );
        expect(r.status).toBeGreaterThanOrEqual(400);
        expectDocumentedError('/maskinporten/token', r, 'POST');
      }),
      { numRuns: 300 },
    );
  });

  it('grants with arbitrary claim values are refused with OAuth errors, never 5xx', async () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    const claim = fc.constantFrom(
      'aud',
      'iss',
      'scope',
      'iat',
      'exp',
      'jti',
      'consumer_org',
      'resource',
      'pid',
      'authorization_details',
      'nbf',
      'sub',
      'iss_onbehalfof',
    );
    await fc.assert(
      fc.asyncProperty(
        claim,
        value,
        fc.option(fc.constantFrom('kid', 'x5c', 'alg', 'typ')),
        value,
        async (name, v, headerName, hv) => {
          const assertion = grant(sim, {
            claims: { [name]: v, jti: crypto.randomUUID() },
            ...(headerName === null ? {} : { header: { [headerName]: hv } }),
          });
          const r = await send(
            'POST',
            '/maskinporten/token',
            { 'content-type': 'application/x-www-form-urlencoded' },
            new URLSearchParams({
              grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
              assertion,
            }).toString(),
          );
          if (r.status === 200) return;
          expectDocumentedError('/maskinporten/token', r, 'POST');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('admin bodies that are not what the admin API takes give 4xx problems', async () => {
    const target = fc.constantFrom(
      '/_simulator/clients',
      '/_simulator/faults',
      '/_simulator/altinn/delegations',
      '/_simulator/onboarding/319000003',
      '/_simulator/fixtures/30877343681',
      '/_simulator/certificates',
      '/_simulator/onboarding/319000003/paakoblinger/inntekt',
    );
    const body = fc.oneof(
      printable,
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(target, fc.constantFrom('POST', 'PUT'), body, async (p, method, b) => {
        const r = await send(
          method,
          p,
          { 'content-type': 'application/json', 'x-skattedeling-test-run': 'fuzz' },
          b,
        );
        expect(r.status, `${method} ${p} ${b}: ${r.body}`).toBeLessThan(500);
        if (r.status >= 400) expectDocumentedError(p, r, method);
      }),
      { numRuns: 300 },
    );
  });
});
