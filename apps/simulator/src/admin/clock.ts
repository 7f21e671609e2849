// Admin routes tagged `clock` in contracts/simulator/openapi.yaml: the data clock (src/clock.ts)
// read, set to an instant, moved by an ISO-8601 duration, and put back to the start clock. The
// clock is one per simulator (not per test run): the data module reads it for every caller.
import express, { type Router } from 'express';
import { ClockError, parseDuration } from '../clock.js';
import type { Context } from '../context.js';
import type { ClockInput } from '../generated/admin/types.gen.js';
import { describe } from '../http/describe.js';
import { BadRequest } from './errors.js';
import { adminBody } from './validate.js';

/** RFC 3339 with a zone, as the contract's `format: date-time`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

/** The move a body asks for; every refusal a one-line 400. */
function moveOf(ctx: Context, body: unknown): void {
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
  if (typeof raw.now === 'string' && (!INSTANT.test(raw.now) || Number.isNaN(Date.parse(raw.now))))
    throw new BadRequest(
      `now must be an instant with a zone, e.g. "2026-06-30T08:00:00Z", got ${describe(raw.now)}`,
    );
  try {
    const duration = typeof raw.advance === 'string' ? parseDuration(raw.advance) : undefined;
    const input = adminBody<ClockInput>('ClockInput', body);
    if (input.now !== undefined) ctx.clock.set(Date.parse(input.now), input.frozen);
    else if (duration !== undefined) ctx.clock.advance(duration, input.frozen);
  } catch (error) {
    if (error instanceof ClockError) throw new BadRequest(error.message);
    throw error;
  }
}

export function clockRoutes(ctx: Context): Router {
  const r = express.Router();
  r.get('/clock', (_req, res) => {
    res.json(ctx.clock.state());
  });
  r.put('/clock', (req, res) => {
    const before = ctx.clock.now().toISOString();
    moveOf(ctx, req.body);
    const state = ctx.clock.state();
    ctx.log.info(`data clock moved: ${before} → ${state.now}${state.frozen ? ' (fixed)' : ''}`);
    res.json(state);
  });
  r.delete('/clock', (_req, res) => {
    ctx.clock.reset();
    ctx.log.info(`data clock back to the start clock: ${ctx.clock.now().toISOString()}`);
    res.json(ctx.clock.state());
  });
  return r;
}
