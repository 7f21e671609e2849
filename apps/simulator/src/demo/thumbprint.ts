// RFC 7638 JWK thumbprint of an RSA key: a stable, unique kid for a key.
import { createHash, type JsonWebKey } from 'node:crypto';

export function jwkThumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}
