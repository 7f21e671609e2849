import { describe, expect, it } from 'vitest';
import { grantCtx, grantState, now, refusalOf } from '../../../test/grant-support.js';
import { timeWithinLimits } from './time.js';

const check = (payload: Record<string, unknown>, maxLifetimeSeconds = 120) => {
  const g = grantState({ payload });
  const refusal = refusalOf(() => timeWithinLimits(g, grantCtx({ maxLifetimeSeconds })));
  return { g, refusal };
};

describe('grant.time', () => {
  it('accepts a grant issued now for 120 s and remembers its exp', () => {
    const { g, refusal } = check({ iat: now, exp: now + 120 });
    expect(refusal).toBeUndefined();
    expect(g.exp).toBe(now + 120);
    expect(g.trail).toEqual([
      {
        rule: 'grant.time',
        result: 'pass',
        detail: `iat ${now}, exp ${now + 120}, lifetime 120 s`,
      },
    ]);
  });

  it('refuses a grant whose exp − iat exceeds 120 s, and takes a configured limit', () => {
    expect(check({ iat: now, exp: now + 180 }).refusal).toEqual({
      rule: 'grant.lifetime',
      error: 'lifetime',
      reason: 'exp − iat is 180 s, limit 120 s',
    });
    expect(check({ iat: now, exp: now + 180 }, 180).refusal).toBeUndefined();
  });

  it('refuses a grant whose exp is not after iat', () => {
    expect(check({ iat: now, exp: now }).refusal).toMatchObject({
      rule: 'grant.lifetime',
      error: 'invalidClaim',
    });
  });

  it('refuses a grant issued more than 10 s in the future', () => {
    expect(check({ iat: now + 11, exp: now + 60 }).refusal).toEqual({
      rule: 'grant.iat',
      error: 'iatFuture',
      reason: 'iat is 11 s in the future, limit 10 s',
    });
    expect(check({ iat: now + 10, exp: now + 60 }).refusal).toBeUndefined();
  });

  it('refuses a grant whose exp passed more than 10 s ago (MP-130)', () => {
    expect(check({ iat: now - 100, exp: now - 11 }).refusal).toMatchObject({
      rule: 'grant.exp',
      error: 'expired',
      reason: 'exp passed 11 s ago, limit 10 s',
    });
    expect(check({ iat: now - 100, exp: now - 10 }).refusal).toBeUndefined();
  });

  it('refuses a missing or non-numeric iat or exp', () => {
    expect(check({ exp: now }).refusal).toMatchObject({
      error: 'missingIat',
      reason: 'iat is missing',
    });
    expect(check({ iat: now, exp: '1' }).refusal).toMatchObject({
      error: 'missingExp',
      reason: 'exp is not a number ("1")',
    });
  });

  it('refuses an nbf in the future or not a number', () => {
    expect(check({ iat: now, exp: now + 60, nbf: now + 30 }).refusal).toMatchObject({
      rule: 'grant.nbf',
      error: 'invalidClaim',
    });
    expect(check({ iat: now, exp: now + 60, nbf: 'soon' }).refusal?.rule).toBe('grant.nbf');
    expect(check({ iat: now, exp: now + 60, nbf: now }).refusal).toBeUndefined();
  });
});
