// Admin routes tagged `scenario` in contracts/simulator/openapi.yaml: fixtures that pin a person's
// data and injected faults, each in the global scope or a test run's.
import { randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import type { Context } from '../context.js';
import type { FaultInput } from '../generated/admin/types.gen.js';
import { describe } from '../http/describe.js';
import { FixtureError, parsePersonFixture } from '../skatteetaten/data.js';
import type { Fault, Fixture } from '../store/types.js';
import { BadRequest, NotFound } from './errors.js';
import { consumerOrgQuery, param, pidPattern, runOf } from './request.js';
import { adminBody } from './validate.js';

function fixtureFrom(
  pid: string,
  body: unknown,
  consumerOrg: string | undefined,
  run: string | undefined,
  nowMs: number,
): Fixture {
  const document = adminBody<Record<string, unknown>>('PersonFixtureDocument', body);
  try {
    parsePersonFixture(pid, document, 'body');
  } catch (error) {
    if (error instanceof FixtureError) throw new BadRequest(error.problems.join('; '));
    throw error;
  }
  return {
    personidentifikator: pid,
    ...(consumerOrg === undefined ? {} : { consumerOrg }),
    document,
    created: new Date(nowMs).toISOString(),
    ...(run === undefined ? {} : { testRun: run }),
  };
}

/** The rules a schema does not say: a fault does something, and a global one has a target. */
export function faultFrom(body: unknown, run: string | undefined, nowMs: number): Fault {
  const input = adminBody<FaultInput>('FaultInput', body);
  const { count, ...rest } = input;
  if (
    input.latencyMs === undefined &&
    input.status === undefined &&
    input.kode === undefined &&
    input.error === undefined
  ) {
    throw new BadRequest('a fault needs latencyMs and/or an answer (status, kode or error)');
  }
  if (
    input.api === undefined &&
    input.pathPrefix === undefined &&
    input.personidentifikator === undefined &&
    input.consumerOrg === undefined &&
    run === undefined
  ) {
    throw new BadRequest(
      'a global fault needs a target: api, pathPrefix, personidentifikator or consumerOrg (or send it in a test run)',
    );
  }
  return {
    id: randomUUID(),
    created: new Date(nowMs).toISOString(),
    ...rest,
    ...(count === undefined ? {} : { remaining: count }),
    ...(run === undefined ? {} : { testRun: run }),
  };
}

export function scenarioRoutes(ctx: Context): Router {
  const r = express.Router();
  const { store } = ctx;

  r.get('/fixtures', (req, res) => {
    res.json({ fixtures: store.listFixtures(runOf(req)) });
  });
  r.get('/fixtures/:personidentifikator', (req, res) => {
    const pid = param(req, 'personidentifikator');
    const found = store.getFixture(runOf(req), pid, consumerOrgQuery(req));
    if (found === undefined) throw new NotFound(`no fixture for ${describe(pid)}`);
    res.json(found);
  });
  r.put('/fixtures/:personidentifikator', (req, res) => {
    const pid = param(req, 'personidentifikator');
    if (!pidPattern.test(pid))
      throw new BadRequest(`personidentifikator must be 11 digits, got ${describe(pid)}`);
    const run = runOf(req);
    const fixture = fixtureFrom(pid, req.body, consumerOrgQuery(req), run, ctx.now());
    store.putFixture(run, fixture);
    res.json(fixture);
  });
  r.delete('/fixtures/:personidentifikator', (req, res) => {
    const pid = param(req, 'personidentifikator');
    if (!store.deleteFixture(runOf(req), pid, consumerOrgQuery(req)))
      throw new NotFound(`no fixture for ${describe(pid)} in this scope`);
    res.status(204).end();
  });

  r.get('/faults', (req, res) => {
    res.json({ faults: store.listFaults(runOf(req)) });
  });
  r.post('/faults', (req, res) => {
    const run = runOf(req);
    const fault = faultFrom(req.body, run, ctx.now());
    store.addFault(run, fault);
    res.status(201).json(fault);
  });
  r.delete('/faults/:id', (req, res) => {
    if (!store.deleteFault(runOf(req), param(req, 'id')))
      throw new NotFound(`no fault ${describe(param(req, 'id'))} in this scope`);
    res.status(204).end();
  });
  r.delete('/faults', (req, res) => {
    const run = runOf(req);
    for (const f of store.listFaults(run)) if (f.testRun === run) store.deleteFault(run, f.id);
    res.status(204).end();
  });
  return r;
}
