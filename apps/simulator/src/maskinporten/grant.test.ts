// The grant rules without HTTP: data in, decision out.
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TestCa } from '../ca/ca.js';
import type { Client, Delegation, Onboarding } from '../store/types.js';
import { checkGrant, type GrantContext } from './grant.js';
import { signJws } from './jwt.js';

const issuer = 'http://127.0.0.1:5280/maskinporten/';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const caKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ca = new TestCa(caKeys.privateKey, caKeys.publicKey);
const jwk = { ...keys.publicKey.export({ format: 'jwk' }), kid: 'k1' };
const client: Client = {
  clientId: 'c1',
  orgnr: '311000004',
  navn: 'Leverandør AS',
  scopes: ['skatteetaten:inntekt'],
  keys: [
    { kid: 'k1', jwk, registeredAt: '2026-01-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' },
  ],
  createdAt: '',
};
const onboarded: Onboarding = {
  orgnr: '319000003',
  navn: 'Fjellvik kommune',
  tilslutningserklaeringSignert: true,
  paakoblinger: { inntekt: { rettighetspakker: ['kommuneBoligsosialeFormaal'], innvilget: '' } },
};
const delegation: Delegation = {
  id: 'd',
  offeredBy: '319000003',
  coveredBy: '311000004',
  scope: 'skatteetaten:inntekt',
  rettighet: 'Inntekt API - På vegne av',
  status: 'active',
  created: '',
};

function context(
  overrides: Partial<GrantContext> = {},
  state: { onboarding?: Onboarding; delegation?: Delegation } = {
    onboarding: onboarded,
    delegation,
  },
): GrantContext {
  const seen = new Set<string>();
  return {
    issuer,
    tokenEndpoint: `${issuer}token`,
    nowMs: Date.now(),
    maxLifetimeSeconds: 120,
    skewSeconds: 10,
    requireJti: false,
    ca: ca.certificate,
    getClient: (id) => (id === 'c1' ? client : undefined),
    findClientByKid: () => undefined,
    keyObject: (k) => createPublicKey({ key: k.jwk, format: 'jwk' }),
    rememberJti: (key) => !seen.has(key) && Boolean(seen.add(key)),
    getOnboarding: (orgnr) => (orgnr === state.onboarding?.orgnr ? state.onboarding : undefined),
    getOrganisation: () => undefined,
    findDelegation: (o, c, s) =>
      state.delegation !== undefined &&
      o === state.delegation.offeredBy &&
      c === state.delegation.coveredBy &&
      s === state.delegation.scope
        ? state.delegation
        : undefined,
    ...overrides,
  };
}

function assertion(claims: Record<string, unknown> = {}): string {
  const iat = Math.floor(Date.now() / 1000);
  return signJws(
    { alg: 'RS256', kid: 'k1' },
    {
      aud: issuer,
      iss: 'c1',
      scope: 'skatteetaten:inntekt',
      iat,
      exp: iat + 120,
      jti: randomUUID(),
      consumer_org: '319000003',
      ...claims,
    },
    keys.privateKey,
  );
}

describe('checkGrant', () => {
  it('accepts a delegated grant and names consumer and supplier', () => {
    const decision = checkGrant(assertion(), context());
    expect(decision).toMatchObject({
      ok: true,
      consumerOrg: '319000003',
      supplierOrg: '311000004',
      clientAmr: 'private_key_jwt',
      scopes: ['skatteetaten:inntekt'],
    });
  });

  it('makes the lifetime limit configurable (Digdir documents 120 s, 180 s was observed)', () => {
    const iat = Math.floor(Date.now() / 1000);
    const long = assertion({ iat, exp: iat + 180 });
    expect(checkGrant(long, context())).toMatchObject({
      ok: false,
      error: 'lifetime',
      reason: 'exp − iat is 180 s, limit 120 s',
    });
    expect(checkGrant(long, context({ maxLifetimeSeconds: 180 })).ok).toBe(true);
  });

  it('checks the provider grant (MP-250) before the Altinn delegation (MP-251)', () => {
    expect(checkGrant(assertion(), context({}, {}))).toMatchObject({
      ok: false,
      error: 'notGranted',
    });
    expect(checkGrant(assertion(), context({}, { onboarding: onboarded }))).toMatchObject({
      ok: false,
      error: 'notDelegated',
      reason:
        'Fjellvik kommune (319000003) has not delegated Inntekt API to vendor Leverandør AS (311000004)',
    });
  });

  it('requires jti only when configured, and detects a replayed grant either way', () => {
    const withoutJti = assertion({ jti: undefined });
    const ctx = context();
    expect(checkGrant(withoutJti, ctx).ok).toBe(true);
    expect(checkGrant(withoutJti, ctx)).toMatchObject({ ok: false, error: 'replay' });
    expect(checkGrant(assertion({ jti: undefined }), context({ requireJti: true }))).toMatchObject({
      ok: false,
      error: 'missingJti',
    });
  });

  it('tolerates sub and nbf, refuses other undocumented claims', () => {
    const iat = Math.floor(Date.now() / 1000);
    expect(checkGrant(assertion({ sub: 'c1', nbf: iat }), context()).ok).toBe(true);
    expect(checkGrant(assertion({ foo: 1 }), context())).toMatchObject({
      ok: false,
      error: 'unknownClaims',
    });
  });

  it('passes resource through as string or array', () => {
    expect(
      checkGrant(assertion({ resource: 'https://api.example.test/' }), context()),
    ).toMatchObject({ ok: true, resource: 'https://api.example.test/' });
    expect(
      checkGrant(assertion({ resource: ['https://api.example.test/'] }), context()),
    ).toMatchObject({ ok: true, resource: ['https://api.example.test/'] });
    expect(checkGrant(assertion({ resource: [] }), context())).toMatchObject({
      ok: false,
      error: 'invalidClaim',
    });
  });

  it('refuses an expired registered key (MP-121)', () => {
    const expired = {
      ...client,
      keys: [{ ...(client.keys[0] as Client['keys'][number]), expiresAt: '2020-01-01T00:00:00Z' }],
    };
    expect(checkGrant(assertion(), context({ getClient: () => expired }))).toMatchObject({
      ok: false,
      error: 'expiredKey',
    });
  });

  it('refuses an expired virksomhetssertifikat (MP-120)', () => {
    const certClient = { ...client, keys: [] };
    const old = ca.issueVirksomhetssertifikat('311000004', 'Leverandør AS', keys.publicKey, {
      notBefore: new Date(Date.now() - 400 * 86400_000),
      notAfter: new Date(Date.now() - 86400_000),
    });
    const iat = Math.floor(Date.now() / 1000);
    const grant = signJws(
      { alg: 'RS256', x5c: old.x5c },
      {
        aud: issuer,
        iss: 'c1',
        scope: 'skatteetaten:inntekt',
        iat,
        exp: iat + 60,
        consumer_org: '319000003',
      },
      keys.privateKey,
    );
    expect(checkGrant(grant, context({ getClient: () => certClient }))).toMatchObject({
      ok: false,
      error: 'badCertificate',
    });
  });
});
