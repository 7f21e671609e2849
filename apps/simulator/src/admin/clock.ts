// Admin routes tagged `clock` in contracts/simulator/openapi.yaml: the data clock (src/clock.ts)
// read, set to an instant, moved by an ISO-8601 duration, and put back. Without
// x-skattedeling-test-run they act on the global clock; with it, on that run's own clock
// (run-clocks.ts), which a run gets at its first move and loses with DELETE or a reset of the run.
import express, { type Router } from 'express';
import { ClockError, type DataClock, parseDuration } from '../clock.js';
import type { Context } from '../context.js';
import type { Clock, ClockInput } from '../generated/admin/types.gen.js';
import { describe } from '../http/describe.js';
import { RunClocksFull } from '../run-clocks.js';
import { BadRequest, Conflict } from './errors.js';
import { runOf } from './request.js';
import { adminBody } from './validate.js';

/** RFC 3339 with a zone, as the contract's `format: date-time`. */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/i;

/** True when `text` is an RFC 3339 instant whose day and time exist (no 2026-02-30, no 24:00). */
export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (m === null) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
  return (
    offsetOk &&
    at.getUTCFullYear() === y &&
    at.getUTCMonth() === mo - 1 &&
    at.getUTCDate() === d &&
    at.getUTCHours() === h &&
    at.getUTCMinutes() === mi &&
    at.getUTCSeconds() === s
  );
}

/** The move a body asks for, as a change to apply to a clock; every refusal a one-line 400. */
function moveOf(body: unknown): (clock: DataClock) => void {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequest('the body must be a JSON object with now or advance');
  const raw = body as Record<string, unknown>;
  const hasNow = 'now' in raw;
  const hasAdvance = 'advance' in raw;
  if (hasNow === hasAdvance)
    throw new BadRequest(
      'the body needs exactly one of now (an instant, e.g. "2026-06-30T08:00:00Z") and advance (an ISO-8601 duration, e.g. "P30D")',
    );
  // The friendlier messages first; the contract then checks the rest (types, unknown members).
  if (typeof raw.now === 'string' && (!isInstant(raw.now) || Number.isNaN(Date.parse(raw.now))))
    throw new BadRequest(
      `now must be an instant with a zone, e.g. "2026-06-30T08:00:00Z", got ${describe(raw.now)}`,
    );
  const duration = refused(() =>
    typeof raw.advance === 'string' ? parseDuration(raw.advance) : undefined,
  );
  const input = adminBody<ClockInput>('ClockInput', body);
  return (clock) =>
    refused(() => {
      if (input.now !== undefined) clock.set(Date.parse(input.now), input.frozen);
      else if (duration !== undefined) clock.advance(duration, input.frozen);
    });
}

/** `f()`, with a clock's refusal as the admin API's: 409 when no run clock is left, else 400. */
function refused<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof RunClocksFull) throw new Conflict(error.message);
    if (error instanceof ClockError) throw new BadRequest(error.message);
    throw error;
  }
}

/** The clock a request with this run reads, and whose it is. */
function stateOf(ctx: Context, run: string | undefined): Clock {
  const own = run !== undefined && ctx.clocks.owns(run);
  return {
    ...ctx.clocks.of(run).state(),
    scope: own ? 'testRun' : 'global',
    ...(run === undefined ? {} : { testRun: run }),
  };
}

const whose = (run: string | undefined) => (run === undefined ? '' : ` of test run ${run}`);

export function clockRoutes(ctx: Context): Router {
  const r = express.Router();
  r.get('/clock', (req, res) => {
    res.json(stateOf(ctx, runOf(req)));
  });
  r.put('/clock', (req, res) => {
    const run = runOf(req);
    const change = moveOf(req.body);
    const before = ctx.clocks.of(run).now().toISOString();
    refused(() => ctx.clocks.move(run, change));
    const state = stateOf(ctx, run);
    ctx.log.info(
      `data clock${whose(run)} moved: ${before} → ${state.now}${state.frozen ? ' (fixed)' : ''}`,
    );
    res.json(state);
  });
  r.delete('/clock', (req, res) => {
    const run = runOf(req);
    if (run === undefined) {
      ctx.clocks.global.reset();
      ctx.log.info(`data clock back to the start clock: ${ctx.clocks.global.now().toISOString()}`);
    } else if (ctx.clocks.drop(run))
      ctx.log.info(`data clock${whose(run)} dropped: the run follows the global clock again`);
    res.json(stateOf(ctx, run));
  });
  return r;
}
