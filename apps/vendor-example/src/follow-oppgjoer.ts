// Follows Skatteoppgjør hendelser for one municipality and re-evaluates its households' redusert
// foreldrebetaling when a member's oppgjoer arrives (reevaluation.ts says which). The list is
// read with the package's reader on the municipality's Summert skattegrunnlag token.
//
// Resumable, at least once: the reader's position is saved after every page and when the loop
// ends (on an error too: the position then stays before the event that failed), and a run starts
// from the saved position, or the first time from the first event on or after `fraDato`. Events
// after the last saved position come again after a crash; re-evaluating a household twice gives
// the same decision, so that is harmless.
//
// A failure for now (a system unavailable, no answer) ends the run before the event, to be tried
// again later; a failure for good of one household (no access, an answer that breaks the
// contract) is reported through `onFailed` and the list moves on, so one household cannot hold
// up the others.
import { FeedError, isRequestError } from '@skattedeling/felles';
import {
  createSkatteoppgjoerHendelserClient,
  type SkatteoppgjoerHendelse,
  type SkatteoppgjoerHendelserClient,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import type { Decision, DecisionStore } from './decisions.js';
import { ServiceUnavailableError } from './errors.js';
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
  /**
   * Told of a decision whose re-evaluation failed for good (e.g. MissingAccessError,
   * UnexpectedResponseError): the list moves on past it, so the case needs a person. Default:
   * a line on stderr.
   */
  readonly onFailed?: (
    decision: Decision,
    error: unknown,
    hendelse: SkatteoppgjoerHendelse,
  ) => void;
}

export interface FollowRun {
  /**
   * Ends the run quietly (saving the position). A re-evaluation under way is not cut short: the
   * run ends after it.
   */
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

/**
 * A failure that may pass: a system unavailable after the retries, a call without an answer
 * (timeout, network), a 5xx from the list. Anything else fails the same way when tried again.
 */
export function isTemporaryFailure(error: unknown): boolean {
  if (error instanceof ServiceUnavailableError) return true;
  if (isRequestError(error)) return error.retryable;
  return error instanceof FeedError && error.status >= 500;
}

function reportFailed(decision: Decision, error: unknown, hendelse: SkatteoppgjoerHendelse) {
  process.stderr.write(
    `kommune ${decision.kommune}: re-evaluating a household on event ${hendelse.sekvensnummer} (${hendelse.gjelderPeriode}) failed, the case needs manual handling: ${String(error)}\n`,
  );
}

async function handle(options: OppgjoerFollowerOptions, hendelse: SkatteoppgjoerHendelse) {
  const decisions = await options.decisions.withMember(options.kommune, hendelse.identifikator);
  for (const decision of decisionsToReevaluate(hendelse, decisions)) {
    const { kommune, husholdning, dato } = decision;
    let resultat: ForeldrebetalingResultat;
    try {
      resultat = await options.reevaluate({ kommune, husholdning, dato });
    } catch (error) {
      if (isTemporaryFailure(error)) throw error;
      (options.onFailed ?? reportFailed)(decision, error, hendelse);
      continue;
    }
    options.onReevaluated?.(resultat, hendelse);
  }
}

/** The saved position, or the first time the first one on or after `fraDato`; ends on abort. */
async function startPosition(
  options: OppgjoerFollowerOptions,
  signal: AbortSignal | undefined,
): Promise<number | undefined> {
  const saved = await options.position.load();
  if (saved !== undefined || signal?.aborted) return saved;
  try {
    return await options.hendelser.start({
      dato: options.fraDato,
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted) return undefined;
    throw error;
  }
}

/**
 * Reads the list from the saved position (the first time: from `fraDato`) until `run.signal`
 * aborts, or to its end with `follow: false`. Returns the position it saved; undefined when the
 * list has no event on or after `fraDato` yet, or the run was aborted before it had a position
 * (run it again later). Rejects on a failure for now (`isTemporaryFailure`), and on a failure of
 * the list or the decision store, with the position before the event.
 */
export async function followOppgjoerHendelser(
  options: OppgjoerFollowerOptions,
  run: FollowRun = {},
): Promise<number | undefined> {
  const signal = run.signal === undefined ? {} : { signal: run.signal };
  const fra = await startPosition(options, run.signal);
  if (fra === undefined || run.signal?.aborted) return fra;
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
