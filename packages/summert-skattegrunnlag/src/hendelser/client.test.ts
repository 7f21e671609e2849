import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SkatteoppgjoerHendelse } from '../generated/hendelser/types.gen.js';
import {
  apiBaseUrl,
  createSkatteoppgjoerHendelserClient,
  FeedError,
  hendelseStartTilXml,
  skatteoppgjoerHendelserApi,
  skatteoppgjoerHendelserTilXml,
} from './index.js';

/** The list the stand-in serves; each event registered on the date in `dato`. */
const events: Array<SkatteoppgjoerHendelse & { dato: string }> = [];
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let server: Server;
let origin: string;

const feil = (kode: string, melding: string) => ({
  kode,
  melding,
  korrelasjonsid: '8d34f576-9102-43b4-8fc0-3b4c5d6e7f80',
});

/** A stand-in for the list, with the contract's rules: FA-004 for bad input, FA-005 past the end. */
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ url: `${url.pathname}${url.search}`, headers: req.headers });
    const xml = req.headers.accept === 'application/xml';
    const send = (status: number, body: unknown, toXml: (b: never) => string) => {
      res.writeHead(status, { 'content-type': xml ? 'application/xml' : 'application/json' });
      res.end(xml ? toXml(body as never) : JSON.stringify(body));
    };
    const bare = (e: (typeof events)[number]) => {
      const { dato: _dato, ...event } = e;
      return event;
    };
    if (url.pathname === '/skatteoppgjoerhendelser/v1/hendelser') {
      const fra = Number(url.searchParams.get('fraSekvensnummer'));
      const antall = Number(url.searchParams.get('antall'));
      const page = events.filter((e) => e.sekvensnummer >= fra).slice(0, antall);
      if (page.length === 0)
        return send(404, feil('FA-005', 'Ingen hendelser funnet for oppgitt input.'), () => '');
      return send(200, { hendelser: page.map(bare) }, skatteoppgjoerHendelserTilXml);
    }
    if (url.pathname === '/skatteoppgjoerhendelser/v1/hendelser/start') {
      const dato = url.searchParams.get('dato') ?? '';
      const first = events.find((e) => e.dato >= dato);
      if (first === undefined)
        return send(404, feil('FA-005', 'Ingen hendelser funnet for oppgitt input.'), () => '');
      return send(200, { sekvensnummer: first.sekvensnummer }, hendelseStartTilXml);
    }
    send(404, feil('FA-002', 'Ukjent url benyttet.'), () => '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function publish(from: number, count: number, dato: string): void {
  for (let n = from; n < from + count; n++) {
    events.push({
      sekvensnummer: n * 11 - 10,
      identifikator: String(28064701918 + n).padStart(11, '0'),
      gjelderPeriode: '2025',
      registreringstidspunkt: `${dato}T09:29:16.000000Z`,
      hendelsetype: 'NY',
      dato,
    });
  }
}

beforeEach(() => {
  events.length = 0;
  seen.length = 0;
  publish(1, 5, '2026-04-10');
  publish(6, 3, '2026-06-01');
});

const client = () =>
  createSkatteoppgjoerHendelserClient({
    baseUrl: apiBaseUrl(skatteoppgjoerHendelserApi, { simulator: origin }),
    getAccessToken: () => 'token-1',
  });

describe('createSkatteoppgjoerHendelserClient', () => {
  it('sends GET /v1/hendelser?fraSekvensnummer&antall with the bearer token, asking for JSON', async () => {
    const result = await client().hentSide({ fraSekvensnummer: 1, antall: 2 });
    expect(seen[0]?.url).toBe('/skatteoppgjoerhendelser/v1/hendelser?fraSekvensnummer=1&antall=2');
    expect(seen[0]?.headers.authorization).toBe('Bearer token-1');
    expect(seen[0]?.headers.accept).toBe('application/json');
    expect(result.ok && result.data.hendelser.map((h) => h.sekvensnummer)).toEqual([1, 12]);
  });

  it('answers a page as XML text when asked for XML', async () => {
    const result = await client().hentSide({ fraSekvensnummer: 1, antall: 1, format: 'xml' });
    expect(result.ok && result.data).toContain(
      '<hendelser xmlns="urn:no:skatteetaten:datasamarbeid:hendelser:v1"><hendelse><sekvensnummer>1</sekvensnummer>',
    );
  });

  it('answers a page past the end with the FA-005 error body, not as a thrown error', async () => {
    const result = await client().hentSide({ fraSekvensnummer: 1000, antall: 10 });
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.status, result.feil?.kode]).toEqual([404, 'FA-005']);
  });

  it('reads every event across pages and ends at the FA-005 past the last one', async () => {
    const reader = client().hendelser({ fraSekvensnummer: 1, antall: 3, follow: false });
    const read: number[] = [];
    for await (const hendelse of reader) read.push(hendelse.sekvensnummer);
    expect(read).toEqual([1, 12, 23, 34, 45, 56, 67, 78]);
    expect(seen.map((s) => new URL(s.url, origin).searchParams.get('fraSekvensnummer'))).toEqual([
      '1',
      '24',
      '57',
      '79',
    ]);
    expect(reader.position).toBe(79);
  });

  it('resumes from a saved position and sees only what was published after it', async () => {
    let saved = 0;
    const first = client().hendelser({
      fraSekvensnummer: 1,
      follow: false,
      onPosition: (position) => {
        saved = position;
      },
    });
    for await (const _ of first);
    publish(9, 2, '2026-06-02');
    const later: number[] = [];
    for await (const h of client().hendelser({ fraSekvensnummer: saved, follow: false }))
      later.push(h.sekvensnummer);
    expect(saved).toBe(79);
    expect(later).toEqual([89, 100]);
  });

  it('keeps following the list: waits while it is empty and delivers what is published later', async () => {
    const controller = new AbortController();
    const waits: number[] = [];
    const reader = client().hendelser({
      fraSekvensnummer: 79,
      signal: controller.signal,
      backoff: { initialDelayMs: 5, maxDelayMs: 20 },
      onWait: (event) => {
        waits.push(event.delayMs);
        if (event.emptyPages === 3) publish(9, 1, '2026-06-02');
      },
    });
    const read: number[] = [];
    for await (const h of reader) {
      read.push(h.sekvensnummer);
      controller.abort();
    }
    expect(read).toEqual([89]);
    expect(waits).toEqual([5, 10, 20]);
  });

  it('finds the first sequence number on or after a date, and undefined after the last event', async () => {
    expect(await client().start({ dato: '2026-05-01' })).toBe(56);
    expect(seen[0]?.url).toBe('/skatteoppgjoerhendelser/v1/hendelser/start?dato=2026-05-01');
    expect(await client().start({ dato: '2026-12-24' })).toBeUndefined();
  });

  it('reads the start answer as XML text when asked for XML', async () => {
    const result = await client().hentStart({ dato: '2026-04-10', format: 'xml' });
    expect(result.ok && result.data).toContain('<sekvensnummer>1</sekvensnummer></start>');
  });

  it('ends the reader with a FeedError naming the code when the list answers another error', async () => {
    const wrong = createSkatteoppgjoerHendelserClient({
      baseUrl: `${origin}/feil-sti`,
      getAccessToken: () => 'token-1',
    });
    const error = await wrong
      .hendelser({ fraSekvensnummer: 1 })
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).feil?.kode).toBe('FA-002');
    expect((error as Error).message).toMatch(
      /^Skatteoppgjør hendelser API: the page from 1 was answered 404 FA-002/,
    );
  });

  it('refuses antall over 1000 before any token is fetched or request sent', async () => {
    let tokens = 0;
    const counting = createSkatteoppgjoerHendelserClient({
      baseUrl: origin,
      getAccessToken: () => `token-${++tokens}`,
    });
    await expect(counting.hentSide({ fraSekvensnummer: 1, antall: 5000 })).rejects.toThrow(
      'antall 5000 is not valid: must be a whole number from 1 to 1000',
    );
    expect([tokens, seen.length]).toEqual([0, 0]);
  });
});
