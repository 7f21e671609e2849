// Hostile JSON in a grant or a bearer token is refused with the client error the real service
// would give, never a 500, and a value quoted in a refusal is described safely (type, length, cut).
import { type KeyObject, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  demoPerson,
  get,
  grant,
  postToken,
  reasonOf,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

let sim: TestSimulator;
let pid: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  pid = demoPerson(sim, /employee with salary/);
});
afterAll(() => sim.close());

const b64 = (text: string) => Buffer.from(text).toString('base64url');
/** JSON text of an array nested `depth` deep: JSON.stringify of such a value overflows the stack. */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** Signs header and payload given as JSON text, so they may hold what JSON.stringify cannot write. */
function signRaw(headerJson: string, payloadJson: string, key: KeyObject): string {
  const input = `${b64(headerJson)}.${b64(payloadJson)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** The demo grant's claims as JSON text with one claim's value replaced by raw JSON. */
function claimsWith(name: string, rawValue: string): string {
  const claims = JSON.parse(
    Buffer.from(grant(sim).split('.')[1] as string, 'base64url').toString(),
  );
  delete claims[name];
  const rest = JSON.stringify(claims);
  return `{"${name}":${rawValue},${rest.slice(1)}`;
}

async function expectRefused(assertion: string, status: number, error: string, code?: string) {
  const r = await postToken(sim, assertion);
  expect(r.status, `${r.text} ${reasonOf(r.headers)}`).toBe(status);
  expect(r.body.error).toBe(error);
  if (code === undefined) expect(r.body.error_uri).toBeUndefined();
  else expect(r.body.error_uri).toBe(`${sim.ctx.urls.issuer}errors/${code}`);
  return r;
}

describe('hostile JSON in a grant never gives a 500', () => {
  it('refuses a header alg nested 6,000 deep as an unsupported alg (MP-124)', async () => {
    const header = `{"alg":${nested(6000)},"kid":"${sim.vendorKey.kid}"}`;
    const payload = Buffer.from(grant(sim).split('.')[1] as string, 'base64url').toString();
    const r = await expectRefused(
      signRaw(header, payload, sim.vendorKey.privateKey),
      400,
      'invalid_grant',
      'MP-124',
    );
    expect(reasonOf(r.headers)).toMatch(/^alg an array of 1 item is not accepted/);
  });

  it('refuses an aud nested 6,000 deep as a wrong aud (MP-110)', async () => {
    const header = JSON.stringify({ alg: 'RS256', kid: sim.vendorKey.kid });
    const r = await expectRefused(
      signRaw(header, claimsWith('aud', nested(6000)), sim.vendorKey.privateKey),
      400,
      'invalid_grant',
      'MP-110',
    );
    expect(reasonOf(r.headers)).toMatch(/aud must be a single value, got an array of 1 item/);
  });

  it('refuses iat, exp and consumer_org nested 6,000 deep with their own refusals', async () => {
    const header = JSON.stringify({ alg: 'RS256', kid: sim.vendorKey.kid });
    const key = sim.vendorKey.privateKey;
    const iat = await expectRefused(
      signRaw(header, claimsWith('iat', nested(6000)), key),
      400,
      'invalid_grant',
    );
    expect(reasonOf(iat.headers)).toBe('iat is not a number (an array of 1 item)');
    const exp = await expectRefused(
      signRaw(header, claimsWith('exp', nested(6000)), key),
      400,
      'invalid_grant',
    );
    expect(reasonOf(exp.headers)).toBe('exp is not a number (an array of 1 item)');
    const org = await expectRefused(
      signRaw(header, claimsWith('consumer_org', nested(6000)), key),
      400,
      'invalid_request',
    );
    expect(reasonOf(org.headers)).toMatch(/got an array of 1 item$/);
  });

  it('describes a 40,000-character iss by a cut and its length', async () => {
    const r = await expectRefused(
      grant(sim, { claims: { iss: `${'x'.repeat(40_000)}` } }),
      400,
      'invalid_grant',
      'MP-100',
    );
    expect(reasonOf(r.headers)).toMatch(
      /^no client with client_id "x+"\.\.\. \(a string of 40000 characters\)/,
    );
    expect(reasonOf(r.headers).length).toBeLessThan(200);
  });
});

describe('hostile JSON in a bearer token never gives a 500', () => {
  const paths = () => ({
    'SSG-004': `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`,
    'IM-004': `/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=2026-01&tilOgMed=2026-01`,
  });

  // 5,000 deep is as much as fits in Node's 16 KiB header limit, and enough to overflow the stack.
  it('answers 401 SSG-004 / IM-004 for a token whose alg is nested 5,000 deep', async () => {
    const [, payload, signature] = (await accessToken(sim)).split('.');
    const token = `${b64(`{"alg":${nested(5000)},"kid":"${sim.ctx.signingKey.kid}"}`)}.${payload}.${signature}`;
    for (const [kode, path] of Object.entries(paths())) {
      const r = await get(sim, path, { authorization: `Bearer ${token}` });
      expect(r.status, r.text).toBe(401);
      expect(r.json().kode).toBe(kode);
      expect(reasonOf(r.headers)).toBe('token alg an array of 1 item is not accepted');
    }
  });

  it('answers 401 for a token whose kid is nested 5,000 deep', async () => {
    const [, payload, signature] = (await accessToken(sim)).split('.');
    const token = `${b64(`{"alg":"RS256","kid":${nested(5000)}}`)}.${payload}.${signature}`;
    const r = await get(sim, paths()['SSG-004'], { authorization: `Bearer ${token}` });
    expect(r.status, r.text).toBe(401);
    expect(reasonOf(r.headers)).toMatch(
      /^token kid an array of 1 item is not in the issuer's JWKS/,
    );
  });
});
