// The providers a pact can name, and where the simulator imitates each: the base path the
// verifier replays requests under, the journal system, and (for Skatteetaten's APIs) the scope a
// token needs and the simulator's API id.
import type { ProviderName } from '@skattedeling/pact';

export interface ProviderInfo {
  readonly name: ProviderName;
  /** Appended to the simulator's base URL; the pact's paths follow it. */
  readonly basePath: string;
  readonly system: 'maskinporten' | 'summertskattegrunnlag' | 'inntekt';
  /** For Skatteetaten's APIs: the API id and the scope the injected token carries. */
  readonly api?: { readonly id: 'summertskattegrunnlag' | 'inntekt'; readonly scope: string };
}

export const providers: Readonly<Record<ProviderName, ProviderInfo>> = {
  maskinporten: { name: 'maskinporten', basePath: '/maskinporten', system: 'maskinporten' },
  'summert-skattegrunnlag': {
    name: 'summert-skattegrunnlag',
    basePath: '/summertskattegrunnlag',
    system: 'summertskattegrunnlag',
    api: { id: 'summertskattegrunnlag', scope: 'skatteetaten:summertskattegrunnlag' },
  },
  inntekt: {
    name: 'inntekt',
    basePath: '/inntekt',
    system: 'inntekt',
    api: { id: 'inntekt', scope: 'skatteetaten:inntekt' },
  },
};

export function providerInfo(name: string): ProviderInfo | undefined {
  return Object.hasOwn(providers, name) ? providers[name as ProviderName] : undefined;
}

/** The rettighetspakke segment of an API request path, when the path has one. */
export function rettighetspakkeOf(provider: ProviderInfo, path: string): string | undefined {
  if (provider.api?.id === 'summertskattegrunnlag')
    return /^\/v2\/[a-z]+\/([A-Za-z]+)\//.exec(path)?.[1];
  if (provider.api?.id === 'inntekt') return /^\/v1\/([A-Za-z]+)\//.exec(path)?.[1];
  return undefined;
}
