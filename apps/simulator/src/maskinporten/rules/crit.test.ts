import { describe, expect, it } from 'vitest';
import { grantState, refusalOf } from '../../../test/grant-support.js';
import { noCriticalExtensions } from './crit.js';

const check = (header: Record<string, unknown>) =>
  refusalOf(() =>
    noCriticalExtensions(grantState({ header: { alg: 'RS256', kid: 'k1', ...header } })),
  );

describe('grant.crit', () => {
  it('lets a grant without crit pass', () => {
    expect(check({})).toBeUndefined();
  });

  it('refuses a crit extension it does not understand as an invalid JWS (MP-124)', () => {
    expect(check({ crit: ['b64'], b64: false })).toEqual({
      rule: 'grant.crit',
      error: 'signature',
      reason: 'crit names b64, not understood here (RFC 7515 §4.1.11 makes the JWS invalid)',
    });
  });

  it('refuses a malformed crit as a malformed grant (MP-011)', () => {
    const cases: [unknown, string][] = [
      ['x', 'crit must be an array of header names, got "x"'],
      [null, 'crit must be an array of header names, got null'],
      [[], 'crit must not be an empty array'],
      [[''], 'crit must list header names as non-empty strings, got ""'],
      [[['x']], 'crit must list header names as non-empty strings, got an array of 1 item'],
      [['x', 'x'], 'crit names "x" twice'],
      [['alg'], 'crit names "alg", which RFC 7515 defines itself'],
      [['y'], 'crit names "y", which is not in the header'],
    ];
    for (const [crit, reason] of cases) {
      expect(check({ crit, x: 1 })).toEqual({ rule: 'grant.crit', error: 'malformed', reason });
    }
  });
});
