// The test harness as a vendor's suite uses it: startSimulator() from the package's entry, a token
// for a municipality, a call to the API, the journal since the last look, a per-test fault taken
// away by reset(), the typed admin client, and `await using`.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type SimulatorHarness,
  StartError,
  startSimulator,
  TokenRefusedError,
} from '../src/index.js';

const fjellvik = '319000003';
const strandvik = '319000011';
let sim: SimulatorHarness;

beforeAll(async () => {
  sim = await startSimulator({ today: '2025-12-01' });
});
afterEach(async () => {
  await sim.reset();
});
afterAll(async () => {
  await sim.close();
});

async function foreldrebetaling(token: string): Promise<Response> {
  const pid = sim.demo?.persons[0]?.personidentifikator;
  return fetch(
    `${sim.urls.summertSkattegrunnlag}/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
}

describe('startSimulator (test harness)', () => {
  it('listens on 127.0.0.1 with a free port and keeps its files in a temporary folder', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.url).not.toBe('http://127.0.0.1:5280');
    expect(sim.urls.maskinporten).toBe(`${sim.url}/maskinporten/`);
    expect(sim.config.stateDir.startsWith(tmpdir())).toBe(true);
    expect(sim.demo?.files.privateKey.startsWith(sim.config.stateDir)).toBe(true);
  });

  it('gets a token for a municipality that the API accepts', async () => {
    const token = await sim.token({
      consumerOrg: fjellvik,
      scope: 'skatteetaten:summertskattegrunnlag',
    });
    const response = await foreldrebetaling(token);
    expect(response.status).toBe(200);
  });

  it('rejects a token the simulator refuses with its status and reason', async () => {
    const refused = await sim
      .token({ consumerOrg: strandvik, scope: 'skatteetaten:inntekt' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TokenRefusedError);
    expect(refused).toMatchObject({ status: 403 });
    expect((refused as TokenRefusedError).reason).toMatch(/Strandvik kommune/);
  });

  it('journal.take() returns the entries since the last take, oldest first', async () => {
    await sim.journal.take();
    const token = await sim.token({ consumerOrg: fjellvik });
    await foreldrebetaling(token);
    const entries = await sim.journal.take();
    expect(entries.map((e) => [e.system, e.outcome])).toEqual([
      ['maskinporten', 'ok'],
      ['summertskattegrunnlag', 'ok'],
    ]);
    expect(await sim.journal.take()).toEqual([]);
  });

  it('use() arranges a fault for one test and reset() takes it away', async () => {
    const token = await sim.token({ consumerOrg: fjellvik });
    await sim.use({ faults: [{ api: 'summertskattegrunnlag', kode: 'SSG-002' }] });
    const faulted = await foreldrebetaling(token);
    expect(faulted.status).toBeGreaterThanOrEqual(500);
    expect(await faulted.json()).toMatchObject({ kode: 'SSG-002' });
    await sim.reset();
    expect((await foreldrebetaling(token)).status).toBe(200);
  });

  it('use() refuses what the admin API refuses, before the test runs', async () => {
    await expect(sim.use({ organisations: { '123': { navn: 'Not an orgnr' } } })).rejects.toThrow();
  });

  it('offers the admin API as a typed client generated from its contract', async () => {
    const { data } = await sim.admin.health({ throwOnError: true });
    expect(data).toMatchObject({ status: 'ok', issuer: sim.urls.maskinporten });
    const delegations = await sim.altinn.listDelegations({ throwOnError: true });
    expect(delegations.data.delegations.length).toBeGreaterThan(0);
  });
});

describe('startSimulator lifetime', () => {
  it('closes with `await using` and removes its temporary folder', async () => {
    let stateDir = '';
    let url = '';
    {
      await using scoped = await startSimulator({ demo: false });
      stateDir = scoped.config.stateDir;
      url = scoped.url;
      expect(existsSync(stateDir)).toBe(true);
    }
    expect(existsSync(stateDir)).toBe(false);
    await expect(fetch(`${url}/_simulator/health`)).rejects.toThrow();
  });

  it('sends the admin token with every admin call when one is set', async () => {
    await using guarded = await startSimulator({ adminToken: 'a-test-admin-token-of-some-length' });
    const { data } = await guarded.admin.health({ throwOnError: true });
    expect(data?.status).toBe('ok');
    const bare = await fetch(`${guarded.urls.admin}/health`);
    expect(bare.status).toBe(401);
  });

  it('rejects with StartError when the port is in use', async () => {
    const port = Number(new URL(sim.url).port);
    const refused = await startSimulator({ port }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StartError);
    expect((refused as Error).message).toMatch(/port is in use/);
  });

  it('says that token() needs the demo set-up', async () => {
    await using empty = await startSimulator({ demo: false });
    await expect(empty.token()).rejects.toThrow(/demo: true/);
  });
});
