// How Skatteetaten's endpoints check the Maskinporten token (Digdir's documentation for
// resource servers): signature with a key from the issuer's JWKS, iss, exp, then the API's scope. Verified tokens
// are cached by their exact string, so a tampered token (a different string) is always checked.
import type { Context, VerifiedToken } from '../context.js';
import { describe } from '../http/describe.js';
import { Lru } from '../http/lru.js';
import { decodeJws, isRsaAlgorithm, verifySignature } from '../maskinporten/jwt.js';

export type TokenDecision =
  | { readonly ok: true; readonly token: VerifiedToken }
  | {
      readonly ok: false;
      readonly status: 401 | 403;
      readonly reason: string;
      readonly token?: VerifiedToken;
    };

/**
 * The verified-token cache: at most 10 000 tokens and `maxBytes` bytes. An entry holds the token
 * string and its decoded claims; the claims are counted as twice the token's length, more than
 * their JSON, which is shorter than its base64url.
 */
export function verifiedTokenCache(maxBytes: number): Lru<string, VerifiedToken> {
  return new Lru({ maxEntries: 10_000, maxBytes, sizeOf: (jwt) => 256 + 3 * jwt.length });
}

const orgOf = (value: unknown): string | undefined => {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { ID?: unknown }).ID;
  return typeof id === 'string' && id.startsWith('0192:') ? id.slice(5) : undefined;
};

/**
 * The last token found in each cache. A suite sends one token for many requests; comparing the
 * new header's token with the last one is a memcmp, where a Map lookup hashes all of its ~1 KB
 * first (a new string each request). Only what the cache held is remembered, one per cache.
 */
const lastFound = new WeakMap<object, { readonly jwt: string; readonly token: VerifiedToken }>();

function cachedToken(ctx: Context, jwt: string): VerifiedToken | undefined {
  const last = lastFound.get(ctx.verifiedTokens);
  if (last !== undefined && last.jwt === jwt) return last.token;
  const token = ctx.verifiedTokens.get(jwt);
  if (token !== undefined) lastFound.set(ctx.verifiedTokens, { jwt, token });
  return token;
}

function verify(ctx: Context, jwt: string): VerifiedToken | string {
  const cached = cachedToken(ctx, jwt);
  if (cached !== undefined) return cached;
  const jws = decodeJws(jwt);
  if (jws === undefined) return 'the bearer token is not a JWT';
  const { header, payload } = jws;
  // Values from the token are described, never JSON.stringify'd: a header nested thousands deep
  // would overflow the stack and answer 500 instead of 401.
  if (header.alg === undefined) return 'token has no alg';
  if (!isRsaAlgorithm(header.alg)) return `token alg ${describe(header.alg)} is not accepted`;
  if (header.kid !== ctx.signingKey.kid) {
    return `token kid ${header.kid === undefined ? '(none)' : describe(header.kid, 100)} is not in the issuer's JWKS (${ctx.urls.jwksUri}); was it issued by another simulator run or another Maskinporten?`;
  }
  if (!verifySignature(jws, header.alg, ctx.signingKey.publicKey))
    return 'token signature does not verify with the JWKS key (tampered?)';
  if (payload.iss !== ctx.urls.issuer)
    return `token iss ${describe(payload.iss, 100)} is not ${ctx.urls.issuer}`;
  if (typeof payload.exp !== 'number') return 'token has no exp';
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  const token: VerifiedToken = {
    claims: payload,
    exp: payload.exp,
    scopes,
    consumerOrg: orgOf(payload.consumer),
    supplierOrg: orgOf(payload.supplier),
    clientId: typeof payload.client_id === 'string' ? payload.client_id : undefined,
  };
  ctx.verifiedTokens.set(jwt, token);
  return token;
}

export function checkToken(
  ctx: Context,
  authorization: string | undefined,
  acceptedScopes: readonly string[],
  nowMs: number,
): TokenDecision {
  if (authorization === undefined || authorization === '')
    return {
      ok: false,
      status: 401,
      reason: 'no Authorization header; send Authorization: Bearer <Maskinporten token>',
    };
  const space = authorization.indexOf(' ');
  if (space === -1 || authorization.slice(0, space).toLowerCase() !== 'bearer') {
    return { ok: false, status: 401, reason: 'the Authorization header is not "Bearer <token>"' };
  }
  const result = verify(ctx, authorization.slice(space + 1).trim());
  if (typeof result === 'string') return { ok: false, status: 401, reason: result };
  const now = Math.floor(nowMs / 1000);
  if (result.exp <= now)
    return {
      ok: false,
      status: 401,
      reason: `token expired ${now - result.exp} s ago (exp ${result.exp})`,
      token: result,
    };
  const aud = result.claims.aud;
  if (ctx.config.rejectAudienceRestrictedTokens && aud !== undefined && aud !== 'unspecified') {
    return {
      ok: false,
      status: 401,
      reason: `token has aud ${describe(aud, 100)} from a resource in the grant; Skatteetaten expects a token without resource`,
      token: result,
    };
  }
  if (result.consumerOrg === undefined)
    return { ok: false, status: 401, reason: 'token has no consumer 0192:<orgnr>', token: result };
  if (!result.scopes.some((s) => acceptedScopes.includes(s))) {
    return {
      ok: false,
      status: 403,
      reason: `token scope "${result.scopes.join(' ')}" lacks ${acceptedScopes.join(' or ')}`,
      token: result,
    };
  }
  return { ok: true, token: result };
}
