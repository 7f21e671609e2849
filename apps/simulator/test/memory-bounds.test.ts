// Memory is bounded by bytes, not entries: a client that sweeps thousands of periods cannot grow
// the process without bound (issue 8, item 1; the replay cache: replay-flood.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, demoPerson, get, startTestSimulator, type TestSimulator } from './helpers.js';

const BUDGET = 2 * 1024 * 1024;
let sim: TestSimulator;
let token: string;
let employee: string;
beforeAll(async () => {
  sim = await startTestSimulator({ cacheMaxBytes: BUDGET });
  token = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
  employee = demoPerson(sim, /employee with salary/);
});
afterAll(() => sim.close());

const inntekter = (fraOgMed: string, tilOgMed: string, accept = 'application/json') =>
  get(
    sim,
    `/inntekt/v1/kommuneBoligsosialeFormaal/${employee}/inntekter?fraOgMed=${fraOgMed}&tilOgMed=${tilOgMed}`,
    { authorization: `Bearer ${token}`, accept },
  );
const month = (i: number) =>
  `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

describe('the answer cache', () => {
  it('stays within its byte budget over a sweep of periods, alternating JSON and XML', async () => {
    for (let i = 0; i < 60; i++) {
      const r = await inntekter(
        month(i),
        '2026-05',
        i % 2 === 0 ? 'application/json' : 'application/xml',
      );
      expect(r.status).toBe(200);
    }
    expect(sim.ctx.answers.bytes).toBeGreaterThan(BUDGET / 2);
    expect(sim.ctx.answers.bytes).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps one entry for periods that differ only outside the months with data', async () => {
    sim.ctx.answers.clear();
    const bodies = new Set<string>();
    for (const [from, to] of [
      ['1926-06', '2026-05'],
      ['2015-01', '2099-12'],
      ['2001-01', '2030-01'],
      ['2015-01', '2026-05'],
    ] as const)
      bodies.add((await inntekter(from as string, to as string)).text);
    expect(bodies.size).toBe(1);
    expect(sim.ctx.answers.size).toBe(1);
  });
});
