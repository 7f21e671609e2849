// GET /v1/{rettighetspakke}/{personidentifikator}/inntekter?fraOgMed&tilOgMed and the retired
// …/oppgave/inntekt form (tilOgMed optional there: up to and including the current month; its
// route is in retired.ts). Income lines the rights package may not see are removed
// (filtrerForRettighetspakke). The admin API's preview of the answers is here too.
import type { Feilkode } from '@skattedeling/felles';
import { filtrerForRettighetspakke, inntektApi } from '@skattedeling/inntekt';
import type { DataClock } from '../clock.js';
import type { CachedAnswer, Context } from '../context.js';
import { type DataSource, FIRST_INNTEKT_MONTH, formatMaaned as maaned } from '../data/index.js';
import type { PreviewedAnswer } from '../generated/admin/types.gen.js';
import type { Exchange } from '../http/exchange.js';
import { apiInfo } from '../onboarding/apis.js';
import { bodyAnswer, sendAnswer } from './answers.js';
import { inntekterXml } from './contracts.js';
import { dataFor } from './data.js';
import { apiEndpoint, type Malformed, malformedSegment } from './endpoint.js';
import { type Format, negotiate } from './negotiate.js';
import {
  checkMaaned,
  checkPersonidentifikator,
  checkRettighetspakke,
  decodeSegment,
} from './params.js';
import { askedPeriod, clampPeriod, type MonthRange, monthsWithData } from './period.js';
import { authorise, openLookup } from './pipeline.js';
import { type PreviewAnswer, type PreviewQuery, previewRefusal, previewYears } from './preview.js';
import { sendFeil } from './respond.js';

const api = apiInfo.inntekt;
const { versjon, simulatorSti } = inntektApi;

/** What the path names; the query completes the call. */
export interface InntektPath {
  readonly variant: 'v1' | 'legacy';
  readonly rettighetspakke: string;
  readonly personidentifikator: string;
}

export interface InntektCall extends InntektPath {
  readonly fraOgMed: string | undefined;
  readonly tilOgMed: string | undefined;
}

/** The decoded path of `{rettighetspakke}/{personidentifikator}` at `s[at]`. */
export function inntektPath(
  variant: InntektPath['variant'],
  s: readonly string[],
  at: number,
): InntektPath | Malformed {
  const rettighetspakke = decodeSegment(s[at] as string);
  const personidentifikator = decodeSegment(s[at + 1] as string);
  if (rettighetspakke === undefined || personidentifikator === undefined) return malformedSegment;
  return { variant, rettighetspakke, personidentifikator };
}

/** A query parameter given at most once; null when it is given more often. */
function queryParam(query: URLSearchParams, name: string): string | undefined | null {
  const all = query.getAll(name);
  if (all.length > 1) return null;
  return all[0];
}

/** The asked period as month indexes, or the reason for a 400. */
function period(ctx: Context, call: InntektCall, now: Date): MonthRange | string {
  const invalid =
    checkRettighetspakke(call.rettighetspakke) ??
    checkPersonidentifikator(call.personidentifikator) ??
    checkMaaned('fraOgMed', call.fraOgMed, true) ??
    checkMaaned('tilOgMed', call.tilOgMed, call.variant === 'v1');
  if (invalid !== undefined) return invalid;
  return askedPeriod(call.fraOgMed as string, call.tilOgMed, now, ctx.config.maxInntektMonths);
}

/**
 * The answer for the period, from the cache when it can be. The key holds the period cut to the
 * months that can have data, so periods that differ only outside them share one entry.
 */
function lookup(
  ctx: Context,
  x: Exchange,
  call: InntektCall,
  asked: MonthRange,
  consumerOrg: string,
  clock: DataClock,
  now: Date,
): { answer: CachedAnswer; key: string | undefined } {
  const pid = call.personidentifikator;
  const { source, cacheable } = dataFor(ctx, x, pid, consumerOrg);
  const pinned = ctx.baseFixtures.persons.get(pid)?.inntekt.keys();
  const cut = cacheable ? clampPeriod(asked, monthsWithData(now, pinned)) : asked;
  const span = cut === undefined ? 'none' : `${cut.from}|${cut.to}`;
  // The epoch names the data clock the months were read by (the test run's own, if it has one).
  const epoch = clock.cacheEpoch(now.getTime());
  const key = cacheable
    ? `im|${epoch}|${pid}|${span}|${call.rettighetspakke.toLowerCase()}`
    : undefined;
  const cached = key === undefined ? undefined : ctx.answers.get(key);
  if (cached !== undefined) return { answer: cached, key };
  const months = cut ?? asked;
  const found = source.inntekter(pid, maaned(months.from), maaned(months.to), now);
  let answer: CachedAnswer;
  if (found.kind === 'data') {
    const body = filtrerForRettighetspakke(found.body, call.rettighetspakke);
    answer = bodyAnswer('data', body, body.oppgaveInntektsmottaker?.length ?? 0);
  }
  // Shielded: only what the call itself names (no reports) and skjermet: true (case (a)).
  else if (found.kind === 'skjermet')
    answer = bodyAnswer('skjermet', { oppgaveInntektsmottaker: [], skjermet: true });
  else answer = { kind: found.kind };
  if (key !== undefined) ctx.answers.set(key, answer);
  return { answer, key };
}

/** Answers a matched path; its query's fraOgMed and tilOgMed, each at most once, complete it. */
export async function handleInntekt(
  ctx: Context,
  x: Exchange,
  path: InntektPath,
  query: string,
): Promise<void> {
  const params = new URLSearchParams(query);
  const fraOgMed = queryParam(params, 'fraOgMed');
  const tilOgMed = queryParam(params, 'tilOgMed');
  if (fraOgMed === null || tilOgMed === null)
    return sendFeil(
      x,
      negotiate(x.req.headers.accept) ?? 'json',
      api.feilkoder.validering,
      'fraOgMed and tilOgMed may each be given once',
    );
  return answerCall(ctx, x, { ...path, fraOgMed, tilOgMed });
}

/** The whole call: format, token, period, rights package, then the data. */
async function answerCall(ctx: Context, x: Exchange, call: InntektCall): Promise<void> {
  const opened = await openLookup(ctx, x, api, call.personidentifikator);
  if (opened === undefined) return;
  const { f, token } = opened;

  // One reading of the data clock for the whole call: the default period, the months with data
  // and the cache key agree even when a running clock turns a month or an hour meanwhile.
  const clock = ctx.clocks.of(x.testRun);
  const now = clock.now();
  const asked = period(ctx, call, now);
  if (typeof asked === 'string') return sendFeil(x, f, api.feilkoder.validering, asked);
  x.pass('parameters', `${maaned(asked.from)} – ${maaned(asked.to)}`);

  const consumerOrg = token.consumerOrg as string;
  if (!authorise(ctx, x, api, f, consumerOrg, call.rettighetspakke, undefined, true)) return;
  const { answer, key } = lookup(ctx, x, call, asked, consumerOrg, clock, now);
  answerWith(ctx, x, f, call, asked, answer, key);
}

/**
 * The 404 an answer gets (IM-007 for an unknown person, IM-008 otherwise: the Inntekt API has no
 * 410, its table gives IM-008 for data that no longer exists), or undefined when it carries a body;
 * `span` names the months asked for. The endpoint and its preview both read it.
 */
function notFound(
  kind: CachedAnswer['kind'],
  who: string,
  span: string,
  rettighetspakke: string,
  reports: number,
): { kode: Feilkode; reason: string } | undefined {
  const ikkeFunnet = api.feilkoder.ikkeFunnet;
  switch (kind) {
    case 'ukjentPerson':
      return { kode: api.feilkoder.personIkkeFunnet, reason: `no person with ${who}` };
    case 'ingenData':
      return { kode: ikkeFunnet, reason: `no income reported for ${who} in ${span}` };
    case 'slettet':
      return { kode: ikkeFunnet, reason: `the income data of ${who} in ${span} was deleted` };
    case 'data':
      if (reports > 0) return undefined;
      return {
        kode: ikkeFunnet,
        reason: `no income lines for ${who} in ${span} that rettighetspakke ${rettighetspakke} may see`,
      };
    default:
      return undefined;
  }
}

function answerWith(
  ctx: Context,
  x: Exchange,
  f: Format,
  call: InntektCall,
  asked: MonthRange,
  answer: CachedAnswer,
  key: string | undefined,
) {
  const who = `personidentifikator ${call.personidentifikator}`;
  const months = `${maaned(asked.from)} – ${maaned(asked.to)}`;
  const reports = answer.reports ?? 0;
  const refused = notFound(answer.kind, who, months, call.rettighetspakke, reports);
  if (refused !== undefined) return sendFeil(x, f, refused.kode, refused.reason);
  if (answer.kind === 'skjermet')
    x.info('skjerming', `${who} is shielded; the body carries no reports and skjermet: true`);
  else x.pass('data', `${reports} reports, filtered for ${call.rettighetspakke}`);
  return sendAnswer(ctx, x, f, answer, key, inntekterXml);
}

/** The answer a call for the year would get, without the call (admin/preview.ts). */
function previewAnswer(q: PreviewQuery, source: DataSource, year: number, at: Date): PreviewAnswer {
  const who = `personidentifikator ${q.personidentifikator}`;
  const found = source.inntekter(q.personidentifikator, `${year}-01`, `${year}-12`, at);
  const body =
    found.kind === 'data' ? filtrerForRettighetspakke(found.body, q.rettighetspakke) : undefined;
  const reports = body?.oppgaveInntektsmottaker?.length ?? 0;
  const refused = notFound(found.kind, who, `${year}`, q.rettighetspakke, reports);
  if (refused !== undefined) return { status: 404, ...refused };
  if (body === undefined)
    return {
      status: 200,
      reason: `${who} is shielded; the body carries no reports and skjermet: true`,
      body: { oppgaveInntektsmottaker: [], skjermet: true },
    };
  return {
    status: 200,
    reason: `${reports} reports, filtered for ${q.rettighetspakke}`,
    body: body as unknown as Record<string, unknown>,
  };
}

/** Every year's answer, for the whole year (January to December). */
function preview(ctx: Context, q: PreviewQuery, source: DataSource, at: Date): PreviewedAnswer[] {
  const denied = previewRefusal(ctx, q, api);
  return previewYears(at, Math.floor(FIRST_INNTEKT_MONTH / 12), q.inntektsaar).map((year) => ({
    inntektsaar: year,
    fraOgMed: `${year}-01`,
    tilOgMed: `${year}-12`,
    ...(denied ?? previewAnswer(q, source, year, at)),
  }));
}

/** GET /inntekt/v1/{rettighetspakke}/{personidentifikator}/inntekter?fraOgMed&tilOgMed. */
export const inntektEndpoint = apiEndpoint(inntektApi, {
  unknownUrl: `no Inntekt endpoint has this path (${simulatorSti}/${versjon}/{rettighetspakke}/{personidentifikator}/inntekter)`,
  match: (s) =>
    s.length === 6 && s[2] === versjon && s[5] === 'inntekter'
      ? inntektPath('v1', s, 3)
      : undefined,
  handle: handleInntekt,
  preview,
});
