// One request's record: what was decided, by which rules, for whom. On completion it becomes a
// journal entry, and a refusal also becomes one log line naming the rule.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import type { JournalSystem, NewJournalEntry, Outcome, TrailStep } from '../journal/journal.js';
import { setReason, testRunOf } from './headers.js';

export class Exchange {
  readonly trail: TrailStep[] = [];
  readonly testRun: string | undefined;
  readonly started = performance.now();
  clientId: string | undefined;
  consumerOrg: string | undefined;
  supplierOrg: string | undefined;
  personidentifikator: string | undefined;

  constructor(
    readonly ctx: Context,
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly system: JournalSystem,
    readonly path: string,
  ) {
    this.testRun = testRunOf(req);
  }

  pass(rule: string, detail?: string): void {
    this.trail.push(
      detail === undefined ? { rule, result: 'pass' } : { rule, result: 'pass', detail },
    );
  }

  info(rule: string, detail: string): void {
    this.trail.push({ rule, result: 'info', detail });
  }

  fail(rule: string, detail: string): void {
    this.trail.push({ rule, result: 'fail', detail });
  }

  /** Records the outcome; for refusals and faults also sets the reason header and logs a line. */
  done(
    status: number,
    outcome: Outcome,
    extra: { kode?: string; reason?: string; korrelasjonsid?: string } = {},
  ): void {
    if (extra.reason !== undefined && !this.res.headersSent) setReason(this.res, extra.reason);
    // Drain a body nobody read (a GET endpoint called with a body), so the connection stays
    // usable for the client's next request.
    if (!this.req.readableEnded && this.req.listenerCount('data') === 0) this.req.resume();
    const { ctx } = this;
    // Fields set one by one, not spread from conditional literals: this runs for every request.
    const entry: { -readonly [K in keyof NewJournalEntry]: NewJournalEntry[K] } = {
      system: this.system,
      method: this.req.method ?? 'GET',
      path: this.path,
      status,
      outcome,
      trail: this.trail,
      durationMs: Math.round((performance.now() - this.started) * 100) / 100,
    };
    if (this.testRun !== undefined) entry.testRun = this.testRun;
    if (extra.kode !== undefined) entry.kode = extra.kode;
    if (extra.reason !== undefined) entry.reason = extra.reason;
    if (extra.korrelasjonsid !== undefined) entry.korrelasjonsid = extra.korrelasjonsid;
    if (this.clientId !== undefined) entry.clientId = this.clientId;
    if (this.consumerOrg !== undefined) entry.consumerOrg = this.consumerOrg;
    if (this.supplierOrg !== undefined) entry.supplierOrg = this.supplierOrg;
    if (this.personidentifikator !== undefined)
      entry.personidentifikator = this.personidentifikator;
    ctx.journal.add(entry);
    if (outcome !== 'ok') {
      ctx.log.refusal(
        `${status} ${this.req.method} ${this.path} ${extra.kode ?? ''}${extra.reason === undefined ? '' : `: ${extra.reason}`}${this.testRun === undefined ? '' : ` [test run ${this.testRun}]`}`,
      );
    } else ctx.log.debug(`${status} ${this.req.method} ${this.path}`);
  }
}

export type { ServerResponse };
