// --state-file keeps what it acknowledged: an admin write is answered only once it is on disk, so a
// simulator killed with SIGKILL in the middle of a burst of writes has every acknowledged write
// after a restart; temporary files a crash leaves are removed on start; a second simulator on the
// same file is refused with one line that names the file and the process using it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kill, runCli, startSimulatorProcess, stopAll } from './processes.js';

afterEach(stopAll);

const folder = () => mkdtempSync(join(tmpdir(), 'sim-durable-'));

async function startOn(dir: string, stateFile: string) {
  return startSimulatorProcess(
    [
      '--port',
      '0',
      '--no-demo',
      '--log-level',
      'quiet',
      '--state-dir',
      dir,
      '--state-file',
      stateFile,
    ],
    { cwd: dir },
  );
}

const newClient = (url: string, clientId: string) =>
  fetch(`${url}/_simulator/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId, orgnr: '311000004', scopes: ['skatteetaten:inntekt'] }),
  });

describe('the state file under kill -9', () => {
  it('has every acknowledged admin write after a SIGKILL in the middle of a burst', async () => {
    const dir = folder();
    const stateFile = join(dir, 'state.json');
    const first = await startOn(dir, stateFile);

    // Ten clients, each sending its twenty writes one after the other, so writes keep arriving
    // while earlier ones are being written; killed at the 60th acknowledgement.
    const acknowledged: string[] = [];
    let killed: Promise<void> | undefined;
    const clients = Array.from({ length: 10 }, async (_, c) => {
      for (let i = 0; i < 20 && killed === undefined; i++) {
        const id = `burst-${c}-${i}`;
        const response = await newClient(first.url, id).catch(() => undefined);
        if (response?.status !== 201) return;
        acknowledged.push(id);
        if (acknowledged.length === 60) killed = kill(first);
      }
    });
    await Promise.all(clients);
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    // What a crash in the middle of a write leaves behind.
    writeFileSync(join(dir, `.state.json.${first.pid}.999.tmp`), '{"format": "skattedel');
    const second = await startOn(dir, stateFile);
    const listed = (await (await fetch(`${second.url}/_simulator/clients`)).json()) as {
      clients: { clientId: string }[];
    };
    const kept = new Set(listed.clients.map((c) => c.clientId));
    expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);

  it('refuses a second simulator on the same state file with one line; the first one’s writes stay', async () => {
    const dir = folder();
    const stateFile = join(dir, 'state.json');
    const first = await startOn(dir, stateFile);
    expect((await newClient(first.url, 'before')).status).toBe(201);

    const other = folder();
    const second = await runCli(
      ['--port', '0', '--no-demo', '--state-dir', other, '--state-file', stateFile],
      { cwd: other, timeoutMs: 15_000 },
    );
    const lock = JSON.parse(readFileSync(`${stateFile}.lock`, 'utf8')) as { since: string };
    expect(second).toEqual({
      code: 1,
      stdout: '',
      stderr: `Cannot use state file ${stateFile}: another simulator uses it (process ${first.pid} on ${hostname()}, started ${lock.since}, serving ${first.url}); stop it, or give this one another --state-file\n`,
    });

    expect((await newClient(first.url, 'after')).status).toBe(201);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as {
      clients: { clientId: string }[];
    };
    expect(saved.clients.map((c) => c.clientId)).toEqual(['before', 'after']);
  }, 60_000);
});
