// The verifier acts as the vendor whose pact it verifies: one fresh key per verification, a
// Maskinporten client per vendor organisation number registered through the admin API, grants
// signed with that key, and tokens fetched from the simulator's own token endpoint. Nothing is
// read from the demo files, so it works with --no-demo and against any running simulator.
import { generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { inntektApi } from '@skattedeling/inntekt';
import { TEST_RUN_HEADER } from '@skattedeling/simulator';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { AdminClient } from './admin-client.js';
import { signJws } from './sign.js';

export class TokenError extends Error {
  override readonly name = 'TokenError';
}

interface VendorClient {
  readonly clientId: string;
  readonly kid: string;
}

export class VerifierCredentials {
  readonly #admin: AdminClient;
  readonly #tokenEndpoint: string;
  readonly #issuer: string;
  readonly #privateKey: KeyObject;
  readonly #publicJwk: Record<string, unknown>;
  readonly #id = randomUUID().slice(0, 8);
  readonly #clients = new Map<string, Promise<VendorClient>>();

  constructor(admin: AdminClient, issuer: string) {
    this.#admin = admin;
    this.#issuer = issuer;
    this.#tokenEndpoint = `${issuer}token`;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = privateKey;
    this.#publicJwk = publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
  }

  /** The vendor's Maskinporten client, registered on first use. */
  client(vendorOrg: string): Promise<VendorClient> {
    let client = this.#clients.get(vendorOrg);
    if (client === undefined) {
      client = (async () => {
        const clientId = `pact-verifier-${this.#id}-${vendorOrg}`;
        const kid = `${clientId}-key`;
        await this.#admin.registerClient({
          clientId,
          orgnr: vendorOrg,
          navn: `Pact verifier acting as vendor ${vendorOrg}`,
          scopes: [summertSkattegrunnlagApi.scopes[0], inntektApi.scopes[0]],
          keys: [{ ...this.#publicJwk, kid, alg: 'RS256', use: 'sig' }],
        });
        return { clientId, kid };
      })();
      this.#clients.set(vendorOrg, client);
    }
    return client;
  }

  /** A freshly signed JWT grant, as the vendor's own client would send it. */
  async grant(
    vendorOrg: string,
    claims: { scope: string; consumerOrg?: string | undefined; resource?: unknown },
  ): Promise<string> {
    const { clientId, kid } = await this.client(vendorOrg);
    const iat = Math.floor(Date.now() / 1000);
    return signJws(
      { alg: 'RS256', kid },
      {
        aud: this.#issuer,
        iss: clientId,
        scope: claims.scope,
        iat,
        exp: iat + 60,
        jti: randomUUID(),
        ...(claims.consumerOrg === undefined ? {} : { consumer_org: claims.consumerOrg }),
        ...(claims.resource === undefined ? {} : { resource: claims.resource }),
      },
      this.#privateKey,
    );
  }

  /** An access token from the simulator's Maskinporten, in the interaction's test run. */
  async token(run: string, vendorOrg: string, scope: string, consumerOrg: string): Promise<string> {
    const assertion = await this.grant(vendorOrg, { scope, consumerOrg });
    const response = await fetch(this.#tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [TEST_RUN_HEADER]: run },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion,
      }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new TokenError(
        `the simulator refused a token for vendor ${vendorOrg} acting for ${consumerOrg} (${scope}): ${response.status} ${text}${
          response.headers.get('x-skattedeling-simulator-reason') === null
            ? ''
            : ` — ${response.headers.get('x-skattedeling-simulator-reason')}`
        }`,
      );
    }
    return (JSON.parse(text) as { access_token: string }).access_token;
  }

  /** Removes the clients this verification registered. */
  async close(): Promise<void> {
    const clients = await Promise.allSettled(this.#clients.values());
    for (const c of clients)
      if (c.status === 'fulfilled')
        await this.#admin.deleteClient(c.value.clientId).catch(() => {});
    this.#clients.clear();
  }
}
