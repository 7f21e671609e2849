// A flood of unique grants cannot make the replay cache forget a grant that is still live: when
// it is full of live ids, new grants are refused for now (503) and a replay is still refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grant, postToken, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ jtiCacheSize: 100 });
});
afterAll(() => sim.close());

describe('the replay cache', () => {
  it('refuses new grants with 503 temporarily_unavailable when full of live ids, and still refuses a replay', async () => {
    const first = grant(sim);
    expect((await postToken(sim, first)).status).toBe(200);
    while (sim.ctx.store.jtiCount() < 100)
      expect((await postToken(sim, grant(sim))).status).toBe(200);
    const full = await postToken(sim, grant(sim));
    expect(full.status).toBe(503);
    expect(full.body.error).toBe('temporarily_unavailable');
    expect(full.body.error_uri).toBeUndefined();
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(full.headers.get('x-skattedeling-simulator-reason')).toMatch(/replay cache/);
    const replay = await postToken(sim, first);
    expect(replay.status).toBe(400);
    expect(replay.body.error_uri).toBe(`${sim.ctx.urls.issuer}errors/MP-012`);
  });
});
