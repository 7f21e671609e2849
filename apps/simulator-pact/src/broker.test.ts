// The broker path, offline: a fake Pact Broker on 127.0.0.1 receives the published pact, serves
// it back as a pact to verify, and records what the verifier publishes. (Only what can run here;
// a real broker is not needed by anything else.)
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokerFromEnv, fetchPactsForVerification, publishPacts } from './broker.js';
import { parsePactDocument } from './pact-files.js';
import { verifyPacts } from './verify.js';

process.env.PACT_DO_NOT_TRACK = '1';
const pactDocument = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('fixtures/verifiable-summert-skattegrunnlag.json', import.meta.url)),
    'utf8',
  ),
);

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}

const recorded: Recorded[] = [];
let base = '';
const server: Server = createServer(async (req: IncomingMessage, res) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  const body = text === '' ? undefined : JSON.parse(text);
  recorded.push({
    method: req.method ?? '',
    url: req.url ?? '',
    authorization: req.headers.authorization,
    body,
  });
  const send = (status: number, json: unknown) => {
    res.writeHead(status, { 'content-type': 'application/hal+json' });
    res.end(JSON.stringify(json));
  };
  const pactUrl = `${base}/pacts/provider/summert-skattegrunnlag/consumer/fixture-consumer/version/1.0.0`;
  if (req.method === 'GET' && req.url === '/') {
    return send(200, {
      _links: {
        'pb:provider-pacts-for-verification': {
          href: `${base}/pacts/provider/{provider}/for-verification`,
          templated: true,
        },
      },
    });
  }
  if (
    req.method === 'POST' &&
    req.url === '/pacts/provider/summert-skattegrunnlag/for-verification'
  ) {
    return send(200, {
      _embedded: {
        pacts: [
          {
            shortDescription: 'latest from main',
            verificationProperties: { pending: false, notices: [] },
            _links: {
              self: {
                href: pactUrl,
                name: 'Pact between fixture-consumer and summert-skattegrunnlag',
              },
            },
          },
        ],
      },
    });
  }
  if (req.method === 'POST' && req.url?.endsWith('/for-verification'))
    return send(200, { _embedded: { pacts: [] } });
  if (req.method === 'GET' && req.url?.endsWith('/for-verification')) {
    return send(200, { _links: { self: { href: `${base}${req.url}` } } });
  }
  if (req.method === 'GET' && `${base}${req.url}` === pactUrl) {
    return send(200, {
      ...pactDocument,
      _links: {
        'pb:publish-verification-results': {
          href: `${base}/pacts/provider/summert-skattegrunnlag/consumer/fixture-consumer/pact-version/abc/verification-results`,
        },
      },
    });
  }
  if (req.method === 'POST' && req.url?.endsWith('/verification-results')) return send(201, {});
  if (req.method === 'PUT') return send(200, {});
  return send(404, { error: 'not in the fake broker' });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Pact Broker (optional)', () => {
  it('is configured from the standard PACT_BROKER_* variables, and off without them', () => {
    expect(brokerFromEnv({})).toBeUndefined();
    expect(
      brokerFromEnv({
        PACT_BROKER_BASE_URL: 'https://broker.example/',
        PACT_BROKER_TOKEN: 't',
        PACT_CONSUMER_VERSION: '1.2.3',
        PACT_PROVIDER_VERSION: 'abc',
        PACT_BROKER_PUBLISH_VERIFICATION_RESULTS: 'true',
      }),
    ).toMatchObject({
      url: 'https://broker.example',
      token: 't',
      publishPacts: { consumerVersion: '1.2.3' },
      publishResults: true,
      providerVersion: 'abc',
    });
  });

  it('publishes pact files under the consumer version and branch, with the token', async () => {
    recorded.length = 0;
    const pact = parsePactDocument(pactDocument, 'fixture');
    await publishPacts(
      { url: base, token: 'secret', publishPacts: { consumerVersion: '1.0.0', branch: 'main' } },
      [pact],
    );
    expect(recorded.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /pacticipants/fixture-consumer/branches/main/versions/1.0.0',
      'PUT /pacts/provider/summert-skattegrunnlag/consumer/fixture-consumer/version/1.0.0',
    ]);
    expect(recorded[1]?.authorization).toBe('Bearer secret');
    expect(recorded[1]?.body).toMatchObject({ consumer: { name: 'fixture-consumer' } });
  });

  it('fetches the pacts to verify for a provider', async () => {
    const pacts = await fetchPactsForVerification({ url: base }, 'summert-skattegrunnlag');
    expect(pacts.map((p) => p.pact.interactions.length)).toEqual([3]);
  });

  it('verifies the broker’s pacts when no files are given, and publishes the results', async () => {
    recorded.length = 0;
    const report = await verifyPacts({
      broker: { url: base, token: 'secret', publishResults: true, providerVersion: 'sim-1.0.0' },
      checkContracts: false,
    });
    expect(report.ok, JSON.stringify(report.pacts, null, 1)).toBe(true);
    expect(report.pacts.map((p) => `${p.provider}: ${p.interactions.length}`)).toEqual([
      'summert-skattegrunnlag: 3',
    ]);
    const published = recorded.find((r) => r.url.endsWith('/verification-results'));
    expect(published?.body).toMatchObject({
      success: true,
      providerApplicationVersion: 'sim-1.0.0',
    });
  }, 60_000);
});
