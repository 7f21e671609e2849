// A Maskinporten client: signs a JWT-bearer grant, posts it to the token endpoint, caches the
// access token until shortly before it expires.
import { attempt, checkTimeout, isRequestError } from '@skattedeling/felles';
import { decodeJwt } from 'jose';
import { maskinportenValidator } from './contract.js';
import { errorFromResponse, MaskinportenError } from './errors.js';
import type {
  AccessTokenClaims,
  TokenRequest,
  TokenResponse,
} from './generated/maskinporten/types.gen.js';
import { type GrantAlgorithm, signGrant } from './grant.js';
import { type ResolvedKey, resolveKey, type SigningKey } from './keys.js';
import {
  cacheKey,
  endpointUrl,
  normaliseIssuer,
  type PreparedRequest,
  prepare,
  type TokenRequestOptions,
} from './request.js';
import { TokenCache } from './token-cache.js';

/** Issuers of the environments (note the trailing slash; the token endpoint is issuer + `token`). */
export const maskinportenIssuers = {
  test: 'https://test.maskinporten.no/',
  prod: 'https://maskinporten.no/',
  /** The local simulator at its default address. */
  simulator: 'http://127.0.0.1:5280/maskinporten/',
} as const;

/** Digdir documents 120 s as the longest grant lifetime (`exp − iat`). */
export const MAX_GRANT_LIFETIME_SECONDS = 120;

const JWT_BEARER =
  'urn:ietf:params:oauth:grant-type:jwt-bearer' satisfies TokenRequest['grant_type'];

export interface MaskinportenClientOptions {
  /** e.g. `https://test.maskinporten.no/`; a missing trailing slash is added. */
  readonly issuer: string;
  /** The client id registered in Maskinporten (the grant's `iss`). */
  readonly clientId: string;
  /** `{ kid, privateKey }` for a registered key, `{ x5c, privateKey }` for a certificate. */
  readonly key: SigningKey;
  /** Default `RS256`. */
  readonly alg?: GrantAlgorithm;
  /** `exp − iat` of each grant; default and maximum 120. */
  readonly grantLifetimeSeconds?: number;
  /** The grant's `aud`; default the issuer. Only for issuers that differ (Skyporten: no slash). */
  readonly audience?: string;
  /** Default issuer + `token`. */
  readonly tokenEndpoint?: string;
  /** Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
  /** Milliseconds since the epoch; default `Date.now`. */
  readonly clock?: () => number;
  /** A cached token is renewed this many seconds before it expires; default 10. */
  readonly cacheLeewaySeconds?: number;
  /** Default true. False sends a new grant for every `getToken`. */
  readonly cache?: boolean;
  /** Check token responses and access-token claims against the contract; default true. */
  readonly validateResponses?: boolean;
  /** Abort a token request after this many milliseconds; default 30 000. */
  readonly timeoutMs?: number;
  /** Permit `http:` issuers other than loopback (never for real keys); default false. */
  readonly allowInsecureHttp?: boolean;
}

export interface MaskinportenToken {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  /** When the token expires, counted from when the grant was sent (so on the safe side). */
  readonly expiresAt: Date;
  /** `expires_in` as Maskinporten sent it. */
  readonly expiresIn: number;
  /** The granted scopes, space-separated. */
  readonly scope: string;
  /** The decoded (not verified) access-token claims. */
  readonly claims: AccessTokenClaims;
}

export interface MaskinportenClient {
  /** The issuer with its trailing slash. */
  readonly issuer: string;
  readonly tokenEndpoint: string;
  readonly clientId: string;
  /** A token for the request: from the cache while fresh, else from Maskinporten. */
  getToken(request: TokenRequestOptions): Promise<MaskinportenToken>;
  /** A `() => Promise<string>` for the API clients' `getAccessToken` option. */
  accessTokenProvider(request: TokenRequestOptions): () => Promise<string>;
  /** A freshly signed grant, as `getToken` would send it (for debugging and tests). */
  createGrant(request: TokenRequestOptions): Promise<string>;
  /** Forgets cached tokens (e.g. after an API answered 401 to a cached token). */
  clearCache(): void;
}

export function createMaskinportenClient(options: MaskinportenClientOptions): MaskinportenClient {
  const allowInsecureHttp = options.allowInsecureHttp ?? false;
  const issuer = normaliseIssuer(options.issuer, allowInsecureHttp);
  const audience = options.audience ?? issuer;
  const tokenEndpoint = endpointUrl(
    'tokenEndpoint',
    options.tokenEndpoint ?? `${issuer}token`,
    allowInsecureHttp,
  ).href;
  if (typeof options.clientId !== 'string' || options.clientId.trim() === '')
    throw new TypeError('clientId must be a non-empty string');
  const clientId = options.clientId;
  const alg = options.alg ?? 'RS256';
  if (!['RS256', 'RS384', 'RS512'].includes(alg))
    throw new TypeError(`alg must be RS256, RS384 or RS512, got ${JSON.stringify(alg)}`);
  const key: ResolvedKey = resolveKey(options.key, alg);
  const lifetime = options.grantLifetimeSeconds ?? MAX_GRANT_LIFETIME_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_GRANT_LIFETIME_SECONDS) {
    throw new RangeError(
      `grantLifetimeSeconds must be an integer from 1 to ${MAX_GRANT_LIFETIME_SECONDS} (Maskinporten's limit), got ${lifetime}`,
    );
  }
  const leewaySeconds = options.cacheLeewaySeconds ?? 10;
  if (!Number.isFinite(leewaySeconds) || leewaySeconds < 0)
    throw new RangeError(`cacheLeewaySeconds must be >= 0, got ${leewaySeconds}`);
  const timeoutMs = checkTimeout(options.timeoutMs);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const clock = options.clock ?? Date.now;
  const validateResponses = options.validateResponses ?? true;
  const cache = new TokenCache<MaskinportenToken>(clock, leewaySeconds * 1000);

  const sign = (prepared: PreparedRequest, issuedAtMs: number) =>
    signGrant({
      key,
      alg,
      audience,
      clientId,
      scopes: prepared.scopes,
      consumerOrg: prepared.consumerOrg,
      resource: prepared.resource,
      issuedAt: Math.floor(issuedAtMs / 1000),
      lifetimeSeconds: lifetime,
    });

  const invalidResponse = (status: number, problem: string, cause?: unknown) =>
    new MaskinportenError({
      error: 'invalid_response',
      description: `the token response from ${tokenEndpoint} does not conform to the Maskinporten contract: ${problem}`,
      status,
      cause,
    });

  async function requestToken(prepared: PreparedRequest): Promise<MaskinportenToken> {
    const sentAt = clock();
    const form: TokenRequest = { grant_type: JWT_BEARER, assertion: await sign(prepared, sentAt) };
    let response: Response;
    let text: string;
    try {
      // The same single attempt as the API clients': timeout over headers and body, typed cause.
      response = await attempt(
        new Request(tokenEndpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({ ...form }).toString(),
        }),
        { fetch: fetchImpl, timeoutMs },
      );
      text = await response.text();
    } catch (error) {
      throw new MaskinportenError({
        error: 'network_error',
        description: isRequestError(error)
          ? `POST ${tokenEndpoint}: ${error.detail} (${error.code})`
          : `POST ${tokenEndpoint} failed: ${error instanceof Error ? error.message : String(error)}`,
        status: 0,
        cause: error,
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) throw errorFromResponse(response.status, body, text, tokenEndpoint);

    let tokenResponse: TokenResponse;
    if (validateResponses) {
      const check = maskinportenValidator.validate<TokenResponse>('TokenResponse', body);
      if (!check.ok) throw invalidResponse(response.status, check.message);
      tokenResponse = check.value;
    } else {
      const loose = (body ?? {}) as Partial<TokenResponse>;
      if (typeof loose.access_token !== 'string' || typeof loose.expires_in !== 'number') {
        throw invalidResponse(response.status, 'access_token or expires_in is missing');
      }
      tokenResponse = loose as TokenResponse;
    }
    let claims: AccessTokenClaims;
    try {
      claims = decodeJwt(tokenResponse.access_token) as AccessTokenClaims;
    } catch (error) {
      throw invalidResponse(
        response.status,
        `access_token is not a JWT (${error instanceof Error ? error.message : String(error)})`,
        error,
      );
    }
    if (validateResponses) {
      const check = maskinportenValidator.validate('AccessTokenClaims', claims);
      if (!check.ok)
        throw invalidResponse(response.status, `access-token claims: ${check.message}`);
    }
    return {
      accessToken: tokenResponse.access_token,
      tokenType: 'Bearer',
      expiresAt: new Date(sentAt + tokenResponse.expires_in * 1000),
      expiresIn: tokenResponse.expires_in,
      scope:
        typeof tokenResponse.scope === 'string' ? tokenResponse.scope : prepared.scopes.join(' '),
      claims,
    };
  }

  const client: MaskinportenClient = {
    issuer,
    tokenEndpoint,
    clientId,
    getToken(request) {
      let prepared: PreparedRequest;
      try {
        prepared = prepare(request);
      } catch (error) {
        return Promise.reject(error);
      }
      if (options.cache === false) return requestToken(prepared);
      return cache.get(cacheKey(prepared.scopes, prepared.consumerOrg, prepared.resource), () =>
        requestToken(prepared),
      );
    },
    accessTokenProvider(request) {
      prepare(request);
      return async () => (await client.getToken(request)).accessToken;
    },
    async createGrant(request) {
      return sign(prepare(request), clock());
    },
    clearCache() {
      cache.clear();
    },
  };
  return client;
}

export type AccessTokenProviderOptions = TokenRequestOptions &
  ({ readonly client: MaskinportenClient } | MaskinportenClientOptions);

/**
 * A `() => Promise<string>` that yields a valid access token, for the `getAccessToken` option of
 * the Skatteetaten API clients. Pass an existing `client` to share its cache, or the client
 * options to create one.
 */
export function getAccessTokenProvider(options: AccessTokenProviderOptions): () => Promise<string> {
  const client = 'client' in options ? options.client : createMaskinportenClient(options);
  return client.accessTokenProvider({
    scope: options.scope,
    consumerOrg: options.consumerOrg,
    resource: options.resource,
  });
}
