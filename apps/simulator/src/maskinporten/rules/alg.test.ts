import { describe, expect, it } from 'vitest';
import { grantState, refusalOf } from '../../../test/grant-support.js';
import { rsaAlgorithm } from './alg.js';

describe('grant.alg', () => {
  it('accepts RS256, RS384 and RS512', () => {
    for (const alg of ['RS256', 'RS384', 'RS512']) {
      const g = grantState({ header: { alg } });
      rsaAlgorithm(g);
      expect(g.alg).toBe(alg);
    }
  });

  it('refuses none, HMAC, EC and PSS algorithms as an unverifiable signature (MP-124)', () => {
    for (const alg of ['none', 'HS256', 'ES256', 'PS256', 'rs256']) {
      expect(refusalOf(() => rsaAlgorithm(grantState({ header: { alg } })))).toMatchObject({
        rule: 'grant.alg',
        error: 'signature',
        reason: `alg "${alg}" is not accepted; Maskinporten accepts RS256, RS384, RS512`,
      });
    }
  });

  it('describes an alg nested 6,000 deep by its type instead of overflowing the stack', () => {
    const alg = JSON.parse(`${'['.repeat(6000)}1${']'.repeat(6000)}`);
    expect(refusalOf(() => rsaAlgorithm(grantState({ header: { alg } })))?.reason).toBe(
      'alg an array of 1 item is not accepted; Maskinporten accepts RS256, RS384, RS512',
    );
    expect(refusalOf(() => rsaAlgorithm(grantState({ header: {} })))?.reason).toMatch(
      /^alg is missing;/,
    );
  });
});
