// Path routing for the imitated Skatteetaten endpoints. Each API lives under its own prefix, as on
// its own host in production; the retired shared-host paths live at the root and are answered as
// retired unless the simulator serves them (retired.ts). A URL under an API prefix that matches no
// endpoint gets the API's "unknown URL" code, anything else DAS-002.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Feilkode } from '@skattedeling/felles';
import { inntektHendelserApi } from '@skattedeling/inntekt/hendelser';
import { skatteoppgjoerHendelserApi } from '@skattedeling/summert-skattegrunnlag/hendelser';
import { sisteTilgjengeligeSkatteoppgjoerApi } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import type { Context } from '../context.js';
import { Exchange } from '../http/exchange.js';
import type { JournalSystem } from '../journal/journal.js';
import { apiInfo } from '../onboarding/apis.js';
import { feedApis, handleHendelser } from './hendelser.js';
import { handleInntekt } from './inntekt.js';
import { negotiate } from './negotiate.js';
import { decodeSegment } from './params.js';
import { sendFeil } from './respond.js';
import { answerRetired, type RetiredApi, retiredApiOf } from './retired.js';
import { handleSisteTilgjengelige } from './siste-tilgjengelige.js';
import { handleSummertSkattegrunnlag, type SsgCall } from './summert-skattegrunnlag.js';

const ssg = apiInfo.summertskattegrunnlag.feilkoder;
const im = apiInfo.inntekt.feilkoder;

type Route =
  | { readonly kind: 'ssg'; readonly variant: 'v1' | 'v2'; readonly segments: readonly string[] }
  | {
      readonly kind: 'inntekt';
      readonly variant: 'v1' | 'legacy';
      readonly segments: readonly string[];
    }
  | {
      readonly kind: 'feed';
      readonly feed: 'skatteoppgjoer' | 'inntekt';
      readonly which: 'side' | 'start';
    }
  | { readonly kind: 'siste'; readonly segment: string }
  | { readonly kind: 'retired'; readonly api: RetiredApi }
  | {
      readonly kind: 'unknown';
      readonly system: JournalSystem;
      readonly kode: Feilkode;
      readonly why: string;
    };

const unknownUrl = (system: JournalSystem, kode: Feilkode, why: string): Route => ({
  kind: 'unknown',
  system,
  kode,
  why,
});

/**
 * Matches a path (without query) to an endpoint; pure, for tests. The retired shared-host paths
 * are served only with `serveRetiredPaths`; otherwise they route to the retired answer.
 */
export function route(method: string, path: string, serveRetiredPaths = false): Route | undefined {
  const s = path.split('/');
  const first = s[1];
  const isGet = method === 'GET' || method === 'HEAD';
  if (first === 'summertskattegrunnlag') {
    if (isGet && s.length === 7 && s[2] === 'v2')
      return { kind: 'ssg', variant: 'v2', segments: s.slice(3) };
    return unknownUrl(
      'summertskattegrunnlag',
      ssg.ukjentUrl,
      isGet
        ? 'no Summert skattegrunnlag endpoint has this path (V2: /summertskattegrunnlag/v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator})'
        : `method ${method} is not served`,
    );
  }
  if (first === 'inntekt') {
    if (isGet && s.length === 6 && s[2] === 'v1' && s[5] === 'inntekter')
      return { kind: 'inntekt', variant: 'v1', segments: s.slice(3, 5) };
    return unknownUrl(
      'inntekt',
      im.ukjentUrl,
      isGet
        ? 'no Inntekt endpoint has this path (/inntekt/v1/{rettighetspakke}/{personidentifikator}/inntekter)'
        : `method ${method} is not served`,
    );
  }
  const support = supportRoute(s, isGet, method);
  if (support !== undefined) return support;
  const retired = retiredApiOf(s);
  if (retired !== undefined && !serveRetiredPaths) return { kind: 'retired', api: retired };
  if (first === 'api') {
    if (s[2] === 'formueinntekt' && s[3] === 'summertskattegrunnlag') {
      if (isGet && (s.length === 7 || s.length === 8))
        return { kind: 'ssg', variant: 'v1', segments: s.slice(4) };
      return unknownUrl(
        'summertskattegrunnlag',
        ssg.ukjentUrl,
        isGet
          ? 'no V1 endpoint has this path (/api/formueinntekt/summertskattegrunnlag/[{stadie}/]{rettighetspakke}/{inntektsaar}/{personidentifikator})'
          : `method ${method} is not served`,
      );
    }
    if (s[2] === 'innrapportert') {
      if (
        isGet &&
        s.length === 8 &&
        s[3] === 'inntektsmottaker' &&
        s[6] === 'oppgave' &&
        s[7] === 'inntekt'
      ) {
        return { kind: 'inntekt', variant: 'legacy', segments: s.slice(4, 6) };
      }
      return unknownUrl(
        'inntekt',
        im.ukjentUrl,
        isGet
          ? 'no endpoint has this path (/api/innrapportert/inntektsmottaker/{rettighetspakke}/{personidentifikator}/oppgave/inntekt)'
          : `method ${method} is not served`,
      );
    }
  }
  return undefined;
}

/** The event lists and Siste tilgjengelige, each under its own prefix (its own host). */
function supportRoute(s: readonly string[], isGet: boolean, method: string): Route | undefined {
  const feed =
    s[1] === skatteoppgjoerHendelserApi.id
      ? 'skatteoppgjoer'
      : s[1] === inntektHendelserApi.id
        ? 'inntekt'
        : undefined;
  if (feed !== undefined) {
    if (
      isGet &&
      s[2] === 'v1' &&
      s[3] === 'hendelser' &&
      (s.length === 4 || (s.length === 5 && s[4] === 'start'))
    )
      return { kind: 'feed', feed, which: s.length === 4 ? 'side' : 'start' };
    return unknownUrl(
      feed === 'skatteoppgjoer' ? 'summertskattegrunnlag' : 'inntekt',
      feedApis[feed].descriptor.feilkoder.ukjentUrl,
      isGet
        ? 'no event list endpoint has this path (/v1/hendelser, /v1/hendelser/start)'
        : `method ${method} is not served`,
    );
  }
  if (s[1] === sisteTilgjengeligeSkatteoppgjoerApi.id) {
    if (isGet && s.length === 4 && s[2] === 'v1') return { kind: 'siste', segment: s[3] as string };
    return unknownUrl(
      'summertskattegrunnlag',
      sisteTilgjengeligeSkatteoppgjoerApi.feilkoder.ukjentUrl,
      isGet
        ? 'no endpoint has this path (/v1/{personidentifikator})'
        : `method ${method} is not served`,
    );
  }
  return undefined;
}

function queryParam(query: URLSearchParams, name: string): string | undefined | null {
  const all = query.getAll(name);
  if (all.length > 1) return null;
  return all[0];
}

/** The call a Summert skattegrunnlag path names; the V1 path without stadie has three segments. */
function ssgCall(variant: 'v1' | 'v2', seg: readonly string[]): SsgCall {
  const [a, b, c, d] = seg as [string, string, string, string?];
  if (variant === 'v2' || seg.length === 4)
    return {
      variant,
      stadie: a,
      rettighetspakke: b,
      inntektsaar: c,
      personidentifikator: d as string,
    };
  return { variant, stadie: undefined, rettighetspakke: a, inntektsaar: b, personidentifikator: c };
}

export function createSkatteetatenHandler(ctx: Context) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const matched = route(req.method ?? 'GET', path, ctx.config.serveRetiredPaths);
    if (matched === undefined) {
      next();
      return;
    }
    if (matched.kind === 'retired') {
      answerRetired(ctx, req, res, matched.api, path, q === -1 ? '' : url.slice(q + 1));
      return;
    }
    if (matched.kind === 'unknown') {
      const x = new Exchange(ctx, req, res, matched.system, path);
      sendFeil(x, negotiate(req.headers.accept) ?? 'json', matched.kode, matched.why);
      return;
    }
    // The support services are journalled under the lookup API they belong to.
    const system: JournalSystem =
      matched.kind === 'inntekt' || (matched.kind === 'feed' && matched.feed === 'inntekt')
        ? 'inntekt'
        : 'summertskattegrunnlag';
    const x = new Exchange(ctx, req, res, system, path);
    if (matched.kind === 'feed') {
      const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
      runSafely(ctx, x, path, feedApis[matched.feed].descriptor.feilkoder.uventet, async () =>
        handleHendelser(ctx, x, feedApis[matched.feed], matched.which, query),
      );
      return;
    }
    if (matched.kind === 'siste') {
      const pid = decodeSegment(matched.segment);
      runSafely(ctx, x, path, sisteTilgjengeligeSkatteoppgjoerApi.feilkoder.uventet, async () =>
        pid === undefined
          ? sendFeil(
              x,
              negotiate(req.headers.accept) ?? 'json',
              sisteTilgjengeligeSkatteoppgjoerApi.feilkoder.validering,
              'the path segment has malformed percent-encoding',
            )
          : handleSisteTilgjengelige(ctx, x, pid),
      );
      return;
    }
    const segments = matched.segments.map(decodeSegment);
    if (segments.some((v) => v === undefined)) {
      sendFeil(
        x,
        negotiate(req.headers.accept) ?? 'json',
        (matched.kind === 'ssg' ? ssg : im).validering,
        'a path segment has malformed percent-encoding',
      );
      return;
    }
    const seg = segments as string[];
    let work: Promise<void>;
    if (matched.kind === 'ssg') {
      work = handleSummertSkattegrunnlag(ctx, x, ssgCall(matched.variant, seg));
    } else {
      const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
      const fraOgMed = queryParam(query, 'fraOgMed');
      const tilOgMed = queryParam(query, 'tilOgMed');
      if (fraOgMed === null || tilOgMed === null) {
        sendFeil(
          x,
          negotiate(req.headers.accept) ?? 'json',
          im.validering,
          'fraOgMed and tilOgMed may each be given once',
        );
        return;
      }
      work = handleInntekt(ctx, x, {
        variant: matched.variant,
        rettighetspakke: seg[0] as string,
        personidentifikator: seg[1] as string,
        fraOgMed,
        tilOgMed,
      });
    }
    work.catch((error: unknown) => {
      ctx.log.info(
        `unexpected error on ${req.method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent)
        sendFeil(
          x,
          'json',
          (matched.kind === 'ssg' ? ssg : im).uventet,
          `simulator error: ${error instanceof Error ? error.message : String(error)}`,
          { outcome: 'fault' },
        );
    });
  };
}

/** Runs a handler; an unexpected error answers the API's 500 code instead of crashing. */
function runSafely(
  ctx: Context,
  x: Exchange,
  path: string,
  uventet: Feilkode,
  work: () => Promise<void>,
): void {
  work().catch((error: unknown) => {
    ctx.log.info(
      `unexpected error on ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    if (!x.res.headersSent)
      sendFeil(
        x,
        'json',
        uventet,
        `simulator error: ${error instanceof Error ? error.message : String(error)}`,
        {
          outcome: 'fault',
        },
      );
  });
}

/** The last handler: DAS-002 for any URL no imitated system or admin route serves. */
export function createNotFoundHandler(ctx: Context) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const x = new Exchange(ctx, req, res, 'other', path);
    sendFeil(
      x,
      negotiate(req.headers.accept) ?? 'json',
      'DAS-002',
      `no endpoint has the path ${path}`,
    );
  };
}
