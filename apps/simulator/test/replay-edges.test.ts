// Replay edges of the token endpoint: the replay window outlives the acceptance window, a grant
// without jti cannot be replayed by re-encoding its signature, and a crit header the simulator does
// not understand is refused (RFC 7515 §4.1.11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grant, postToken, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const now = () => Math.floor(Date.now() / 1000);
const reasonOf = (headers: Headers) => headers.get('x-skattedeling-simulator-reason') ?? '';

async function expectRefused(assertion: string, status: number, error: string, code?: string) {
  const r = await postToken(sim, assertion);
  expect(r.status, `${r.text} ${reasonOf(r.headers)}`).toBe(status);
  expect(r.body.error).toBe(error);
  if (code === undefined) expect(r.body.error_uri).toBeUndefined();
  else expect(r.body.error_uri).toBe(`${sim.ctx.urls.issuer}errors/${code}`);
  return r;
}

describe('replay edges', () => {
  it('refuses a grant replayed in the last second of its validity (exp + skew)', async () => {
    const t = now();
    const skew = sim.ctx.config.clockSkewSeconds;
    const last = grant(sim, { claims: { iat: t - skew - 100, exp: t - skew } });
    const realNow = sim.ctx.now;
    // Half a second into the last second in which exp + skew has not yet passed.
    (sim.ctx as { now: () => number }).now = () => t * 1000 + 500;
    try {
      expect((await postToken(sim, last)).status).toBe(200);
      const again = await expectRefused(last, 400, 'invalid_grant', 'MP-012');
      expect(reasonOf(again.headers)).toMatch(/jti reused/);
    } finally {
      (sim.ctx as { now: () => number }).now = realNow;
    }
  });

  it('refuses a jti-less grant replayed with other unused bits in its signature’s last character', async () => {
    const once = grant(sim, { omit: ['jti'] });
    expect((await postToken(sim, once)).status).toBe(200);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(once.at(-1) as string);
    // A 256-byte signature is 342 characters; the last one carries 2 bits and 4 unused ones.
    const twin = `${once.slice(0, -1)}${alphabet[last ^ 0b1111]}`;
    expect(twin).not.toBe(once);
    expect(Buffer.from(twin.split('.')[2] as string, 'base64url')).toEqual(
      Buffer.from(once.split('.')[2] as string, 'base64url'),
    );
    const r = await expectRefused(twin, 400, 'invalid_grant', 'MP-012');
    expect(reasonOf(r.headers)).toMatch(/no jti/);
  });

  it('refuses a grant with a crit header it does not understand (RFC 7515 §4.1.11)', async () => {
    const r = await expectRefused(
      grant(sim, { header: { crit: ['x-sim-ext'], 'x-sim-ext': true } }),
      400,
      'invalid_grant',
      'MP-124',
    );
    expect(reasonOf(r.headers)).toMatch(/^crit names x-sim-ext, not understood/);
  });

  it('refuses a malformed crit header as a malformed grant (MP-011)', async () => {
    for (const crit of ['exp', [], [''], ['x', 'x'], ['x-absent'], ['alg'], [[['x']]]]) {
      const r = await expectRefused(
        grant(sim, { header: { crit, x: 1 } }),
        400,
        'invalid_request',
        'MP-011',
      );
      expect(reasonOf(r.headers)).toMatch(/^crit /);
    }
  });
});
