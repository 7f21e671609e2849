// The client of Siste tilgjengelige skatteoppgjør: the generated SDK over the shared transport of
// @skattedeling/felles, the personidentifikator checked before sending, JSON or XML.
import {
  type ApiClientOptions,
  type ApiResult,
  acceptHeader,
  createApiFetch,
  type Format,
  invalidParameter,
  isFormat,
  Personidentifikator,
  toApiResult,
} from '@skattedeling/felles';
import { createClient, createConfig } from '../generated/siste-tilgjengelige/client/index.js';
import { hentSisteTilgjengeligeSkatteoppgjoer } from '../generated/siste-tilgjengelige/sdk.gen.js';
import type {
  SisteTilgjengeligeSkatteoppgjoer,
  TdFeil,
} from '../generated/siste-tilgjengelige/types.gen.js';

export interface SisteTilgjengeligeSkatteoppgjoerClientOptions extends ApiClientOptions {
  /**
   * `https://sistetilgjengeligeskatteoppgjoer.api.skatteetaten-test.no`, `…api.skatteetaten.no`,
   * or the simulator's `http://127.0.0.1:5280/sistetilgjengeligeskatteoppgjoer`.
   */
  readonly baseUrl: string;
  /** A Maskinporten access token with `skatteetaten:summertskattegrunnlag` (or the spesifisert scope). */
  readonly getAccessToken: () => string | Promise<string>;
}

export interface SisteTilgjengeligeSkatteoppgjoerRequest {
  /** 11 digits (see `Personidentifikator`). */
  readonly personidentifikator: string;
  readonly format?: Format;
  readonly signal?: AbortSignal;
}

export interface SisteTilgjengeligeSkatteoppgjoerClient {
  /**
   * `GET /v1/{personidentifikator}`: the newest income year with a published assessment. A
   * person without one is answered 404 `TD-004`.
   */
  hent(
    request: SisteTilgjengeligeSkatteoppgjoerRequest & { readonly format?: 'json' },
  ): Promise<ApiResult<SisteTilgjengeligeSkatteoppgjoer, TdFeil>>;
  hent(
    request: SisteTilgjengeligeSkatteoppgjoerRequest & { readonly format: 'xml' },
  ): Promise<ApiResult<string, TdFeil>>;
}

export function createSisteTilgjengeligeSkatteoppgjoerClient(
  options: SisteTilgjengeligeSkatteoppgjoerClientOptions,
): SisteTilgjengeligeSkatteoppgjoerClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  async function hent(
    request: SisteTilgjengeligeSkatteoppgjoerRequest,
  ): Promise<ApiResult<SisteTilgjengeligeSkatteoppgjoer | string, TdFeil>> {
    if (request === null || typeof request !== 'object')
      throw new TypeError('hent needs { personidentifikator }');
    Personidentifikator(request.personidentifikator);
    if (request.format !== undefined && !isFormat(request.format))
      throw invalidParameter('format', request.format, 'must be json or xml');
    const format = request.format ?? 'json';
    const raw = await hentSisteTilgjengeligeSkatteoppgjoer({
      client,
      path: { personidentifikator: request.personidentifikator },
      headers: { Accept: acceptHeader(format) },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
    return toApiResult<SisteTilgjengeligeSkatteoppgjoer | string, TdFeil>(raw);
  }
  return { hent } as SisteTilgjengeligeSkatteoppgjoerClient;
}
