// The client of Skatteoppgjør hendelser: the generated SDK over the shared transport and the one
// event-list client of @skattedeling/felles (hentSide, hentStart, start, hendelser).
import {
  type ApiClientOptions,
  createApiFetch,
  createFeedClient,
  type FeedClient,
} from '@skattedeling/felles';
import { createClient, createConfig } from '../generated/hendelser/client/index.js';
import {
  hentSkatteoppgjoerHendelser,
  hentSkatteoppgjoerHendelserStart,
} from '../generated/hendelser/sdk.gen.js';
import type {
  FaFeil,
  HendelseStart,
  SkatteoppgjoerHendelse,
  SkatteoppgjoerHendelser,
} from '../generated/hendelser/types.gen.js';
import { skatteoppgjoerHendelserApi } from './api.js';

export interface SkatteoppgjoerHendelserClientOptions extends ApiClientOptions {
  /**
   * `https://skatteoppgjoerhendelser.api.skatteetaten-test.no`, `…api.skatteetaten.no`, or the
   * simulator's `http://127.0.0.1:5280/skatteoppgjoerhendelser` (see `apiBaseUrl`).
   */
  readonly baseUrl: string;
  /**
   * A Maskinporten access token with one of the list's scopes, e.g. the one you already have
   * for Summert skattegrunnlag (`skatteetaten:summertskattegrunnlag`).
   */
  readonly getAccessToken: () => string | Promise<string>;
}

export type SkatteoppgjoerHendelserClient = FeedClient<
  SkatteoppgjoerHendelse,
  SkatteoppgjoerHendelser,
  HendelseStart,
  FaFeil
>;

export function createSkatteoppgjoerHendelserClient(
  options: SkatteoppgjoerHendelserClientOptions,
): SkatteoppgjoerHendelserClient {
  const client = createClient(
    createConfig({ baseUrl: options.baseUrl, fetch: createApiFetch(options) }),
  );
  return createFeedClient(skatteoppgjoerHendelserApi, {
    side: (query, call) => hentSkatteoppgjoerHendelser({ client, query, ...call }),
    start: (query, call) => hentSkatteoppgjoerHendelserStart({ client, query, ...call }),
  });
}
