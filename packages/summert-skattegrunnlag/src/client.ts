// A small client for the V2 API on top of the generated hey-api SDK: one call, a token provider
// asked on every request, JSON or XML, and a result that never hides the error body.
import { createClient, createConfig } from './generated/v2/client/index.js';
import { hentSummertSkattegrunnlag } from './generated/v2/sdk.gen.js';
import type { SsgFeil, Stadie, SummertSkattegrunnlag } from './generated/v2/types.gen.js';
import { accept, type Format, type HentResult, toHentResult } from './result.js';

export interface SummertSkattegrunnlagClientOptions {
  /**
   * Where the API lives, without `/v2`: `https://summertskattegrunnlag.api.skatteetaten-test.no`,
   * `https://summertskattegrunnlag.api.skatteetaten.no` or the simulator's
   * `http://127.0.0.1:5280/summertskattegrunnlag`.
   */
  readonly baseUrl: string;
  /**
   * Returns a Maskinporten access token (scope `skatteetaten:summertskattegrunnlag`). Called
   * before every request, so it can cache and renew tokens on its own schedule.
   */
  readonly getAccessToken: () => string | Promise<string>;
  /** A fetch implementation; defaults to the global one. */
  readonly fetch?: typeof globalThis.fetch;
}

export interface HentRequest {
  readonly stadie: Stadie;
  readonly rettighetspakke: string;
  /** Four digits, e.g. `"2021"` (see `Inntektsaar`). */
  readonly inntektsaar: string;
  /** 11 digits (see `Personidentifikator`). */
  readonly personidentifikator: string;
  /** Asks for JSON (default) or XML; XML is returned as text. */
  readonly format?: Format;
  /** Consent token for the rights package `sbl`, sent as the `AltinnSamtykke` header. */
  readonly altinnSamtykke?: string;
  readonly signal?: AbortSignal;
}

export interface SummertSkattegrunnlagClient {
  /** `GET /v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}` as JSON. */
  hent(
    request: HentRequest & { readonly format?: 'json' },
  ): Promise<HentResult<SummertSkattegrunnlag, SsgFeil>>;
  /** The same as XML text (`Accept: application/xml`). */
  hent(request: HentRequest & { readonly format: 'xml' }): Promise<HentResult<string, SsgFeil>>;
}

export function createSummertSkattegrunnlagClient(
  options: SummertSkattegrunnlagClientOptions,
): SummertSkattegrunnlagClient {
  const client = createClient(
    createConfig({
      baseUrl: options.baseUrl,
      auth: () => options.getAccessToken(),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    }),
  );
  const hent = async (request: HentRequest): Promise<HentResult<unknown, SsgFeil>> => {
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
        Accept: accept(format),
        ...(request.altinnSamtykke === undefined ? {} : { AltinnSamtykke: request.altinnSamtykke }),
      },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
    return toHentResult<unknown, SsgFeil>(raw);
  };
  return { hent } as SummertSkattegrunnlagClient;
}
