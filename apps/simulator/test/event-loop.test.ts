// Nothing blocks the event loop: certificate mints generate their RSA keys on libuv's thread pool,
// so a burst of them does not hold up the requests of everyone else sharing the simulator.
import { describe, expect, it } from 'vitest';
import { admin, startTestSimulator, type TestSimulator } from './helpers.js';

async function healthLatency(sim: TestSimulator): Promise<number> {
  const started = performance.now();
  const reply = await admin(sim, 'GET', '/health');
  expect(reply.status).toBe(200);
  return performance.now() - started;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

describe('the event loop', () => {
  it('a health request during twenty parallel certificate mints answers about as fast as when idle', async () => {
    const sim = await startTestSimulator();
    try {
      for (let i = 0; i < 5; i++) await healthLatency(sim); // warm-up
      const idle: number[] = [];
      for (let i = 0; i < 15; i++) idle.push(await healthLatency(sim));

      let minting = true;
      const mints = Promise.all(
        Array.from({ length: 20 }, () =>
          admin(sim, 'POST', '/certificates', { orgnr: '311000004' }),
        ),
      ).finally(() => {
        minting = false;
      });
      const during: number[] = [];
      while (minting) {
        during.push(await healthLatency(sim));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const minted = await mints;
      expect(minted.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(minted[0]?.body).toMatchObject({ privateKeyPem: expect.any(String) });

      // A ratio to the idle latency measured here, not a wall-clock limit: generous enough for a
      // loaded machine (a mint finishing on the loop costs a few milliseconds), while a
      // synchronous key generation holds a health request for a whole key or more (40× idle and up).
      const ratio = median(during) / median(idle);
      expect(
        ratio,
        `health during the burst (ms): ${during.map((t) => t.toFixed(0)).join(', ')}; idle median ${median(idle).toFixed(1)} ms`,
      ).toBeLessThan(20);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
