// Must hold 3: the JWT attack suite, part one: grants Maskinporten refuses for their signature,
// key, lifetime, audience, replay, scope, client or claims. Each attack gets the exact status,
// OAuth error and MP code, and a reason. Part two (consumer_org, delegation, access tokens at the
// API) is access-attacks.test.ts.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectGrantRefused,
  grant,
  hmacGrant,
  postToken,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const now = () => Math.floor(Date.now() / 1000);

describe('grants Maskinporten refuses', () => {
  it('alg none', async () => {
    const parts = grant(sim).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: sim.vendorKey.kid })).toString(
      'base64url',
    );
    await expectGrantRefused(
      sim,
      `${header}.${parts[1]}.`,
      400,
      'invalid_grant',
      'MP-124',
      /alg "none"/,
    );
  });
  it('HS256 signed with the public key', async () => {
    const claims = JSON.parse(
      Buffer.from(grant(sim).split('.')[1] as string, 'base64url').toString(),
    );
    const pem = sim.vendorKey.publicKey.export({ type: 'spki', format: 'pem' });
    await expectGrantRefused(
      sim,
      hmacGrant(claims, { alg: 'HS256', kid: sim.vendorKey.kid }, pem),
      400,
      'invalid_grant',
      'MP-124',
      /alg "HS256"/,
    );
  });
  it('ES256 and PS256 are not accepted either', async () => {
    const claims = JSON.parse(
      Buffer.from(grant(sim).split('.')[1] as string, 'base64url').toString(),
    );
    for (const alg of ['ES256', 'PS256']) {
      const input = `${Buffer.from(JSON.stringify({ alg, kid: sim.vendorKey.kid })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
      await expectGrantRefused(sim, `${input}.AAAA`, 400, 'invalid_grant', 'MP-124');
    }
  });
  it('unknown kid', async () => {
    const r = await expectGrantRefused(
      sim,
      grant(sim, { header: { kid: 'not-registered' } }),
      400,
      'invalid_grant',
      undefined,
      /kid not-registered is not registered/,
    );
    expect(r.body.error_description).toMatch(
      /^Invalid assertion\. Client authentication failed\. Unknown key identifier \(kid\) for client\./,
    );
  });
  it('wrong key (a registered kid, another private key)', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    await expectGrantRefused(
      sim,
      grant(sim, { key: other }),
      400,
      'invalid_grant',
      'MP-124',
      /signature does not verify/,
    );
  });
  it('expired', async () => {
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { iat: now() - 100, exp: now() - 30 } }),
      400,
      'invalid_grant',
      'MP-130',
      /exp passed 30 s ago, limit 10 s/,
    );
  });
  it('iat in the future', async () => {
    const r = await expectGrantRefused(
      sim,
      grant(sim, { claims: { iat: now() + 60, exp: now() + 120 } }),
      400,
      'invalid_grant',
      undefined,
      /iat is 60 s in the future, limit 10 s/,
    );
    expect(r.body.error_description).toMatch(/^Issue time is after now/);
  });
  it('lifetime too long', async () => {
    const r = await expectGrantRefused(
      sim,
      grant(sim, { claims: { iat: now(), exp: now() + 300 } }),
      400,
      'invalid_grant',
      undefined,
      /exp - iat is 300 s, limit 120 s/,
    );
    expect(r.body.error_description).toMatch(/^JWT has too long lifetime\./);
  });
  it('wrong aud: token URL, missing trailing slash, array, another environment', async () => {
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { aud: sim.ctx.urls.tokenEndpoint } }),
      400,
      'invalid_grant',
      'MP-110',
      /token endpoint/,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { aud: sim.ctx.urls.issuer.slice(0, -1) } }),
      400,
      'invalid_grant',
      'MP-110',
      /trailing slash/,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { aud: [sim.ctx.urls.issuer] } }),
      400,
      'invalid_grant',
      'MP-110',
      /single value/,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { aud: 'https://test.maskinporten.no/' } }),
      400,
      'invalid_grant',
      'MP-110',
    );
  });
  it('replayed jti', async () => {
    const first = grant(sim, { claims: { jti: 'fixed-jti-from-config' } });
    expect((await postToken(sim, first)).status).toBe(200);
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { jti: 'fixed-jti-from-config' } }),
      400,
      'invalid_grant',
      'MP-012',
      /jti reused/,
    );
  });
  it('the same grant without jti sent twice', async () => {
    const once = grant(sim, { omit: ['jti'] });
    expect((await postToken(sim, once)).status).toBe(200);
    await expectGrantRefused(sim, once, 400, 'invalid_grant', 'MP-012', /no jti/);
  });
  it('scope not allowed for the client', async () => {
    const r = await expectGrantRefused(
      sim,
      grant(sim, { claims: { scope: 'skatteetaten:summertskattegrunnlag nav:aareg' } }),
      400,
      'invalid_scope',
      'MP-200',
      /nav:aareg is not registered/,
    );
    expect(r.body.error_description).toMatch(
      /^Token request contains invalid scopes for client, nav:aareg/,
    );
  });
  it('unknown client', async () => {
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { iss: 'no-such-client' } }),
      400,
      'invalid_grant',
      'MP-100',
    );
  });
  it('claims outside the documented list (consumer_orgno)', async () => {
    const r = await expectGrantRefused(
      sim,
      grant(sim, { claims: { consumer_orgno: '319000003' } }),
      400,
      'invalid_grant',
      undefined,
      /consumer_orgno/,
    );
    expect(r.body.error_description).toMatch(/^Invalid assertion/);
  });
  it('consumer_org equal to the client’s own organisation', async () => {
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { consumer_org: '311000004' } }),
      400,
      'invalid_request',
      undefined,
      /own organisation/,
    );
  });
});
