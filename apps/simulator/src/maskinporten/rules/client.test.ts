import { describe, expect, it } from 'vitest';
import { client, grantCtx, grantState, refusalOf } from '../../../test/grant-support.js';
import { registeredClient } from './client.js';

describe('grant.iss', () => {
  it('finds the client named by iss', () => {
    const g = grantState({ payload: { iss: 'c1' } });
    registeredClient(g, grantCtx());
    expect(g.client).toBe(client);
  });

  it('refuses a grant whose iss is no registered client (MP-100)', () => {
    expect(
      refusalOf(() => registeredClient(grantState({ payload: { iss: 'c2' } }), grantCtx())),
    ).toEqual({
      rule: 'grant.iss',
      error: 'clientNotFound',
      reason: 'no client with client_id "c2" (iss must be the client_id)',
    });
  });

  it('refuses a grant without iss (MP-100)', () => {
    expect(refusalOf(() => registeredClient(grantState(), grantCtx()))?.reason).toBe(
      'iss is missing; it must be the client_id',
    );
  });
});
