// Where access tokens come from: a function of scope and municipality, so tests can pass a stub
// and production passes the Maskinporten client (which caches tokens per scope and consumer).
import { inntektApi } from '@skattedeling/inntekt';
import type { MaskinportenClient } from '@skattedeling/maskinporten-client';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';

/** The scopes the integration asks for: each API's main scope, from its descriptor. */
export const SCOPE_SUMMERT_SKATTEGRUNNLAG: string = summertSkattegrunnlagApi.scopes[0];
export const SCOPE_INNTEKT: string = inntektApi.scopes[0];

export interface TokenRequest {
  readonly scope: string;
  /** The municipality the vendor acts for: the grant's `consumer_org`. */
  readonly consumerOrg: string;
}

/** Returns an access token; throws MaskinportenError when Maskinporten refuses. */
export type TokenSource = (request: TokenRequest) => Promise<string>;

export function tokenSourceFromMaskinporten(client: MaskinportenClient): TokenSource {
  return async ({ scope, consumerOrg }) =>
    (await client.getToken({ scope, consumerOrg })).accessToken;
}
