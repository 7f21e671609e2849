// A global, deterministic event list over time: events are grouped by the calendar month (UTC)
// they are registered in, each month built on first use from the data module and kept in a small
// cache. The sequence number is derived from the registration instant, so it is the same for the
// seed whatever was looked up or read before, and whatever the clock says: the clock only decides
// how far the list is visible. Numbers grow with time but are not consecutive (Skatteetaten's
// example goes 1, 12, 23 …).
import { monthIndex, yearOf } from '../calendar.js';

/** Sequence numbers count from this instant; no event list has an event before it. */
export const EVENT_EPOCH_MS = Date.UTC(2015, 0, 1);
/** Numbers per millisecond: events registered in the same millisecond get consecutive ones. */
const SLOTS = 16;

export interface RawEvent {
  readonly ms: number;
  readonly identifikator: string;
  readonly gjelderPeriode: string;
  readonly hendelsetype?: 'NY' | 'SLETTET';
}

export interface IndexedEvent extends RawEvent {
  readonly sekvensnummer: number;
}

export const monthOfMs = (ms: number): number => {
  const d = new Date(ms);
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
};

export const monthStartMs = (m: number): number => Date.UTC(yearOf(m), m % 12, 1);

/** The first sequence number an instant can carry. */
export const sekvensnummerAt = (ms: number): number =>
  Math.max(0, Math.floor(ms - EVENT_EPOCH_MS)) * SLOTS;

/** Orders a month's events by instant, then person and period, and numbers them. */
export function numberEvents(raw: readonly RawEvent[]): IndexedEvent[] {
  const sorted = [...raw].sort(
    (a, b) =>
      a.ms - b.ms ||
      (a.identifikator < b.identifikator ? -1 : a.identifikator > b.identifikator ? 1 : 0) ||
      (a.gjelderPeriode < b.gjelderPeriode ? -1 : a.gjelderPeriode > b.gjelderPeriode ? 1 : 0),
  );
  const out: IndexedEvent[] = [];
  let last = -1;
  for (const e of sorted) {
    // More than SLOTS events in one millisecond move on to the next millisecond's numbers.
    const sekvensnummer = Math.max(sekvensnummerAt(e.ms), last + 1);
    const ms = EVENT_EPOCH_MS + Math.floor(sekvensnummer / SLOTS);
    out.push({ ...e, ms: Math.max(ms, e.ms), sekvensnummer });
    last = sekvensnummer;
  }
  return out;
}

export class EventIndex {
  readonly #months = new Map<number, IndexedEvent[]>();

  /**
   * @param build the events registered in month `m` (a month index), in any order
   * @param maxMonths months kept built; a read past them builds them again
   */
  constructor(
    private readonly build: (m: number) => readonly RawEvent[],
    private readonly maxMonths = 160,
  ) {}

  month(m: number): IndexedEvent[] {
    const cached = this.#months.get(m);
    if (cached !== undefined) return cached;
    const built = numberEvents(this.build(m));
    if (this.#months.size >= this.maxMonths) {
      const oldest = this.#months.keys().next().value;
      if (oldest !== undefined) this.#months.delete(oldest);
    }
    this.#months.set(m, built);
    return built;
  }

  /** At most `antall` events with sekvensnummer ≥ `fra` registered by `nowMs`, in order. */
  page(fra: number, antall: number, nowMs: number): IndexedEvent[] {
    const found: IndexedEvent[] = [];
    const fromMs = EVENT_EPOCH_MS + Math.floor(Math.max(0, fra) / SLOTS);
    // A number near a month's start may belong to the month before (SLOTS overflow).
    for (let m = monthOfMs(fromMs) - 1; monthStartMs(m) <= nowMs; m++) {
      for (const e of this.month(m)) {
        if (e.ms > nowMs) return found;
        if (e.sekvensnummer < fra) continue;
        found.push(e);
        if (found.length >= antall) return found;
      }
    }
    return found;
  }

  /** The first event registered at or after `fromMs` and by `nowMs`. */
  first(fromMs: number, nowMs: number): IndexedEvent | undefined {
    return this.page(sekvensnummerAt(fromMs), 1, nowMs)[0];
  }
}
