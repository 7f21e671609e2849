// An unexpected error inside a Skatteetaten handler (a bug, not a client mistake) answers the
// API's own 500 code and is journalled as a fault, never a stack trace or a dropped connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, demoPerson, get, startTestSimulator, type TestSimulator } from './helpers.js';

describe('an unexpected error in a handler', () => {
  let sim: TestSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it("answers the API's 500 code, journalled as a fault under the endpoint's system", async () => {
    const pid = demoPerson(sim, /employee with salary/);
    const data = sim.ctx.data;
    const original = data.sisteTilgjengeligeInntektsaar;
    data.sisteTilgjengeligeInntektsaar = () => {
      throw new Error('broken on purpose');
    };
    try {
      const r = await get(sim, `/sistetilgjengeligeskatteoppgjoer/v1/${pid}`, {
        authorization: `Bearer ${await accessToken(sim)}`,
      });
      expect([r.status, r.json().kode]).toEqual([500, 'TD-001']);
    } finally {
      data.sisteTilgjengeligeInntektsaar = original;
    }
    expect(sim.ctx.journal.list({ limit: 1 })[0]).toMatchObject({
      system: 'summertskattegrunnlag',
      status: 500,
      outcome: 'fault',
      kode: 'TD-001',
      reason: 'simulator error: broken on purpose',
    });
  });
});
