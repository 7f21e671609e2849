// A compact JWS signed with RSA PKCS#1 v1.5 and SHA-256 (RS256) on Node's crypto: the verifier's
// grants, as the vendor's own Maskinporten client would sign them.
import { type KeyObject, sign } from 'node:crypto';

const b64url = (text: string) => Buffer.from(text).toString('base64url');

export function signJws(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}
