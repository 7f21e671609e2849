// The simulator's own API under /_simulator (contracts/simulator/openapi.yaml), one router per tag
// of the contract: drift, clock, maskinporten, onboarding, scenario, persons, journal,
// rettighetspakker. Scenario state is written to the test run named in x-skattedeling-test-run,
// if any.
import express, { type Router } from 'express';
import type { Context } from '../context.js';
import { onboardingRoutes } from '../onboarding/routes.js';
import { clockRoutes } from './clock.js';
import { type AdminHooks, driftRoutes } from './drift.js';
import { journalRoutes } from './journal.js';
import { maskinportenRoutes } from './maskinporten.js';
import { personRoutes } from './persons.js';
import { rettighetspakkeRoutes } from './rettighetspakker.js';
import { scenarioRoutes } from './scenario.js';

export type { AdminHooks };

export function createAdminRouter(ctx: Context, hooks: AdminHooks): Router {
  const r = express.Router();
  r.use(driftRoutes(ctx, hooks));
  r.use(clockRoutes(ctx));
  r.use(maskinportenRoutes(ctx));
  r.use(onboardingRoutes(ctx));
  r.use(scenarioRoutes(ctx));
  r.use(personRoutes(ctx));
  r.use(journalRoutes(ctx));
  r.use(rettighetspakkeRoutes(ctx));
  return r;
}
