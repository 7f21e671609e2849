// GET …/v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator} and the retired V1
// shared-host forms (their route is in retired.ts). V1 differs only in the body (kategori as a
// list, registreringstidspunkt, no spesifisering) and in its error table (SSG-010 was the 410).
// The admin API's preview of the answers is here too, with the same codes and reasons.

import type { Feilkode } from '@skattedeling/felles';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { CachedAnswer, Context } from '../context.js';
import { fastsattPublication, oppgjoerPublication, utkastPublication } from '../data/calendar.js';
import { type DataSource, FIRST_SSG_YEAR, kunParametre } from '../data/index.js';
import type { PreviewedAnswer } from '../generated/admin/types.gen.js';
import type { Exchange } from '../http/exchange.js';
import { apiInfo, stadierFor } from '../onboarding/apis.js';
import type { Stadie } from '../store/types.js';
import { bodyAnswer, sendAnswer } from './answers.js';
import { summertSkattegrunnlagXml } from './contracts.js';
import { dataFor } from './data.js';
import { apiEndpoint, type Malformed, malformedSegment } from './endpoint.js';
import {
  checkInntektsaar,
  checkPersonidentifikator,
  checkRettighetspakke,
  checkStadie,
  decodeSegment,
} from './params.js';
import { authorise, openLookup } from './pipeline.js';
import { type PreviewAnswer, type PreviewQuery, previewRefusal, previewYears } from './preview.js';
import { sendFeil } from './respond.js';
import { describeFiltering, rememberTrail, trailOf } from './rettighetspakke-innhold.js';

type Body = Record<string, unknown>;

const api = apiInfo.summertskattegrunnlag;
const { versjon, simulatorSti } = summertSkattegrunnlagApi;

export interface SsgCall {
  readonly variant: 'v1' | 'v2';
  /** Undefined for the V1 path without stadie, which always reads oppgjoer. */
  readonly stadie: string | undefined;
  readonly rettighetspakke: string;
  readonly inntektsaar: string;
  readonly personidentifikator: string;
}

/**
 * The decoded call the path's segments from `s[from]` name: `[{stadie}/]{rettighetspakke}/
 * {inntektsaar}/{personidentifikator}`, the stadie when four segments are left (V1 may omit it).
 */
export function ssgCall(
  variant: SsgCall['variant'],
  s: readonly string[],
  from: number,
): SsgCall | Malformed {
  const withStadie = s.length - from === 4;
  const at = withStadie ? from + 1 : from;
  const stadie = withStadie ? decodeSegment(s[from] as string) : undefined;
  const rettighetspakke = decodeSegment(s[at] as string);
  const inntektsaar = decodeSegment(s[at + 1] as string);
  const personidentifikator = decodeSegment(s[at + 2] as string);
  if (
    (withStadie && stadie === undefined) ||
    rettighetspakke === undefined ||
    inntektsaar === undefined ||
    personidentifikator === undefined
  )
    return malformedSegment;
  return { variant, stadie, rettighetspakke, inntektsaar, personidentifikator };
}

/** A V2 body in V1 shape. */
function toV1(body: Record<string, unknown>): Record<string, unknown> {
  const grunnlag = (list: unknown) =>
    Array.isArray(list)
      ? list.map((g: Record<string, unknown>) => {
          const {
            spesifisering: _s,
            andelSkattefritt: _a,
            andelOverfoertFraBarn: _b,
            kategori,
            ...rest
          } = g;
          return { ...rest, kategori: [kategori] };
        })
      : list;
  const { ajourholdstidspunkt, grunnlag: g, svalbardGrunnlag: sg, ...rest } = body;
  const v1: Record<string, unknown> = { ...rest };
  if (g !== undefined) v1.grunnlag = grunnlag(g);
  if (sg !== undefined) v1.svalbardGrunnlag = grunnlag(sg);
  if (ajourholdstidspunkt !== undefined) v1.registreringstidspunkt = ajourholdstidspunkt;
  // Keep the V2 key order for the fields both versions share.
  const ordered: Record<string, unknown> = {};
  for (const key of [
    'personidentifikator',
    'inntektsaar',
    'grunnlag',
    'svalbardGrunnlag',
    'skjermet',
    'skatteoppgjoersdato',
    'stadie',
    'registreringstidspunkt',
  ]) {
    if (v1[key] !== undefined) ordered[key] = v1[key];
  }
  return { ...ordered, ...v1 };
}

function lookup(
  ctx: Context,
  x: Exchange,
  call: SsgCall,
  stadie: Stadie,
  consumerOrg: string,
): { answer: CachedAnswer; key: string | undefined } {
  const { source, cacheable } = dataFor(ctx, x, call.personidentifikator, consumerOrg);
  const innhold = ctx.rettighetspakkeInnhold;
  // Publication depends on the data clock (the test run's own, if it has one), so cached answers
  // are per hour of it and per move of it (cacheEpoch: a generation no other clock shares); the
  // body depends on the rights package's content, so they are per content too.
  const clock = ctx.clocks.of(x.testRun);
  const nowMs = clock.nowMs();
  const key = cacheable
    ? `ssg|${clock.cacheEpoch(nowMs)}|${call.variant}|${innhold.cacheKey(call.rettighetspakke)}|${call.personidentifikator}|${call.inntektsaar}|${stadie}`
    : undefined;
  if (key !== undefined) {
    const cached = ctx.answers.get(key);
    if (cached !== undefined) return { answer: cached, key };
  }
  const found = source.summertSkattegrunnlag(
    call.personidentifikator,
    Number(call.inntektsaar),
    stadie,
    new Date(nowMs),
  );
  let answer: CachedAnswer;
  if (found.kind === 'data') {
    // What the rights package receives, before the body is serialised (V2 and V1 alike).
    const filtered = innhold.filtrer(call.rettighetspakke, found.body as unknown as Body);
    const body = filtered.body;
    answer = bodyAnswer('data', call.variant === 'v1' ? toV1(body) : body);
    rememberTrail(answer, describeFiltering(filtered));
  } else if (found.kind === 'skjermet') {
    // Case (a) of Skatteetaten's shielding rules for every package here: a package without
    // access to shielded persons gets only the call's parameters and skjermet: true.
    answer = bodyAnswer('skjermet', kunParametre(found.body));
  } else answer = { kind: found.kind };
  if (
    key !== undefined &&
    !(answer.kind === 'ingenData' && publishedThisHour(ctx.config.seed, call, stadie, nowMs))
  )
    ctx.answers.set(key, answer);
  return { answer, key };
}

/**
 * Whether "not published yet" turns into data later within the hour a cache key names (a running
 * data clock crosses the publication instant): such an answer is not kept.
 */
function publishedThisHour(
  seed: string,
  call: Pick<SsgCall, 'personidentifikator' | 'inntektsaar'>,
  stadie: Stadie,
  now: number,
): boolean {
  const publication =
    stadie === 'utkast'
      ? utkastPublication
      : stadie === 'fastsatt'
        ? fastsattPublication
        : oppgjoerPublication;
  const { fromMs } = publication(seed, call.personidentifikator, Number(call.inntektsaar));
  return fromMs > now && fromMs < (Math.floor(now / 3_600_000) + 1) * 3_600_000;
}

/**
 * The refusal an answer without a body gets in V2 (SSG-007 for an unknown person, SSG-008 for no
 * data, 410 SSG-011 for deleted data), or undefined when it carries a body. The endpoint and its
 * preview both read it; the endpoint answers V1's deleted data with V1's code.
 */
function notFound(
  kind: CachedAnswer['kind'],
  who: string,
  inntektsaar: string,
  stadie: Stadie,
): { status: number; kode: Feilkode; reason: string } | undefined {
  switch (kind) {
    case 'ukjentPerson':
      return { status: 404, kode: api.feilkoder.personIkkeFunnet, reason: `no person with ${who}` };
    case 'ingenData':
      return {
        status: 404,
        kode: api.feilkoder.ikkeFunnet,
        reason: `no summert skattegrunnlag for ${who}, inntektsaar ${inntektsaar}, stadie ${stadie}`,
      };
    case 'slettet':
      return {
        status: 410,
        kode: summertSkattegrunnlagApi.feilkoder.slettet,
        reason: `the summert skattegrunnlag of ${who} for ${inntektsaar} was deleted`,
      };
    default:
      return undefined;
  }
}

export async function handleSummertSkattegrunnlag(
  ctx: Context,
  x: Exchange,
  call: SsgCall,
): Promise<void> {
  const opened = await openLookup(ctx, x, api, call.personidentifikator);
  if (opened === undefined) return;
  const { f, token } = opened;

  const invalid =
    (call.stadie === undefined ? undefined : checkStadie(call.stadie)) ??
    checkRettighetspakke(call.rettighetspakke) ??
    checkInntektsaar(call.inntektsaar) ??
    checkPersonidentifikator(call.personidentifikator);
  if (invalid !== undefined) return sendFeil(x, f, api.feilkoder.validering, invalid);
  const stadie = (call.stadie ?? 'oppgjoer') as Stadie;
  x.pass('parameters');

  // V1 had no consent code (its SSG-010 is the 410), and sbl was a V2-only package.
  if (
    !authorise(
      ctx,
      x,
      api,
      f,
      token.consumerOrg as string,
      call.rettighetspakke,
      stadie,
      call.variant === 'v2',
    )
  )
    return;

  const { answer, key } = lookup(ctx, x, call, stadie, token.consumerOrg as string);
  const toXml = (body: unknown) => summertSkattegrunnlagXml(body, call.variant);
  const who = `personidentifikator ${call.personidentifikator}`;
  const refused = notFound(answer.kind, who, call.inntektsaar, stadie);
  // V1's table numbered the 410 SSG-010; V2 renumbered it SSG-011.
  if (refused !== undefined && answer.kind === 'slettet' && call.variant === 'v1')
    return sendFeil(x, f, 'SSG-010', refused.reason, {
      status: 410,
      melding: 'Skattegrunnlaget finnes ikke lenger.',
    });
  if (refused !== undefined) return sendFeil(x, f, refused.kode, refused.reason);
  switch (answer.kind) {
    case 'skjermet':
      x.info('skjerming', `${who} is shielded; only the call's parameters are returned`);
      return sendAnswer(ctx, x, f, answer, key, toXml);
    case 'data':
      x.pass('data');
      for (const line of trailOf(answer)) x.info('innhold', line);
      return sendAnswer(ctx, x, f, answer, key, toXml);
  }
}

/** The answer a call for the year and stadie would get, without the call (admin/preview.ts). */
function previewAnswer(
  ctx: Context,
  q: PreviewQuery,
  source: DataSource,
  year: number,
  stadie: Stadie,
  at: Date,
): PreviewAnswer {
  const who = `personidentifikator ${q.personidentifikator}`;
  const found = source.summertSkattegrunnlag(q.personidentifikator, year, stadie, at);
  switch (found.kind) {
    case 'skjermet':
      return {
        status: 200,
        reason: `${who} is shielded; only the call's parameters are returned`,
        body: kunParametre(found.body) as unknown as Record<string, unknown>,
      };
    case 'data': {
      const filtered = ctx.rettighetspakkeInnhold.filtrer(q.rettighetspakke, found.body);
      return {
        status: 200,
        reason: `data for ${year}, stadie ${stadie}, as ${q.rettighetspakke} receives it`,
        innhold: describeFiltering(filtered),
        body: filtered.body as unknown as Record<string, unknown>,
      };
    }
    default:
      // ukjentPerson, ingenData, slettet: each has its refusal.
      return notFound(found.kind, who, String(year), stadie) as PreviewAnswer;
  }
}

/** Every year's answers, one per stadie the rights package reads. */
function preview(ctx: Context, q: PreviewQuery, source: DataSource, at: Date): PreviewedAnswer[] {
  const answers: PreviewedAnswer[] = [];
  for (const year of previewYears(at, FIRST_SSG_YEAR, q.inntektsaar)) {
    for (const stadie of stadierFor(q.rettighetspakke)) {
      const denied = previewRefusal(ctx, q, api, stadie);
      answers.push({
        inntektsaar: year,
        stadie,
        ...(denied ?? previewAnswer(ctx, q, source, year, stadie, at)),
      });
    }
  }
  return answers;
}

const v2Paths = `${simulatorSti}/${versjon}/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}`;

/** GET /summertskattegrunnlag/v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}. */
export const summertSkattegrunnlagEndpoint = apiEndpoint(summertSkattegrunnlagApi, {
  unknownUrl: `no Summert skattegrunnlag endpoint has this path (V2: ${v2Paths})`,
  match: (s) => (s.length === 7 && s[2] === versjon ? ssgCall('v2', s, 3) : undefined),
  handle: handleSummertSkattegrunnlag,
  preview,
});
