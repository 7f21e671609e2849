// Admin routes tagged `onboarding` in contracts/simulator/openapi.yaml: organisation names and KS
// onboarding (the tilslutningserklæring and a påkobling per API), in the global scope or a test
// run's. The rules that read them are in rules.ts.
import express, { type Request, type Router } from 'express';
import { NotFound } from '../admin/errors.js';
import { orgnrParam, param, runOf } from '../admin/request.js';
import { adminBody } from '../admin/validate.js';
import type { Context } from '../context.js';
import type {
  OnboardingInput,
  OrganisationInput,
  PaakoblingInput,
  TilslutningserklaeringInput,
} from '../generated/admin/types.gen.js';
import { describe } from '../http/describe.js';
import type { ApiId, Onboarding, Paakobling } from '../store/types.js';
import { apiIds } from './apis.js';

function paakobling(input: PaakoblingInput, nowMs: number): Paakobling {
  return {
    rettighetspakker: input.rettighetspakker,
    innvilget: input.innvilget ?? new Date(nowMs).toISOString(),
  };
}

function onboardingFrom(
  ctx: Context,
  orgnr: string,
  input: OnboardingInput,
  run: string | undefined,
): Onboarding {
  const paakoblinger: Partial<Record<ApiId, Paakobling>> = {};
  for (const api of apiIds) {
    const given = input.paakoblinger?.[api];
    if (given !== undefined) paakoblinger[api] = paakobling(given, ctx.now());
  }
  return {
    orgnr,
    navn: input.navn ?? ctx.store.getOrganisation(orgnr)?.navn ?? `Organisasjon ${orgnr}`,
    tilslutningserklaeringSignert: input.tilslutningserklaeringSignert ?? false,
    paakoblinger,
    ...(run === undefined ? {} : { testRun: run }),
  };
}

function apiParam(req: Request): ApiId {
  const api = param(req, 'api');
  if (!apiIds.includes(api as ApiId))
    throw new NotFound(`api must be ${apiIds.join(' or ')}, got ${describe(api)}`);
  return api as ApiId;
}

export function onboardingRoutes(ctx: Context): Router {
  const r = express.Router();
  const { store } = ctx;
  /** The onboarding in the request's scope, or an empty one. */
  const current = (req: Request, orgnr: string): Onboarding =>
    store.getOnboarding(runOf(req), orgnr) ?? {
      orgnr,
      navn: store.getOrganisation(orgnr)?.navn ?? `Organisasjon ${orgnr}`,
      tilslutningserklaeringSignert: false,
      paakoblinger: {},
    };
  /** Stores `onboarding` in the request's scope. */
  const save = (req: Request, onboarding: Onboarding): Onboarding => {
    const run = runOf(req);
    const { testRun: _t, ...rest } = onboarding;
    const scoped = run === undefined ? rest : { ...rest, testRun: run };
    store.putOnboarding(run, scoped);
    return scoped;
  };

  r.get('/organisations', (_req, res) => {
    res.json({ organisations: store.listOrganisations() });
  });
  r.put('/organisations/:orgnr', (req, res) => {
    const orgnr = orgnrParam(req);
    const { navn } = adminBody<OrganisationInput>('OrganisationInput', req.body);
    store.putOrganisation({ orgnr, navn });
    res.json({ orgnr, navn });
  });

  r.get('/onboarding', (req, res) => {
    res.json({ onboarding: store.listOnboarding(runOf(req)) });
  });
  r.get('/onboarding/:orgnr', (req, res) => {
    const found = store.getOnboarding(runOf(req), param(req, 'orgnr'));
    if (found === undefined)
      throw new NotFound(`${describe(param(req, 'orgnr'))} is not onboarded`);
    res.json(found);
  });
  r.put('/onboarding/:orgnr', (req, res) => {
    const orgnr = orgnrParam(req);
    const run = runOf(req);
    const input = adminBody<OnboardingInput>('OnboardingInput', req.body);
    const onboarding = onboardingFrom(ctx, orgnr, input, run);
    if (store.getOrganisation(orgnr) === undefined)
      store.putOrganisation({ orgnr, navn: onboarding.navn });
    store.putOnboarding(run, onboarding);
    res.json(onboarding);
  });
  r.delete('/onboarding/:orgnr', (req, res) => {
    if (!store.deleteOnboarding(runOf(req), param(req, 'orgnr')))
      throw new NotFound(`${describe(param(req, 'orgnr'))} has no onboarding in this scope`);
    res.status(204).end();
  });
  r.put('/onboarding/:orgnr/tilslutningserklaering', (req, res) => {
    const orgnr = orgnrParam(req);
    const { signert } = adminBody<TilslutningserklaeringInput>(
      'TilslutningserklaeringInput',
      req.body,
    );
    res.json(save(req, { ...current(req, orgnr), tilslutningserklaeringSignert: signert }));
  });
  r.put('/onboarding/:orgnr/paakoblinger/:api', (req, res) => {
    const orgnr = orgnrParam(req);
    const api = apiParam(req);
    const input = adminBody<PaakoblingInput>('PaakoblingInput', req.body);
    const before = current(req, orgnr);
    const paakoblinger = { ...before.paakoblinger, [api]: paakobling(input, ctx.now()) };
    res.json(save(req, { ...before, paakoblinger }));
  });
  r.delete('/onboarding/:orgnr/paakoblinger/:api', (req, res) => {
    const orgnr = param(req, 'orgnr');
    const api = apiParam(req);
    const before = current(req, orgnr);
    if (before.paakoblinger[api] === undefined)
      throw new NotFound(`${describe(orgnr)} has no påkobling for ${api}`);
    const { [api]: _removed, ...rest } = before.paakoblinger;
    save(req, { ...before, paakoblinger: rest });
    res.status(204).end();
  });
  return r;
}
