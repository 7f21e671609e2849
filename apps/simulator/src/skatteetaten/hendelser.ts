// GET /v1/hendelser?fraSekvensnummer&antall and /v1/hendelser/start?dato of Skatteoppgjør
// hendelser and Inntekt hendelser. The lists follow the data clock of the request's test run (the
// global one when it has none): only events registered by its "now" are visible (admin/clock.ts
// moves it).
import type { ApiDescriptor, Feilkoder } from '@skattedeling/felles';
import { inntektHendelserApi, inntektHendelserTilXml } from '@skattedeling/inntekt/hendelser';
import {
  hendelseStartTilXml,
  skatteoppgjoerHendelserApi,
  skatteoppgjoerHendelserTilXml,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import type { Context } from '../context.js';
import { osloDate } from '../data/calendar.js';
import { type EventIndex, type IndexedEvent, sekvensnummerAt } from '../data/events/index-core.js';
import type { Exchange } from '../http/exchange.js';
import type { ApiId } from '../store/types.js';
import { supportAccess } from './access.js';
import { apiEndpoint, type Endpoint } from './endpoint.js';
import { feeds } from './feeds.js';
import { authenticate, format } from './pipeline.js';
import { sendData, sendFeil } from './respond.js';

interface FeedApi {
  readonly descriptor: ApiDescriptor & {
    readonly tilgangVia: ApiId;
    readonly feilkoder: Feilkoder;
  };
  index(ctx: Context): EventIndex;
  /** The event as the list's body carries it. */
  body(e: IndexedEvent): Record<string, unknown>;
  pageXml(page: { hendelser: Record<string, unknown>[] }): string;
}

/** `2026-03-10T09:29:16.123000Z`: the documentation's microseconds. */
const micro = (ms: number) => `${new Date(ms).toISOString().slice(0, 23)}000Z`;

const feedApis: Readonly<Record<'skatteoppgjoer' | 'inntekt', FeedApi>> = {
  skatteoppgjoer: {
    descriptor: skatteoppgjoerHendelserApi as FeedApi['descriptor'],
    index: (ctx) => feeds(ctx).skatteoppgjoer,
    body: (e) => ({
      sekvensnummer: e.sekvensnummer,
      identifikator: e.identifikator,
      gjelderPeriode: e.gjelderPeriode,
      registreringstidspunkt: micro(e.ms),
      hendelsetype: e.hendelsetype ?? 'NY',
    }),
    pageXml: (page) => skatteoppgjoerHendelserTilXml(page as never),
  },
  inntekt: {
    descriptor: inntektHendelserApi as FeedApi['descriptor'],
    index: (ctx) => feeds(ctx).inntekt,
    body: (e) => ({
      sekvensnummer: e.sekvensnummer,
      identifikator: e.identifikator,
      gjelderPeriode: e.gjelderPeriode,
    }),
    pageXml: (page) => inntektHendelserTilXml(page as never),
  },
};

/** A non-negative integer parameter given once, or the reason it is not. */
function integer(query: URLSearchParams, name: string, min: number, max: number): number | string {
  const all = query.getAll(name);
  if (all.length !== 1) return `${name} must be given once`;
  const text = all[0] as string;
  if (!/^\d{1,16}$/.test(text))
    return `${name} must be an integer, got ${JSON.stringify(text.slice(0, 20))}`;
  const n = Number(text);
  if (n < min || n > max) return `${name} must be ${min}–${max}, got ${n}`;
  return n;
}

/** Oslo midnight of `dato` (YYYY-MM-DD) in epoch ms, or the reason it is not a date. */
function osloMidnight(query: URLSearchParams): number | string {
  const all = query.getAll('dato');
  const text = all[0];
  if (all.length !== 1 || text === undefined) return 'dato must be given once';
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? [];
  const utc = d === undefined ? Number.NaN : Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== text)
    return `dato must be a date YYYY-MM-DD, got ${JSON.stringify(text.slice(0, 20))}`;
  // 00:00 in Oslo is 23:00 or 22:00 UTC the day before; the earlier bound, then skip what is before.
  return utc - 2 * 3_600_000;
}

/** A page of events, or the first event on or after a date. */
type Which = 'side' | 'start';

/**
 * Each event list's endpoints under its prefix, journalled under its `tilgangVia`:
 * GET /v1/hendelser?fraSekvensnummer&antall and GET /v1/hendelser/start?dato.
 */
export const hendelserEndpoints: readonly Endpoint<Which>[] = Object.values(feedApis).map(
  (feed) => {
    const { versjon } = feed.descriptor;
    return apiEndpoint<Which>(feed.descriptor, {
      unknownUrl: `no event list endpoint has this path (/${versjon}/hendelser, /${versjon}/hendelser/start)`,
      match: (s) =>
        s[2] !== versjon || s[3] !== 'hendelser'
          ? undefined
          : s.length === 4
            ? 'side'
            : s.length === 5 && s[4] === 'start'
              ? 'start'
              : undefined,
      handle: (ctx, x, which, query) => handleHendelser(ctx, x, feed, which, query),
    });
  },
);

async function handleHendelser(
  ctx: Context,
  x: Exchange,
  feed: FeedApi,
  which: Which,
  queryString: string,
): Promise<void> {
  const query = new URLSearchParams(queryString);
  const api = feed.descriptor;
  const f = format(x, api);
  if (f === undefined) return;
  const token = authenticate(ctx, x, api, f, ctx.now());
  if (token === undefined || !supportAccess(ctx, x, api.tilgangVia, f, token)) return;
  const nowMs = ctx.clocks.of(x.testRun).nowMs();
  const index = feed.index(ctx);
  if (which === 'start') {
    const from = osloMidnight(query);
    if (typeof from === 'string') return sendFeil(x, f, api.feilkoder.validering, from);
    const dato = query.get('dato') as string;
    const first = firstOn(index, from, dato, nowMs);
    if (first === undefined)
      return sendFeil(
        x,
        f,
        api.feilkoder.ikkeFunnet,
        `no event registered on or after ${dato} yet`,
      );
    const start = { sekvensnummer: first.sekvensnummer };
    x.pass('data', `first event on or after ${dato}: ${first.sekvensnummer}`);
    return sendData(x, f, f === 'xml' ? hendelseStartTilXml(start) : JSON.stringify(start));
  }
  const fra = integer(query, 'fraSekvensnummer', 0, Number.MAX_SAFE_INTEGER);
  const antall = integer(query, 'antall', 1, 1000);
  const invalid = typeof fra === 'string' ? fra : typeof antall === 'string' ? antall : undefined;
  if (invalid !== undefined) return sendFeil(x, f, api.feilkoder.validering, invalid);
  const events = index.page(fra as number, antall as number, nowMs);
  if (events.length === 0)
    return sendFeil(x, f, api.feilkoder.ikkeFunnet, `no event from sekvensnummer ${fra} yet`);
  const page = { hendelser: events.map(feed.body) };
  x.pass(
    'data',
    `${events.length} events, ${events[0]?.sekvensnummer} – ${events.at(-1)?.sekvensnummer}`,
  );
  sendData(x, f, f === 'xml' ? feed.pageXml(page) : JSON.stringify(page));
}

const isoOf = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first event whose Oslo date is `dato` or later, reading from `fromMs` on. */
function firstOn(index: EventIndex, fromMs: number, dato: string, nowMs: number) {
  let fra = sekvensnummerAt(fromMs);
  for (;;) {
    const page = index.page(fra, 100, nowMs);
    const found = page.find((e) => isoOf(osloDate(new Date(e.ms))) >= dato);
    if (found !== undefined || page.length < 100) return found;
    fra = (page.at(-1) as IndexedEvent).sekvensnummer + 1;
  }
}
