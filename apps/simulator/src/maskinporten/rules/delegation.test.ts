import { describe, expect, it } from 'vitest';
import { client, grantCtx, grantState, refusalOf } from '../../../test/grant-support.js';
import type { Delegation } from '../../store/types.js';
import { supplierDelegated } from './delegation.js';

const delegation: Delegation = {
  id: 'd',
  offeredBy: '319000003',
  coveredBy: '311000004',
  scope: 'skatteetaten:inntekt',
  rettighet: 'Inntekt API - På vegne av',
  status: 'active',
  created: '',
};
const run = (found: Delegation | undefined, supplierOrg: string | null = '311000004') => {
  const g = grantState({
    client,
    consumerOrg: '319000003',
    scopes: ['skatteetaten:inntekt'],
    ...(supplierOrg === null ? {} : { supplierOrg }),
  });
  const ctx = grantCtx({ findDelegation: (_o, _c, s) => (s === found?.scope ? found : undefined) });
  return { g, refusal: refusalOf(() => supplierDelegated(g, ctx)) };
};

describe('altinn.delegation', () => {
  it('accepts a supplier with an active delegation for the scope', () => {
    expect(run(delegation).refusal).toBeUndefined();
  });

  it('refuses a supplier without a delegation from the consumer (MP-251)', () => {
    expect(run(undefined).refusal).toMatchObject({
      rule: 'altinn.delegation',
      error: 'notDelegated',
      reason:
        'organisation 319000003 has not delegated Inntekt API to vendor Leverandør AS (311000004)',
      description:
        'Consumer 319000003 has not delegated access to the scope skatteetaten:inntekt to supplier 311000004.',
    });
  });

  it('refuses a supplier whose delegation was revoked, saying so', () => {
    expect(run({ ...delegation, status: 'revoked' }).refusal?.reason).toMatch(/revoked/);
  });

  it('asks nothing of a client asking for itself', () => {
    expect(run(undefined, null).refusal).toBeUndefined();
  });
});
