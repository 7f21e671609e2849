// The access token Maskinporten issues: a self-contained JWT, header {kid, alg} without typ, and the
// claim set observed on TEST (the AccessTokenClaims schema of contracts/maskinporten/openapi.yaml).
import { randomBytes } from 'node:crypto';
import type { AccessTokenAudience } from '../config/options.js';
import type { GrantAccepted } from './grant.js';
import { signJwsAsync } from './jwt.js';
import type { SigningKey } from './keys.js';

export interface IssueOptions {
  readonly issuer: string;
  readonly nowMs: number;
  readonly defaultLifetimeSeconds: number;
  readonly scopeLifetimes: Readonly<Record<string, number>>;
  readonly audience: AccessTokenAudience;
  readonly delegationSource: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

const org = (orgnr: string) => ({ authority: 'iso6523-actorid-upis', ID: `0192:${orgnr}` });

/** Lifetime per scope; with several scopes the lowest wins. The grant's exp has no influence. */
export function tokenLifetime(
  scopes: readonly string[],
  defaultSeconds: number,
  perScope: Readonly<Record<string, number>>,
): number {
  return Math.min(...scopes.map((s) => perScope[s] ?? defaultSeconds));
}

export async function issueAccessToken(
  grant: GrantAccepted,
  key: SigningKey,
  o: IssueOptions,
): Promise<{ response: TokenResponse; claims: Record<string, unknown> }> {
  const iat = Math.floor(o.nowMs / 1000);
  const lifetime = tokenLifetime(grant.scopes, o.defaultLifetimeSeconds, o.scopeLifetimes);
  const scope = grant.scopes.join(' ');
  const claims: Record<string, unknown> = {};
  if (grant.resource !== undefined) claims.aud = grant.resource;
  else if (o.audience === 'unspecified') claims.aud = 'unspecified';
  Object.assign(claims, {
    scope,
    iss: o.issuer,
    client_amr: grant.clientAmr,
    token_type: 'Bearer',
    exp: iat + lifetime,
    iat,
    client_id: grant.client.clientId,
    jti: randomBytes(32).toString('base64url'),
  });
  if (grant.supplierOrg !== undefined) {
    claims.supplier = org(grant.supplierOrg);
    claims.delegation_source = o.delegationSource;
  }
  if (grant.pid !== undefined) claims.pid = grant.pid;
  claims.consumer = org(grant.consumerOrg);
  const accessToken = await signJwsAsync({ kid: key.kid, alg: key.alg }, claims, key.privateKey);
  return {
    response: { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, scope },
    claims,
  };
}
