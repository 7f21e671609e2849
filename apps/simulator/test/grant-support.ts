// Fixtures for the grant rules' unit tests (src/maskinporten/rules/*.test.ts): a client with a
// registered key, a context over plain maps, a grant state at any step, and the refusal a rule
// throws. Kept out of src so the published package does not carry test keys.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { TestCa } from '../src/ca/ca.js';
import type { DecodedJws } from '../src/maskinporten/jwt.js';
import { MaskinportenRefusal } from '../src/maskinporten/refusal.js';
import type { GrantContext, GrantState } from '../src/maskinporten/rules/state.js';
import type { Client } from '../src/store/types.js';

export const issuer = 'http://127.0.0.1:5280/maskinporten/';
export const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const caKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const ca = new TestCa(caKeys.privateKey, caKeys.publicKey);

export const client: Client = {
  clientId: 'c1',
  orgnr: '311000004',
  navn: 'Leverandør AS',
  scopes: ['skatteetaten:inntekt'],
  keys: [
    {
      kid: 'k1',
      jwk: { ...keys.publicKey.export({ format: 'jwk' }), kid: 'k1' },
      registeredAt: '2026-01-01T00:00:00Z',
      expiresAt: '2099-01-01T00:00:00Z',
    },
  ],
  createdAt: '',
};

// The real clock, in whole seconds: the test CA dates its certificates by the real clock.
export const nowMs = Math.floor(Date.now() / 1000) * 1000;
export const now = nowMs / 1000;

/** A context with no state beyond `client`; override what a rule reads. */
export function grantCtx(overrides: Partial<GrantContext> = {}): GrantContext {
  const seen = new Map<string, number>();
  const at = overrides.nowMs ?? nowMs;
  return {
    issuer,
    tokenEndpoint: `${issuer}token`,
    nowMs,
    maxLifetimeSeconds: 120,
    skewSeconds: 10,
    requireJti: false,
    ca: ca.certificate,
    getClient: (id) => (id === client.clientId ? client : undefined),
    findClientByKid: () => undefined,
    keyObject: (k) => createPublicKey({ key: k.jwk, format: 'jwk' }),
    // As the memory store: an entry is a replay until its expiry.
    rememberJti: (key, expiresAtMs) => {
      const until = seen.get(key);
      if (until !== undefined && until > at) return false;
      seen.set(key, expiresAtMs);
      return true;
    },
    getOnboarding: () => undefined,
    getOrganisation: () => undefined,
    findDelegation: () => undefined,
    ...overrides,
  };
}

/** A grant state as the rules before the one under test would leave it. */
export function grantState(
  o: {
    header?: Record<string, unknown>;
    payload?: Record<string, unknown>;
    assertion?: string;
  } & Partial<Omit<GrantState, 'jws' | 'trail' | 'assertion'>> = {},
): GrantState {
  const { header = { alg: 'RS256', kid: 'k1' }, payload = {}, assertion = 'h.p.s', ...rest } = o;
  const jws: DecodedJws = {
    header,
    payload,
    signingInput: assertion.slice(0, assertion.lastIndexOf('.')),
    signature: Buffer.alloc(0),
  };
  return { assertion, trail: [], jws, ...rest };
}

/** The refusal `step` throws, as plain data; undefined when it passes. */
export function refusalOf(
  step: () => void,
): { rule?: string; error: string; reason: string; description?: string } | undefined {
  try {
    step();
    return undefined;
  } catch (error) {
    if (!(error instanceof MaskinportenRefusal)) throw error;
    return {
      error: error.error,
      reason: error.reason,
      ...(error.rule === undefined ? {} : { rule: error.rule }),
      ...(error.description === undefined ? {} : { description: error.description }),
    };
  }
}
