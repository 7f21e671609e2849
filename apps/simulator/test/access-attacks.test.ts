// Must hold 3: the JWT attack suite, part two: grants for a consumer that may not be served
// (consumer_org, delegation, påkobling, x5c), a delegation revoked between two token requests, and
// access tokens Skatteetaten refuses at the API. Part one is attacks.test.ts.
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJws } from '../src/maskinporten/jwt.js';
import {
  accessToken,
  admin,
  demoClientIds,
  demoKommuner,
  demoPerson,
  expectGrantRefused,
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

describe('grants Maskinporten refuses for the consumer named', () => {
  it('consumer_org without delegation', async () => {
    const run = { 'x-skattedeling-test-run': 'attack-no-delegation' };
    const kommune = '319000003';
    const revoke = (
      await admin(
        sim,
        'GET',
        `/altinn/delegations?offeredBy=${kommune}&scope=skatteetaten:inntekt`,
        undefined,
        run,
      )
    ).body as { delegations: { id: string }[] };
    // In this test run only: the municipality has not delegated Inntekt API.
    expect(
      (
        await admin(
          sim,
          'DELETE',
          `/altinn/delegations/${revoke.delegations[0]?.id}`,
          undefined,
          run,
        )
      ).status,
    ).toBe(200);
    const r = await postToken(
      sim,
      grant(sim, { claims: { scope: 'skatteetaten:inntekt' } }),
      {},
      run,
    );
    expect(r.status).toBe(403);
    expect(r.body.error).toBe('forbidden');
    expect(r.body.error_uri).toBe(`${sim.ctx.urls.issuer}errors/MP-251`);
    expect(r.body.error_description).toMatch(
      /^Consumer 319000003 has not delegated access to the scope skatteetaten:inntekt to supplier 311000004\./,
    );
    expect(reasonOf(r.headers)).toMatch(
      /Fjellvik kommune \(319000003\) revoked the delegation of Inntekt API to vendor Demo Fagsystem AS \(311000004\)/,
    );
    // Other runs and the global scope still have the delegation.
    expect(
      (await postToken(sim, grant(sim, { claims: { scope: 'skatteetaten:inntekt' } }))).status,
    ).toBe(200);
  });
  it('consumer_org never delegated', async () => {
    await admin(sim, 'PUT', '/onboarding/319000038', {
      navn: 'Bakkevik kommune',
      tilslutningserklaeringSignert: true,
      paakoblinger: { summertskattegrunnlag: { rettighetspakker: ['kommuneforeldrebetaling'] } },
    });
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { consumer_org: '319000038' } }),
      403,
      'forbidden',
      'MP-251',
      /Bakkevik kommune \(319000038\) has not delegated Summert skattegrunnlag API to vendor/,
    );
  });
  it('consumer without the påkobling or the agreement', async () => {
    await expectGrantRefused(
      sim,
      grant(sim, {
        claims: { consumer_org: demoKommuner.delvis.orgnr, scope: 'skatteetaten:inntekt' },
      }),
      403,
      'forbidden',
      'MP-250',
      /påkobling for Inntekt API not granted to Strandvik kommune|paakobling for Inntekt API not granted to Strandvik kommune/,
    );
    await admin(sim, 'PUT', '/onboarding/319000046', {
      navn: 'Nyvik kommune',
      tilslutningserklaeringSignert: false,
    });
    await expectGrantRefused(
      sim,
      grant(sim, { claims: { consumer_org: '319000046' } }),
      403,
      'forbidden',
      'MP-250',
      /tilslutningserklaering not signed by Nyvik kommune/,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { omit: ['consumer_org'] }),
      403,
      'forbidden',
      'MP-250',
      /Demo Fagsystem AS \(311000004\)/,
    );
  });
  it('x5c as a string, from another CA, for another organisation, and kid with x5c', async () => {
    const certClient = { iss: demoClientIds.sertifikat };
    await expectGrantRefused(
      sim,
      grant(sim, { header: { kid: undefined, x5c: sim.x5c[0] }, claims: certClient }),
      400,
      'invalid_grant',
      'MP-123',
    );
    const issued = (await admin(sim, 'POST', '/certificates', { orgnr: '319000003' })).body as {
      x5c: string[];
      privateKeyPem: string;
    };
    const key = createPrivateKey(issued.privateKeyPem);
    await expectGrantRefused(
      sim,
      grant(sim, { header: { kid: undefined, x5c: issued.x5c }, claims: certClient, key }),
      400,
      'invalid_grant',
      'MP-122',
      /319000003 does not match the client's 311000004/,
    );
    const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const selfSigned = (await import('../src/ca/ca.js')).TestCa;
    const otherCa = new selfSigned(foreign.privateKey, foreign.publicKey);
    const fake = otherCa.issueVirksomhetssertifikat(
      '311000004',
      'Demo Fagsystem AS',
      sim.vendorKey.publicKey,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { header: { kid: undefined, x5c: fake.x5c }, claims: certClient }),
      400,
      'invalid_grant',
      'MP-120',
      /not the simulator's test CA/,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { header: { x5c: sim.x5c }, claims: certClient }),
      400,
      'invalid_grant',
      undefined,
      /both kid and x5c/,
    );
    await expectGrantRefused(
      sim,
      grant(sim, { header: { kid: undefined, x5c: sim.x5c } }),
      400,
      'invalid_grant',
      undefined,
      /registered keys/,
    );
  });
  it('a malformed grant', async () => {
    await expectGrantRefused(sim, 'not-a-jwt', 400, 'invalid_request', 'MP-011');
    await expectGrantRefused(sim, `${grant(sim)}\n`, 400, 'invalid_request', 'MP-011');
  });
});

describe('delegation revoked between two token requests', () => {
  it('the next token request fails; the token already issued stays valid until exp', async () => {
    const run = { 'x-skattedeling-test-run': 'attack-revoke' };
    const token = await accessToken(sim, {}, run);
    const list = (
      await admin(
        sim,
        'GET',
        `/altinn/delegations?offeredBy=${demoKommuner.fullt.orgnr}&scope=skatteetaten:summertskattegrunnlag`,
        undefined,
        run,
      )
    ).body as { delegations: { id: string }[] };
    expect(
      (await admin(sim, 'DELETE', `/altinn/delegations/${list.delegations[0]?.id}`, undefined, run))
        .status,
    ).toBe(200);
    await expect(accessToken(sim, {}, run)).rejects.toThrow(/403 .*MP-251/);
    const api = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`,
      { authorization: `Bearer ${token}`, ...run },
    );
    expect(api.status).toBe(200);
  });
});

describe('access tokens Skatteetaten refuses', () => {
  const path = () => `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`;
  it('a tampered token: consumer changed, signature kept', async () => {
    const [h, p, s] = (await accessToken(sim)).split('.');
    const claims = JSON.parse(Buffer.from(p as string, 'base64url').toString());
    claims.consumer.ID = '0192:319000011';
    const tampered = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const r = await get(sim, path(), { authorization: `Bearer ${tampered}` });
    expect(r.status).toBe(401);
    expect(r.json().kode).toBe('SSG-004');
    expect(reasonOf(r.headers)).toMatch(/signature does not verify/);
  });
  it('a token the simulator did not sign', async () => {
    const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const claims = JSON.parse(
      Buffer.from((await accessToken(sim)).split('.')[1] as string, 'base64url').toString(),
    );
    const forged = signJws({ kid: sim.ctx.signingKey.kid, alg: 'RS256' }, claims, foreign);
    const r = await get(sim, path(), { authorization: `Bearer ${forged}` });
    expect(r.status).toBe(401);
    expect(r.json().kode).toBe('SSG-004');
  });
  it('an expired token', async () => {
    const token = await accessToken(sim);
    const exp = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString())
      .exp as number;
    const realNow = sim.ctx.now;
    (sim.ctx as { now: () => number }).now = () => (exp + 1) * 1000;
    try {
      const r = await get(sim, path(), { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.json().kode).toBe('SSG-004');
      expect(reasonOf(r.headers)).toMatch(/token expired/);
    } finally {
      (sim.ctx as { now: () => number }).now = realNow;
    }
  });
  it('a token of another scope', async () => {
    const token = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
    const r = await get(sim, path(), { authorization: `Bearer ${token}` });
    expect(r.status).toBe(403);
    expect(r.json().kode).toBe('DAS-008');
    const im = await get(
      sim,
      `/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=2026-01&tilOgMed=2026-01`,
      { authorization: `Bearer ${await accessToken(sim)}` },
    );
    expect(im.status).toBe(403);
    expect(im.json().kode).toBe('DAS-008');
  });
  it('a token asked with resource (aud set): Skatteetaten expects none', async () => {
    const token = await accessToken(sim, {
      claims: { resource: 'https://summertskattegrunnlag.api.skatteetaten-test.no' },
    });
    const r = await get(sim, path(), { authorization: `Bearer ${token}` });
    expect(r.status).toBe(401);
    expect(r.json().kode).toBe('SSG-004');
    expect(reasonOf(r.headers)).toMatch(/resource/);
  });
  it('the spesifisert scope is accepted by Summert skattegrunnlag V2', async () => {
    const c = (await admin(sim, 'GET', `/clients/${demoClientIds.kid}`)).body as { orgnr: string };
    const created = await admin(sim, 'POST', '/clients', {
      clientId: 'spesifisert-client',
      orgnr: c.orgnr,
      scopes: ['skatteetaten:spesifisertsummertskattegrunnlag'],
      keys: [],
    });
    expect(created.status).toBe(201);
    const token = await accessToken(sim, {
      header: { kid: undefined, x5c: sim.x5c },
      claims: { iss: 'spesifisert-client', scope: 'skatteetaten:spesifisertsummertskattegrunnlag' },
    });
    const r = await get(sim, path(), { authorization: `Bearer ${token}` });
    expect(r.status).toBe(200);
  });
});
