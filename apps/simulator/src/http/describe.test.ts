import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import { describe, escapeControls, safeText } from './describe.js';

group('escapeControls', () => {
  it('writes newline, carriage return, ESC and the line separator as escapes', () => {
    expect(escapeControls('a\nb\r\x1b[31mc\u2028d')).toBe('a\\nb\\r\\x1b[31mc\\u2028d');
  });

  it('keeps Norwegian letters and ordinary text as they are', () => {
    expect(escapeControls('Fjellvik kommune – påkobling for Inntekt')).toBe(
      'Fjellvik kommune – påkobling for Inntekt',
    );
  });

  it('never leaves a control character in its output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const controls = [...escapeControls(s)].filter((c) => {
          const code = c.codePointAt(0) as number;
          return (
            code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
          );
        });
        expect(controls).toEqual([]);
      }),
    );
  });
});

group('safeText', () => {
  it('cuts a 44 KB value to the limit and names its length', () => {
    const text = safeText('x'.repeat(44_000), 100);
    expect(text).toBe(`${'x'.repeat(100)}… (44000 characters)`);
  });

  it('stays within the limit even when every character needs an escape', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.integer({ min: 1, max: 500 }),
        (s, max) => {
          expect(safeText(s, max).length).toBeLessThanOrEqual(max + 6 + 30);
        },
      ),
    );
  });
});

group('describe', () => {
  it('quotes a short string with its control characters and quotes escaped', () => {
    expect(describe('ab"c\n')).toBe('"ab\\"c\\n"');
  });

  it('cuts a long string and names its type and length', () => {
    expect(describe('a'.repeat(44_012), 4)).toBe('"aaaa"… (a string of 44012 characters)');
  });

  it('describes arrays and objects by size without walking them', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(describe(deep)).toBe('an array of 1 item');
    expect(describe({ a: 1, b: 2 })).toBe('an object with 2 keys');
    expect(describe([])).toBe('an empty array');
  });

  it('writes numbers, booleans, null and a missing value plainly', () => {
    expect([describe(12), describe(false), describe(null), describe(undefined)]).toEqual([
      '12',
      'false',
      'null',
      'nothing',
    ]);
  });
});
