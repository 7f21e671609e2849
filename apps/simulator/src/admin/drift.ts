// Admin routes tagged `drift` in contracts/simulator/openapi.yaml: health (with the simulator's
// clocks), the demo set-up and reset.
import express, { type Router } from 'express';
import type { Context } from '../context.js';
import { NotFound } from './errors.js';
import { runOf } from './request.js';

// sv-SE formats a date as YYYY-MM-DD.
const osloDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

export interface AdminHooks {
  /** Full reset: clear everything and put the demo back. */
  resetAll(): void;
  demo(): unknown;
}

export function driftRoutes(ctx: Context, hooks: AdminHooks): Router {
  const r = express.Router();
  r.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      issuer: ctx.urls.issuer,
      clients: ctx.store.listClients().length,
      rememberedGrants: ctx.store.jtiCount(),
      clock: {
        now: new Date(ctx.now()).toISOString(),
        // The day in Oslo, as the data module reads it.
        today: osloDay.format(ctx.today()),
        todayFixed: ctx.config.today !== undefined,
        // The global data clock; a test run's own is at GET /clock with the run's header.
        dataNow: ctx.clocks.global.now().toISOString(),
        moved: ctx.clocks.global.moved,
      },
    });
  });
  r.get('/demo', (_req, res) => {
    const demo = hooks.demo();
    if (demo === undefined)
      throw new NotFound('the simulator runs without the demo set-up (--no-demo)');
    res.json(demo);
  });
  r.post('/reset', (req, res) => {
    const run = runOf(req);
    if (run !== undefined) {
      ctx.store.reset(run);
      ctx.journal.clear(run);
      ctx.clocks.drop(run);
    } else hooks.resetAll();
    res.status(204).end();
  });
  return r;
}
