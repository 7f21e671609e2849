import { describe, expect, it } from 'vitest';
import type { VerifiedToken } from '../context.js';
import { verifiedTokenCache } from './auth.js';

const token: VerifiedToken = {
  claims: {},
  exp: 0,
  scopes: [],
  consumerOrg: undefined,
  supplierOrg: undefined,
  clientId: undefined,
};

describe('the verified-token cache', () => {
  it('stays within its byte budget under a flood of distinct tokens', () => {
    const cache = verifiedTokenCache(1024 * 1024);
    for (let i = 0; i < 5_000; i++) cache.set(`${'h'.repeat(900)}.${i}`, token);
    expect(cache.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(cache.size).toBeLessThan(5_000);
    expect(cache.get(`${'h'.repeat(900)}.4999`)).toBe(token);
  });
});
