// The retired shared-host endpoint (`/api/innrapportert/inntektsmottaker/…/oppgave/inntekt`),
// for recognising, testing and migrating old integrations. New code uses the package root.
import { createClient, createConfig } from './generated/legacy/client/index.js';
import { hentOppgaveInntekt } from './generated/legacy/sdk.gen.js';
import type { Inntekter } from './generated/legacy/types.gen.js';
import { accept, type InntektSvar, sjekkKall, tilSvar } from './internal/svar.js';
import type { HentInntekterParams, InntektClientOptions } from './klient.js';
import type { Maaned } from './maaned.js';

export { schema as legacySchema } from './generated/legacy/schema.js';
export { hentOppgaveInntekt } from './generated/legacy/sdk.gen.js';
export type * from './generated/legacy/types.gen.js';

/** As {@link HentInntekterParams}, but `tilOgMed` may be left out (the retired endpoint allowed it). */
export type HentOppgaveInntektParams = Omit<HentInntekterParams, 'tilOgMed'> & {
  readonly tilOgMed?: Maaned;
};

export interface LegacyInntektClient {
  /** @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`. */
  hent(
    params: HentOppgaveInntektParams & { readonly format?: 'json' },
  ): Promise<InntektSvar<Inntekter>>;
  /** @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`. */
  hent(params: HentOppgaveInntektParams & { readonly format: 'xml' }): Promise<InntektSvar<string>>;
  /** @deprecated The endpoint was retired on 17 October 2024; use `createInntektClient`. */
  hent(params: HentOppgaveInntektParams): Promise<InntektSvar<Inntekter | string>>;
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
    createConfig({
      baseUrl: options.baseUrl,
      auth: () => options.getAccessToken(),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    }),
  );
  async function hent(params: HentOppgaveInntektParams): Promise<InntektSvar<Inntekter | string>> {
    sjekkKall(params);
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
        Accept: accept[format],
        ...(params.altinnSamtykke === undefined ? {} : { AltinnSamtykke: params.altinnSamtykke }),
      },
      parseAs: format === 'xml' ? 'text' : 'json',
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
    return tilSvar<Inntekter | string>(result);
  }
  return { hent } as LegacyInntektClient;
}
