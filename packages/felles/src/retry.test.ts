import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryableStatus, retryAfterMs, retryPolicy } from './retry.js';

const now = Date.parse('2026-11-26T10:00:00Z');

describe('retryAfterMs', () => {
  it.each([
    ['0', 0],
    ['3', 3_000],
    [' 120 ', 120_000],
  ])('reads delay-seconds %j as %d ms', (value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });

  it.each([
    ['Thu, 26 Nov 2026 10:00:05 GMT', 5_000],
    ['Thursday, 26-Nov-26 10:00:07 GMT', 7_000],
    ['Thu Nov 26 10:00:09 2026', 9_000],
    ['Thu, 26 Nov 2026 09:00:00 GMT', 0],
  ])(
    'reads the HTTP-date %j as the wait until then (%d ms; a past date is now)',
    (value, expected) => {
      expect(retryAfterMs(value, now)).toBe(expected);
    },
  );

  it.each([null, '', '-1', '1.5', 'soon', '2026-11-26T10:00:05Z', 'Thu, 26 Nov 2026 10:00:05 CET'])(
    'gives undefined for %j, which is neither form',
    (value) => {
      expect(retryAfterMs(value, now)).toBeUndefined();
    },
  );
});

describe('backoffMs', () => {
  const policy = { baseDelayMs: 500, maxDelayMs: 3_000 };

  it('waits a random time up to base · 2^(attempt−1), capped at maxDelayMs', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy, () => 1))).toEqual([
      500, 1_000, 2_000, 3_000, 3_000,
    ]);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
    expect(backoffMs(3, policy, () => 0.5)).toBe(1_000);
  });
});

describe('retryPolicy', () => {
  it('is off (one attempt) unless asked for', () => {
    expect(retryPolicy(undefined).attempts).toBe(1);
    expect(retryPolicy(false).attempts).toBe(1);
    expect(retryPolicy(true)).toMatchObject({ attempts: 3, baseDelayMs: 500, maxDelayMs: 30_000 });
  });

  it('refuses options that make no sense, naming the option', () => {
    expect(() => retryPolicy({ attempts: 0 })).toThrow(
      'retry.attempts must be an integer >= 1, got 0',
    );
    expect(() => retryPolicy({ attempts: 2.5 })).toThrow('retry.attempts');
    expect(() => retryPolicy({ baseDelayMs: -1 })).toThrow('retry.baseDelayMs');
    expect(() => retryPolicy({ maxDelayMs: Number.NaN })).toThrow('retry.maxDelayMs');
  });
});

describe('isRetryableStatus', () => {
  it('is true for 5xx and 429 only', () => {
    expect([500, 502, 503, 504, 429].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 406, 410].some(isRetryableStatus)).toBe(false);
  });
});
