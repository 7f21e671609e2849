import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keys, refusalOf } from '../../../test/grant-support.js';
import { decodeJws, signJws } from '../jwt.js';
import { signatureVerifies } from './signature.js';
import { newGrantState } from './state.js';

function state(signer = keys.privateKey) {
  const assertion = signJws({ alg: 'RS256', kid: 'k1' }, { iss: 'c1' }, signer);
  return Object.assign(newGrantState(assertion), {
    jws: decodeJws(assertion),
    alg: 'RS256' as const,
    key: keys.publicKey,
    clientAmr: 'private_key_jwt' as const,
  });
}

describe('grant.signature', () => {
  it('accepts a signature made with the registered key', () => {
    expect(refusalOf(() => signatureVerifies(state()))).toBeUndefined();
  });

  it('refuses a signature made with another key (MP-124)', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(refusalOf(() => signatureVerifies(state(other)))).toEqual({
      rule: 'grant.signature',
      error: 'signature',
      reason: 'signature does not verify with the key registered as k1 (RS256)',
    });
  });
});
