import { describe, expect, it } from 'vitest';
import { ReplayCache, ReplayCacheFull } from './replay-cache.js';

const fullError = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('the replay cache', () => {
  it('refuses a new grant id while it is full of live ones, and says when to try again', () => {
    const cache = new ReplayCache(100);
    for (let i = 0; i < 100; i++) cache.remember(`c|${i}`, 10_000 + i, 0);
    const error = fullError(() => cache.remember('c|new', 20_000, 5_000));
    expect(error).toBeInstanceOf(ReplayCacheFull);
    expect((error as ReplayCacheFull).retryAtMs).toBe(10_000);
    expect(cache.size).toBe(100);
    // Still refused without a scan before that instant, and accepted from it.
    expect(fullError(() => cache.remember('c|new', 20_000, 9_999))).toBeInstanceOf(ReplayCacheFull);
    expect(cache.remember('c|new', 20_000, 10_000)).toBe(true);
  });

  it('never forgets a live id, so a flood cannot make an old grant replayable', () => {
    const cache = new ReplayCache(100);
    expect(cache.remember('c|victim', 100_000, 0)).toBe(true);
    for (let i = 0; i < 1_000; i++) fullError(() => cache.remember(`c|flood${i}`, 100_000, 1));
    expect(cache.remember('c|victim', 100_000, 2)).toBe(false);
  });

  it('makes room from expired ids wherever they sit, not only at the front', () => {
    const cache = new ReplayCache(3);
    cache.remember('a', 50_000, 0);
    cache.remember('b', 1_000, 0);
    cache.remember('c', 50_000, 0);
    expect(cache.remember('d', 50_000, 2_000)).toBe(true);
    expect(cache.size).toBe(3);
  });

  it('answers a replay as a replay, not as full, when the cache is full', () => {
    const cache = new ReplayCache(100);
    for (let i = 0; i < 100; i++) cache.remember(`c|${i}`, 10_000, 0);
    expect(cache.remember('c|7', 10_000, 1)).toBe(false);
  });
});
