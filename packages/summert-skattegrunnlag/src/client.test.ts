import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSummertSkattegrunnlagClient } from './client.js';
import { readData } from './fixtures/reference.js';
import * as v1 from './v1.js';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
}

const example = readData('examples/summertskattegrunnlag-2023.json');
const feil = {
  kode: 'SSG-008',
  melding: 'Fant ikke summert skattegrunnlag.',
  korrelasjonsid: '13a865f5-28f9-47db-9abd-ab78977c79fe',
};
const feilXml =
  '<?xml version="1.0" encoding="UTF-8"?><feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1"><kode>SSG-007</kode><melding>Fant ingen treff p&#229; oppgitt personidentifikator.</melding><korrelasjonsid>4f90b132-5d6e-4f70-8b8c-9d0e1f2a3b4c</korrelasjonsid></feil>';

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

/** A stand-in for the API: answers by path, so each test picks the answer through its request. */
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    const xml = req.headers.accept === 'application/xml';
    if (req.url?.includes('/09819899123')) {
      res.writeHead(200, { 'content-type': xml ? 'application/xml' : 'application/json' });
      res.end(xml ? '<summertSkattegrunnlag/>' : JSON.stringify(example));
    } else if (req.url?.includes('/00000000000')) {
      res.writeHead(404, { 'content-type': xml ? 'application/xml' : 'application/json' });
      res.end(xml ? feilXml : JSON.stringify(feil));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Unknown instance');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/summertskattegrunnlag`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
});

beforeEach(() => {
  seen.length = 0;
});

function tokens(): { getAccessToken: () => Promise<string>; calls: () => number } {
  let count = 0;
  return {
    getAccessToken: async () => `token-${++count}`,
    calls: () => count,
  };
}

describe('createSummertSkattegrunnlagClient (V2)', () => {
  it('sends GET /v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator} with the bearer token from the provider', async () => {
    const provider = tokens();
    const client = createSummertSkattegrunnlagClient({
      baseUrl,
      getAccessToken: provider.getAccessToken,
    });
    const result = await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'kommuneboligsosialeformaal',
      inntektsaar: '2023',
      personidentifikator: '09819899123',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url).toBe(
      '/summertskattegrunnlag/v2/oppgjoer/kommuneboligsosialeformaal/2023/09819899123',
    );
    expect(seen[0]?.headers.authorization).toBe('Bearer token-1');
    expect(seen[0]?.headers.accept).toBe('application/json');
    expect(seen[0]?.headers.altinnsamtykke).toBeUndefined();
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.status).toBe(200);
      expect(result.data.grunnlag?.[0]?.tekniskNavn).toBe(
        'samledeOpptjenteRenterIInnenlandskeBanker',
      );
    }
  });

  it('asks the token provider again for every request', async () => {
    const provider = tokens();
    const client = createSummertSkattegrunnlagClient({
      baseUrl,
      getAccessToken: provider.getAccessToken,
    });
    const request = {
      stadie: 'utkast',
      rettighetspakke: 'kommuneforeldrebetaling',
      inntektsaar: '2023',
      personidentifikator: '09819899123',
    } as const;
    await client.hent(request);
    await client.hent(request);
    expect(provider.calls()).toBe(2);
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('sends the consent token as AltinnSamtykke', async () => {
    const client = createSummertSkattegrunnlagClient({
      baseUrl,
      getAccessToken: () => 'maskinporten',
    });
    await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'sbl',
      inntektsaar: '2023',
      personidentifikator: '09819899123',
      altinnSamtykke: 'samtykke-token',
    });
    expect(seen[0]?.headers.altinnsamtykke).toBe('samtykke-token');
    expect(seen[0]?.headers.authorization).toBe('Bearer maskinporten');
  });

  it('returns the error body of a JSON error with its status', async () => {
    const client = createSummertSkattegrunnlagClient({ baseUrl, getAccessToken: () => 't' });
    const result = await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'nav',
      inntektsaar: '2023',
      personidentifikator: '00000000000',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(404);
      expect(result.feil).toEqual(feil);
    }
  });

  it('asks for XML and returns it as text; reads an XML error body', async () => {
    const client = createSummertSkattegrunnlagClient({ baseUrl, getAccessToken: () => 't' });
    const ok = await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'nav',
      inntektsaar: '2023',
      personidentifikator: '09819899123',
      format: 'xml',
    });
    expect(seen[0]?.headers.accept).toBe('application/xml');
    expect(ok.ok && ok.data).toBe('<summertSkattegrunnlag/>');
    const error = await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'nav',
      inntektsaar: '2023',
      personidentifikator: '00000000000',
      format: 'xml',
    });
    expect(error.ok).toBe(false);
    if (!error.ok) {
      expect(error.feil).toEqual({
        kode: 'SSG-007',
        melding: 'Fant ingen treff på oppgitt personidentifikator.',
        korrelasjonsid: '4f90b132-5d6e-4f70-8b8c-9d0e1f2a3b4c',
      });
    }
  });

  it('returns feil undefined and the raw text for an answer that is not an error body', async () => {
    const client = createSummertSkattegrunnlagClient({ baseUrl, getAccessToken: () => 't' });
    const result = await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'nav',
      inntektsaar: '2023',
      personidentifikator: '11111111111',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.feil).toBeUndefined();
      expect(result.body).toBe('Unknown instance');
    }
  });

  it('uses the fetch it is given', async () => {
    const urls: string[] = [];
    const client = createSummertSkattegrunnlagClient({
      baseUrl,
      getAccessToken: () => 't',
      fetch: (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'nav',
      inntektsaar: '2023',
      personidentifikator: '09819899123',
    });
    expect(urls).toEqual([`${baseUrl}/v2/oppgjoer/nav/2023/09819899123`]);
  });

  it('throws when the token provider fails, without calling the API', async () => {
    const client = createSummertSkattegrunnlagClient({
      baseUrl,
      getAccessToken: () => Promise.reject(new Error('maskinporten unavailable')),
    });
    await expect(
      client.hent({
        stadie: 'oppgjoer',
        rettighetspakke: 'nav',
        inntektsaar: '2023',
        personidentifikator: '09819899123',
      }),
    ).rejects.toThrow('maskinporten unavailable');
    expect(seen).toHaveLength(0);
  });

  it('throws on a network failure instead of returning it as an answer', async () => {
    const client = createSummertSkattegrunnlagClient({
      baseUrl: 'http://127.0.0.1:1',
      getAccessToken: () => 't',
    });
    await expect(
      client.hent({
        stadie: 'oppgjoer',
        rettighetspakke: 'nav',
        inntektsaar: '2023',
        personidentifikator: '09819899123',
      }),
    ).rejects.toThrow();
  });
});

describe('v1.createSummertSkattegrunnlagClient (retired V1 paths)', () => {
  const root = () => baseUrl.replace(/\/summertskattegrunnlag$/, '');

  it('calls the path without stadie when none is given', async () => {
    const client = v1.createSummertSkattegrunnlagClient({
      baseUrl: root(),
      getAccessToken: () => 'v1-token',
    });
    await client.hent({
      rettighetspakke: 'nav',
      inntektsaar: '2021',
      personidentifikator: '09819899123',
    });
    expect(seen[0]?.url).toBe('/api/formueinntekt/summertskattegrunnlag/nav/2021/09819899123');
    expect(seen[0]?.headers.authorization).toBe('Bearer v1-token');
  });

  it('calls the path with stadie when one is given', async () => {
    const client = v1.createSummertSkattegrunnlagClient({
      baseUrl: root(),
      getAccessToken: () => 'v1-token',
    });
    await client.hent({
      stadie: 'utkast',
      rettighetspakke: 'nav',
      inntektsaar: '2021',
      personidentifikator: '09819899123',
    });
    expect(seen[0]?.url).toBe(
      '/api/formueinntekt/summertskattegrunnlag/utkast/nav/2021/09819899123',
    );
  });
});
