import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inntektsoversikt } from '../examples/usage.js';
import { createInntektClient } from './client.js';
import { Maaned } from './domain.js';
import type { Inntekter } from './generated/v1/types.gen.js';
import { createLegacyInntektClient } from './legacy.js';
import { inntekterTilXml } from './xml.js';

interface Recorded {
  method: string | undefined;
  url: URL;
  headers: IncomingMessage['headers'];
}

const body: Inntekter = {
  oppgaveInntektsmottaker: [
    {
      opplysningspliktigId: '312345676',
      virksomhetId: '312345684',
      kalendermaaned: '2024-02',
      inntekt: [
        {
          fordel: 'kontantytelse',
          utloeserArbeidsgiveravgift: true,
          inngaarIGrunnlagForTrekk: true,
          beloep: 48250,
          loennsinntekt: { beskrivelse: 'fastloenn' },
        },
      ],
    },
  ],
};
const korrelasjonsid = '13a865f5-28f9-47db-9abd-ab78977c79fe';

let server: Server;
let origin: string;
let requests: Recorded[] = [];
/** What the next request gets; set per test. */
let answer: (req: IncomingMessage, res: ServerResponse) => void;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({
      method: req.method,
      url: new URL(req.url ?? '/', 'http://x'),
      headers: req.headers,
    });
    answer(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  requests = [];
  answer = (req, res) => {
    if (req.headers.accept === 'application/xml') {
      res.writeHead(200, { 'content-type': 'application/xml' }).end(inntekterTilXml(body));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
  };
});

function tokens(): { getAccessToken: () => Promise<string>; calls: () => number } {
  let n = 0;
  return {
    getAccessToken: async () => `token-${++n}`,
    calls: () => n,
  };
}

const params = {
  rettighetspakke: 'kommuneBoligsosialeFormaal',
  personidentifikator: '01818710190',
  fraOgMed: Maaned('2024-01'),
  tilOgMed: Maaned('2024-03'),
};

describe('createInntektClient', () => {
  it('sends GET /v1/{rettighetspakke}/{personidentifikator}/inntekter with the period and a bearer token', async () => {
    const t = tokens();
    const client = createInntektClient({
      baseUrl: `${origin}/inntekt`,
      getAccessToken: t.getAccessToken,
    });
    const svar = await client.hent(params);

    expect(svar).toMatchObject({ ok: true, status: 200, data: body });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url.pathname).toBe(
      '/inntekt/v1/kommuneBoligsosialeFormaal/01818710190/inntekter',
    );
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      fraOgMed: '2024-01',
      tilOgMed: '2024-03',
    });
    expect(request?.headers.authorization).toBe('Bearer token-1');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.altinnsamtykke).toBeUndefined();
  });

  it('asks the token provider before every request', async () => {
    const t = tokens();
    const client = createInntektClient({ baseUrl: origin, getAccessToken: t.getAccessToken });
    await client.hent(params);
    await client.hent(params);
    expect(t.calls()).toBe(2);
    expect(requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('sends the consent token in AltinnSamtykke for sbl', async () => {
    const client = createInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    await client.hent({ ...params, rettighetspakke: 'sbl', altinnSamtykke: 'samtykke-123' });
    expect(requests[0]?.url.pathname).toBe('/v1/sbl/01818710190/inntekter');
    expect(requests[0]?.headers.altinnsamtykke).toBe('samtykke-123');
  });

  it('asks for XML with format: xml and returns the text', async () => {
    const client = createInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    const svar = await client.hent({ ...params, format: 'xml' });
    expect(requests[0]?.headers.accept).toBe('application/xml');
    expect(svar.ok).toBe(true);
    if (svar.ok)
      expect(svar.data).toContain(
        '<inntekter xmlns="urn:no:skatteetaten:datasamarbeid:inntekt:v1">',
      );
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const client = createInntektClient({
      baseUrl: origin,
      getAccessToken: () => 'tok',
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await client.hent(params);
    expect(seen).toEqual([
      `${origin}/v1/kommuneBoligsosialeFormaal/01818710190/inntekter?fraOgMed=2024-01&tilOgMed=2024-03`,
    ]);
  });

  it('answers an HTTP error with its status and the error body', async () => {
    answer = (_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          kode: 'IM-008',
          melding: 'Fant ingen inntektsopplysninger.',
          korrelasjonsid,
        }),
      );
    };
    const client = createInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    const svar = await client.hent(params);
    expect(svar).toMatchObject({
      ok: false,
      status: 404,
      feil: { kode: 'IM-008', korrelasjonsid },
    });
  });

  it('reads an XML error body', async () => {
    answer = (_req, res) => {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0" encoding="UTF-8"?>\n<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1"><kode>IM-010</kode><melding>Feil med samtykke &amp; token.</melding><korrelasjonsid>${korrelasjonsid}</korrelasjonsid></feil>`,
        );
    };
    const client = createInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    const svar = await client.hent({ ...params, format: 'xml' });
    expect(svar).toMatchObject({
      ok: false,
      status: 403,
      feil: { kode: 'IM-010', melding: 'Feil med samtykke & token.', korrelasjonsid },
    });
  });

  it('gives feil undefined for an error body of another shape (a gateway 404)', async () => {
    answer = (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Unknown instance');
    };
    const client = createInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    const svar = await client.hent(params);
    expect(svar).toMatchObject({
      ok: false,
      status: 404,
      feil: undefined,
      body: 'Unknown instance',
    });
  });

  it('throws when the token provider fails, without sending anything', async () => {
    const client = createInntektClient({
      baseUrl: origin,
      getAccessToken: () => Promise.reject(new Error('maskinporten unavailable')),
    });
    await expect(client.hent(params)).rejects.toThrow('maskinporten unavailable');
    expect(requests).toHaveLength(0);
  });

  it('refuses a call the API would reject with IM-006, without sending it', async () => {
    const client = createInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    await expect(client.hent({ ...params, fraOgMed: Maaned('2024-04') })).rejects.toThrow(
      'fraOgMed 2024-04 is after tilOgMed 2024-03',
    );
    await expect(client.hent({ ...params, personidentifikator: '123' })).rejects.toThrow(
      '11 digits',
    );
    await expect(client.hent({ ...params, rettighetspakke: 'sbl/../admin' })).rejects.toThrow(
      'letters only',
    );
    await expect(client.hent({ ...params, tilOgMed: '2024-3' as Maaned })).rejects.toThrow(
      'YYYY-MM',
    );
    expect(requests).toHaveLength(0);
  });
});

describe('createLegacyInntektClient (retired endpoint)', () => {
  it('sends GET /api/innrapportert/inntektsmottaker/{rettighetspakke}/{personidentifikator}/oppgave/inntekt', async () => {
    const client = createLegacyInntektClient({
      baseUrl: origin,
      getAccessToken: () => 'legacy-token',
    });
    const svar = await client.hent({ ...params, tilOgMed: undefined });
    expect(svar).toMatchObject({ ok: true, data: body });
    expect(requests[0]?.url.pathname).toBe(
      '/api/innrapportert/inntektsmottaker/kommuneBoligsosialeFormaal/01818710190/oppgave/inntekt',
    );
    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({
      fraOgMed: '2024-01',
    });
    expect(requests[0]?.headers.authorization).toBe('Bearer legacy-token');
  });

  it('sends tilOgMed when given', async () => {
    const client = createLegacyInntektClient({ baseUrl: origin, getAccessToken: () => 'tok' });
    await client.hent(params);
    expect(requests[0]?.url.searchParams.get('tilOgMed')).toBe('2024-03');
  });
});

describe('examples/usage.ts (the README example)', () => {
  it('asks for the latest three complete months and sums the lines', async () => {
    const lines = await inntektsoversikt({
      baseUrl: `${origin}/inntekt`,
      getAccessToken: async () => 'tok',
      personidentifikator: '01818710190',
      idag: '2024-04-09',
    });
    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({
      fraOgMed: '2023-12',
      tilOgMed: '2024-02',
    });
    expect(lines).toEqual(['2024-02 loennsinntekt.fastloenn: 48250']);
  });
});
