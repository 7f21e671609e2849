import { describe, expect, it } from 'vitest';
import { grantCtx, grantState, issuer, refusalOf } from '../../../test/grant-support.js';
import { audIsTheIssuer } from './aud.js';

const reasonFor = (aud: unknown) =>
  refusalOf(() => audIsTheIssuer(grantState({ payload: { aud } }), grantCtx()));

describe('grant.aud', () => {
  it('accepts exactly the issuer', () => {
    expect(reasonFor(issuer)).toBeUndefined();
  });

  it('refuses the token endpoint, a missing slash, an array, another issuer (MP-110)', () => {
    expect(reasonFor(`${issuer}token`)).toMatchObject({ rule: 'grant.aud', error: 'aud' });
    expect(reasonFor(`${issuer}token`)?.reason).toMatch(/^aud is the token endpoint/);
    expect(reasonFor(issuer.slice(0, -1))?.reason).toMatch(/lacks the issuer's trailing slash/);
    expect(reasonFor([issuer])?.reason).toMatch(/^aud must be a single value/);
    expect(reasonFor('https://test.maskinporten.no/')?.reason).toBe(
      `aud "https://test.maskinporten.no/" is not the issuer ${issuer}`,
    );
    expect(reasonFor(undefined)?.reason).toBe('aud is missing');
  });
});
