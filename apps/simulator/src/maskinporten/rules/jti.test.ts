import { describe, expect, it } from 'vitest';
import { client, grantCtx, grantState, now, refusalOf } from '../../../test/grant-support.js';
import { notReplayed } from './jti.js';

const state = (payload: Record<string, unknown>, assertion = 'h.p.s') =>
  grantState({ payload, assertion, client, exp: now + 60 });

describe('grant.jti', () => {
  it('refuses a jti used before by the same client (MP-012)', () => {
    const ctx = grantCtx();
    expect(refusalOf(() => notReplayed(state({ jti: 'a' }), ctx))).toBeUndefined();
    expect(refusalOf(() => notReplayed(state({ jti: 'a' }), ctx))).toEqual({
      rule: 'grant.jti',
      error: 'replay',
      reason: 'jti reused: a was used before by client c1',
    });
  });

  it('refuses the identical grant without jti sent twice', () => {
    const ctx = grantCtx();
    notReplayed(state({}), ctx);
    expect(refusalOf(() => notReplayed(state({}), ctx))?.reason).toBe(
      'this exact grant (no jti) was used before',
    );
  });

  it('requires jti only when configured', () => {
    expect(refusalOf(() => notReplayed(state({}), grantCtx({ requireJti: true })))).toMatchObject({
      error: 'missingJti',
    });
  });

  it('refuses a jti that is empty or not a string', () => {
    for (const jti of ['', 7, ['a']]) {
      expect(refusalOf(() => notReplayed(state({ jti }), grantCtx()))?.error).toBe('invalidClaim');
    }
  });
});
