// token(): an access token the way the demo vendor's own Maskinporten client gets one, through
// the simulator's token endpoint with a freshly signed JWT grant, so every rule applies
// (onboarding, delegation, scopes) and a refusal comes back with its reason.
import { type KeyObject, randomUUID } from 'node:crypto';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { DemoInfo } from '../demo/facts.js';
import { REASON_HEADER } from '../http/headers.js';
import { signJws } from '../maskinporten/jwt.js';
import { TokenRefusedError, type TokenRequest } from './types.js';

export interface DemoVendorKey {
  readonly privateKey: KeyObject;
  readonly kid: string;
  /** The virksomhetssertifikat chain (leaf first) as base64 DER, for `x5c`. */
  readonly x5c: readonly string[];
}

/** The signed grant for a token request, as RFC 7523 and Maskinporten want it. */
export function demoGrant(
  demo: DemoInfo,
  key: DemoVendorKey,
  issuer: string,
  request: TokenRequest,
  nowSeconds = Math.floor(Date.now() / 1000),
): string {
  const scope = request.scope ?? summertSkattegrunnlagApi.scopes[0];
  const claims = {
    aud: issuer,
    iss: request.certificate ? demo.clients.sertifikat.clientId : demo.clients.kid.clientId,
    scope: typeof scope === 'string' ? scope : scope.join(' '),
    iat: nowSeconds,
    exp: nowSeconds + 60,
    jti: randomUUID(),
    ...(request.consumerOrg === undefined ? {} : { consumer_org: request.consumerOrg }),
  };
  const header = request.certificate
    ? { alg: 'RS256', x5c: key.x5c }
    : { alg: 'RS256', kid: key.kid };
  return signJws(header, claims, key.privateKey);
}

/** Posts the grant to the token endpoint; the access token, or TokenRefusedError. */
export async function fetchToken(tokenEndpoint: string, assertion: string): Promise<string> {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
    }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new TokenRefusedError(
      response.status,
      text,
      response.headers.get(REASON_HEADER) ?? undefined,
    );
  return (JSON.parse(text) as { access_token: string }).access_token;
}
