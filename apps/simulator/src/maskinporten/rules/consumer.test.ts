import { describe, expect, it } from 'vitest';
import { client, grantState, refusalOf } from '../../../test/grant-support.js';
import { consumerOrganisation } from './consumer.js';

const run = (payload: Record<string, unknown>) => {
  const g = grantState({ payload, client });
  return { g, refusal: refusalOf(() => consumerOrganisation(g)) };
};

describe('grant.consumer_org', () => {
  it('makes the client’s own organisation the consumer without consumer_org', () => {
    const { g } = run({});
    expect([g.consumerOrg, g.supplierOrg]).toEqual(['311000004', undefined]);
  });

  it('makes the client a supplier for the consumer_org', () => {
    const { g } = run({ consumer_org: '319000003' });
    expect([g.consumerOrg, g.supplierOrg]).toEqual(['319000003', '311000004']);
  });

  it('refuses a consumer_org that is not 9 digits as a string', () => {
    expect(run({ consumer_org: 319000003 }).refusal).toMatchObject({
      rule: 'grant.consumer_org',
      error: 'consumerOrgFormat',
      reason: 'consumer_org must be a 9-digit organisation number as a string, got 319000003',
    });
  });

  it('refuses a consumer_org equal to the client’s own organisation', () => {
    expect(run({ consumer_org: '311000004' }).refusal?.error).toBe('consumerOrgOwn');
  });
});
