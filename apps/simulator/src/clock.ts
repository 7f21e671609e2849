// The data clock: the instant the data module reads for what is published yet (the publication
// calendar, the event lists, month completeness, the persons search). It starts as `--today`
// (that day at 12:00 UTC, standing still) or as the real time (running), and the admin API
// (admin/clock.ts) may set it or move it by a duration without a restart. Maskinporten's token and
// grant checks never read it: they keep the real time (`ctx.now`). A test run may hold its own
// data clock (run-clocks.ts), a fork of this one.
//
// A moved clock is either a fixed instant (standing still) or an offset from the real time
// (running). Every move starts a new generation; answers cached by the data clock's time carry it
// in their key (`cacheEpoch`), so no answer made before a move is served after it.

import { describe } from './http/describe.js';

const HOUR = 3_600_000;
/** The instants the clock may be set to: the data module's calendar covers these years. */
export const CLOCK_MIN_MS = Date.UTC(2000, 0, 1);
export const CLOCK_MAX_MS = Date.UTC(2101, 0, 1) - 1;

export interface ClockState {
  /** The data clock's instant. */
  readonly now: string;
  /** True after a set, an advance or a move since the start clock. */
  readonly moved: boolean;
  /** True when the data clock stands still (a fixed instant), false when it runs. */
  readonly frozen: boolean;
  /** The real time: the clock of tokens, grants and key expiry. */
  readonly realNow: string;
  /** The start clock's instant when it is fixed (`--today`); absent when it is the real time. */
  readonly startsAt?: string;
}

type Reading = { readonly fixedMs: number } | { readonly offsetMs: number };

// Generations are numbered across every clock in the process, so two clocks (the global one and a
// test run's) never share one: a cache key naming a generation names one clock's one reading.
let generations = 0;

export class DataClock {
  #start: Reading;
  #reading: Reading;
  #generation = ++generations;
  readonly #listeners: (() => void)[] = [];

  /**
   * @param startMs the start clock's fixed instant (`--today`), or undefined for the real time
   * @param realNow the real clock, in epoch ms
   */
  constructor(
    startMs: number | undefined,
    private readonly realNow: () => number = Date.now,
  ) {
    this.#start = startMs === undefined ? { offsetMs: 0 } : { fixedMs: startMs };
    this.#reading = this.#start;
  }

  nowMs(): number {
    const r = this.#reading;
    return 'fixedMs' in r ? r.fixedMs : this.realNow() + r.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  get moved(): boolean {
    return this.#reading !== this.#start;
  }

  get frozen(): boolean {
    return 'fixedMs' in this.#reading;
  }

  /**
   * A new clock at this one's reading and start clock, with a generation of its own and none of
   * its listeners: a test run's own data clock, moved without moving this one.
   */
  fork(): DataClock {
    const copy = new DataClock(undefined, this.realNow);
    copy.#start = this.#start;
    copy.#reading = this.#reading;
    return copy;
  }

  /**
   * The part of a cache key that names the data clock's time: the generation and the hour (of
   * `atMs`, an instant read from this clock; default now). A key made before a move never matches
   * one made after it, nor one made from another clock.
   */
  cacheEpoch(atMs = this.nowMs()): string {
    return `${this.#generation}.${Math.floor(atMs / HOUR)}`;
  }

  /** Called after every move (set, advance, reset), e.g. to drop cached answers. */
  onMove(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** Sets the data clock to `ms`; it stands still if `frozen` (default: as it does now). */
  set(ms: number, frozen = this.frozen): void {
    checkRange(ms);
    this.#moveTo(frozen ? { fixedMs: ms } : { offsetMs: ms - this.realNow() });
  }

  /** Moves the data clock by an ISO-8601 duration (`P30D`, `PT2H`, `-P1M`). */
  advance(duration: Duration, frozen = this.frozen): void {
    this.set(addDuration(this.nowMs(), duration), frozen);
  }

  /** Back to the start clock (`--today` or the real time). */
  reset(): void {
    this.#moveTo(this.#start);
  }

  state(): ClockState {
    const start = this.#start;
    return {
      now: this.now().toISOString(),
      moved: this.moved,
      frozen: this.frozen,
      realNow: new Date(this.realNow()).toISOString(),
      ...('fixedMs' in start ? { startsAt: new Date(start.fixedMs).toISOString() } : {}),
    };
  }

  #moveTo(reading: Reading): void {
    this.#reading = reading;
    this.#generation = ++generations;
    for (const listener of this.#listeners) listener();
  }
}

export class ClockError extends Error {
  override readonly name = 'ClockError';
}

function checkRange(ms: number): void {
  if (!Number.isFinite(ms) || ms < CLOCK_MIN_MS || ms > CLOCK_MAX_MS)
    throw new ClockError(
      `the data clock must stay within 2000-01-01T00:00:00Z – 2100-12-31T23:59:59.999Z, got ${Number.isFinite(ms) ? new Date(ms).toISOString() : 'an instant outside it'}`,
    );
}

/** An ISO-8601 duration, each part a whole number (seconds may have up to 3 decimals). */
export interface Duration {
  readonly sign: 1 | -1;
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const DURATION =
  /^(-)?P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,9}(?:\.\d{1,3})?)S)?)?$/;

/** `text` as an ISO-8601 duration, or a ClockError naming what is allowed. */
export function parseDuration(text: string): Duration {
  const m = DURATION.exec(text);
  const fail = () =>
    new ClockError(
      `advance must be an ISO-8601 duration such as P30D, PT2H30M, P1Y2M or -P1D, got ${describe(text)}`,
    );
  if (m === null || text.endsWith('T') || m.slice(2).every((part) => part === undefined))
    throw fail();
  const n = (i: number) => Number(m[i] ?? 0);
  return {
    sign: m[1] === '-' ? -1 : 1,
    years: n(2),
    months: n(3),
    weeks: n(4),
    days: n(5),
    hours: n(6),
    minutes: n(7),
    seconds: n(8),
  };
}

/** `ms` moved by `d`: years and months on the UTC calendar (day clamped to the month's end), the rest exactly. */
export function addDuration(ms: number, d: Duration): number {
  const at = new Date(ms);
  const months = d.sign * (d.years * 12 + d.months);
  if (months !== 0) {
    const day = at.getUTCDate();
    at.setUTCDate(1);
    at.setUTCMonth(at.getUTCMonth() + months);
    const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
    at.setUTCDate(Math.min(day, last));
  }
  const exact =
    ((d.weeks * 7 + d.days) * 24 + d.hours) * HOUR + d.minutes * 60_000 + d.seconds * 1000;
  return at.getTime() + d.sign * Math.round(exact);
}
