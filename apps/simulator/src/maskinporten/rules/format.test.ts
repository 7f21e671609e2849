import { describe, expect, it } from 'vitest';
import { grantState, keys, refusalOf } from '../../../test/grant-support.js';
import { signJws } from '../jwt.js';
import { compactJws } from './format.js';
import { newGrantState } from './state.js';

describe('grant.format', () => {
  const good = signJws({ alg: 'RS256', kid: 'k1' }, { iss: 'c1' }, keys.privateKey);

  it('accepts a compact JWS and decodes its header and payload', () => {
    const g = newGrantState(good);
    compactJws(g);
    expect(g.jws?.header).toEqual({ alg: 'RS256', kid: 'k1' });
    expect(g.jws?.payload).toEqual({ iss: 'c1' });
    expect(g.trail).toEqual([{ rule: 'grant.format', result: 'pass' }]);
  });

  it('refuses a grant that is not a compact JWS (MP-011)', () => {
    for (const assertion of ['not-a-jwt', 'a.b', 'a.b.c.d', `${good}.x`, 'e30.W10.x']) {
      expect(refusalOf(() => compactJws(grantState({ assertion })))).toMatchObject({
        rule: 'grant.format',
        error: 'malformed',
      });
    }
  });

  it('refuses a grant with a stray newline or space instead of trimming it', () => {
    for (const assertion of [`${good}\n`, ` ${good}`]) {
      expect(refusalOf(() => compactJws(newGrantState(assertion)))?.error).toBe('malformed');
    }
  });
});
