import { describe, expect, it } from 'vitest';
import { grantState, refusalOf } from '../../../test/grant-support.js';
import { onlyDocumentedClaims } from './claims.js';

const check = (payload: Record<string, unknown>) =>
  refusalOf(() => onlyDocumentedClaims(grantState({ payload })));

describe('grant.claims', () => {
  it('tolerates sub and nbf next to the documented claims', () => {
    expect(check({ iss: 'c1', aud: 'a', scope: 's', iat: 1, exp: 2, sub: 'c1', nbf: 1 })).toBe(
      undefined,
    );
  });

  it('refuses claims outside the documented list and points out consumer_orgno', () => {
    expect(check({ iss: 'c1', consumer_orgno: '319000003', foo: 1 })).toEqual({
      rule: 'grant.claims',
      error: 'unknownClaims',
      reason: 'claims not allowed in a grant: consumer_orgno, foo (the claim is consumer_org)',
      description:
        'Invalid assertion. The JWT contains claims that are not allowed: consumer_orgno, foo',
    });
  });
});
