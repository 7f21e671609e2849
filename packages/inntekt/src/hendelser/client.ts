// The client of Inntekt hendelser: the generated SDK over the shared transport and the one
// event-list client of @skattedeling/felles (hentSide, hentStart, start, hendelser).
import {
  type ApiClientOptions,
  createApiFetch,
  createFeedClient,
  type FeedClient,
} from '@skattedeling/felles';
import { Maaned, Maanedsperiode } from '../domain.js';
import { createClient, createConfig } from '../generated/hendelser/client/index.js';
import { hentInntektHendelser, hentInntektHendelserStart } from '../generated/hendelser/sdk.gen.js';
import type {
  FaFeil,
  HendelseStart,
  InntektHendelse,
  InntektHendelser,
} from '../generated/hendelser/types.gen.js';
import { inntektHendelserApi } from './api.js';

export interface InntektHendelserClientOptions extends ApiClientOptions {
  /**
   * `https://inntekthendelser.api.skatteetaten-test.no`, `…api.skatteetaten.no`, or the
   * simulator's `http://127.0.0.1:5280/inntekthendelser` (see `apiBaseUrl`).
   */
  readonly baseUrl: string;
  /** A Maskinporten access token with the Inntekt API's scope, `skatteetaten:inntekt`. */
  readonly getAccessToken: () => string | Promise<string>;
}

export type InntektHendelserClient = FeedClient<
  InntektHendelse,
  InntektHendelser,
  HendelseStart,
  FaFeil
>;

export function createInntektHendelserClient(
  options: InntektHendelserClientOptions,
): InntektHendelserClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  return createFeedClient(inntektHendelserApi, {
    side: (query, call) => hentInntektHendelser({ client, query, ...call }),
    start: (query, call) => hentInntektHendelserStart({ client, query, ...call }),
  });
}

/**
 * The period to ask the Inntekt API for after an event: its month as both `fraOgMed` and
 * `tilOgMed`. Throws a RangeError for a `gjelderPeriode` that is not a month (`YYYY-MM`).
 */
export function periodeForHendelse(
  hendelse: Pick<InntektHendelse, 'gjelderPeriode'>,
): Maanedsperiode {
  const maaned = Maaned(hendelse.gjelderPeriode);
  return Maanedsperiode(maaned, maaned);
}
