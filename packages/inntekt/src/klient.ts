// A typed client for the current Inntekt API (`/v1/{rettighetspakke}/{personidentifikator}/inntekter`).
import { createClient, createConfig } from './generated/v1/client/index.js';
import { hentInntekter } from './generated/v1/sdk.gen.js';
import type { Inntekter } from './generated/v1/types.gen.js';
import { accept, type Format, type InntektSvar, sjekkKall, tilSvar } from './internal/svar.js';
import type { Maaned } from './maaned.js';

export type { Format, InntektSvar } from './internal/svar.js';

export interface InntektClientOptions {
  /**
   * Where the API is: `https://inntekt.api.skatteetaten-test.no`,
   * `https://inntekt.api.skatteetaten.no`, or the simulator's `http://127.0.0.1:5280/inntekt`.
   */
  readonly baseUrl: string;
  /**
   * Returns a Maskinporten access token with scope `skatteetaten:inntekt`. Called before every
   * request, so a token cache (for example @skattedeling/maskinporten-client's) decides when to
   * fetch a new one.
   */
  readonly getAccessToken: () => string | Promise<string>;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof globalThis.fetch;
}

export interface HentInntekterParams {
  /** The consumer's rights package, e.g. `kommuneBoligsosialeFormaal`. */
  readonly rettighetspakke: string;
  /** Fødselsnummer or D-nummer, 11 digits. */
  readonly personidentifikator: string;
  /** First month, included. */
  readonly fraOgMed: Maaned;
  /** Last month, included (required on this endpoint; see the contract). */
  readonly tilOgMed: Maaned;
  /** `json` (default) gives the parsed body; `xml` gives the XML text. */
  readonly format?: Format;
  /** Altinn consent token, for the rights package `sbl` (header `AltinnSamtykke`). */
  readonly altinnSamtykke?: string;
  readonly signal?: AbortSignal;
}

export interface InntektClient {
  /**
   * Asks for the person's income in the period. A call the API would refuse as invalid (bad
   * month, `fraOgMed` after `tilOgMed`, a personidentifikator that is not 11 digits) throws a
   * RangeError without being sent. An HTTP error answers `{ ok: false, status, feil }`.
   */
  hent(params: HentInntekterParams & { readonly format?: 'json' }): Promise<InntektSvar<Inntekter>>;
  hent(params: HentInntekterParams & { readonly format: 'xml' }): Promise<InntektSvar<string>>;
  hent(params: HentInntekterParams): Promise<InntektSvar<Inntekter | string>>;
}

export function createInntektClient(options: InntektClientOptions): InntektClient {
  const client = createClient(
    createConfig({
      baseUrl: options.baseUrl,
      auth: () => options.getAccessToken(),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    }),
  );
  async function hent(params: HentInntekterParams): Promise<InntektSvar<Inntekter | string>> {
    sjekkKall(params);
    const format = params.format ?? 'json';
    const result = await hentInntekter({
      client,
      path: {
        rettighetspakke: params.rettighetspakke,
        personidentifikator: params.personidentifikator,
      },
      query: { fraOgMed: params.fraOgMed, tilOgMed: params.tilOgMed },
      headers: {
        Accept: accept[format],
        ...(params.altinnSamtykke === undefined ? {} : { AltinnSamtykke: params.altinnSamtykke }),
      },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
    return tilSvar<Inntekter | string>(result);
  }
  return { hent } as InntektClient;
}
