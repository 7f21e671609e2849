import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from './file.js';
import { STATE_FORMAT, StateFileError } from './snapshot.js';
import type { Client, Delegation, Fault, Fixture, Onboarding } from './types.js';

const folder = () => mkdtempSync(join(tmpdir(), 'sim-state-'));
const statePath = () => join(folder(), 'state.json');

const client: Client = {
  clientId: 'c-1',
  orgnr: '311000004',
  navn: 'Demo Fagsystem AS',
  scopes: ['skatteetaten:inntekt'],
  keys: [
    {
      kid: 'k-1',
      jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' },
      registeredAt: '2026-01-01T00:00:00Z',
      expiresAt: '2027-01-01T00:00:00Z',
    },
  ],
  createdAt: '2026-01-01T00:00:00Z',
};
const delegation: Delegation = {
  id: 'd-1',
  offeredBy: '319000003',
  coveredBy: '311000004',
  scope: 'skatteetaten:inntekt',
  rettighet: 'Inntekt API - På vegne av',
  status: 'revoked',
  created: '2026-01-01T00:00:00Z',
  revoked: '2026-01-02T00:00:00Z',
};
const onboarding: Onboarding = {
  orgnr: '319000003',
  navn: 'Fjellvik kommune',
  tilslutningserklaeringSignert: true,
  paakoblinger: {
    inntekt: { rettighetspakker: ['kommuneBoligsosialeFormaal'], innvilget: '2026-01-01' },
  },
};
const fixture: Fixture = {
  personidentifikator: '30877343681',
  document: { navn: 'Kari', inntekt: { 2024: 500_000 } },
  created: '2026-01-01T00:00:00Z',
  testRun: 'run-a',
};
const countedFault: Fault = {
  id: 'f-1',
  api: 'inntekt',
  status: 500,
  kode: 'IM-002',
  remaining: 3,
  created: '2026-01-01T00:00:00Z',
};
const inntektCall = { api: 'inntekt' as const, path: '/inntekt/v1/x' };

describe('FileStore', () => {
  it('a new store reads back what the previous one wrote, in every scope', async () => {
    const path = statePath();
    const first = await FileStore.open(path, 100);
    first.putOrganisation({ orgnr: '311000004', navn: 'Demo Fagsystem AS' });
    first.putClient(client);
    first.putDelegation(undefined, delegation);
    first.putOnboarding(undefined, onboarding);
    first.putFixture('run-a', fixture);
    first.addFault(undefined, countedFault);
    expect(first.takeFault(undefined, inntektCall)?.id).toBe('f-1');
    await first.close();

    const second = await FileStore.open(path, 100);
    expect(second.snapshot()).toEqual(first.snapshot());
    expect(second.getClient('c-1')).toEqual(client);
    expect(second.findClientByKid('k-1')?.clientId).toBe('c-1');
    expect(
      second.findDelegation(undefined, '319000003', '311000004', 'skatteetaten:inntekt')?.status,
    ).toBe('revoked');
    expect(second.listDelegations(undefined)).toEqual([]);
    expect(second.getOnboarding(undefined, '319000003')).toEqual(onboarding);
    expect(second.getFixture('run-a', '30877343681')?.document).toEqual(fixture.document);
    expect(second.getFixture(undefined, '30877343681')).toBeUndefined();
    expect(second.hasFaults()).toBe(true);
    expect(second.listFaults(undefined)).toEqual([{ ...countedFault, remaining: 2 }]);
    expect(second.takeFault(undefined, inntektCall)?.id).toBe('f-1');
    expect(second.takeFault(undefined, inntektCall)?.id).toBe('f-1');
    expect(second.takeFault(undefined, inntektCall)).toBeUndefined();
    expect(second.hasFaults()).toBe(false);
  });

  it('a burst of 100 changes is one write, also across awaits in the same tick', async () => {
    const store = await FileStore.open(statePath(), 100);
    expect(store.writeCount).toBe(1); // creating the missing file
    for (let i = 0; i < 100; i++) {
      store.putDelegation(undefined, { ...delegation, id: `d-${i}`, scope: `scope:${i}` });
      await null;
    }
    await store.flush();
    expect(store.writeCount).toBe(2);
    expect(store.listDelegations(undefined, { includeRevoked: true })).toHaveLength(100);
  });

  it('reads, the replay cache and hits of an open-ended fault write nothing', async () => {
    const path = statePath();
    const store = await FileStore.open(path, 100);
    store.addFault(undefined, { id: 'open', api: 'inntekt', latencyMs: 10, created: '' });
    await store.flush();
    const writes = store.writeCount;
    for (let i = 0; i < 50; i++) {
      expect(store.rememberJti(`client|jti-${i}`, 60_000, 1_000)).toBe(true);
      expect(store.takeFault(undefined, inntektCall)?.id).toBe('open');
      store.listFaults(undefined);
      store.listDelegations('run-a');
      store.getFixture('run-a', '30877343681', '319000003');
      store.deleteClient('no-such-client');
    }
    await new Promise(setImmediate);
    await store.flush();
    expect(store.writeCount).toBe(writes);
  });

  it('writes each hit of a counted fault', async () => {
    const path = statePath();
    const store = await FileStore.open(path, 100);
    store.addFault('run-a', { ...countedFault, testRun: 'run-a' });
    await store.flush();
    const writes = store.writeCount;
    expect(store.takeFault('run-a', inntektCall)?.id).toBe('f-1');
    await store.flush();
    expect(store.writeCount).toBe(writes + 1);
    await store.close();
    expect((await FileStore.open(path, 100)).listFaults('run-a')[0]?.remaining).toBe(2);
  });

  it('does not persist the jti replay cache', async () => {
    const path = statePath();
    const first = await FileStore.open(path, 100);
    expect(first.rememberJti('client|jti-1', 60_000, 1_000)).toBe(true);
    first.putClient(client);
    await first.close();
    expect(readFileSync(path, 'utf8')).not.toContain('jti-1');
    const second = await FileStore.open(path, 100);
    expect(second.jtiCount()).toBe(0);
    expect(second.rememberJti('client|jti-1', 60_000, 1_000)).toBe(true);
  });

  it.each([
    [
      'truncated JSON',
      '{"format": "skattedeling-simulator-state", "version": 1, "clients": [',
      /: not JSON \(/,
    ],
    [
      'a foreign JSON file',
      '{\n  "name": "my-app",\n  "version": "1.0.0"\n}\n',
      /: not a simulator state file/,
    ],
    [
      'a later format version',
      JSON.stringify({ format: STATE_FORMAT, version: 2 }),
      /: format version 2; this simulator reads version 1$/,
    ],
    [
      'a malformed entry',
      JSON.stringify({
        format: STATE_FORMAT,
        version: 1,
        organisations: [],
        clients: [{ ...client, scopes: 'skatteetaten:inntekt' }],
        global: { onboarding: [], delegations: [], fixtures: [], faults: [] },
        runs: [],
      }),
      /: clients\[0\]\.scopes must be an array of strings$/,
    ],
  ])(
    '%s stops with one line naming the file, and the file is left alone',
    async (_what, text, detail) => {
      const path = statePath();
      writeFileSync(path, text);
      const error = await FileStore.open(path, 100).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StateFileError);
      const { message } = error as StateFileError;
      expect(message).toMatch(/^Invalid state file \/.*state\.json: /);
      expect(message).toContain(path);
      expect(message).toMatch(detail);
      expect(message).not.toContain('\n');
      expect(readFileSync(path, 'utf8')).toBe(text);
    },
  );

  it('creates a missing file and its folder; an unreadable path is one line', async () => {
    const path = join(folder(), 'nested', 'deeper', 'state.json');
    const store = await FileStore.open(path, 100);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      format: STATE_FORMAT,
      version: 1,
      clients: [],
    });
    expect(store.path).toBe(path);
    const dir = folder();
    await expect(FileStore.open(dir, 100)).rejects.toThrow(
      new StateFileError(`Cannot read state file ${dir}: EISDIR`),
    );
  });

  it('writes a temp file beside the state file and renames it: readers see whole snapshots', async () => {
    const path = statePath();
    const store = await FileStore.open(path, 100);
    const document = {
      lines: Array.from({ length: 20 }, (_, i) => ({ i, text: 'x'.repeat(100) })),
    };
    let sawTemp = false;
    for (let round = 1; round <= 5; round++) {
      for (let i = 0; i < 200; i++)
        store.putFixture(undefined, { ...fixture, personidentifikator: `${round}-${i}`, document });
      let done = false;
      const flushed = store.flush().then(() => {
        done = true;
      });
      while (!done) {
        // Before the rename the whole previous snapshot, after it the whole new one.
        const seen = JSON.parse(readFileSync(path, 'utf8')) as { global: { fixtures: unknown[] } };
        expect([(round - 1) * 200, round * 200]).toContain(seen.global.fixtures.length);
        sawTemp ||= readdirSync(join(path, '..')).some((f) => /^\.state\.json\..*\.tmp$/.test(f));
        await new Promise(setImmediate);
      }
      await flushed;
    }
    expect(sawTemp).toBe(true);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['state.json', 'state.json.lock']);
    await store.close();
    expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(path, 'utf8')).global.fixtures).toHaveLength(1000);
  });

  it('removes the temp files a crash left behind, and only those', async () => {
    const path = statePath();
    const first = await FileStore.open(path, 100);
    first.putClient(client);
    await first.close();
    const dir = join(path, '..');
    writeFileSync(join(dir, '.state.json.12345.1.tmp'), '{"format": "skattedel');
    writeFileSync(join(dir, '.state.json.lock.12345.2.tmp'), '{"pid": 12345}');
    writeFileSync(join(dir, '.other.json.12345.1.tmp'), 'not ours');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    const second = await FileStore.open(path, 100);
    expect(second.listClients()).toEqual([client]);
    expect(readdirSync(dir).sort()).toEqual([
      '.other.json.12345.1.tmp',
      'notes.tmp',
      'state.json',
      'state.json.lock',
    ]);
    await second.close();
  });

  it('reset clears the file: everything, or one test run', async () => {
    const path = statePath();
    const first = await FileStore.open(path, 100);
    first.putClient(client);
    first.putFixture('run-a', fixture);
    first.addFault('run-b', { ...countedFault, testRun: 'run-b' });
    await first.flush();
    first.reset('run-a');
    await first.close();
    const second = await FileStore.open(path, 100);
    expect(second.listFixtures('run-a')).toEqual([]);
    expect(second.listFaults('run-b')).toHaveLength(1);
    second.reset(undefined);
    await second.close();
    const third = await FileStore.open(path, 100);
    expect(third.snapshot()).toEqual({
      organisations: [],
      clients: [],
      global: { onboarding: [], delegations: [], fixtures: [], faults: [] },
      runs: [],
    });
    expect(third.hasFaults()).toBe(false);
  });

  it('a failed write is reported in one line, rejects the flush and keeps the state in memory', async () => {
    const dir = folder();
    const path = join(dir, 'state.json');
    const reported: string[] = [];
    const store = await FileStore.open(path, 100, { onWriteError: (line) => reported.push(line) });
    rmSync(dir, { recursive: true });
    store.putClient(client);
    await expect(store.flush()).rejects.toThrow(
      new StateFileError(`Cannot write state file ${path}: ENOENT`),
    );
    expect(reported).toEqual([`Cannot write state file ${path}: ENOENT`]);
    expect(store.getClient('c-1')).toEqual(client);
    expect(existsSync(dir)).toBe(false);
    // The next flush tries again, and succeeds once the folder is back.
    mkdirSync(dir);
    await store.flush();
    expect(JSON.parse(readFileSync(path, 'utf8')).clients).toEqual([client]);
    await store.close();
  });

  it('flush resolves once every earlier change is in the file; concurrent flushes share writes', async () => {
    const path = statePath();
    const store = await FileStore.open(path, 100);
    const writes = store.writeCount;
    const flushed = Array.from({ length: 50 }, (_, i) => {
      store.putDelegation(undefined, { ...delegation, id: `d-${i}`, scope: `scope:${i}` });
      return store.flush().then(() => {
        const saved = JSON.parse(readFileSync(path, 'utf8')) as {
          global: { delegations: { id: string }[] };
        };
        return saved.global.delegations.some((d) => d.id === `d-${i}`);
      });
    });
    expect(await Promise.all(flushed)).toEqual(Array(50).fill(true));
    expect(store.writeCount - writes).toBe(1);
    // Changes made while a write runs share the next one.
    store.putClient(client);
    const first = store.flush();
    await new Promise(setImmediate);
    store.putClient({ ...client, clientId: 'c-2' });
    store.putClient({ ...client, clientId: 'c-3' });
    await Promise.all([first, store.flush(), store.flush()]);
    expect(store.writeCount - writes).toBeLessThanOrEqual(3);
    expect(JSON.parse(readFileSync(path, 'utf8')).clients).toHaveLength(3);
    await store.close();
  });

  it('a second store on the same file is refused with one line naming the file and the process', async () => {
    const path = statePath();
    const first = await FileStore.open(path, 100);
    const error = await FileStore.open(path, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateFileError);
    expect((error as Error).message).toBe(
      `Cannot use state file ${path}: another simulator uses it (process ${process.pid} on ${hostname()}, started ${JSON.parse(readFileSync(`${path}.lock`, 'utf8')).since}); stop it, or give this one another --state-file`,
    );
    first.putClient(client);
    await first.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    const second = await FileStore.open(path, 100);
    expect(second.listClients()).toEqual([client]);
    await second.close();
  });
});
