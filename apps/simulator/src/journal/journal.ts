// The request journal: what each imitated endpoint decided and why, in a ring buffer bounded in
// entries and bytes, filterable by test run, system, outcome, consumer and person.
import type { ApiId } from '../onboarding/apis.js';
import { entrySize, FIELD_LIMITS, safeField, sanitiseEntry } from './sanitise.js';

/** Maskinporten, each lookup API (its support services journal under it) or anything else. */
export type JournalSystem = 'maskinporten' | ApiId | 'other';
export type Outcome = 'ok' | 'refused' | 'fault';

export interface TrailStep {
  /** The rule, e.g. `grant.lifetime`, `onboarding.paakobling`, `token.scope`. */
  readonly rule: string;
  readonly result: 'pass' | 'fail' | 'info';
  readonly detail?: string;
}

export interface JournalEntry {
  readonly id: number;
  readonly time: string;
  readonly testRun?: string;
  readonly system: JournalSystem;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly outcome: Outcome;
  /** The error code sent (SSG-005, IM-007, DAS-002, or `invalid_grant MP-110`). */
  readonly kode?: string;
  /** Why the request was refused, naming the rule and the values. */
  readonly reason?: string;
  readonly clientId?: string;
  readonly consumerOrg?: string;
  readonly supplierOrg?: string;
  readonly personidentifikator?: string;
  readonly korrelasjonsid?: string;
  readonly trail: readonly TrailStep[];
  readonly durationMs: number;
}

export interface JournalFilter {
  readonly testRun?: string | undefined;
  readonly system?: JournalSystem | undefined;
  readonly outcome?: Outcome | undefined;
  readonly status?: number | undefined;
  readonly consumerOrg?: string | undefined;
  readonly personidentifikator?: string | undefined;
  readonly clientId?: string | undefined;
  /** Only entries with a larger id (poll with the last id seen). */
  readonly after?: number | undefined;
  readonly limit?: number | undefined;
}

export type NewJournalEntry = Omit<JournalEntry, 'id' | 'time'>;

let lastMs = Number.NaN;
let lastIso = '';

/** `new Date().toISOString()`, formatted once per millisecond (requests come many to a millisecond). */
function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

/** The default byte budget of the journal (about its JSON size). */
export const DEFAULT_JOURNAL_MAX_BYTES = 8 * 1024 * 1024;

/**
 * A ring buffer bounded twice: at most `size` entries and at most `maxBytes` (about their JSON
 * size). Every entry is made safe on the way in (escaped, cut, personal data masked), so the
 * bound holds whatever clients send; the oldest entries leave first.
 */
export class Journal {
  private readonly entries: (JournalEntry | undefined)[];
  private readonly sizes: number[];
  private next = 1;
  /** The smallest id that may still be held. */
  private oldest = 1;
  private used = 0;

  constructor(
    private readonly size: number,
    private readonly maxBytes = DEFAULT_JOURNAL_MAX_BYTES,
  ) {
    this.entries = new Array(size);
    this.sizes = new Array(size).fill(0);
  }

  /** About how many bytes the held entries take as JSON (never above the budget). */
  get bytes(): number {
    return this.used;
  }

  add(entry: NewJournalEntry): JournalEntry | undefined {
    if (this.size === 0) return undefined;
    const safe = sanitiseEntry(entry);
    const bytes = entrySize(safe);
    if (bytes > this.maxBytes) return undefined;
    if (this.next - this.oldest >= this.size) this.drop(this.next - this.size);
    while (this.used + bytes > this.maxBytes && this.oldest < this.next) this.drop(this.oldest);
    const full: JournalEntry = { id: this.next, time: isoNow(), ...safe };
    const slot = (this.next - 1) % this.size;
    this.entries[slot] = full;
    this.sizes[slot] = bytes;
    this.used += bytes;
    this.next++;
    return full;
  }

  /** Forgets entry `id` if held, and moves `oldest` past it when it was the oldest. */
  private drop(id: number): void {
    const slot = (id - 1) % this.size;
    if (this.entries[slot]?.id === id) {
      this.used -= this.sizes[slot] as number;
      this.entries[slot] = undefined;
      this.sizes[slot] = 0;
    }
    if (id === this.oldest) this.oldest++;
  }

  /** Newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const limit = Math.min(filter.limit ?? 100, this.size);
    const pid =
      filter.personidentifikator === undefined
        ? undefined
        : safeField(filter.personidentifikator, FIELD_LIMITS.short);
    const result: JournalEntry[] = [];
    for (let id = this.next - 1; id >= this.oldest && result.length < limit; id--) {
      const e = this.entries[(id - 1) % this.size];
      if (e === undefined || e.id !== id) continue;
      if (filter.after !== undefined && e.id <= filter.after) break;
      if (filter.testRun !== undefined && e.testRun !== filter.testRun) continue;
      if (filter.system !== undefined && e.system !== filter.system) continue;
      if (filter.outcome !== undefined && e.outcome !== filter.outcome) continue;
      if (filter.status !== undefined && e.status !== filter.status) continue;
      if (filter.consumerOrg !== undefined && e.consumerOrg !== filter.consumerOrg) continue;
      if (pid !== undefined && e.personidentifikator !== pid) continue;
      if (filter.clientId !== undefined && e.clientId !== filter.clientId) continue;
      result.push(e);
    }
    return result;
  }

  clear(testRun?: string): void {
    for (let i = 0; i < this.entries.length; i++) {
      if (testRun === undefined || this.entries[i]?.testRun === testRun) {
        this.used -= this.sizes[i] as number;
        this.entries[i] = undefined;
        this.sizes[i] = 0;
      }
    }
    if (testRun === undefined) this.oldest = this.next;
  }
}
