// Provider names as they appear in pact files. One pact file per consumer and provider; the
// simulator's verifier maps each name to the base path that imitates it.

export const providerNames = {
  maskinporten: 'maskinporten',
  summertSkattegrunnlag: 'summert-skattegrunnlag',
  inntekt: 'inntekt',
  skatteoppgjoerHendelser: 'skatteoppgjoer-hendelser',
  sisteTilgjengeligeSkatteoppgjoer: 'siste-tilgjengelige-skatteoppgjoer',
} as const;

export type ProviderName = (typeof providerNames)[keyof typeof providerNames];

/** Every provider name, in the order a pipeline verifies them. */
export const allProviderNames: readonly ProviderName[] = [
  providerNames.maskinporten,
  providerNames.summertSkattegrunnlag,
  providerNames.inntekt,
  providerNames.skatteoppgjoerHendelser,
  providerNames.sisteTilgjengeligeSkatteoppgjoer,
];

export function isProviderName(value: unknown): value is ProviderName {
  return typeof value === 'string' && (allProviderNames as readonly string[]).includes(value);
}
