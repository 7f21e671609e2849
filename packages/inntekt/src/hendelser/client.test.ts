import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InntektHendelse } from '../generated/hendelser/types.gen.js';
import {
  apiBaseUrl,
  createInntektHendelserClient,
  inntektHendelserApi,
  inntektHendelserTilXml,
} from './index.js';

const events: InntektHendelse[] = [];
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let server: Server;
let origin: string;
const fa005 = {
  kode: 'FA-005',
  melding: 'Ingen hendelser funnet for oppgitt input.',
  korrelasjonsid: 'b067c8a9-c435-46e7-9cf3-6e7f8091a2b3',
};

/** A stand-in for the list: pages from `events`, 404 FA-005 past the end. */
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ url: `${url.pathname}${url.search}`, headers: req.headers });
    const xml = req.headers.accept === 'application/xml';
    const fra = Number(url.searchParams.get('fraSekvensnummer'));
    const page = events
      .filter((e) => e.sekvensnummer >= fra)
      .slice(0, Number(url.searchParams.get('antall')));
    res.setHeader('content-type', xml ? 'application/xml' : 'application/json');
    if (url.pathname !== '/inntekthendelser/v1/hendelser' || page.length === 0) {
      res.statusCode = 404;
      return res.end(JSON.stringify(fa005));
    }
    res.end(
      xml ? inntektHendelserTilXml({ hendelser: page }) : JSON.stringify({ hendelser: page }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function report(...months: string[]): void {
  for (const gjelderPeriode of months) {
    const sekvensnummer = (events.at(-1)?.sekvensnummer ?? 0) + 7;
    events.push({ sekvensnummer, identifikator: '09048000875', gjelderPeriode });
  }
}

beforeEach(() => {
  events.length = 0;
  seen.length = 0;
  report('2026-01', '2026-02', '2026-01', '2026-03');
});

const client = () =>
  createInntektHendelserClient({
    baseUrl: apiBaseUrl(inntektHendelserApi, { simulator: origin }),
    getAccessToken: () => 'token-inntekt',
  });

describe('createInntektHendelserClient', () => {
  it('reads every event across pages with the bearer token, a corrected month as a new event', async () => {
    const reader = client().hendelser({ fraSekvensnummer: 1, antall: 3, follow: false });
    const read: string[] = [];
    for await (const h of reader) read.push(`${h.sekvensnummer}:${h.gjelderPeriode}`);
    expect(read).toEqual(['7:2026-01', '14:2026-02', '21:2026-01', '28:2026-03']);
    expect(seen.map((s) => s.url)).toEqual([
      '/inntekthendelser/v1/hendelser?fraSekvensnummer=1&antall=3',
      '/inntekthendelser/v1/hendelser?fraSekvensnummer=22&antall=3',
      '/inntekthendelser/v1/hendelser?fraSekvensnummer=29&antall=3',
    ]);
    expect(seen.every((s) => s.headers.authorization === 'Bearer token-inntekt')).toBe(true);
    expect(reader.position).toBe(29);
  });

  it('resumes from the position of an earlier reader and sees only later reports', async () => {
    const first = client().hendelser({ fraSekvensnummer: 1, follow: false });
    for await (const _ of first);
    report('2026-04');
    const later: string[] = [];
    for await (const h of client().hendelser({ fraSekvensnummer: first.position, follow: false }))
      later.push(h.gjelderPeriode);
    expect(later).toEqual(['2026-04']);
  });

  it('stops waiting for new events when its signal aborts, and keeps its position', async () => {
    const controller = new AbortController();
    const reader = client().hendelser({
      fraSekvensnummer: 29,
      signal: controller.signal,
      backoff: { initialDelayMs: 60_000 },
      onWait: () => controller.abort(),
    });
    const read: unknown[] = [];
    for await (const h of reader) read.push(h);
    expect(read).toEqual([]);
    expect(reader.position).toBe(29);
  });

  it('answers a page as XML text when asked for XML', async () => {
    const result = await client().hentSide({ fraSekvensnummer: 1, antall: 1, format: 'xml' });
    expect(seen[0]?.headers.accept).toBe('application/xml');
    expect(result.ok && result.data).toContain('<gjelderPeriode>2026-01</gjelderPeriode>');
  });
});
