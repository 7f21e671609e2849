// The shared-host paths Skatteetaten switched off on 17 October 2024 (api-dokumentasjon
// docs/om/url.md): Summert skattegrunnlag V1 under /api/formueinntekt/summertskattegrunnlag/…,
// which got no new URL (V2 replaces it), and Inntekt's …/oppgave/inntekt under /api/innrapportert/…,
// replaced by /v1/{rettighetspakke}/{personidentifikator}/inntekter on the API's own host.
//
// Decision, where the documentation is silent on the exact bytes: a request for a switched-off
// path never reaches an application, and docs/om/feil.md says such answers are not in the
// {kode, melding, korrelasjonsid} format ("plain 404", "Unknown instance …"). So every method on
// these paths gets 404 with a short text/plain body: no error code, no korrelasjonsid, no content
// negotiation and no token check, because a gateway answers before any of that. The simulator's
// reason header and journal name the current URL. --serve-retired-paths serves the paths as they
// were, for vendors migrating old code (`retiredEndpoints`, dispatched by the router).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inntektApi } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { Context } from '../context.js';
import { Exchange } from '../http/exchange.js';
import { type Endpoint, endpoint } from './endpoint.js';
import { handleInntekt, inntektPath } from './inntekt.js';
import { handleSummertSkattegrunnlag, ssgCall } from './summert-skattegrunnlag.js';

// The current APIs that replace the retired paths; their hosts, prefixes and versions are theirs.
const ssg = summertSkattegrunnlagApi;
const im = inntektApi;

/** The current API a retired path belongs to (and is journalled under). */
export type RetiredApi = typeof summertSkattegrunnlagApi.id | typeof inntektApi.id;

/** The first path segment of the shared host's retired paths (`/api/…`). */
const SHARED_HOST = 'api';

/** The body of the retired answer: plain text, so no client can read it as an error body. */
export const RETIRED_BODY = '404 Not Found';
export const RETIRED_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** Skatteetaten's current TEST URLs that replace the retired paths (docs/om/url.md). */
export const currentUrls: Readonly<Record<RetiredApi, string>> = {
  [ssg.id]: `${ssg.baseUrl.test}/${ssg.versjon}/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}`,
  [im.id]: `${im.baseUrl.test}/${im.versjon}/{rettighetspakke}/{personidentifikator}/inntekter?fraOgMed=YYYY-MM&tilOgMed=YYYY-MM`,
};

/**
 * The retired API a path (split on `/`) belongs to: everything under
 * /api/formueinntekt/summertskattegrunnlag and /api/innrapportert, the shared host's subtrees the
 * simulator imitates. Any other /api/… path belongs to no imitated API and stays DAS-002.
 */
export function retiredApiOf(segments: readonly string[]): RetiredApi | undefined {
  if (segments[1] !== SHARED_HOST) return undefined;
  if (segments[2] === 'formueinntekt' && segments[3] === 'summertskattegrunnlag') return ssg.id;
  if (segments[2] === 'innrapportert') return im.id;
  return undefined;
}

/**
 * The retired endpoints as they were, for --serve-retired-paths: the current APIs' handlers,
 * codes and journal systems under the shared host's paths. Their `match` reads a path
 * `retiredApiOf` gave to their API.
 */
export const retiredEndpoints: Readonly<Record<RetiredApi, Endpoint<unknown>>> = {
  [ssg.id]: endpoint(SHARED_HOST, ssg.id, ssg.feilkoder, {
    unknownUrl:
      'no V1 endpoint has this path (/api/formueinntekt/summertskattegrunnlag/[{stadie}/]{rettighetspakke}/{inntektsaar}/{personidentifikator})',
    match: (s) => (s.length === 7 || s.length === 8 ? ssgCall('v1', s, 4) : undefined),
    handle: handleSummertSkattegrunnlag,
  }),
  [im.id]: endpoint(SHARED_HOST, im.id, im.feilkoder, {
    unknownUrl:
      'no endpoint has this path (/api/innrapportert/inntektsmottaker/{rettighetspakke}/{personidentifikator}/oppgave/inntekt)',
    match: (s) =>
      s.length === 8 && s[3] === 'inntektsmottaker' && s[6] === 'oppgave' && s[7] === 'inntekt'
        ? inntektPath('legacy', s, 4)
        : undefined,
    handle: handleInntekt,
  }),
};

const ssgV2 = `${ssg.simulatorSti}/${ssg.versjon}`;
const imV1 = `${im.simulatorSti}/${im.versjon}`;

/**
 * The simulator's path that replaces a retired endpoint's path, with the caller's own values; or
 * undefined when the path is not one of the retired endpoints (then only the template helps).
 */
export function replacementPath(path: string, query: string): string | undefined {
  const s = path.split('/');
  const api = retiredApiOf(s);
  if (s.includes('', 1)) return undefined;
  if (api === ssg.id) {
    if (s.length === 7) return `${ssgV2}/oppgjoer/${s.slice(4).join('/')}`;
    if (s.length === 8) return `${ssgV2}/${s.slice(4).join('/')}`;
  }
  if (
    api === im.id &&
    s.length === 8 &&
    s[3] === 'inntektsmottaker' &&
    s[6] === 'oppgave' &&
    s[7] === 'inntekt'
  )
    return `${imV1}/${s[4]}/${s[5]}/inntekter${query === '' ? '' : `?${query}`}`;
  return undefined;
}

/** Why the path is answered as retired, naming the URL to use instead. */
export function retiredReason(api: RetiredApi, base: string, path: string, query = ''): string {
  const here = replacementPath(path, query);
  const what =
    api === ssg.id
      ? 'Summert skattegrunnlag V1 (/api/formueinntekt/summertskattegrunnlag/...) got no new URL; use V2'
      : 'Inntekt .../oppgave/inntekt is replaced by /inntekter on the API host (tilOgMed required)';
  return `retired path: Skatteetaten switched off the shared host on 17 October 2024. ${what}: ${currentUrls[api]}${here === undefined ? '' : ` (here: ${base}${here})`}; start with --serve-retired-paths to have the old path served`;
}

/** Answers a retired path as the switched-off host does: 404 in plain text, for every method. */
export function answerRetired(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  api: RetiredApi,
  path: string,
  query: string,
): void {
  const x = new Exchange(ctx, req, res, api, path);
  const reason = retiredReason(api, ctx.urls.base, path, query);
  x.fail('path.retired', `switched off on 17 October 2024; current URL ${currentUrls[api]}`);
  x.done(404, 'refused', { reason });
  res.statusCode = 404;
  res.setHeader('content-type', RETIRED_CONTENT_TYPE);
  res.setHeader('content-length', Buffer.byteLength(RETIRED_BODY));
  res.end(RETIRED_BODY);
}
