import { describe, expect, it } from 'vitest';
import {
  ca,
  client,
  grantCtx,
  grantState,
  keys,
  nowMs,
  refusalOf,
} from '../../../test/grant-support.js';
import type { Client } from '../../store/types.js';
import { signingKey } from './key.js';

const certClient: Client = { ...client, clientId: 'c2', keys: [] };
const run = (header: Record<string, unknown>, c: Client = client) => {
  const g = grantState({ header: { alg: 'RS256', ...header }, client: c });
  return { g, refusal: refusalOf(() => signingKey(g, grantCtx())) };
};

describe('grant.key / grant.kid / grant.x5c', () => {
  it('takes the registered key named by kid', () => {
    const { g, refusal } = run({ kid: 'k1' });
    expect(refusal).toBeUndefined();
    expect(g.clientAmr).toBe('private_key_jwt');
    expect(g.key?.equals(keys.publicKey)).toBe(true);
  });

  it('refuses a kid not registered on the client, naming where it is registered', () => {
    const other = { ...client, clientId: 'c9' };
    const g = grantState({ header: { alg: 'RS256', kid: 'k9' }, client });
    expect(
      refusalOf(() => signingKey(g, grantCtx({ findClientByKid: () => other }))),
    ).toMatchObject({
      rule: 'grant.kid',
      error: 'unknownKid',
      reason:
        'kid k9 is not registered on client c1 (it is registered on client c9; registered: k1)',
    });
  });

  it('escapes and cuts the kid it quotes, so a kid cannot forge a log line', () => {
    const g = grantState({ header: { alg: 'RS256', kid: `k\n${'x'.repeat(5000)}` }, client });
    expect(refusalOf(() => signingKey(g, grantCtx()))?.reason).toMatch(
      /^kid k\\nx+… \(5002 characters\) is not registered on client c1/,
    );
  });

  it('refuses a registered key older than a year (MP-121)', () => {
    const key = {
      ...(client.keys[0] as Client['keys'][number]),
      expiresAt: '2020-01-01T00:00:00Z',
    };
    expect(run({ kid: 'k1' }, { ...client, keys: [key] }).refusal?.error).toBe('expiredKey');
  });

  it('refuses both kid and x5c, and neither', () => {
    expect(run({ kid: 'k1', x5c: ['MIIB'] }).refusal).toMatchObject({
      rule: 'grant.key',
      error: 'kidAndX5c',
    });
    expect(run({}, certClient).refusal?.reason).toBe('the header has neither kid nor x5c');
  });

  it('refuses x5c, or no kid, from a client that has registered keys', () => {
    expect(run({ x5c: ['MIIB'] }).refusal?.error).toBe('requiresJwk');
    expect(run({}).refusal?.reason).toBe('client c1 has registered keys, and the grant has no kid');
  });

  it('takes the key of a virksomhetssertifikat from the test CA for the client’s organisation', () => {
    const cert = ca.issueVirksomhetssertifikat(client.orgnr, client.navn, keys.publicKey);
    const { g, refusal } = run({ x5c: cert.x5c }, certClient);
    expect(refusal).toBeUndefined();
    expect(g.clientAmr).toBe('virksomhetssertifikat');
  });

  it('refuses a certificate for another organisation (MP-122) or an expired one (MP-120)', () => {
    const other = ca.issueVirksomhetssertifikat('319000003', 'Fjellvik kommune', keys.publicKey);
    expect(run({ x5c: other.x5c }, certClient).refusal).toMatchObject({
      error: 'certOrgnr',
      reason: "certificate organisation number 319000003 does not match the client's 311000004",
    });
    const old = ca.issueVirksomhetssertifikat(client.orgnr, client.navn, keys.publicKey, {
      notBefore: new Date(nowMs - 400 * 86400_000),
      notAfter: new Date(nowMs - 86400_000),
    });
    expect(run({ x5c: old.x5c }, certClient).refusal?.error).toBe('badCertificate');
  });
});
