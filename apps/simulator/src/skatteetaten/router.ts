// Path routing for the imitated Skatteetaten endpoints. Each API lives under its own prefix, as on
// its own host in production; the retired shared-host paths live at the root and are answered as
// retired unless the simulator serves them (retired.ts). A URL under an API prefix that matches no
// endpoint gets the API's "unknown URL" code, anything else DAS-002.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Feilkode } from '@skattedeling/felles';
import { inntektApi } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import { sisteTilgjengeligeSkatteoppgjoerApi } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import type { Context } from '../context.js';
import { Exchange } from '../http/exchange.js';
import type { JournalSystem } from '../journal/journal.js';
import { type FeedApi, feedApis, handleHendelser } from './hendelser.js';
import { handleInntekt } from './inntekt.js';
import { negotiate } from './negotiate.js';
import { decodeSegment } from './params.js';
import { sendFeil } from './respond.js';
import { answerRetired, type RetiredApi, retiredApiOf } from './retired.js';
import { handleSisteTilgjengelige } from './siste-tilgjengelige.js';
import { handleSummertSkattegrunnlag, type SsgCall } from './summert-skattegrunnlag.js';

// Each API's path prefix (its id) and version segment, read once from its descriptor.
const ssgApi = summertSkattegrunnlagApi;
const imApi = inntektApi;
const siste = sisteTilgjengeligeSkatteoppgjoerApi;
const ssg = ssgApi.feilkoder;
const im = imApi.feilkoder;
const ssgId = ssgApi.id;
const ssgVersjon = ssgApi.versjon;
const imId = imApi.id;
const imVersjon = imApi.versjon;
const sisteId = siste.id;
const sisteVersjon = siste.versjon;
const ssgPaths = `${ssgApi.simulatorSti}/${ssgApi.versjon}/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}`;
const imPaths = `${imApi.simulatorSti}/${imApi.versjon}/{rettighetspakke}/{personidentifikator}/inntekter`;
const sistePaths = `/${siste.versjon}/{personidentifikator}`;
type Feed = keyof typeof feedApis;
/** The event lists by their prefix (id), with their paths for the unknown-URL reason. */
const feedOf: ReadonlyMap<
  string,
  { readonly feed: Feed; readonly d: FeedApi['descriptor']; readonly paths: string }
> = new Map(
  (Object.keys(feedApis) as Feed[]).map((feed) => {
    const d = feedApis[feed].descriptor;
    return [d.id, { feed, d, paths: `/${d.versjon}/hendelser, /${d.versjon}/hendelser/start` }];
  }),
);

type Route =
  | { readonly kind: 'ssg'; readonly variant: 'v1' | 'v2'; readonly segments: readonly string[] }
  | {
      readonly kind: 'inntekt';
      readonly variant: 'v1' | 'legacy';
      readonly segments: readonly string[];
    }
  | {
      readonly kind: 'feed';
      readonly feed: Feed;
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
  if (first === ssgId) {
    if (isGet && s.length === 7 && s[2] === ssgVersjon)
      return { kind: 'ssg', variant: 'v2', segments: s.slice(3) };
    return unknownUrl(
      ssgId,
      ssg.ukjentUrl,
      isGet
        ? `no Summert skattegrunnlag endpoint has this path (V2: ${ssgPaths})`
        : `method ${method} is not served`,
    );
  }
  if (first === imId) {
    if (isGet && s.length === 6 && s[2] === imVersjon && s[5] === 'inntekter')
      return { kind: 'inntekt', variant: 'v1', segments: s.slice(3, 5) };
    return unknownUrl(
      imId,
      im.ukjentUrl,
      isGet ? `no Inntekt endpoint has this path (${imPaths})` : `method ${method} is not served`,
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
        ssgId,
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
        imId,
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
  const list = feedOf.get(s[1] as string);
  if (list !== undefined) {
    const { feed, d, paths } = list;
    if (
      isGet &&
      s[2] === d.versjon &&
      s[3] === 'hendelser' &&
      (s.length === 4 || (s.length === 5 && s[4] === 'start'))
    )
      return { kind: 'feed', feed, which: s.length === 4 ? 'side' : 'start' };
    return unknownUrl(
      d.tilgangVia,
      d.feilkoder.ukjentUrl,
      isGet ? `no event list endpoint has this path (${paths})` : `method ${method} is not served`,
    );
  }
  if (s[1] === sisteId) {
    if (isGet && s.length === 4 && s[2] === sisteVersjon)
      return { kind: 'siste', segment: s[3] as string };
    return unknownUrl(
      siste.tilgangVia,
      siste.feilkoder.ukjentUrl,
      isGet ? `no endpoint has this path (${sistePaths})` : `method ${method} is not served`,
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
      matched.kind === 'ssg'
        ? ssgId
        : matched.kind === 'inntekt'
          ? imId
          : matched.kind === 'feed'
            ? feedApis[matched.feed].descriptor.tilgangVia
            : siste.tilgangVia;
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
      runSafely(ctx, x, path, siste.feilkoder.uventet, async () =>
        pid === undefined
          ? sendFeil(
              x,
              negotiate(req.headers.accept) ?? 'json',
              siste.feilkoder.validering,
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
