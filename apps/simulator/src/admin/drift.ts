// Admin routes tagged `drift` in contracts/simulator/openapi.yaml: health, the demo set-up, the
// demo persons and reset.
import express, { type Router } from 'express';
import type { Context } from '../context.js';
import { NotFound } from './errors.js';
import { runOf } from './request.js';

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
    });
  });
  r.get('/demo', (_req, res) => {
    const demo = hooks.demo();
    if (demo === undefined)
      throw new NotFound('the simulator runs without the demo set-up (--no-demo)');
    res.json(demo);
  });
  r.get('/persons', (_req, res) => {
    res.json({ persons: ctx.data.demoPersons() });
  });
  r.post('/reset', (req, res) => {
    const run = runOf(req);
    if (run !== undefined) {
      ctx.store.reset(run);
      ctx.journal.clear(run);
    } else hooks.resetAll();
    res.status(204).end();
  });
  return r;
}
