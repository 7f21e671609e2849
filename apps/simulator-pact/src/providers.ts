// The providers a pact can name, and where the simulator imitates each: the base path the
// verifier replays requests under, the journal system, and (for Skatteetaten's APIs) the scope a
// token needs and the simulator's API id. The support services (Skatteoppgjør hendelser, Siste
// tilgjengelige skatteoppgjør) have no påkobling of their own: a token and påkobling for Summert
// skattegrunnlag read them, and the simulator journals them under it.
import { inntektApi } from '@skattedeling/inntekt';
import type { ProviderName } from '@skattedeling/pact';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import { skatteoppgjoerHendelserApi } from '@skattedeling/summert-skattegrunnlag/hendelser';
import { sisteTilgjengeligeSkatteoppgjoerApi } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';

export interface ProviderInfo {
  readonly name: ProviderName;
  /** Appended to the simulator's base URL; the pact's paths follow it. */
  readonly basePath: string;
  readonly system: 'maskinporten' | 'summertskattegrunnlag' | 'inntekt';
  /** For Skatteetaten's APIs: the API id and the scope the injected token carries. */
  readonly api?: { readonly id: 'summertskattegrunnlag' | 'inntekt'; readonly scope: string };
}

const summertSkattegrunnlag = {
  system: summertSkattegrunnlagApi.id,
  api: { id: summertSkattegrunnlagApi.id, scope: summertSkattegrunnlagApi.scopes[0] },
} as const;

export const providers: Readonly<Record<ProviderName, ProviderInfo>> = {
  maskinporten: { name: 'maskinporten', basePath: '/maskinporten', system: 'maskinporten' },
  'summert-skattegrunnlag': {
    name: 'summert-skattegrunnlag',
    basePath: summertSkattegrunnlagApi.simulatorSti,
    ...summertSkattegrunnlag,
  },
  inntekt: {
    name: 'inntekt',
    basePath: inntektApi.simulatorSti,
    system: inntektApi.id,
    api: { id: inntektApi.id, scope: inntektApi.scopes[0] },
  },
  'skatteoppgjoer-hendelser': {
    name: 'skatteoppgjoer-hendelser',
    basePath: `/${skatteoppgjoerHendelserApi.id}`,
    ...summertSkattegrunnlag,
  },
  'siste-tilgjengelige-skatteoppgjoer': {
    name: 'siste-tilgjengelige-skatteoppgjoer',
    basePath: `/${sisteTilgjengeligeSkatteoppgjoerApi.id}`,
    ...summertSkattegrunnlag,
  },
};

export function providerInfo(name: string): ProviderInfo | undefined {
  return Object.hasOwn(providers, name) ? providers[name as ProviderName] : undefined;
}

/** The rettighetspakke segment of a lookup's request path; a support service's has none. */
export function rettighetspakkeOf(provider: ProviderInfo, path: string): string | undefined {
  if (provider.name === 'summert-skattegrunnlag')
    return /^\/v2\/[a-z]+\/([A-Za-z]+)\//.exec(path)?.[1];
  if (provider.name === 'inntekt') return /^\/v1\/([A-Za-z]+)\//.exec(path)?.[1];
  return undefined;
}
