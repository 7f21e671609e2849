import { describe, expect, it } from 'vitest';
import { negotiate } from './negotiate.js';

describe('content negotiation', () => {
  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['*/*', 'json'],
    ['application/*', 'json'],
    ['application/json', 'json'],
    ['application/xml', 'xml'],
    ['application/xml, */*', 'xml'],
    ['application/json, application/xml', 'json'],
    ['application/json;q=0.5, application/xml', 'xml'],
    ['application/xml;q=0, application/json', 'json'],
    ['text/xml', undefined],
    ['text/csv', undefined],
    ['application/xml;q=0', undefined],
  ])('Accept %j gives %s', (accept, expected) => {
    expect(negotiate(accept)).toBe(expected);
  });
});
