import { describe, expect, it } from 'vitest';
import { grantState, refusalOf } from '../../../test/grant-support.js';
import { headerMembersWellFormed } from './header.js';

const check = (header: Record<string, unknown>) =>
  refusalOf(() => headerMembersWellFormed(grantState({ header: { alg: 'RS256', ...header } })));

describe('grant.x5c and grant.kid shapes', () => {
  it('refuses an x5c that is a string, empty, or holds other values (MP-123)', () => {
    expect(check({ x5c: 'MIIB' })).toMatchObject({
      rule: 'grant.x5c',
      error: 'x5cFormat',
      reason: 'x5c must be a non-empty array of base64 DER certificates, got string',
    });
    expect(check({ x5c: [] })?.error).toBe('x5cFormat');
    expect(check({ x5c: [1] })?.reason).toMatch(/got an array of other values$/);
  });

  it('refuses a kid that is empty or not a string as a malformed grant (MP-011)', () => {
    for (const kid of ['', 7, ['k1']]) {
      expect(check({ kid })).toMatchObject({ rule: 'grant.kid', error: 'malformed' });
    }
  });

  it('leaves which key is meant to signingKey', () => {
    expect(check({ kid: 'k1' })).toBeUndefined();
    expect(check({ x5c: ['MIIB'] })).toBeUndefined();
  });
});
