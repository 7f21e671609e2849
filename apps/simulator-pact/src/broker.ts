// Optional Pact Broker: no broker is needed, but when one is configured the same command
// publishes the given pact files to it, fetches the pacts to verify from it, and (when asked)
// publishes the verification results to it. Configured from the standard PACT_BROKER_* variables.
import type { PactFile } from './pact-files.js';
import { parsePactDocument } from './pact-files.js';

export interface BrokerOptions {
  readonly url: string;
  readonly token?: string | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** Publish the local pact files first, as this consumer version (and branch). */
  readonly publishPacts?:
    | { readonly consumerVersion: string; readonly branch?: string | undefined }
    | undefined;
  /** Publish verification results (needs providerVersion). */
  readonly publishResults?: boolean | undefined;
  readonly providerVersion?: string | undefined;
  readonly providerBranch?: string | undefined;
  /** Which consumer versions to verify; default: main branch and deployed or released versions. */
  readonly consumerVersionSelectors?: readonly Record<string, unknown>[] | undefined;
}

/**
 * PACT_BROKER_BASE_URL (required), PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD;
 * PACT_CONSUMER_VERSION (+ PACT_CONSUMER_BRANCH) publishes the local pact files;
 * PACT_PROVIDER_VERSION (+ PACT_PROVIDER_BRANCH) with PACT_BROKER_PUBLISH_VERIFICATION_RESULTS=true
 * publishes results.
 */
export function brokerFromEnv(env: NodeJS.ProcessEnv = process.env): BrokerOptions | undefined {
  const url = env.PACT_BROKER_BASE_URL;
  if (url === undefined || url === '') return undefined;
  return {
    url: url.replace(/\/$/, ''),
    token: env.PACT_BROKER_TOKEN,
    username: env.PACT_BROKER_USERNAME,
    password: env.PACT_BROKER_PASSWORD,
    ...(env.PACT_CONSUMER_VERSION === undefined
      ? {}
      : {
          publishPacts: {
            consumerVersion: env.PACT_CONSUMER_VERSION,
            branch: env.PACT_CONSUMER_BRANCH,
          },
        }),
    publishResults: env.PACT_BROKER_PUBLISH_VERIFICATION_RESULTS === 'true',
    providerVersion: env.PACT_PROVIDER_VERSION,
    providerBranch: env.PACT_PROVIDER_BRANCH,
  };
}

function headers(broker: BrokerOptions, json = false): Record<string, string> {
  const h: Record<string, string> = { accept: 'application/hal+json, application/json' };
  if (json) h['content-type'] = 'application/json';
  if (broker.token !== undefined && broker.token !== '') h.authorization = `Bearer ${broker.token}`;
  else if (broker.username !== undefined) {
    h.authorization = `Basic ${Buffer.from(`${broker.username}:${broker.password ?? ''}`).toString('base64')}`;
  }
  return h;
}

async function call(
  broker: BrokerOptions,
  method: string,
  url: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: headers(broker, body !== undefined),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text.slice(0, 300)}`);
  return text === '' ? undefined : JSON.parse(text);
}

const seg = encodeURIComponent;

/** Publishes each pact file under its consumer version (the broker's classic PUT endpoint). */
export async function publishPacts(
  broker: BrokerOptions,
  pacts: readonly PactFile[],
): Promise<void> {
  const publish = broker.publishPacts;
  if (publish === undefined) return;
  for (const pact of pacts) {
    const { consumer, provider } = pact;
    if (publish.branch !== undefined && publish.branch !== '') {
      await call(
        broker,
        'PUT',
        `${broker.url}/pacticipants/${seg(consumer)}/branches/${seg(publish.branch)}/versions/${seg(publish.consumerVersion)}`,
        {},
      );
    }
    await call(
      broker,
      'PUT',
      `${broker.url}/pacts/provider/${seg(provider)}/consumer/${seg(consumer)}/version/${seg(publish.consumerVersion)}`,
      pact.document,
    );
  }
}

export interface BrokerPact {
  /** The pact's URL at the broker: the Pact core fetches it again and publishes results to it. */
  readonly url: string;
  readonly pact: PactFile;
}

/** The pacts the broker wants this provider verified against ("pacts for verification"). */
export async function fetchPactsForVerification(
  broker: BrokerOptions,
  provider: string,
): Promise<BrokerPact[]> {
  const found = (await call(
    broker,
    'POST',
    `${broker.url}/pacts/provider/${seg(provider)}/for-verification`,
    {
      consumerVersionSelectors: broker.consumerVersionSelectors ?? [
        { mainBranch: true },
        { deployedOrReleased: true },
      ],
      includePendingStatus: false,
    },
  )) as { _embedded?: { pacts?: { _links?: { self?: { href?: string } } }[] } };
  const pacts: BrokerPact[] = [];
  for (const entry of found?._embedded?.pacts ?? []) {
    const url = entry._links?.self?.href;
    if (url === undefined) continue;
    pacts.push({ url, pact: parsePactDocument(await call(broker, 'GET', url), url) });
  }
  return pacts;
}
