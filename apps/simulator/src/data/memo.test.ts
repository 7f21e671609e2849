import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './memo.js';

describe('BoundedMemo', () => {
  it('computes a key once while it is held, and lets the oldest go first when full', () => {
    const memo = new BoundedMemo<string, number>(3);
    const computed: string[] = [];
    const get = (key: string) =>
      memo.get(key, () => {
        computed.push(key);
        return key.length;
      });
    for (const key of ['a', 'bb', 'a', 'ccc', 'dddd', 'bb', 'a']) get(key);
    // 'a' was first in, so 'dddd' pushed it out; a hit does not refresh it.
    expect(computed).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
    expect(memo.size).toBe(3);
    get('bb'); // pushed out by the second 'a'
    expect(computed.at(-1)).toBe('bb');
  });

  it('holds at most its limit over many keys, and keeps the newest', () => {
    const memo = new BoundedMemo<number, number>(100);
    for (let i = 0; i < 10_000; i++) memo.get(i, () => i);
    expect(memo.size).toBe(100);
    let computed = 0;
    for (let i = 9_900; i < 10_000; i++) memo.get(i, () => ++computed);
    expect(computed).toBe(0);
    memo.get(9_899, () => ++computed);
    expect(computed).toBe(1);
  });

  it('remembers nothing with a limit of 0', () => {
    const memo = new BoundedMemo<string, number>(0);
    let computed = 0;
    memo.get('a', () => ++computed);
    memo.get('a', () => ++computed);
    expect([computed, memo.size]).toEqual([2, 0]);
  });
});
