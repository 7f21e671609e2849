// The client for the V2 API: the generated hey-api SDK over the shared transport of
// @skattedeling/felles (a token per attempt, timeout, opt-in retry, typed errors), parameters
// checked before sending, JSON or XML, and a result that never hides the error body.
import {
  type ApiClientOptions,
  type ApiResult,
  acceptHeader,
  createApiFetch,
  type Format,
  toApiResult,
} from '@skattedeling/felles';
import { createClient, createConfig } from './generated/v2/client/index.js';
import { hentSummertSkattegrunnlag } from './generated/v2/sdk.gen.js';
import type { SsgFeil, Stadie, SummertSkattegrunnlag } from './generated/v2/types.gen.js';
import { checkRequest } from './request.js';

export interface SummertSkattegrunnlagClientOptions extends ApiClientOptions {
  /**
   * Where the API lives, without `/v2`: `https://summertskattegrunnlag.api.skatteetaten-test.no`,
   * `https://summertskattegrunnlag.api.skatteetaten.no` or the simulator's
   * `http://127.0.0.1:5280/summertskattegrunnlag`.
   */
  readonly baseUrl: string;
  /**
   * Returns a Maskinporten access token (scope `skatteetaten:summertskattegrunnlag`). Called
   * before every attempt, so it can cache and renew tokens on its own schedule.
   */
  readonly getAccessToken: () => string | Promise<string>;
}

export interface SummertSkattegrunnlagRequest {
  readonly stadie: Stadie;
  /** Letters only (see `Rettighetspakke`). */
  readonly rettighetspakke: string;
  /** Four digits, e.g. `"2021"` (see `Inntektsaar`). */
  readonly inntektsaar: string;
  /** 11 digits (see `Personidentifikator`). */
  readonly personidentifikator: string;
  /** Asks for JSON (default) or XML; XML is returned as text. */
  readonly format?: Format;
  /** Consent token for the rights package `sbl`, sent as the `AltinnSamtykke` header. */
  readonly altinnSamtykke?: string;
  /** Aborts the call, retries included. */
  readonly signal?: AbortSignal;
}

export interface SummertSkattegrunnlagClient {
  /**
   * `GET /v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}` as JSON. A call the
   * API would refuse as invalid throws a RangeError without being sent; a call without an answer
   * throws a `RequestError`; an HTTP error answers `{ ok: false, status, feil, body }`.
   */
  hent(
    request: SummertSkattegrunnlagRequest & { readonly format?: 'json' },
  ): Promise<ApiResult<SummertSkattegrunnlag, SsgFeil>>;
  /** The same as XML text (`Accept: application/xml`). */
  hent(
    request: SummertSkattegrunnlagRequest & { readonly format: 'xml' },
  ): Promise<ApiResult<string, SsgFeil>>;
  hent(
    request: SummertSkattegrunnlagRequest,
  ): Promise<ApiResult<SummertSkattegrunnlag | string, SsgFeil>>;
}

export function createSummertSkattegrunnlagClient(
  options: SummertSkattegrunnlagClientOptions,
): SummertSkattegrunnlagClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  async function hent(
    request: SummertSkattegrunnlagRequest,
  ): Promise<ApiResult<SummertSkattegrunnlag | string, SsgFeil>> {
    checkRequest(request);
    const format = request.format ?? 'json';
    const raw = await hentSummertSkattegrunnlag({
      client,
      path: {
        stadie: request.stadie,
        rettighetspakke: request.rettighetspakke,
        inntektsaar: request.inntektsaar,
        personidentifikator: request.personidentifikator,
      },
      headers: {
        Accept: acceptHeader(format),
        ...(request.altinnSamtykke === undefined ? {} : { AltinnSamtykke: request.altinnSamtykke }),
      },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
    return toApiResult<SummertSkattegrunnlag | string, SsgFeil>(raw);
  }
  return { hent } as SummertSkattegrunnlagClient;
}
