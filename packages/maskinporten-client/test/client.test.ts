import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMaskinportenClient,
  getAccessTokenProvider,
  type MaskinportenClientOptions,
  MaskinportenError,
  maskinportenValidator,
  x5cFromPem,
} from '../src/index.js';
import { type FakeMaskinporten, startFakeMaskinporten } from './token-endpoint.js';

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const SUPPLIER = '314240979';
const MUNICIPALITY = '310824348';
const SCOPE = 'skatteetaten:summertskattegrunnlag';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const certificatePem = fixture('virksomhetssertifikat.pem');
const certificateKeyPem = fixture('virksomhetssertifikat.key.pem');

let now = Date.now();
const clock = () => now;
let fake: FakeMaskinporten;

beforeAll(async () => {
  fake = await startFakeMaskinporten(
    {
      'kid-client': { orgnr: SUPPLIER, keys: { 'my-kid': publicKey } },
      'cert-client': { orgnr: SUPPLIER },
    },
    { now: clock },
  );
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
  fake.replies.length = 0;
  fake.delayMs = 0;
  fake.expiresIn = 120;
  now = Date.now();
});

const kidClient = (extra: Partial<MaskinportenClientOptions> = {}) =>
  createMaskinportenClient({
    issuer: fake.issuer,
    clientId: 'kid-client',
    key: { kid: 'my-kid', privateKey },
    clock,
    ...extra,
  });

const lastGrant = () => {
  const request = fake.requests.at(-1);
  if (request?.header === undefined || request.claims === undefined)
    throw new Error('no verified grant was received');
  return { ...request, header: request.header, claims: request.claims };
};

describe('the grant', () => {
  it('is signed with the registered key and names it by kid, with the documented claims', async () => {
    const token = await kidClient().getToken({ scope: SCOPE });
    const { header, claims } = lastGrant();
    expect(header).toEqual({ alg: 'RS256', kid: 'my-kid' });
    expect(claims).toEqual({
      aud: fake.issuer,
      iss: 'kid-client',
      scope: SCOPE,
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + 120,
      jti: expect.stringMatching(UUID),
    });
    expect(maskinportenValidator.validate('GrantHeader', header).ok).toBe(true);
    expect(maskinportenValidator.validate('GrantClaims', claims).ok).toBe(true);
    expect(token.claims).toMatchObject({
      client_amr: 'private_key_jwt',
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${SUPPLIER}` },
    });
    expect(token.claims.supplier).toBeUndefined();
  });

  it('carries the certificate chain in x5c (and no kid) when the client uses a business certificate', async () => {
    const client = createMaskinportenClient({
      issuer: fake.issuer,
      clientId: 'cert-client',
      key: { x5c: x5cFromPem(certificatePem), privateKey: certificateKeyPem },
      alg: 'RS512',
      clock,
    });
    const token = await client.getToken({ scope: SCOPE });
    const { header } = lastGrant();
    expect(header).toEqual({ alg: 'RS512', x5c: x5cFromPem(certificatePem) });
    expect(token.claims.client_amr).toBe('virksomhetssertifikat');
  });

  it('puts consumer_org in the grant when acting for a consumer through delegation', async () => {
    const token = await kidClient().getToken({ scope: SCOPE, consumerOrg: MUNICIPALITY });
    expect(lastGrant().claims.consumer_org).toBe(MUNICIPALITY);
    expect(token.claims).toMatchObject({
      consumer: { ID: `0192:${MUNICIPALITY}` },
      supplier: { ID: `0192:${SUPPLIER}` },
      delegation_source: 'https://tt02.altinn.no/',
    });
  });

  it('joins several scopes with spaces, removes duplicates and sends resource as given', async () => {
    await kidClient().getToken({
      scope: ['a:one', 'b:two', 'a:one'],
      resource: 'https://api.example/',
    });
    expect(lastGrant().claims).toMatchObject({
      scope: 'a:one b:two',
      resource: 'https://api.example/',
    });
  });

  it('posts a form-encoded body with grant_type and assertion to issuer + token', async () => {
    const client = kidClient({ issuer: fake.issuer.replace(/\/$/, '') });
    expect(client.issuer).toBe(fake.issuer);
    expect(client.tokenEndpoint).toBe(`${fake.issuer}token`);
    await client.getToken({ scope: SCOPE });
    const request = lastGrant();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/maskinporten/token');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.rawBody).toMatch(
      /^grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=[\w-]+\.[\w-]+\.[\w-]+$/,
    );
    expect(request.claims?.aud).toBe(fake.issuer);
  });

  it('honours a shorter grant lifetime and refuses one above 120 s', async () => {
    await kidClient({ grantLifetimeSeconds: 30 }).getToken({ scope: SCOPE });
    const { claims } = lastGrant();
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(30);
    expect(() => kidClient({ grantLifetimeSeconds: 121 })).toThrow(RangeError);
    expect(() => kidClient({ grantLifetimeSeconds: 121 })).toThrow(/from 1 to 120/);
  });
});

describe('the token', () => {
  it('is returned with its expiry, scope and decoded claims', async () => {
    fake.expiresIn = 599;
    const token = await kidClient().getToken({ scope: SCOPE });
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresIn).toBe(599);
    expect(token.expiresAt.getTime()).toBe(now + 599_000);
    expect(token.scope).toBe(SCOPE);
    expect(token.accessToken.split('.')).toHaveLength(3);
    expect(maskinportenValidator.validate('AccessTokenClaims', token.claims).ok).toBe(true);
  });

  it('is cached per scope set, consumer and resource until shortly before it expires', async () => {
    const client = kidClient({ cacheLeewaySeconds: 10 });
    const first = await client.getToken({ scope: 'a:one b:two' });
    expect(await client.getToken({ scope: ['b:two', 'a:one'] })).toBe(first);
    expect(fake.requests).toHaveLength(1);

    await client.getToken({ scope: 'a:one b:two', consumerOrg: MUNICIPALITY });
    await client.getToken({ scope: 'a:one b:two', resource: 'https://api.example/' });
    expect(fake.requests).toHaveLength(3);

    now += 109_000;
    expect(await client.getToken({ scope: 'a:one b:two' })).toBe(first);
    expect(fake.requests).toHaveLength(3);
    now += 1_000; // 110 s: within the 10 s leeway of the 120 s lifetime
    expect(await client.getToken({ scope: 'a:one b:two' })).not.toBe(first);
    expect(fake.requests).toHaveLength(4);

    client.clearCache();
    await client.getToken({ scope: 'a:one b:two' });
    expect(fake.requests).toHaveLength(5);
  });

  it('is fetched once for concurrent callers (single flight)', async () => {
    fake.delayMs = 100;
    const client = kidClient();
    const tokens = await Promise.all(
      Array.from({ length: 5 }, () => client.getToken({ scope: SCOPE })),
    );
    expect(fake.requests).toHaveLength(1);
    expect(new Set(tokens).size).toBe(1);
  });

  it('is not cached when caching is off', async () => {
    const client = kidClient({ cache: false });
    await client.getToken({ scope: SCOPE });
    await client.getToken({ scope: SCOPE });
    expect(fake.requests).toHaveLength(2);
  });

  it('feeds the API clients through getAccessTokenProvider, sharing the client cache', async () => {
    const client = kidClient();
    const provider = getAccessTokenProvider({ client, scope: SCOPE, consumerOrg: MUNICIPALITY });
    const token = await provider();
    expect(token).toBe(
      (await client.getToken({ scope: SCOPE, consumerOrg: MUNICIPALITY })).accessToken,
    );
    expect(fake.requests).toHaveLength(1);

    const standalone = getAccessTokenProvider({
      issuer: fake.issuer,
      clientId: 'kid-client',
      key: { kid: 'my-kid', privateKey },
      clock,
      scope: SCOPE,
    });
    expect(typeof (await standalone())).toBe('string');
  });
});

describe('errors', () => {
  it('maps 400 invalid_grant with an MP code in error_uri and the trace id', async () => {
    fake.replies.push({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          'Invalid assertion. Client authentication failed. Invalid JWT claim aud (trace_id: 0123456789abcdef0123456789abcdef)',
        error_uri: `${fake.issuer.replace(/maskinporten\/$/, '')}errors/MP-110`,
      },
    });
    const error = await kidClient()
      .getToken({ scope: SCOPE })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaskinportenError);
    expect(error).toMatchObject({
      error: 'invalid_grant',
      mpCode: 'MP-110',
      status: 400,
      retryable: false,
      traceId: '0123456789abcdef0123456789abcdef',
    });
    expect((error as Error).message).toMatch(/answered 400: invalid_grant \(MP-110\)/);
  });

  it('maps 403 forbidden (missing Altinn delegation) and does not cache the failure', async () => {
    fake.replies.push({
      status: 403,
      body: {
        error: 'forbidden',
        error_description: `Consumer ${MUNICIPALITY} has not delegated access to the scope ${SCOPE} to supplier ${SUPPLIER}. (trace_id: ffff)`,
        error_uri: 'https://test.maskinporten.no/errors/MP-251',
      },
    });
    const client = kidClient();
    await expect(
      client.getToken({ scope: SCOPE, consumerOrg: MUNICIPALITY }),
    ).rejects.toMatchObject({
      error: 'forbidden',
      mpCode: 'MP-251',
      status: 403,
      retryable: false,
    });
    await expect(
      client.getToken({ scope: SCOPE, consumerOrg: MUNICIPALITY }),
    ).resolves.toMatchObject({ scope: SCOPE });
    expect(fake.requests).toHaveLength(2);
  });

  it('marks 503 temporarily_unavailable as retryable', async () => {
    fake.replies.push({
      status: 503,
      body: { error: 'temporarily_unavailable', error_description: 'Try again later' },
    });
    await expect(kidClient().getToken({ scope: SCOPE })).rejects.toMatchObject({
      error: 'temporarily_unavailable',
      status: 503,
      retryable: true,
      mpCode: undefined,
    });
  });

  it('reads an MP code from the description when error_uri is absent', async () => {
    fake.replies.push({
      status: 400,
      body: {
        error: 'invalid_scope',
        error_description: 'MP-200: Token request contains invalid scopes for client, x:y',
      },
    });
    await expect(kidClient().getToken({ scope: 'x:y' })).rejects.toMatchObject({
      error: 'invalid_scope',
      mpCode: 'MP-200',
    });
  });

  it('reports a body that is not an OAuth error, such as a proxy page', async () => {
    fake.replies.push({ status: 502, body: null, raw: '<html><body>Bad gateway</body></html>' });
    await expect(kidClient().getToken({ scope: SCOPE })).rejects.toMatchObject({
      error: 'server_error',
      status: 502,
      retryable: true,
      description: expect.stringMatching(
        /HTTP 502 .* without an OAuth error body: <html><body>Bad gateway/,
      ),
    });
    fake.replies.push({ status: 404, body: null, raw: 'Not Found' });
    await expect(kidClient().getToken({ scope: SCOPE })).rejects.toMatchObject({
      error: 'invalid_response',
      retryable: false,
    });
  });

  it('reports a 200 that breaks the contract as invalid_response', async () => {
    fake.replies.push({ status: 200, body: { access_token: 'not-a-jwt', expires_in: 120 } });
    await expect(kidClient().getToken({ scope: SCOPE })).rejects.toMatchObject({
      error: 'invalid_response',
      description: expect.stringMatching(/TokenResponse: .*access_token/),
    });
  });

  it('reports an unreachable endpoint as a retryable network_error', async () => {
    const client = kidClient({ tokenEndpoint: 'http://127.0.0.1:9/token' });
    await expect(client.getToken({ scope: SCOPE })).rejects.toMatchObject({
      error: 'network_error',
      status: 0,
      retryable: true,
    });
  });

  it('gives up after timeoutMs', async () => {
    fake.delayMs = 1_000;
    await expect(kidClient({ timeoutMs: 50 }).getToken({ scope: SCOPE })).rejects.toMatchObject({
      error: 'network_error',
      retryable: true,
      description: expect.stringContaining('no complete answer within 50 ms (timeout)'),
    });
  });

  it('refuses bad requests before sending anything', async () => {
    const client = kidClient();
    await expect(client.getToken({ scope: SCOPE, consumerOrg: '999888777' })).rejects.toThrow(
      /consumerOrg must be a 9-digit organisasjonsnummer/,
    );
    await expect(client.getToken({ scope: SCOPE, consumerOrg: '31024097' })).rejects.toThrow(
      TypeError,
    );
    await expect(client.getToken({ scope: [] })).rejects.toThrow(/at least one scope/);
    await expect(client.getToken({ scope: ['a b'] })).rejects.toThrow(/without spaces/);
    await expect(client.getToken({ scope: SCOPE, resource: 'not a uri' })).rejects.toThrow(
      /resource/,
    );
    expect(fake.requests).toHaveLength(0);
  });
});

describe('configuration', () => {
  it('accepts the private key as PEM, JWK or CryptoKey', async () => {
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const jwk = privateKey.export({ format: 'jwk' });
    const cryptoKey = privateKey.toCryptoKey(
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    for (const input of [pem, jwk, cryptoKey]) {
      await kidClient({
        key: { kid: 'my-kid', privateKey: input as never },
        cache: false,
      }).getToken({ scope: SCOPE });
    }
    expect(fake.requests.filter((r) => r.claims !== undefined)).toHaveLength(3);
    // WebCrypto binds a key to one hash: a SHA-256 key cannot sign RS512.
    expect(() =>
      kidClient({ key: { kid: 'my-kid', privateKey: cryptoKey }, alg: 'RS512' }),
    ).toThrow(/bound to SHA-256/);
  });

  it('refuses plain http except to loopback, and malformed issuers', () => {
    expect(() => kidClient({ issuer: 'http://maskinporten.example/' })).toThrow(/plain http/);
    expect(
      kidClient({ issuer: 'http://maskinporten.example/', allowInsecureHttp: true }).issuer,
    ).toBe('http://maskinporten.example/');
    expect(() => kidClient({ issuer: 'test.maskinporten.no' })).toThrow(/absolute URL/);
    expect(kidClient({ issuer: 'https://test.maskinporten.no' }).tokenEndpoint).toBe(
      'https://test.maskinporten.no/token',
    );
  });

  it('creates a grant without sending it', async () => {
    const grant = await kidClient().createGrant({ scope: SCOPE, consumerOrg: MUNICIPALITY });
    expect(grant.split('.')).toHaveLength(3);
    expect(fake.requests).toHaveLength(0);
  });
});
