// Path routing for the imitated Skatteetaten endpoints. Each API lives under its own prefix, as on
// its own host in production; the retired shared-host paths live at the root and are answered as
// retired unless the simulator serves them (retired.ts). A URL under an API prefix that matches no
// endpoint gets the API's "unknown URL" code, anything else DAS-002.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Feilkode } from '@skattedeling/felles';
import type { Context } from '../context.js';
import { Exchange } from '../http/exchange.js';
import type { JournalSystem } from '../journal/journal.js';
import { handleInntekt } from './inntekt.js';
import { negotiate } from './negotiate.js';
import { decodeSegment } from './params.js';
import { sendFeil } from './respond.js';
import { answerRetired, type RetiredApi, retiredApiOf } from './retired.js';
import { handleSummertSkattegrunnlag, type SsgCall } from './summert-skattegrunnlag.js';

type Route =
  | { readonly kind: 'ssg'; readonly variant: 'v1' | 'v2'; readonly segments: readonly string[] }
  | {
      readonly kind: 'inntekt';
      readonly variant: 'v1' | 'legacy';
      readonly segments: readonly string[];
    }
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
      'SSG-003',
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
      'IM-003',
      isGet
        ? 'no Inntekt endpoint has this path (/inntekt/v1/{rettighetspakke}/{personidentifikator}/inntekter)'
        : `method ${method} is not served`,
    );
  }
  const retired = retiredApiOf(s);
  if (retired !== undefined && !serveRetiredPaths) return { kind: 'retired', api: retired };
  if (first === 'api') {
    if (s[2] === 'formueinntekt' && s[3] === 'summertskattegrunnlag') {
      if (isGet && (s.length === 7 || s.length === 8))
        return { kind: 'ssg', variant: 'v1', segments: s.slice(4) };
      return unknownUrl(
        'summertskattegrunnlag',
        'SSG-003',
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
        'IM-003',
        isGet
          ? 'no endpoint has this path (/api/innrapportert/inntektsmottaker/{rettighetspakke}/{personidentifikator}/oppgave/inntekt)'
          : `method ${method} is not served`,
      );
    }
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
    const system: JournalSystem = matched.kind === 'ssg' ? 'summertskattegrunnlag' : 'inntekt';
    const x = new Exchange(ctx, req, res, system, path);
    const segments = matched.segments.map(decodeSegment);
    if (segments.some((v) => v === undefined)) {
      sendFeil(
        x,
        negotiate(req.headers.accept) ?? 'json',
        matched.kind === 'ssg' ? 'SSG-006' : 'IM-006',
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
          'IM-006',
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
          matched.kind === 'ssg' ? 'SSG-001' : 'IM-001',
          `simulator error: ${error instanceof Error ? error.message : String(error)}`,
          { outcome: 'fault' },
        );
    });
  };
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
