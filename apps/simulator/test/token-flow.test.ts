// Must hold 2: an off-the-shelf OAuth client (openid-client v6, unchanged) discovers the
// simulator's Maskinporten from its metadata, gets a token with the JWT-bearer grant, and the token
// opens the Skatteetaten endpoints.
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoClientIds,
  demoKommuner,
  demoPerson,
  get,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

async function signedGrant(
  scope: string,
  header: Record<string, unknown>,
  clientId: string,
): Promise<string> {
  // The vendor reads its key from the files the demo wrote, as a real integration would.
  const key = createPrivateKey(readFileSync(sim.demo?.files.privateKey as string, 'utf8'));
  return new SignJWT({ scope, consumer_org: demoKommuner.fullt.orgnr })
    .setProtectedHeader({ alg: 'RS256', ...header })
    .setIssuer(clientId)
    .setAudience(sim.ctx.urls.issuer)
    .setIssuedAt()
    .setExpirationTime('120s')
    .setJti(crypto.randomUUID())
    .sign(key);
}

describe('openid-client against the simulator', () => {
  it('discovers, gets a token with the JWT-bearer grant and calls Summert skattegrunnlag', async () => {
    const config = await client.discovery(
      new URL(sim.ctx.urls.issuer),
      demoClientIds.kid,
      undefined,
      client.None(),
      {
        execute: [client.allowInsecureRequests],
        algorithm: 'oauth2',
      },
    );
    expect(config.serverMetadata().token_endpoint).toBe(sim.ctx.urls.tokenEndpoint);
    const assertion = await signedGrant(
      'skatteetaten:summertskattegrunnlag',
      { kid: sim.vendorKey.kid, typ: 'JWT' },
      demoClientIds.kid,
    );
    const tokens = await client.genericGrantRequest(
      config,
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
      { assertion },
    );
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.expires_in).toBe(120);
    expect(tokens.scope).toBe('skatteetaten:summertskattegrunnlag');

    const pid = demoPerson(sim, /employee with salary/);
    const r = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`,
      { authorization: `Bearer ${tokens.access_token}` },
    );
    expect(r.status).toBe(200);
    expect(r.json().personidentifikator).toBe(pid);
  });

  it('authenticates with the virksomhetssertifikat (x5c) client and calls Inntekt', async () => {
    const config = await client.discovery(
      new URL(sim.ctx.urls.issuer),
      demoClientIds.sertifikat,
      undefined,
      client.None(),
      {
        execute: [client.allowInsecureRequests],
        algorithm: 'oauth2',
      },
    );
    const assertion = await signedGrant(
      'skatteetaten:inntekt',
      { x5c: sim.x5c.slice(0, 1) },
      demoClientIds.sertifikat,
    );
    const tokens = await client.genericGrantRequest(
      config,
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
      { assertion },
    );
    const claims = JSON.parse(
      Buffer.from(tokens.access_token.split('.')[1] as string, 'base64url').toString(),
    );
    expect(claims.client_amr).toBe('virksomhetssertifikat');
    const pid = demoPerson(sim, /employee with salary/);
    const r = await get(
      sim,
      `/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=2026-01&tilOgMed=2026-02`,
      { authorization: `Bearer ${tokens.access_token}` },
    );
    expect(r.status).toBe(200);
  });
});
