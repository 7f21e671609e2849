import { describe, expect, it } from 'vitest';
import { controls, safeText } from '../http/describe.js';
import { maskPersonidentifikatorer } from '../http/personal-data.js';
import type { NewJournalEntry } from './journal.js';
import { isAlreadySafe, MAYBE_CONTROL, safeField, sanitiseEntry } from './sanitise.js';

/** The full treatment, without the shortcut: masked, escaped, cut. */
const treated = (text: string, max: number) =>
  safeText(maskPersonidentifikatorer(text.slice(0, max + 10)), max, text.length);

// Pieces that exercise each rule: synthetic and real-format numbers, runs of 10 and 12 digits,
// controls, the bidirectional overrides, Norwegian letters and plain words.
const PIECES = [
  '24928193493', // synthetic (month 92)
  '01013850011', // real format
  '0101385001', // 10 digits
  '010138500112', // 12 digits
  '7',
  '\n',
  '\x1b[2J',
  '\u2028',
  '\u202e',
  '\u200e',
  '\u200f',
  '\u2069',
  '\u0085',
  'ø',
  'Ærlig',
  ' ',
  '/summertskattegrunnlag/v2/oppgjoer/',
  'client 5f3c2a10-7b4e',
  '…',
];

/** Deterministic strings made of the pieces (mulberry32 from a fixed seed). */
function corpus(count: number): string[] {
  let state = 42;
  const next = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = next(6); i >= 0; i--) text += PIECES[next(PIECES.length)];
    return text;
  });
}

describe('isAlreadySafe', () => {
  it('looks closer at every code unit the full treatment escapes', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (controls.test(c) && !MAYBE_CONTROL.test(c)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(safeText('a\u061cb')).toBe('a\\u061cb');
  });

  it('is true only for text the full treatment leaves as it is', () => {
    let safe = 0;
    for (const text of corpus(5000))
      for (const max of [20, 60, 1000]) {
        if (!isAlreadySafe(text, max)) continue;
        safe++;
        expect(treated(text, max)).toBe(text);
      }
    expect(safe).toBeGreaterThan(500);
  });

  it('passes the usual fields: paths with a synthetic person, rule details, ids', () => {
    expect(
      isAlreadySafe(
        '/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2023/24928193493',
        1000,
      ),
    ).toBe(true);
    expect(
      isAlreadySafe('Fjellvik kommune (319000003) may read kommuneforeldrebetaling', 500),
    ).toBe(true);
    expect(isAlreadySafe('søknad for Ærlig', 100)).toBe(true);
  });

  it('sends real-format numbers, controls and long text to the full treatment', () => {
    expect(isAlreadySafe('person 01013850011 unknown', 100)).toBe(false);
    expect(isAlreadySafe('01013850011', 100)).toBe(false);
    expect(isAlreadySafe('kid x\nforged', 100)).toBe(false);
    expect(isAlreadySafe('right\u202eleft', 100)).toBe(false);
    expect(isAlreadySafe('x'.repeat(101), 100)).toBe(false);
  });
});

describe('safeField', () => {
  it('gives what the full treatment gives, for every text and limit', () => {
    for (const text of corpus(5000))
      for (const max of [5, 20, 60, 1000]) expect(safeField(text, max)).toBe(treated(text, max));
  });
});

describe('sanitiseEntry', () => {
  const entry = (rule: string, method: string, consumerOrg: string): NewJournalEntry => ({
    system: 'other',
    method,
    path: '/x',
    status: 200,
    outcome: 'ok',
    consumerOrg,
    trail: [
      { rule, result: 'pass' },
      { rule, result: 'info', detail: 'seen' },
    ],
    durationMs: 1,
  });

  it('treats the repeating short fields the same every time, safe or not', () => {
    for (let round = 0; round < 3; round++) {
      const unsafe = sanitiseEntry(entry('rule\n01013850011', 'G\u202eET', '01013850011'));
      expect(unsafe.trail.map((s) => s.rule)).toEqual([
        treated('rule\n01013850011', 100),
        treated('rule\n01013850011', 100),
      ]);
      expect(unsafe.method).toBe(treated('G\u202eET', 20));
      expect(unsafe.consumerOrg).toBe(treated('01013850011', 200));
      const real = {
        ...entry('r', 'GET', '1'),
        trail: [{ rule: 'r', result: 'info' as const, detail: 'pid 01013850011' }],
      };
      expect(sanitiseEntry(real).trail[0]?.detail).toBe(treated('pid 01013850011', 500));
      const safe = sanitiseEntry(entry('token', 'GET', '910000001'));
      expect(safe.trail.map((s) => s.rule)).toEqual(['token', 'token']);
      expect([safe.method, safe.consumerOrg]).toEqual(['GET', '910000001']);
    }
  });

  it('keeps a step that is safe already and copies one that is not', () => {
    const e = entry('token', 'GET', '910000001');
    expect(sanitiseEntry(e).trail[1]).toBe(e.trail[1]);
    const bad = { ...e, trail: [{ rule: 'r', result: 'info', detail: 'a\nb' } as const] };
    expect(sanitiseEntry(bad).trail[0]).toEqual({ rule: 'r', result: 'info', detail: 'a\\nb' });
  });
});
