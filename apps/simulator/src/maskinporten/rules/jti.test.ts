import { describe, expect, it } from 'vitest';
import { client, grantCtx, grantState, now, refusalOf } from '../../../test/grant-support.js';
import { notReplayed, replayKey, replayUntilMs } from './jti.js';

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

  it('keeps a grant replayed in its last second (exp + skew) refused until it expires', () => {
    const exp = now - 10;
    expect(replayUntilMs(exp, 10)).toBe((now + 1) * 1000);
    // Half a second into the last second the grant is accepted in: still a replay.
    const ctx = grantCtx({ nowMs: now * 1000 + 500 });
    const last = () => grantState({ payload: { jti: 'a' }, client, exp });
    notReplayed(last(), ctx);
    expect(refusalOf(() => notReplayed(last(), ctx))?.error).toBe('replay');
  });

  it('keys a grant without jti on its signed part, not on the malleable signature encoding', () => {
    const ctx = grantCtx();
    notReplayed(state({}, 'h.p.AAAQ'), ctx);
    expect(refusalOf(() => notReplayed(state({}, 'h.p.AAAR'), ctx))?.error).toBe('replay');
    expect(replayKey('c1', undefined, 'h.p')).toBe(replayKey('c1', undefined, 'h.p'));
    expect(replayKey('c1', undefined, 'h.p')).not.toBe(replayKey('c1', undefined, 'h.q'));
  });

  it('keeps a replay entry small whatever the jti’s length', () => {
    expect(replayKey('c1', 'x'.repeat(40_000), '').length).toBeLessThan(100);
    expect(replayKey('c1', 'abc', '')).toBe('c1|jti:abc');
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
