// Small conveniences for consumer tests: Pact options with the pitfalls designed out, and states
// applied in one call.
import type { PactV4 } from '@pact-foundation/pact';
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
