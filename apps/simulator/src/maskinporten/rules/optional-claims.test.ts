import { describe, expect, it } from 'vitest';
import { grantState, refusalOf } from '../../../test/grant-support.js';
import {
  noAuthorizationDetails,
  noIssOnBehalfOf,
  pidIsPersonNumber,
  resourceIsUri,
} from './optional-claims.js';

const state = (payload: Record<string, unknown>) => grantState({ payload });

describe('grant.authorization_details', () => {
  it('refuses an unknown type (MP-301) and the known ones as no system user (MP-303)', () => {
    const check = (authorization_details: unknown) =>
      refusalOf(() => noAuthorizationDetails(state({ authorization_details })));
    expect(check([{ type: 'urn:other' }])).toMatchObject({
      error: 'unknownDetailsType',
      reason: 'authorization_details type urn:other is unknown',
    });
    expect(check({ type: 'urn:altinn:systemuser' })?.error).toBe('unknownDetailsType');
    expect(check([{ type: 'urn:altinn:systemuser' }])?.error).toBe('noSystemUser');
    expect(check(undefined)).toBeUndefined();
  });
});

describe('grant.iss_onbehalfof', () => {
  it('refuses the deprecated internal delegation', () => {
    expect(refusalOf(() => noIssOnBehalfOf(state({ iss_onbehalfof: 'x' })))?.error).toBe(
      'invalidClaim',
    );
  });
});

describe('grant.pid', () => {
  it('refuses a pid that is not 11 digits', () => {
    expect(refusalOf(() => pidIsPersonNumber(state({ pid: '1234' })))?.rule).toBe('grant.pid');
    expect(refusalOf(() => pidIsPersonNumber(state({ pid: '01010112345' })))).toBeUndefined();
  });
});

describe('grant.resource', () => {
  it('accepts a URI as a string or an array, refuses an empty array or a non-URI', () => {
    const check = (resource: unknown) => refusalOf(() => resourceIsUri(state({ resource })));
    expect(check('https://api.example.test/')).toBeUndefined();
    expect(check(['https://api.example.test/'])).toBeUndefined();
    expect(check([])?.error).toBe('invalidClaim');
    expect(check('not a uri')?.error).toBe('invalidClaim');
  });
});
