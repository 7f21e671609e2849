// The client for the current Inntekt API (`/v1/{rettighetspakke}/{personidentifikator}/inntekter`):
// the generated hey-api SDK over the shared transport of @skattedeling/felles (a token per
// attempt, timeout, opt-in retry, typed errors), parameters checked before sending, JSON or XML,
// and a result that never hides the error body.
import {
  type ApiClientOptions,
  type ApiResult,
  acceptHeader,
  createApiFetch,
  type Format,
  toApiResult,
} from '@skattedeling/felles';
import type { Maaned } from './domain.js';
import { createClient, createConfig } from './generated/v1/client/index.js';
import { hentInntekter } from './generated/v1/sdk.gen.js';
import type { Inntekter, InntektFeil } from './generated/v1/types.gen.js';
import { checkRequest } from './request.js';

export interface InntektClientOptions extends ApiClientOptions {
  /**
   * Where the API is: `https://inntekt.api.skatteetaten-test.no`,
   * `https://inntekt.api.skatteetaten.no`, or the simulator's `http://127.0.0.1:5280/inntekt`.
   */
  readonly baseUrl: string;
  /**
   * Returns a Maskinporten access token with scope `skatteetaten:inntekt`. Called before every
   * attempt, so a token cache (for example @skattedeling/maskinporten-client's) decides when to
   * fetch a new one.
   */
  readonly getAccessToken: () => string | Promise<string>;
}

export interface InntektRequest {
  /** The consumer's rights package, e.g. `kommuneBoligsosialeFormaal` (letters only). */
  readonly rettighetspakke: string;
  /** Fødselsnummer or D-nummer, 11 digits (see `Personidentifikator`). */
  readonly personidentifikator: string;
  /** First month, included. */
  readonly fraOgMed: Maaned;
  /** Last month, included (required on this endpoint; see the contract). */
  readonly tilOgMed: Maaned;
  /** `json` (default) gives the parsed body; `xml` gives the XML text. */
  readonly format?: Format;
  /** Altinn consent token, for the rights package `sbl` (header `AltinnSamtykke`). */
  readonly altinnSamtykke?: string;
  /** Aborts the call, retries included. */
  readonly signal?: AbortSignal;
}

export interface InntektClient {
  /**
   * Asks for the person's income in the period. A call the API would refuse as invalid (bad
   * month, `fraOgMed` after `tilOgMed`, a personidentifikator that is not 11 digits) throws a
   * RangeError without being sent; a call without an answer throws a `RequestError`; an HTTP
   * error answers `{ ok: false, status, feil, body }`.
   */
  hent(
    request: InntektRequest & { readonly format?: 'json' },
  ): Promise<ApiResult<Inntekter, InntektFeil>>;
  hent(
    request: InntektRequest & { readonly format: 'xml' },
  ): Promise<ApiResult<string, InntektFeil>>;
  hent(request: InntektRequest): Promise<ApiResult<Inntekter | string, InntektFeil>>;
}

export function createInntektClient(options: InntektClientOptions): InntektClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  async function hent(
    request: InntektRequest,
  ): Promise<ApiResult<Inntekter | string, InntektFeil>> {
    checkRequest(request);
    const format = request.format ?? 'json';
    const raw = await hentInntekter({
      client,
      path: {
        rettighetspakke: request.rettighetspakke,
        personidentifikator: request.personidentifikator,
      },
      query: { fraOgMed: request.fraOgMed, tilOgMed: request.tilOgMed },
      headers: {
        Accept: acceptHeader(format),
        ...(request.altinnSamtykke === undefined ? {} : { AltinnSamtykke: request.altinnSamtykke }),
      },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
    return toApiResult<Inntekter | string, InntektFeil>(raw);
  }
  return { hent } as InntektClient;
}
