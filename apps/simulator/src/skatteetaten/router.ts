// Path routing for the imitated Skatteetaten endpoints: a table of endpoints, each declared by its
// API's module (endpoint.ts). Each API lives under its own prefix, as on its own host in
// production; the retired shared-host paths live at the root and are answered as retired unless
// the simulator serves them (retired.ts). A URL under an API prefix that matches no endpoint gets
// the API's "unknown URL" code, anything else DAS-002.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Feilkode } from '@skattedeling/felles';
import type { Context } from '../context.js';
import { Exchange } from '../http/exchange.js';
import type { JournalSystem } from '../journal/journal.js';
import type { ApiId } from '../store/types.js';
import { type Endpoint, Malformed } from './endpoint.js';
import { hendelserEndpoints } from './hendelser.js';
import { inntektEndpoint } from './inntekt.js';
import { negotiate } from './negotiate.js';
import type { LookupPreview } from './preview.js';
import { sendFeil } from './respond.js';
import { answerRetired, type RetiredApi, retiredApiOf, retiredEndpoints } from './retired.js';
import { sisteTilgjengeligeEndpoint } from './siste-tilgjengelige.js';
import { summertSkattegrunnlagEndpoint } from './summert-skattegrunnlag.js';

/**
 * Every endpoint by its prefix, built once at load. A prefix taken twice, or the retired shared
 * host's, is a programming error.
 */
const endpoints: ReadonlyMap<string, Endpoint<unknown>> = endpointTable([
  summertSkattegrunnlagEndpoint,
  inntektEndpoint,
  ...hendelserEndpoints,
  sisteTilgjengeligeEndpoint,
]);

export function endpointTable(list: readonly Endpoint<unknown>[]): Map<string, Endpoint<unknown>> {
  const table = new Map<string, Endpoint<unknown>>();
  const retired = Object.values(retiredEndpoints).map((e) => e.prefix);
  for (const e of list) {
    if (table.has(e.prefix) || retired.includes(e.prefix))
      throw new Error(`two endpoints claim the path prefix /${e.prefix}`);
    table.set(e.prefix, e);
  }
  return table;
}

type Route =
  | { readonly kind: 'call'; readonly endpoint: Endpoint<unknown>; readonly call: unknown }
  | { readonly kind: 'retired'; readonly api: RetiredApi }
  /** Answered by the router: an unknown URL, or a segment that does not percent-decode. */
  | {
      readonly kind: 'refused';
      readonly system: JournalSystem;
      readonly kode: Feilkode;
      readonly why: string;
    };

/** The retired answer's route per API, made once. */
const retiredRoutes = Object.fromEntries(
  Object.keys(retiredEndpoints).map((api) => [api, { kind: 'retired', api }]),
) as Readonly<Record<RetiredApi, Route>>;

const refused = (e: Endpoint<unknown>, kode: Feilkode, why: string): Route => ({
  kind: 'refused',
  system: e.system,
  kode,
  why,
});

/**
 * Matches a path (without query) to an endpoint and the call it names; pure, for tests. The
 * retired shared-host paths are served only with `serveRetiredPaths`; otherwise they route to the
 * retired answer.
 */
export function route(method: string, path: string, serveRetiredPaths = false): Route | undefined {
  const s = path.split('/');
  let e = endpoints.get(s[1] as string);
  if (e === undefined) {
    const retired = retiredApiOf(s);
    if (retired === undefined) return undefined;
    if (!serveRetiredPaths) return retiredRoutes[retired];
    e = retiredEndpoints[retired];
  }
  if (method !== 'GET' && method !== 'HEAD')
    return refused(e, e.feilkoder.ukjentUrl, `method ${method} is not served`);
  const call = e.match(s);
  if (call === undefined) return refused(e, e.feilkoder.ukjentUrl, e.unknownUrl);
  if (call instanceof Malformed) return refused(e, e.feilkoder.validering, call.reason);
  return { kind: 'call', endpoint: e, call };
}

/** A lookup API's preview (admin/preview.ts), from its endpoint's entry. */
export function lookupPreview(api: ApiId): LookupPreview | undefined {
  return endpoints.get(api)?.preview;
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
    const query = q === -1 ? '' : url.slice(q + 1);
    if (matched.kind === 'retired') {
      answerRetired(ctx, req, res, matched.api, path, query);
      return;
    }
    if (matched.kind === 'refused') {
      const x = new Exchange(ctx, req, res, matched.system, path);
      sendFeil(x, negotiate(req.headers.accept) ?? 'json', matched.kode, matched.why);
      return;
    }
    const e = matched.endpoint;
    void runSafely(ctx, new Exchange(ctx, req, res, e.system, path), e, matched.call, query);
  };
}

/** Runs an endpoint's handler; an unexpected error answers the API's 500 code instead of crashing. */
async function runSafely(
  ctx: Context,
  x: Exchange,
  e: Endpoint<unknown>,
  call: unknown,
  query: string,
): Promise<void> {
  try {
    await e.handle(ctx, x, call, query);
  } catch (error: unknown) {
    ctx.log.info(
      `unexpected error on ${x.req.method} ${x.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    if (!x.res.headersSent)
      sendFeil(
        x,
        'json',
        e.feilkoder.uventet,
        `simulator error: ${error instanceof Error ? error.message : String(error)}`,
        { outcome: 'fault' },
      );
  }
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
