import { describe, expect, it } from 'vitest';
import { keyBase, keyedRng, scopedRng } from './random.js';

describe('keyed generators', () => {
  it("give the same draws from a person's key base as from the whole key", () => {
    for (const [seed, pid] of [
      ['s', '12345678901'],
      ['a "quoted" seed, with commas', '01017012345'],
      ['', ''],
    ] as const) {
      const base = keyBase(seed, pid);
      for (const scope of [
        ['profil'],
        ['maaned', 24_289, 'jobb', 1],
        ['aar', 2024, 'konto', 0],
        [],
        // Parts the key text writes by hand and parts it leaves to JSON.stringify.
        ['a "quoted", part\\', -0, 0.1, 1e21, 'æ\n', 'x-y.z:1/2 w_3'],
      ] as const) {
        const a = keyedRng(seed, pid, ...scope);
        const b = scopedRng(base, ...scope);
        for (let i = 0; i < 5; i++) expect(b()).toBe(a());
      }
    }
  });

  it('differ by every part of the key, and stay in [0, 1)', () => {
    const first = (...parts: Parameters<typeof keyedRng>) => keyedRng(...parts)();
    const values = [
      first('s', 'p', 'x', 1),
      first('s', 'p', 'x', '1'),
      first('s', 'p', 'x,1'),
      first('t', 'p', 'x', 1),
      first('s', 'q', 'x', 1),
    ];
    expect(new Set(values).size).toBe(values.length);
    const rng = keyedRng('s', 'p');
    for (let i = 0; i < 10_000; i++) {
      const v = rng();
      expect(v >= 0 && v < 1).toBe(true);
    }
  });

  it('keep the draws they always gave (the same seed gives the same data)', () => {
    // First two draws × 2³², pinned from the implementation that hashed the key's JSON text.
    const draws = (rng: () => number) => [rng(), rng()].map((v) => Math.round(v * 2 ** 32));
    const pid = '12345678901';
    expect(draws(keyedRng('s', pid, 'profil'))).toEqual([3126815005, 122633509]);
    expect(draws(keyedRng('s', pid, 'maaned', 24_289, 'jobb', 1))).toEqual([374503103, 2866141408]);
    const odd = ['a "quoted", part\\', -0, 0.1, 1e21, 'æ\n', 'x-y.z:1/2 w_3'] as const;
    expect(draws(keyedRng('s', pid, ...odd))).toEqual([288058181, 3979952183]);
    expect(draws(keyedRng('s', pid, Infinity, Number.NaN, '\u2028', -5))).toEqual([
      1708494241, 641895258,
    ]);
    const quotedSeed = keyBase('a "quoted" seed, with commas', '01017012345');
    expect(draws(scopedRng(quotedSeed, 'oppgjoer-publisert', 2023))).toEqual([
      1923180135, 3001812455,
    ]);
    expect(draws(keyedRng('demo', '\ud800x', 'profil'))).toEqual([3768957187, 1224041280]);
  });
});
