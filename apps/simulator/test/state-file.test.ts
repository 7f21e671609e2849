// --state-file: what a user arranges through the admin API survives a restart of the simulator;
// a full reset clears the file too; a state file that cannot be used stops start-up with one line.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { StartError, startSimulator } from '../src/app.js';
import { defaultConfig } from '../src/config/load.js';
import type { Delegation } from '../src/store/types.js';
import { admin, demoVendor, startTestSimulator } from './helpers.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const stateDir = () => mkdtempSync(join(tmpdir(), 'sim-state-file-'));
const run = { 'x-skattedeling-test-run': 'job-7' };
const consumer = '319000029';

async function delegations(sim: Awaited<ReturnType<typeof startTestSimulator>>) {
  const listed = await admin(sim, 'GET', `/altinn/delegations?offeredBy=${consumer}`);
  expect(listed.status).toBe(200);
  return (listed.body as { delegations: Delegation[] }).delegations;
}

describe('--state-file', () => {
  it('keeps a delegation and a test run’s fault across a restart; reset clears them', async () => {
    const dir = stateDir();
    const config = { stateDir: dir, stateFile: join(dir, 'state.json') };

    const first = await startTestSimulator(config);
    const created = await admin(first, 'POST', '/altinn/delegations', {
      offeredBy: consumer,
      coveredBy: demoVendor.orgnr,
      api: 'inntekt',
    });
    expect(created.status).toBe(201);
    const fault = await admin(
      first,
      'POST',
      '/faults',
      { api: 'inntekt', kode: 'IM-002', count: 2 },
      run,
    );
    expect(fault.status).toBe(201);
    await first.close();

    const second = await startTestSimulator(config);
    expect(await delegations(second)).toEqual([created.body]);
    const faults = await admin(second, 'GET', '/faults', undefined, run);
    expect((faults.body as { faults: unknown[] }).faults).toEqual([fault.body]);
    // The demo is put back over its own entities; its delegations are there as always.
    expect(
      (await admin(second, 'GET', `/altinn/delegations?coveredBy=${demoVendor.orgnr}`)).body,
    ).toMatchObject({
      delegations: expect.arrayContaining([expect.objectContaining({ id: 'demo-1' })]),
    });

    expect((await admin(second, 'POST', '/reset')).status).toBe(204);
    await second.close();

    const third = await startTestSimulator(config);
    expect(await delegations(third)).toEqual([]);
    const after = await admin(third, 'GET', '/faults', undefined, run);
    expect((after.body as { faults: unknown[] }).faults).toEqual([]);
    await third.close();
  });

  it('a corrupt state file stops start-up with one line naming the file', async () => {
    const dir = stateDir();
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, '{"format": "skattedeling-simulator-state", "version": 1,');
    const error = await startSimulator(
      defaultConfig({ port: 0, stateDir: dir, stateFile, logLevel: 'quiet', demo: false }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Invalid state file ${stateFile.replace(/[.]/g, '\\.')}: not JSON \\([^\\n]*\\)$`,
      ),
    );
  });

  it('the CLI prints that line alone, no stack trace, and exits with 1', async () => {
    if (!existsSync(cli))
      throw new Error(
        `${cli} is missing: build the simulator first (pnpm --filter @skattedeling/simulator build)`,
      );
    const dir = stateDir();
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, '{"name": "not-a-state-file"}\n');
    const failed = await promisify(execFile)(
      process.execPath,
      [cli, '--port', '0', '--no-demo', '--state-file', stateFile],
      { cwd: dir },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    const { stderr } = failed as { stderr: string };
    expect(stderr).toMatch(
      new RegExp(`^Invalid state file ${stateFile}: not a simulator state file`),
    );
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(stateFile, 'utf8')).toBe('{"name": "not-a-state-file"}\n');
  });
});
