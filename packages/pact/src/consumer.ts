// Small conveniences for consumer tests: Pact options with the pitfalls designed out, and states
// applied in one call.
import { MatchersV3, type PactV4 } from '@pact-foundation/pact';
import type { ProviderName } from './providers.js';
import type { ProviderState } from './states/builders.js';

/** What `new PactV4(…)` takes (Pact JS does not export the name from its root). */
export type PactV4Options = ConstructorParameters<typeof PactV4>[0];

export interface ConsumerPactOptions {
  /** Your service's name; one pact file per consumer and provider. */
  readonly consumer: string;
  readonly provider: ProviderName;
  /** The one folder every pact file goes to (wipe it before a run; pact files merge). */
  readonly dir: string;
  readonly logLevel?: PactV4Options['logLevel'];
}

/**
 * Options for `new PactV4(…)`: the mock server on 127.0.0.1 (not `localhost`, which may resolve
 * to ::1 while the server listens on IPv4), a random port, and the pact folder you name.
 */
export function consumerPactOptions(options: ConsumerPactOptions): PactV4Options {
  return {
    consumer: options.consumer,
    provider: options.provider,
    dir: options.dir,
    host: '127.0.0.1',
    logLevel: options.logLevel ?? 'warn',
  };
}

interface Givable<T> {
  given(state: string, parameters?: Record<string, string>): T;
}

/** `interaction.given(…)` for each state, in order. */
export function givenStates<T extends Givable<T>>(
  interaction: T,
  ...states: readonly ProviderState<string>[]
): T {
  let current = interaction;
  for (const state of states) current = current.given(state.name, { ...state.params });
  return current;
}

/**
 * A value the provider gives through a state (Pact V4 provider-state injection): `${name}` in
 * `template` is filled from `example` in the consumer test and with the provider's value at
 * verification. `fromStates('/v2/oppgjoer/kommuneforeldrebetaling/2024/${personidentifikator}',
 * { personidentifikator: '10898322748' })` as the request path of a profile state's interaction.
 */
export function fromStates(
  template: string,
  example: Readonly<Record<string, string>>,
): MatchersV3.ProviderStateInjectedValue<string> {
  const filled = template.replace(/\$\{([A-Za-z]+)\}/g, (_whole, name: string) => {
    const value = example[name];
    if (value === undefined)
      throw new RangeError(`fromStates: the example has no value for \${${name}}`);
    return value;
  });
  if (filled === template)
    throw new RangeError('fromStates: the template names no value to fill in, as $' + '{name}');
  return MatchersV3.fromProviderState(template, filled);
}
