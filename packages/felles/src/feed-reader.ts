// Reads an event list (hendelsesliste) as one stream of events: page after page by sequence
// number, a position to persist and resume from, and a growing wait while the list has nothing
// new. Generic over the event; each API package binds it to its own client (feed-client.ts).
import { invalidParameter } from './parameters.js';

/** What every event of every list has: its place in the list. */
export interface FeedEvent {
  readonly sekvensnummer: number;
}

export interface FeedPageRequest {
  readonly fraSekvensnummer: number;
  readonly antall: number;
  readonly signal?: AbortSignal | undefined;
}

/** One page of a list: the events with `sekvensnummer` ≥ `fraSekvensnummer`, at most `antall`. */
export type FeedPageSource<E extends FeedEvent> = (
  request: FeedPageRequest,
) => Promise<readonly E[]>;

export interface FeedBackoffOptions {
  /** The wait after the first empty page; default 5 000 ms. */
  readonly initialDelayMs?: number;
  /** The longest wait; default 300 000 ms (5 minutes). */
  readonly maxDelayMs?: number;
  /** Each further empty page multiplies the wait by this; default 2. */
  readonly multiplier?: number;
}

export interface FeedWaitEvent {
  /** How long the reader waits before it asks again. */
  readonly delayMs: number;
  /** Empty pages in a row, this one included. */
  readonly emptyPages: number;
  readonly position: number;
}

export interface FeedReadOptions {
  /** Where to start: a saved `position`, the answer of `start({ dato })`, or 1 for the beginning. */
  readonly fraSekvensnummer: number;
  /** Events per page, 1–1000; default 100. */
  readonly antall?: number;
  /**
   * Stops the reading: the loop ends without an error, also while it waits or fetches. Save
   * `position` after the loop.
   */
  readonly signal?: AbortSignal;
  /**
   * `true` (default): when the list has nothing new, wait (see `backoff`) and ask again, for as
   * long as the loop runs. `false`: end the loop at the first empty page, e.g. for a nightly job.
   */
  readonly follow?: boolean;
  /** The wait between empty pages, growing from `initialDelayMs` to `maxDelayMs`. */
  readonly backoff?: FeedBackoffOptions;
  /**
   * Called with the new position once every event of a page was handled (the loop asked for the
   * event after it), and awaited before the next page is fetched: persist it there.
   */
  readonly onPosition?: (position: number) => void | Promise<void>;
  /** Called before each wait on an empty list, e.g. to log it. */
  readonly onWait?: (event: FeedWaitEvent) => void;
}

export interface FeedReader<E extends FeedEvent> extends AsyncIterableIterator<E> {
  /**
   * The `fraSekvensnummer` to resume from: one past the last event the loop has finished with
   * (asked for the event after it). During the loop body it does not yet count the current event.
   */
  readonly position: number;
}

/** The most events a page may hold (the contracts' `antall` maximum). */
export const MAKS_ANTALL = 1000;
const defaults = { antall: 100, initialDelayMs: 5_000, maxDelayMs: 300_000, multiplier: 2 };

function checkSekvensnummer(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw invalidParameter(name, value, 'must be a whole number >= 0');
  return value;
}

/** Checks a page request as the lists' contracts do (otherwise 400 FA-004). */
export function checkFeedPageRequest(request: FeedPageRequest): void {
  if (request === null || typeof request !== 'object')
    throw new TypeError('a page needs { fraSekvensnummer, antall }');
  checkSekvensnummer('fraSekvensnummer', request.fraSekvensnummer);
  const { antall } = request;
  if (typeof antall !== 'number' || !Number.isInteger(antall) || antall < 1 || antall > MAKS_ANTALL)
    throw invalidParameter('antall', antall, `must be a whole number from 1 to ${MAKS_ANTALL}`);
}

function delayOption(name: keyof FeedBackoffOptions, value: number | undefined, min: number) {
  const chosen = value ?? defaults[name];
  if (!Number.isFinite(chosen) || chosen < min)
    throw invalidParameter(`backoff.${name}`, chosen, `must be a number >= ${min}`);
  return chosen;
}

/** The wait after `emptyPages` empty pages in a row (from 1). */
export function feedDelayMs(emptyPages: number, backoff: FeedBackoffOptions = {}): number {
  const initial = delayOption('initialDelayMs', backoff.initialDelayMs, 0);
  const max = delayOption('maxDelayMs', backoff.maxDelayMs, 0);
  const multiplier = delayOption('multiplier', backoff.multiplier, 1);
  return Math.min(max, initial * multiplier ** (emptyPages - 1));
}

/** Waits `ms`; false when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Reads a list from `fraSekvensnummer` on, one event at a time:
 *
 * ```ts
 * const reader = readFeed(page, { fraSekvensnummer: saved, onPosition: save });
 * for await (const hendelse of reader) await handle(hendelse);
 * ```
 *
 * Delivery is at least once: after a crash or a `break`, reading from the saved position
 * delivers again the events handled after it was saved. An error from `page` (other than after
 * `signal` aborted) ends the loop with that error; `position` stays valid for a new reader.
 */
export function readFeed<E extends FeedEvent>(
  page: FeedPageSource<E>,
  options: FeedReadOptions,
): FeedReader<E> {
  const antall = options.antall ?? defaults.antall;
  checkFeedPageRequest({ fraSekvensnummer: options.fraSekvensnummer, antall });
  feedDelayMs(1, options.backoff);
  const { signal, onPosition, onWait } = options;
  const follow = options.follow ?? true;
  let position = options.fraSekvensnummer;

  async function* events(): AsyncGenerator<E, void, undefined> {
    let emptyPages = 0;
    while (!signal?.aborted) {
      let events: readonly E[];
      try {
        events = await page({ fraSekvensnummer: position, antall, signal });
      } catch (error) {
        if (signal?.aborted) return;
        throw error;
      }
      // An event below the position was delivered already; a list that sends one again must not
      // move the position back.
      const fresh = events.filter((event) => event.sekvensnummer >= position);
      if (fresh.length === 0) {
        if (!follow) return;
        emptyPages++;
        const delayMs = feedDelayMs(emptyPages, options.backoff);
        onWait?.({ delayMs, emptyPages, position });
        if (!(await wait(delayMs, signal))) return;
        continue;
      }
      emptyPages = 0;
      for (const event of fresh) {
        if (signal?.aborted) return;
        yield event;
        position = Math.max(position, event.sekvensnummer + 1);
      }
      await onPosition?.(position);
    }
  }

  const generator = events();
  return {
    get position() {
      return position;
    },
    next: () => generator.next(),
    return: async () => generator.return(undefined),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
