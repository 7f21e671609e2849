import { describe, expect, it } from 'vitest';
import { rsaAlgorithm } from './alg.js';
import { audIsTheIssuer } from './aud.js';
import { noCriticalExtensions } from './crit.js';
import { compactJws } from './format.js';
import { grantRules } from './index.js';
import { notReplayed } from './jti.js';
import { consumerGranted } from './onboarding.js';
import { signatureVerifies } from './signature.js';
import { timeWithinLimits } from './time.js';

const at = (rule: unknown) => grantRules.indexOf(rule as (typeof grantRules)[number]);

describe('the order of the grant rules', () => {
  it('reads the grant before trusting it, and checks replay only for a verified, timely grant', () => {
    expect(at(compactJws)).toBe(0);
    expect(at(rsaAlgorithm)).toBeLessThan(at(signatureVerifies));
    expect(at(noCriticalExtensions)).toBeLessThan(at(signatureVerifies));
    expect(at(signatureVerifies)).toBeLessThan(at(audIsTheIssuer));
    // A grant refused for its time must not use up its jti; a replay is found before any scope
    // or delegation lookup.
    expect(at(timeWithinLimits)).toBeLessThan(at(notReplayed));
    expect(at(notReplayed)).toBeLessThan(at(consumerGranted));
  });
});
