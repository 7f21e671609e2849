// The command a vendor runs: `skattedeling-simulator` (the built dist/cli.js) starts on the
// embedded defaults and prints the demo; `token` gets an access token with the demo key, or
// prints the refusal and its reason; a bad option stops start-up with one line.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = promisify(execFile);
const cwd = mkdtempSync(join(tmpdir(), 'sim-cli-'));
let child: ChildProcess;
let output = '';

beforeAll(async () => {
  if (!existsSync(cli))
    throw new Error(
      `${cli} is missing: build the simulator first (pnpm --filter @skattedeling/simulator build)`,
    );
  child = spawn(process.execPath, [cli, '--port', '0', '--log-level', 'quiet'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The banner's last line: stdout may arrive in several chunks.
      if (output.includes('# why the last request was answered')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}, 20_000);
afterAll(() => {
  child.kill('SIGTERM');
});

describe('skattedeling-simulator', () => {
  it('prints the base URLs, the demo set-up and a first call', () => {
    expect(output).toMatch(/^Skattedeling simulator ready in \d+ ms on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('issuer http://127.0.0.1:');
    expect(output).toContain('Demo Fagsystem AS 311000004');
    expect(output).toContain('Fjellvik kommune 319000003');
    expect(output).toContain('.simulator/vendor-key.pem');
    expect(output).toMatch(/TOKEN=\$\(npx skattedeling-simulator token --consumer-org 319000003/);
  });

  it('shows one generated person of every household group, and how to find more', () => {
    expect(output).toMatch(
      /^ {2}By household group, \d{4} \(more: http:\/\/127\.0\.0\.1:\d+\/_simulator\/persons\?profile=<group>&year=\d{4}&limit=5\):$/m,
    );
    expect(output).toMatch(/^ {4}employee +\d{11} {3}twoEmployers +\d{11} {3}partTime +\d{11}$/m);
    expect(output).toMatch(/\binvestor +\d{11}\b/);
  });

  it('token prints an access token for a delegated grant', async () => {
    const { stdout } = await run(process.execPath, [cli, 'token', '--consumer-org', '319000003'], {
      cwd,
    });
    const [, payload] = stdout.trim().split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    expect(claims.consumer.ID).toBe('0192:319000003');
    expect(claims.supplier.ID).toBe('0192:311000004');
  });

  it('token --certificate authenticates with the virksomhetssertifikat', async () => {
    const { stdout } = await run(
      process.execPath,
      [cli, 'token', '--certificate', '--json', '--consumer-org', '319000003'],
      { cwd },
    );
    const claims = JSON.parse(
      Buffer.from(
        (JSON.parse(stdout).access_token as string).split('.')[1] as string,
        'base64url',
      ).toString(),
    );
    expect(claims.client_amr).toBe('virksomhetssertifikat');
  });

  it('token names the missing onboarding step when Maskinporten refuses', async () => {
    const refused = run(
      process.execPath,
      [cli, 'token', '--consumer-org', '319000011', '--scope', 'skatteetaten:inntekt'],
      { cwd },
    );
    await expect(refused).rejects.toMatchObject({ code: 1 });
    const error = (await refused.catch((e: { stderr: string }) => e)) as { stderr: string };
    expect(error.stderr).toContain('"error":"forbidden"');
    expect(error.stderr).toContain(
      'reason: paakobling for Inntekt API not granted to Strandvik kommune (319000011)',
    );
  });

  it('stops on a bad option with one line', async () => {
    const bad = await run(process.execPath, [cli, '--port', 'abc'], { cwd }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad).toMatchObject({
      code: 1,
      stderr: 'Invalid configuration: port = "abc" (from --port): must be an integer 0–65535\n',
    });
  });

  // Three cold Node starts in a row: on a loaded 2-core runner that alone can pass 5 s.
  it('--help on every command', { timeout: 30_000 }, async () => {
    for (const args of [['--help'], ['start', '--help'], ['token', '--help']]) {
      const { stdout } = await run(process.execPath, [cli, ...args], { cwd });
      expect(stdout, args.join(' ')).toMatch(/^Usage: skattedeling-simulator/);
    }
  });
});
