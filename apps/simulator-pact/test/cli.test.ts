// `skattedeling-simulator verify-pacts` as a vendor runs it: the simulator's CLI finds this
// package beside it, prints its help, and verifies a pact file against a simulator of its own.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const manifest = fileURLToPath(import.meta.resolve('@skattedeling/simulator/package.json'));
const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
const cli = join(dirname(manifest), bin['skattedeling-simulator'] as string);
const fixture = fileURLToPath(
  new URL('../src/fixtures/verifiable-stateless.json', import.meta.url),
);
const env = { ...process.env, PACT_DO_NOT_TRACK: '1' };

describe('skattedeling-simulator verify-pacts', () => {
  it('prints the help of this package', async () => {
    const { stdout } = await run(process.execPath, [cli, 'verify-pacts', '--help'], { env });
    expect(stdout).toMatch(/^Usage: skattedeling-simulator verify-pacts/);
  }, 30_000);

  it('verifies a pact file against a simulator it starts itself, exit status 0', async () => {
    const { stdout } = await run(process.execPath, [cli, 'verify-pacts', fixture], { env });
    expect(stdout).toContain('✔');
  }, 60_000);
});
