// The simulator's Maskinporten signing key: a fresh RSA key per start, published in /jwk with a
// 43-character base64url kid (as observed on TEST) and the signing certificate in x5c.
import { type JsonWebKey, type KeyObject, randomBytes } from 'node:crypto';
import type { TestCa } from '../ca/ca.js';

export interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256';
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly jwk: JsonWebKey & { kid: string; x5c: string[] };
}

export function createSigningKey(
  privateKey: KeyObject,
  publicKey: KeyObject,
  ca: TestCa,
): SigningKey {
  const kid = randomBytes(32).toString('base64url');
  const cert = ca.issueVirksomhetssertifikat('991825827', 'Simulert Maskinporten', publicKey);
  const exported = publicKey.export({ format: 'jwk' });
  const jwk = {
    kty: 'RSA',
    kid,
    alg: 'RS256',
    use: 'sig',
    n: exported.n as string,
    e: exported.e as string,
    x5c: [...cert.x5c],
  };
  return { kid, alg: 'RS256', privateKey, publicKey, jwk };
}
