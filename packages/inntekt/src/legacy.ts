// The retired shared-host endpoint (`/api/innrapportert/inntektsmottaker/…/oppgave/inntekt`),
// for recognising, testing and migrating old integrations. New code uses the package root.
import { type ApiResult, acceptHeader, createApiFetch, toApiResult } from '@skattedeling/felles';
import type { InntektClientOptions, InntektRequest } from './client.js';
import type { Maaned } from './domain.js';
import { createClient, createConfig } from './generated/legacy/client/index.js';
import { hentOppgaveInntekt } from './generated/legacy/sdk.gen.js';
import type { Inntekter, InntektFeil } from './generated/legacy/types.gen.js';
import { checkRequest } from './request.js';

export { schema as legacySchema } from './generated/legacy/schema.js';
export { hentOppgaveInntekt } from './generated/legacy/sdk.gen.js';
export type * from './generated/legacy/types.gen.js';

/** As {@link InntektRequest}, but `tilOgMed` may be left out (the retired endpoint allowed it). */
export type LegacyInntektRequest = Omit<InntektRequest, 'tilOgMed'> & {
  readonly tilOgMed?: Maaned;
};

export interface LegacyInntektClient {
  /** @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`. */
  hent(
    params: LegacyInntektRequest & { readonly format?: 'json' },
  ): Promise<ApiResult<Inntekter, InntektFeil>>;
  /** @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`. */
  hent(
    params: LegacyInntektRequest & { readonly format: 'xml' },
  ): Promise<ApiResult<string, InntektFeil>>;
  /** @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`. */
  hent(params: LegacyInntektRequest): Promise<ApiResult<Inntekter | string, InntektFeil>>;
}

/**
 * A client for the retired endpoint, with the same options as `createInntektClient`. `baseUrl`
 * is the host only (`https://api-test.sits.no`, or the simulator's `http://127.0.0.1:5280` started
 * with `--serve-retired-paths`; by default it answers 404 as the retired host does).
 *
 * @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`.
 */
export function createLegacyInntektClient(options: InntektClientOptions): LegacyInntektClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  async function hent(
    params: LegacyInntektRequest,
  ): Promise<ApiResult<Inntekter | string, InntektFeil>> {
    checkRequest(params, { tilOgMedOptional: true });
    const format = params.format ?? 'json';
    const result = await hentOppgaveInntekt({
      client,
      path: {
        rettighetspakke: params.rettighetspakke,
        personidentifikator: params.personidentifikator,
      },
      query: {
        fraOgMed: params.fraOgMed,
        ...(params.tilOgMed === undefined ? {} : { tilOgMed: params.tilOgMed }),
      },
      headers: {
        Accept: acceptHeader(format),
        ...(params.altinnSamtykke === undefined ? {} : { AltinnSamtykke: params.altinnSamtykke }),
      },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
    return toApiResult<Inntekter | string, InntektFeil>(result);
  }
  return { hent } as LegacyInntektClient;
}
