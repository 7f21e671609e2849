// Follows Skatteoppgjør hendelser for one municipality and re-evaluates its households' redusert
// foreldrebetaling when a member's oppgjoer arrives (reevaluation.ts says which). The list is
// read with the package's reader on the municipality's Summert skattegrunnlag token.
//
// Resumable, at least once: the reader's position is saved after every page and when the loop
// ends (on an error too: the position then stays before the event that failed), and a run starts
// from the saved position, or the first time from the first event on or after `fraDato`. Events
// after the last saved position come again after a crash; re-evaluating a household twice gives
// the same decision, so that is harmless.
import {
  createSkatteoppgjoerHendelserClient,
  type SkatteoppgjoerHendelse,
  type SkatteoppgjoerHendelserClient,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import type { DecisionStore } from './decisions.js';
import { decisionsToReevaluate } from './reevaluation.js';
import type { ForeldrebetalingResultat } from './results.js';
import type { HouseholdRequest } from './service.js';
import { SCOPE_SUMMERT_SKATTEGRUNNLAG, type TokenSource } from './tokens.js';

/** Where a follower keeps its place in the list. */
export interface PositionStore {
  load(): Promise<number | undefined>;
  save(position: number): Promise<void>;
}

export interface OppgjoerFollowerOptions {
  /** The municipality whose households are followed, and on whose behalf the list is read. */
  readonly kommune: string;
  readonly hendelser: Pick<SkatteoppgjoerHendelserClient, 'start' | 'hendelser'>;
  readonly position: PositionStore;
  readonly decisions: DecisionStore;
  /** Decides again and saves the decision: the service's `redusertForeldrebetaling`. */
  readonly reevaluate: (request: HouseholdRequest) => Promise<ForeldrebetalingResultat>;
  /** The first run reads from the first event on or after this date, YYYY-MM-DD. */
  readonly fraDato: string;
  /** Events per page; default 100. */
  readonly antall?: number;
  /** Told of each new decision, e.g. to tell the case worker. */
  readonly onReevaluated?: (
    resultat: ForeldrebetalingResultat,
    hendelse: SkatteoppgjoerHendelse,
  ) => void;
}

export interface FollowRun {
  /** Ends the run (saving the position). */
  readonly signal?: AbortSignal;
  /** `true` (default): wait for new events; `false`: stop at the end of the list. */
  readonly follow?: boolean;
}

/** The list on the municipality's behalf, with the Summert skattegrunnlag scope. */
export function skatteoppgjoerHendelserFor(options: {
  readonly baseUrl: string;
  readonly kommune: string;
  readonly tokens: TokenSource;
  readonly fetch?: typeof globalThis.fetch;
}): SkatteoppgjoerHendelserClient {
  return createSkatteoppgjoerHendelserClient({
    baseUrl: options.baseUrl,
    getAccessToken: () =>
      options.tokens({ scope: SCOPE_SUMMERT_SKATTEGRUNNLAG, consumerOrg: options.kommune }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
}

async function handle(options: OppgjoerFollowerOptions, hendelse: SkatteoppgjoerHendelse) {
  const decisions = await options.decisions.withMember(options.kommune, hendelse.identifikator);
  for (const decision of decisionsToReevaluate(hendelse, decisions)) {
    const { kommune, husholdning, dato } = decision;
    const resultat = await options.reevaluate({ kommune, husholdning, dato });
    options.onReevaluated?.(resultat, hendelse);
  }
}

/**
 * Reads the list from the saved position (the first time: from `fraDato`) until `run.signal`
 * aborts, or to its end with `follow: false`. Returns the position it saved; undefined when the
 * list has no event on or after `fraDato` yet (run it again later).
 */
export async function followOppgjoerHendelser(
  options: OppgjoerFollowerOptions,
  run: FollowRun = {},
): Promise<number | undefined> {
  const signal = run.signal === undefined ? {} : { signal: run.signal };
  const fra =
    (await options.position.load()) ??
    (await options.hendelser.start({ dato: options.fraDato, ...signal }));
  if (fra === undefined) return undefined;
  const reader = options.hendelser.hendelser({
    fraSekvensnummer: fra,
    antall: options.antall ?? 100,
    follow: run.follow ?? true,
    onPosition: (position) => options.position.save(position),
    ...signal,
  });
  try {
    for await (const hendelse of reader) await handle(options, hendelse);
  } finally {
    await options.position.save(reader.position);
  }
  return reader.position;
}

/** A position kept in memory (tests, or a follower that may start over from `fraDato`). */
export function inMemoryPosition(initial?: number): PositionStore & { readonly saved: number[] } {
  const saved: number[] = initial === undefined ? [] : [initial];
  return {
    saved,
    load: async () => saved.at(-1),
    save: async (position) => {
      saved.push(position);
    },
  };
}
