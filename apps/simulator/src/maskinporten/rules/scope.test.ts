import { describe, expect, it } from 'vitest';
import { client, grantState, refusalOf } from '../../../test/grant-support.js';
import { scopesRegistered } from './scope.js';

const run = (scope: unknown) => {
  const g = grantState({ payload: { scope }, client });
  return { g, refusal: refusalOf(() => scopesRegistered(g)) };
};

describe('grant.scope', () => {
  it('accepts registered scopes, once each', () => {
    const { g, refusal } = run(' skatteetaten:inntekt  skatteetaten:inntekt ');
    expect(refusal).toBeUndefined();
    expect(g.scopes).toEqual(['skatteetaten:inntekt']);
  });

  it('refuses a scope not registered on the client, naming it (MP-200)', () => {
    expect(run('skatteetaten:inntekt nav:aareg').refusal).toEqual({
      rule: 'grant.scope',
      error: 'scopeNotAllowed',
      reason: 'scope nav:aareg is not registered on client c1 (registered: skatteetaten:inntekt)',
      description: 'Token request contains invalid scopes for client, nav:aareg',
    });
  });

  it('refuses a missing or empty scope', () => {
    for (const scope of [undefined, '', '  ', ['skatteetaten:inntekt']]) {
      expect(run(scope).refusal?.error).toBe('missingScope');
    }
  });
});
