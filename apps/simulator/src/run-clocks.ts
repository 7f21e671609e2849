// The data clocks of one simulator: the global one, and one per test run that moved its own (admin
// `PUT /_simulator/clock` with `x-skattedeling-test-run`). A run without a clock of its own reads
// the global one, so the many requests that name no run, or a run that never moved its clock,
// cost one map lookup at most.
//
// Run clocks live in memory only, as the global clock's moves do: a restart starts every run on the
// start clock again, while the run's fixtures and faults come back from `--state-file`. A clock
// that runs with the real time cannot be written down without choosing what a restart means for
// it, and a test that moves a clock moves it again at its start.
import { ClockError, type DataClock } from './clock.js';

/**
 * At most this many test runs hold a clock of their own; one more is refused (409) rather than
 * forgetting one, which would silently move a run's time.
 */
export const MAX_RUN_CLOCKS = 1000;

/** Refused: every run clock is taken (RunClocks.move for a run without one). */
export class RunClocksFull extends ClockError {}

export class RunClocks {
  readonly #runs = new Map<string, DataClock>();

  constructor(
    /** The data clock of every request that names no run, or a run without a clock of its own. */
    readonly global: DataClock,
    readonly limit = MAX_RUN_CLOCKS,
  ) {}

  /** The data clock a request of this test run reads. */
  of(run: string | undefined): DataClock {
    if (run === undefined || this.#runs.size === 0) return this.global;
    return this.#runs.get(run) ?? this.global;
  }

  /** Whether the run holds a clock of its own. */
  owns(run: string): boolean {
    return this.#runs.has(run);
  }

  get size(): number {
    return this.#runs.size;
  }

  /**
   * Moves the run's own clock (the global one when `run` is undefined). A run without one gets a
   * fork of the global clock, kept only when `change` succeeds; RunClocksFull when none is left.
   */
  move(run: string | undefined, change: (clock: DataClock) => void): DataClock {
    if (run === undefined) {
      change(this.global);
      return this.global;
    }
    const own = this.#runs.get(run);
    if (own !== undefined) {
      change(own);
      return own;
    }
    if (this.#runs.size >= this.limit)
      throw new RunClocksFull(
        `${this.limit} test runs already hold a data clock of their own; drop finished runs' clocks (DELETE /_simulator/clock or POST /_simulator/reset, with the run's x-skattedeling-test-run)`,
      );
    const fork = this.global.fork();
    change(fork);
    this.#runs.set(run, fork);
    return fork;
  }

  /** The run follows the global clock again; false when it had no clock of its own. */
  drop(run: string): boolean {
    return this.#runs.delete(run);
  }

  /** Every run follows the global clock again (a full reset). */
  clear(): void {
    this.#runs.clear();
  }
}
