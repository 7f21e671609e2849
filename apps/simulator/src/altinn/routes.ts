// The simulator's Altinn delegation API (contracts/altinn/openapi.yaml): a consumer delegates an
// API's "På vegne av" right to a supplier's organisation number; list and revoke. Revoking makes
// the next token request fail (MP-251); tokens already issued stay valid until they expire.
import { randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import { BadRequest, NotFound } from '../admin/errors.js';
import { queryOnce as q, runOf } from '../admin/request.js';
import { altinnBody } from '../admin/validate.js';
import type { Context } from '../context.js';
import type { DelegationInput } from '../generated/altinn/types.gen.js';
import { describe } from '../http/describe.js';
import { apiIds, apiInfo, apiOfScope } from '../onboarding/apis.js';
import type { ApiId, Delegation } from '../store/types.js';

export function createAltinnRouter(ctx: Context): Router {
  const r = express.Router();
  const { store } = ctx;

  r.get('/delegations', (req, res) => {
    const run = runOf(req);
    res.json({
      delegations: store.listDelegations(run, {
        offeredBy: q(req, 'offeredBy'),
        coveredBy: q(req, 'coveredBy'),
        scope: q(req, 'scope'),
        includeRevoked: q(req, 'includeRevoked') === 'true',
      }),
    });
  });

  r.post('/delegations', (req, res) => {
    const run = runOf(req);
    const input = altinnBody<DelegationInput>('DelegationInput', req.body);
    const { offeredBy, coveredBy, scope: scopeGiven } = input;
    const apiId = input.api as ApiId | undefined;
    if ((apiId === undefined) === (scopeGiven === undefined))
      throw new BadRequest('give exactly one of api and scope');
    const api = apiId === undefined ? apiOfScope(scopeGiven as string) : apiInfo[apiId];
    if (api === undefined)
      throw new BadRequest(
        `scope ${describe(scopeGiven)} is not a delegable Skatteetaten scope (${apiIds.flatMap((id) => apiInfo[id].scopes).join(', ')})`,
      );
    if (offeredBy === coveredBy) throw new BadRequest('an organisation cannot delegate to itself');
    const scope = scopeGiven ?? (api.scopes[0] as string);
    const existing = store.findDelegation(run, offeredBy, coveredBy, scope);
    if (existing?.status === 'active' && existing.testRun === run) {
      res.status(200).json(existing);
      return;
    }
    const delegation: Delegation = {
      id: randomUUID(),
      offeredBy,
      coveredBy,
      scope,
      rettighet: api.rettighet,
      status: 'active',
      created: new Date(ctx.now()).toISOString(),
      ...(run === undefined ? {} : { testRun: run }),
    };
    store.putDelegation(run, delegation);
    res.status(201).json(delegation);
  });

  r.get('/delegations/:id', (req, res) => {
    const found = store.getDelegation(runOf(req), String(req.params.id));
    if (found === undefined) throw new NotFound(`no delegation ${describe(req.params.id)}`);
    res.json(found);
  });

  r.delete('/delegations/:id', (req, res) => {
    const run = runOf(req);
    const found = store.getDelegation(run, String(req.params.id));
    if (found === undefined) throw new NotFound(`no delegation ${describe(req.params.id)}`);
    const { testRun: _t, ...rest } = found;
    // In a test run, revoking a global delegation shadows it in that run only.
    const revoked: Delegation = {
      ...rest,
      status: 'revoked',
      revoked: new Date(ctx.now()).toISOString(),
      ...(run === undefined ? {} : { testRun: run }),
    };
    store.putDelegation(run, revoked);
    res.json(revoked);
  });

  return r;
}
