import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { feilTilXml } from '@skattedeling/felles';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  apiBaseUrl,
  createSisteTilgjengeligeSkatteoppgjoerClient,
  sisteTilgjengeligeSkatteoppgjoerApi,
  sisteTilgjengeligeSkatteoppgjoerTilXml,
} from './index.js';

const body = {
  personidentifikator: '07078600378',
  ressursId: 'skattegrunnlag',
  sisteTilgjengeligePeriode: '2024',
};
const td004 = {
  kode: 'TD-004',
  melding: 'Fant ikke tilgjengeligdata for angitt personidentifikator og ressursidentifikator.',
  korrelasjonsid: '16cd1e0f-2a9b-44cd-9259-c4d5e6f70819',
};
const seen: Array<{ url: string | undefined; headers: IncomingHttpHeaders }> = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url, headers: req.headers });
    const xml = req.headers.accept === 'application/xml';
    res.setHeader('content-type', xml ? 'application/xml' : 'application/json');
    if (req.url === '/sistetilgjengeligeskatteoppgjoer/v1/07078600378') {
      res.end(xml ? sisteTilgjengeligeSkatteoppgjoerTilXml(body) : JSON.stringify(body));
    } else {
      res.statusCode = 404;
      res.end(xml ? feilTilXml(td004) : JSON.stringify(td004));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
});

const client = () =>
  createSisteTilgjengeligeSkatteoppgjoerClient({
    baseUrl: apiBaseUrl(sisteTilgjengeligeSkatteoppgjoerApi, { simulator: origin }),
    getAccessToken: async () => 'token-7',
  });

describe('createSisteTilgjengeligeSkatteoppgjoerClient', () => {
  it('sends GET /v1/{personidentifikator} with the bearer token and answers the newest year', async () => {
    const result = await client().hent({ personidentifikator: '07078600378' });
    expect(seen[0]?.url).toBe('/sistetilgjengeligeskatteoppgjoer/v1/07078600378');
    expect(seen[0]?.headers.authorization).toBe('Bearer token-7');
    expect(result.ok && result.data.sisteTilgjengeligePeriode).toBe('2024');
  });

  it('answers XML text with the tilgjengeligdata root when asked for XML', async () => {
    const result = await client().hent({ personidentifikator: '07078600378', format: 'xml' });
    expect(seen[0]?.headers.accept).toBe('application/xml');
    expect(result.ok && result.data).toContain(
      '<tilgjengeligdata xmlns="urn:no:skatteetaten:datasamarbeid:tilgjengeligdata:v1">',
    );
  });

  it('answers a person without an assessment with the TD-004 body, from JSON and from XML', async () => {
    const json = await client().hent({ personidentifikator: '01010112345' });
    const xml = await client().hent({ personidentifikator: '01010112345', format: 'xml' });
    expect(!json.ok && [json.status, json.feil?.kode]).toEqual([404, 'TD-004']);
    expect(!xml.ok && [xml.status, xml.feil?.kode]).toEqual([404, 'TD-004']);
  });

  it('refuses a personidentifikator that is not 11 digits without sending, and without quoting it', async () => {
    await expect(client().hent({ personidentifikator: '0707860037' })).rejects.toThrow(
      'personidentifikator (a string of 10 characters) is not valid: must be exactly 11 digits',
    );
    expect(seen).toHaveLength(0);
  });
});
