// Usage of @skattedeling/maskinporten-client, type-checked with the package (`pnpm typecheck`).
import { readFileSync } from 'node:fs';
import {
  createMaskinportenClient,
  getAccessTokenProvider,
  isMaskinportenError,
  type MaskinportenClientOptions,
  maskinportenIssuers,
  orgId,
  x5cFromPem,
} from '@skattedeling/maskinporten-client';

const SCOPE = 'skatteetaten:summertskattegrunnlag';

/** The same code talks to the simulator or to real TEST: only the issuer and the key change. */
export function clientOptions(target: 'simulator' | 'test'): MaskinportenClientOptions {
  if (target === 'simulator') {
    return {
      issuer: maskinportenIssuers.simulator, // http://127.0.0.1:5280/maskinporten/
      clientId: 'my-simulator-client',
      key: { kid: 'my-simulator-kid', privateKey: readFileSync('keys/simulator.key.pem', 'utf8') },
    };
  }
  return {
    issuer: maskinportenIssuers.test, // https://test.maskinporten.no/
    clientId: process.env.MASKINPORTEN_CLIENT_ID ?? '',
    // A registered key (self-service JWK upload) …
    key: {
      kid: process.env.MASKINPORTEN_KID ?? '',
      privateKey: readFileSync('keys/test.key.pem', 'utf8'),
    },
    // … or a business certificate: { x5c: certificatePem, privateKey } (see certificateOptions).
  };
}

/** A business certificate as Buypass and Commfides deliver it: a .p12/.pfx file and its password. */
export function certificateOptions(): MaskinportenClientOptions {
  return {
    issuer: maskinportenIssuers.test,
    clientId: process.env.MASKINPORTEN_CLIENT_ID ?? '',
    key: {
      pkcs12: readFileSync('keys/virksomhetssertifikat.p12'),
      password: process.env.VIRKSOMHETSSERTIFIKAT_PASSWORD ?? '',
    },
  };
}

export async function firstToken(): Promise<void> {
  const client = createMaskinportenClient(clientOptions('simulator'));

  // For yourself:
  const own = await client.getToken({ scope: SCOPE });
  console.log(own.claims.consumer.ID, 'until', own.expiresAt.toISOString());

  // For a municipality that has delegated the right to you in Altinn:
  try {
    const delegated = await client.getToken({ scope: SCOPE, consumerOrg: '310824348' });
    console.log(delegated.claims.consumer.ID === orgId('310824348'), delegated.claims.supplier?.ID);
  } catch (error) {
    if (isMaskinportenError(error)) {
      // e.g. forbidden MP-251: the municipality has not delegated the scope to you.
      console.error(error.status, error.error, error.mpCode, error.description);
      if (error.retryable) {
        // 5xx / 503 / network: try again later.
      }
    } else {
      throw error;
    }
  }
}

/** The provider plugs into the Skatteetaten API clients' `getAccessToken` option. */
export function tokenProvider(): () => Promise<string> {
  const certificatePem = readFileSync('keys/virksomhetssertifikat.pem', 'utf8');
  return getAccessTokenProvider({
    issuer: maskinportenIssuers.test,
    clientId: process.env.MASKINPORTEN_CLIENT_ID ?? '',
    key: {
      x5c: x5cFromPem(certificatePem),
      privateKey: readFileSync('keys/virksomhetssertifikat.key.pem', 'utf8'),
    },
    scope: SCOPE,
    consumerOrg: '310824348',
  });
}
