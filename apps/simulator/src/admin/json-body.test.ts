import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepth } from './json-body.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('jsonDepth', () => {
  it('equals the nesting of any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(jsonDepth(bytes(JSON.stringify(value)), 100)).toBe(depthOf(value));
      }),
    );
  });

  it('skips brackets and escaped quotes inside strings', () => {
    expect(jsonDepth(bytes('{"a":"[[[{\\"]]]","b":["\\\\"]}'))).toBe(2);
  });

  it('stops counting just past the limit', () => {
    expect(jsonDepth(bytes('['.repeat(20_000)), 64)).toBe(65);
  });
});
