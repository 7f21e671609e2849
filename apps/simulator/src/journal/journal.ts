// The request journal: what each imitated endpoint decided and why, in a bounded ring buffer,
// filterable by test run, system, outcome, consumer and person.

export type JournalSystem = 'maskinporten' | 'summertskattegrunnlag' | 'inntekt' | 'other';
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

export class Journal {
  private readonly entries: (JournalEntry | undefined)[];
  private next = 1;

  constructor(private readonly size: number) {
    this.entries = new Array(size);
  }

  add(entry: NewJournalEntry): JournalEntry | undefined {
    if (this.size === 0) return undefined;
    const full: JournalEntry = { id: this.next, time: new Date().toISOString(), ...entry };
    this.entries[(this.next - 1) % this.size] = full;
    this.next++;
    return full;
  }

  /** Newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const limit = Math.min(filter.limit ?? 100, this.size);
    const result: JournalEntry[] = [];
    for (
      let id = this.next - 1;
      id >= 1 && id >= this.next - this.size && result.length < limit;
      id--
    ) {
      const e = this.entries[(id - 1) % this.size];
      if (e === undefined || e.id !== id) continue;
      if (filter.after !== undefined && e.id <= filter.after) break;
      if (filter.testRun !== undefined && e.testRun !== filter.testRun) continue;
      if (filter.system !== undefined && e.system !== filter.system) continue;
      if (filter.outcome !== undefined && e.outcome !== filter.outcome) continue;
      if (filter.status !== undefined && e.status !== filter.status) continue;
      if (filter.consumerOrg !== undefined && e.consumerOrg !== filter.consumerOrg) continue;
      if (
        filter.personidentifikator !== undefined &&
        e.personidentifikator !== filter.personidentifikator
      )
        continue;
      if (filter.clientId !== undefined && e.clientId !== filter.clientId) continue;
      result.push(e);
    }
    return result;
  }

  clear(testRun?: string): void {
    if (testRun === undefined) {
      this.entries.fill(undefined);
      return;
    }
    for (let i = 0; i < this.entries.length; i++)
      if (this.entries[i]?.testRun === testRun) this.entries[i] = undefined;
  }
}
