import { describe, expect, it } from 'vitest';
import { bare, bareList, quote } from './quote.js';

describe('quoting a client’s value in a refusal', () => {
  it('quotes strings, describes other values by type and size', () => {
    expect(quote('https://test.maskinporten.no/')).toBe('"https://test.maskinporten.no/"');
    expect(quote(['a', 'b'])).toBe('an array of 2 items');
    expect(quote(12)).toBe('12');
  });

  it('cuts a long value and names its length', () => {
    expect(quote('x'.repeat(44_000))).toBe(`"${'x'.repeat(100)}"… (a string of 44000 characters)`);
    expect(bare('x'.repeat(44_000))).toBe(`${'x'.repeat(100)}… (44000 characters)`);
  });

  it('escapes control characters', () => {
    expect(bare('a\nb\x1b[31m')).toBe('a\\nb\\x1b[31m');
  });

  it('names at most ten items of a list and how many there were', () => {
    const names = Array.from({ length: 12 }, (_, i) => `c${i}`);
    expect(bareList(names)).toBe('c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, … (12 in all)');
    expect(bareList(['consumer_orgno'])).toBe('consumer_orgno');
  });
});
