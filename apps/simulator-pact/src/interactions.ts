// Which interaction the verifier is in. The Pact core calls the state-change endpoint for each
// state ("setup"), then sends the interaction's request, then calls it again ("teardown"); it
// verifies one interaction at a time. An interaction begins at the first setup or request after
// the previous one ended, and gets a test run of its own: nothing one interaction sets up leaks
// into the next.
import type { JournalEntry } from '@skattedeling/simulator';
import type { PactState } from './pact-files.js';

export type ApiId = 'summertskattegrunnlag' | 'inntekt';

export interface ApiFacts {
  paakobling?: 'set' | 'lacks' | 'lacksPakke';
  delegation?: 'set' | 'revoked';
}

export interface InteractionContext {
  readonly run: string;
  readonly states: PactState[];
  /** The municipality named by the states (the token's consumer). */
  consumerOrg: string | undefined;
  /** The vendor named by the states (the token's supplier). */
  vendorOrg: string | undefined;
  readonly apis: Map<ApiId, ApiFacts>;
  /** Fixture documents built up per person (a fixture replaces the person's whole entry). */
  readonly fixtures: Map<string, Record<string, unknown>>;
  /** Why setting up a state or injecting a token failed; the interaction then fails. */
  readonly errors: string[];
  request: { method: string; path: string } | undefined;
  journal: JournalEntry[];
  ended: boolean;
}

/** A context in test run `run` with nothing set up yet. */
export function newInteractionContext(run: string): InteractionContext {
  return {
    run,
    states: [],
    consumerOrg: undefined,
    vendorOrg: undefined,
    apis: new Map(),
    fixtures: new Map(),
    errors: [],
    request: undefined,
    journal: [],
    ended: false,
  };
}

export class InteractionTracker {
  readonly #prefix: string;
  #count = 0;
  #current: InteractionContext | undefined;
  readonly all: InteractionContext[] = [];

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  #begin(): InteractionContext {
    this.#count++;
    const context = newInteractionContext(`${this.#prefix}-${this.#count}`);
    this.#current = context;
    this.all.push(context);
    return context;
  }

  /** The interaction a state setup belongs to; a new one after a request or a teardown. */
  forSetup(): { context: InteractionContext; previous: InteractionContext | undefined } {
    const previous = this.#current;
    if (previous === undefined || previous.ended || previous.request !== undefined) {
      if (previous !== undefined) previous.ended = true;
      return { context: this.#begin(), previous };
    }
    return { context: previous, previous: undefined };
  }

  /** The interaction a replayed request belongs to (a new one when it had no states). */
  forRequest(): { context: InteractionContext; previous: InteractionContext | undefined } {
    const previous = this.#current;
    if (previous === undefined || previous.ended || previous.request !== undefined) {
      if (previous !== undefined) previous.ended = true;
      return { context: this.#begin(), previous };
    }
    return { context: previous, previous: undefined };
  }

  /** The interaction being torn down, if one is open. */
  forTeardown(): InteractionContext | undefined {
    const current = this.#current;
    return current === undefined || current.ended ? undefined : current;
  }

  current(): InteractionContext | undefined {
    return this.#current;
  }
}
