// A tiny Maskinporten token endpoint for the client's tests: node:http on 127.0.0.1, a random
// port, and a real verification of the grant with jose (signature, aud, iss, lifetime).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CryptoKey,
  decodeProtectedHeader,
  generateKeyPair,
  importX509,
  type JWTPayload,
  jwtVerify,
  type KeyObject,
  type ProtectedHeaderParameters,
  SignJWT,
} from 'jose';

export interface RegisteredClient {
  readonly orgnr: string;
  /** Public keys by kid. */
  readonly keys?: Readonly<Record<string, KeyObject | CryptoKey>>;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  readonly form: URLSearchParams;
  readonly header?: ProtectedHeaderParameters;
  readonly claims?: JWTPayload;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  /** Sent as is instead of JSON. */
  readonly raw?: string;
  readonly delayMs?: number;
}

export interface FakeMaskinporten {
  /** With trailing slash, under a path prefix like the simulator's (`…/maskinporten/`). */
  readonly issuer: string;
  readonly requests: RecordedRequest[];
  /** Replies for the next token requests, used before the normal behaviour. */
  readonly replies: Reply[];
  /** Delay of every normal reply (for single-flight tests). */
  delayMs: number;
  expiresIn: number;
  close(): Promise<void>;
}

const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});

export async function startFakeMaskinporten(
  clients: Readonly<Record<string, RegisteredClient>>,
  options: { readonly now?: () => number } = {},
): Promise<FakeMaskinporten> {
  const nowMs = options.now ?? Date.now;
  const signing = await generateKeyPair('RS256');
  const signingKid = randomBytes(32).toString('base64url');
  const requests: RecordedRequest[] = [];
  const replies: Reply[] = [];
  let issuer = '';

  async function handle(recorded: RecordedRequest): Promise<Reply> {
    if (recorded.method !== 'POST' || recorded.path !== '/maskinporten/token') {
      return oauthError(404, 'invalid_request', 'Unknown path');
    }
    if (recorded.headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return oauthError(
        400,
        'invalid_request',
        'Content type must be application/x-www-form-urlencoded',
      );
    }
    if (recorded.form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
    }
    const assertion = recorded.form.get('assertion') ?? '';
    const header = decodeProtectedHeader(assertion);
    const unverified = JSON.parse(
      Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as JWTPayload;
    const client = clients[unverified.iss ?? ''];
    if (client === undefined)
      return oauthError(
        400,
        'invalid_grant',
        'Invalid assertion. Client authentication failed. Client not found',
      );
    let key: KeyObject | CryptoKey | undefined;
    if (header.kid !== undefined) key = client.keys?.[header.kid];
    else if (Array.isArray(header.x5c)) {
      key = await importX509(
        `-----BEGIN CERTIFICATE-----\n${header.x5c[0]}\n-----END CERTIFICATE-----`,
        header.alg ?? 'RS256',
      );
    }
    if (key === undefined) {
      return oauthError(
        400,
        'invalid_grant',
        'Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client.',
      );
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(assertion, key, {
        audience: issuer,
        issuer: unverified.iss ?? '',
        algorithms: ['RS256', 'RS384', 'RS512'],
        requiredClaims: ['iat', 'exp', 'scope'],
        currentDate: new Date(nowMs()),
      }));
    } catch (error) {
      return oauthError(400, 'invalid_grant', `Invalid assertion. ${(error as Error).message}`);
    }
    Object.assign(recorded, { header, claims });
    if ((claims.exp ?? 0) - (claims.iat ?? 0) > 120)
      return oauthError(400, 'invalid_grant', 'JWT has too long lifetime.');
    const now = Math.floor(nowMs() / 1000);
    const consumerOrg = claims.consumer_org as string | undefined;
    const party = (orgnr: string) => ({ authority: 'iso6523-actorid-upis', ID: `0192:${orgnr}` });
    const accessClaims: JWTPayload = {
      scope: claims.scope,
      iss: issuer,
      client_amr: header.kid !== undefined ? 'private_key_jwt' : 'virksomhetssertifikat',
      token_type: 'Bearer',
      exp: now + fake.expiresIn,
      iat: now,
      client_id: claims.iss,
      jti: randomBytes(32).toString('base64url'),
      ...(consumerOrg !== undefined
        ? {
            supplier: party(client.orgnr),
            delegation_source: 'https://tt02.altinn.no/',
            consumer: party(consumerOrg),
          }
        : { consumer: party(client.orgnr) }),
      ...(claims.resource !== undefined ? { aud: claims.resource as string | string[] } : {}),
    };
    const accessToken = await new SignJWT(accessClaims)
      .setProtectedHeader({ alg: 'RS256', kid: signingKid })
      .sign(signing.privateKey);
    return {
      status: 200,
      body: {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: fake.expiresIn,
        scope: claims.scope,
      },
      delayMs: fake.delayMs,
    };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        rawBody,
        form: new URLSearchParams(rawBody),
      };
      requests.push(recorded);
      const queued = replies.shift();
      (queued ? Promise.resolve(queued) : handle(recorded))
        .then(async (reply) => {
          if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
          if (res.destroyed) return;
          res.writeHead(reply.status, {
            'content-type': reply.raw !== undefined ? 'text/html' : 'application/json',
            'cache-control': 'no-store',
          });
          res.end(reply.raw ?? JSON.stringify(reply.body));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'server_error', error_description: String(error) }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/maskinporten/`;
  const fake: FakeMaskinporten = {
    issuer,
    requests,
    replies,
    delayMs: 0,
    expiresIn: 120,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return fake;
}
