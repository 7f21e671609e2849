// The client of an event list, the same for every list: a page (`hentSide`), the start lookup by
// date (`hentStart`, `start`) and the reader (`hendelser`). Each API package hands it the two
// operations of its generated SDK and its descriptor; the rest is here, once.
import type { ApiDescriptor } from './api-descriptor.js';
import { type ApiResult, type GeneratedResult, toApiResult } from './api-result.js';
import {
  checkFeedPageRequest,
  type FeedEvent,
  type FeedPageRequest,
  type FeedReader,
  type FeedReadOptions,
  readFeed,
} from './feed-reader.js';
import type { Feil } from './feil.js';
import { acceptHeader, type Format, invalidParameter, isFormat } from './parameters.js';
import { RequestError } from './request-error.js';

/** The options the generated SDK call takes besides its query. */
export interface FeedCallOptions {
  readonly headers: { readonly Accept: string };
  readonly parseAs: 'json' | 'text';
  readonly signal?: AbortSignal;
}

export interface FeedOperations {
  /** `GET /v1/hendelser?fraSekvensnummer&antall` through the generated SDK. */
  readonly side: (
    query: { fraSekvensnummer: number; antall: number },
    call: FeedCallOptions,
  ) => Promise<GeneratedResult>;
  /** `GET /v1/hendelser/start?dato` through the generated SDK. */
  readonly start: (query: { dato: string }, call: FeedCallOptions) => Promise<GeneratedResult>;
}

export interface FeedPageCall extends FeedPageRequest {
  readonly format?: Format;
}

export interface FeedStartCall {
  /** A date, `YYYY-MM-DD`. */
  readonly dato: string;
  readonly format?: Format;
  readonly signal?: AbortSignal;
}

export interface FeedClient<E extends FeedEvent, Side, Start, F extends Feil> {
  /**
   * One page, `GET /v1/hendelser`: JSON (default) or XML text. A call the API would refuse as
   * invalid throws a RangeError without being sent; past the last event the API answers 404 with
   * the list's "no events" code (FA-005).
   */
  hentSide(request: FeedPageCall & { readonly format?: 'json' }): Promise<ApiResult<Side, F>>;
  hentSide(request: FeedPageCall & { readonly format: 'xml' }): Promise<ApiResult<string, F>>;
  /** The first sequence number on or after a date, `GET /v1/hendelser/start`, as an ApiResult. */
  hentStart(request: FeedStartCall & { readonly format?: 'json' }): Promise<ApiResult<Start, F>>;
  hentStart(request: FeedStartCall & { readonly format: 'xml' }): Promise<ApiResult<string, F>>;
  /**
   * The first sequence number on or after `dato`, or undefined when no event was registered on
   * or after it yet. Any other error answer throws a `FeedError`.
   */
  start(request: {
    readonly dato: string;
    readonly signal?: AbortSignal;
  }): Promise<number | undefined>;
  /** Every event from `fraSekvensnummer` on, page by page; see `readFeed`. */
  hendelser(options: FeedReadOptions): FeedReader<E>;
}

/** An error answer where the reader or `start` needed data; its body is in `feil`. */
export class FeedError<F extends Feil = Feil> extends Error {
  override readonly name = 'FeedError';
  readonly status: number;
  readonly feil: F | undefined;
  readonly response: Response;
  constructor(api: Pick<ApiDescriptor, 'navn'>, what: string, result: ApiResult<unknown, F>) {
    const status = result.status;
    const feil = result.ok ? undefined : result.feil;
    super(
      `${api.navn}: ${what} was answered ${status}${feil === undefined ? '' : ` ${feil.kode} (${feil.melding}; korrelasjonsid ${feil.korrelasjonsid})`}`,
    );
    this.status = status;
    this.feil = feil;
    this.response = result.response;
  }
}

const datoPattern = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** Checks a calendar date `YYYY-MM-DD` that exists (otherwise 400 FA-004). */
export function checkDato(dato: unknown): string {
  const match = typeof dato === 'string' ? datoPattern.exec(dato) : null;
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (match === null || date.getUTCDate() !== day)
    throw invalidParameter('dato', dato, 'must be a date YYYY-MM-DD');
  return dato as string;
}

function callOptions(format: unknown, signal: AbortSignal | undefined): FeedCallOptions {
  if (format !== undefined && !isFormat(format))
    throw invalidParameter('format', format, 'must be json or xml');
  const f: Format = format ?? 'json';
  return {
    headers: { Accept: acceptHeader(f) },
    parseAs: f === 'xml' ? 'text' : 'json',
    ...(signal === undefined ? {} : { signal }),
  };
}

/** A 200 body that lacks what the reader relies on. */
function invalid(response: Response, detail: string): RequestError {
  return new RequestError({ code: 'invalid_response', method: 'GET', url: response.url, detail });
}

/** Binds the generic list client to one API's generated operations and descriptor. */
export function createFeedClient<
  E extends FeedEvent,
  Side extends { readonly hendelser: readonly E[] },
  Start extends { readonly sekvensnummer: number },
  F extends Feil,
>(api: ApiDescriptor, operations: FeedOperations): FeedClient<E, Side, Start, F> {
  const ingenHendelser = api.feilkoder.ikkeFunnet;

  async function hentSide(request: FeedPageCall): Promise<ApiResult<Side | string, F>> {
    checkFeedPageRequest(request);
    const call = callOptions(request.format, request.signal);
    const query = { fraSekvensnummer: request.fraSekvensnummer, antall: request.antall };
    return toApiResult<Side | string, F>(await operations.side(query, call));
  }

  async function hentStart(request: FeedStartCall): Promise<ApiResult<Start | string, F>> {
    if (request === null || typeof request !== 'object')
      throw new TypeError('hentStart needs { dato }');
    const query = { dato: checkDato(request.dato) };
    return toApiResult<Start | string, F>(
      await operations.start(query, callOptions(request.format, request.signal)),
    );
  }

  const noEvents = (result: ApiResult<unknown, F>) =>
    !result.ok && result.status === 404 && result.feil?.kode === ingenHendelser;

  async function page(request: FeedPageRequest): Promise<readonly E[]> {
    const result = (await hentSide(request)) as ApiResult<Side, F>;
    if (result.ok) {
      const list = (result.data as { hendelser?: unknown } | null)?.hendelser;
      if (!Array.isArray(list)) throw invalid(result.response, 'a page without a hendelser list');
      return list as readonly E[];
    }
    if (noEvents(result)) return [];
    throw new FeedError(api, `the page from ${request.fraSekvensnummer}`, result);
  }

  async function start(request: { readonly dato: string; readonly signal?: AbortSignal }) {
    const result = (await hentStart(request)) as ApiResult<Start, F>;
    if (result.ok) {
      const n = (result.data as { sekvensnummer?: unknown } | null)?.sekvensnummer;
      if (typeof n !== 'number') throw invalid(result.response, 'a start without a sekvensnummer');
      return n;
    }
    if (noEvents(result)) return undefined;
    throw new FeedError(api, `the start on ${request.dato}`, result);
  }

  return {
    hentSide,
    hentStart,
    start,
    hendelser: (options: FeedReadOptions) => readFeed(page, options),
  } as FeedClient<E, Side, Start, F>;
}
