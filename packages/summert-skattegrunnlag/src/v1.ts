// The retired shared-host V1 (`/api/formueinntekt/summertskattegrunnlag/…`), kept for vendors'
// older code and for tests against the simulator. Use the V2 exports for anything new.
import {
  type ApiClientOptions,
  type ApiResult,
  acceptHeader,
  createApiFetch,
  createValidator,
  type Format,
  toApiResult,
  type ValidationResult,
} from '@skattedeling/felles';
import { createClient, createConfig } from './generated/v1/client/index.js';
import { schema } from './generated/v1/schema.js';
import {
  hentSummertSkattegrunnlagMedStadieV1,
  hentSummertSkattegrunnlagV1,
} from './generated/v1/sdk.gen.js';
import type { SsgFeil, Stadie, SummertSkattegrunnlag } from './generated/v1/types.gen.js';
import { lazy } from './lazy.js';
import { checkRequest } from './request.js';

export type {
  Grunnlag,
  Kategori,
  SsgFeil,
  SsgFeilkode,
  Stadie,
  SummertSkattegrunnlag,
} from './generated/v1/types.gen.js';
export type { ApiResult };
/** The V1 contract's schemas as one JSON Schema 2020-12 document (`$defs`). */
export { schema };

const validator = lazy(() => createValidator(schema));

/** Checks a V1 body (`kategori` a list, `registreringstidspunkt`). */
export function validateSummertSkattegrunnlag(
  body: unknown,
): ValidationResult<SummertSkattegrunnlag> {
  return validator().validate<SummertSkattegrunnlag>('SummertSkattegrunnlag', body);
}

/** Checks a V1-era error body (`SSG-010` meant 410 then). */
export function validateSsgFeil(body: unknown): ValidationResult<SsgFeil> {
  return validator().validate<SsgFeil>('SsgFeil', body);
}

export interface SummertSkattegrunnlagClientOptions extends ApiClientOptions {
  /**
   * The shared host, e.g. the simulator's `http://127.0.0.1:5280` started with
   * `--serve-retired-paths` (the real hosts are retired; by default the simulator answers 404 too).
   */
  readonly baseUrl: string;
}

export interface SummertSkattegrunnlagRequest {
  /** Omit for the V1 path without a stage, which always reads `oppgjoer`. */
  readonly stadie?: Stadie;
  readonly rettighetspakke: string;
  readonly inntektsaar: string;
  readonly personidentifikator: string;
  readonly format?: Format;
  readonly signal?: AbortSignal;
}

export interface SummertSkattegrunnlagClient {
  /** @deprecated V1 was retired on 17 October 2024; use the V2 client. */
  hent(
    request: SummertSkattegrunnlagRequest & { readonly format?: 'json' },
  ): Promise<ApiResult<SummertSkattegrunnlag, SsgFeil>>;
  /** @deprecated V1 was retired on 17 October 2024; use the V2 client. */
  hent(
    request: SummertSkattegrunnlagRequest & { readonly format: 'xml' },
  ): Promise<ApiResult<string, SsgFeil>>;
}

/** @deprecated V1 was retired on 17 October 2024; use `createSummertSkattegrunnlagClient` (V2). */
export function createSummertSkattegrunnlagClient(
  options: SummertSkattegrunnlagClientOptions,
): SummertSkattegrunnlagClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  const hent = async (
    request: SummertSkattegrunnlagRequest,
  ): Promise<ApiResult<unknown, SsgFeil>> => {
    checkRequest(request, { stadieOptional: true });
    const format = request.format ?? 'json';
    const common = {
      client,
      headers: { Accept: acceptHeader(format) },
      parseAs: format === 'xml' ? ('text' as const) : ('json' as const),
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    };
    const path = {
      rettighetspakke: request.rettighetspakke,
      inntektsaar: request.inntektsaar,
      personidentifikator: request.personidentifikator,
    };
    const raw =
      request.stadie === undefined
        ? await hentSummertSkattegrunnlagV1({ ...common, path })
        : await hentSummertSkattegrunnlagMedStadieV1({
            ...common,
            path: { ...path, stadie: request.stadie },
          });
    return toApiResult<unknown, SsgFeil>(raw);
  };
  return { hent } as SummertSkattegrunnlagClient;
}
