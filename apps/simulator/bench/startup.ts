// Must hold 6: start-up to ready under 1 s on the embedded defaults. Starts the built CLI as a
// vendor would (`node dist/cli.js`), from process spawn until the "ready" line, several times, and
// prints the figures. Run after a build: `pnpm --filter @skattedeling/simulator bench:startup`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runs = Number(process.env.RUNS ?? 7);
const limitMs = 1000;

function once(fresh: boolean): Promise<{ spawnToReady: number; reported: number }> {
  const cwd = mkdtempSync(join(tmpdir(), 'sim-startup-'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, '--port', '0'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready in (\d+) ms/.exec(out);
      if (match !== null) {
        const spawnToReady = performance.now() - started;
        child.kill('SIGTERM');
        child.once('exit', () => {
          if (fresh) rmSync(cwd, { recursive: true, force: true });
          resolve({ spawnToReady, reported: Number(match[1]) });
        });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!/ready in/.test(out))
        reject(new Error(`the simulator exited (${code}) before it was ready`));
    });
  });
}

const results: { spawnToReady: number; reported: number }[] = [];
for (let i = 0; i < runs; i++) results.push(await once(true));
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const spawnTimes = sorted(results.map((r) => r.spawnToReady));
const median = spawnTimes[Math.floor(spawnTimes.length / 2)] as number;
const max = spawnTimes[spawnTimes.length - 1] as number;
const reported = sorted(results.map((r) => r.reported));
console.log(`start-up, ${runs} runs on the embedded defaults (fresh state folder each time):`);
console.log(
  `  process spawn → ready line: median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms`,
);
console.log(
  `  inside the process (keys, CA, fixtures, demo, listen): median ${reported[Math.floor(reported.length / 2)]} ms`,
);
console.log(max < limitMs ? `  OK: under ${limitMs} ms` : `  SLOW: above ${limitMs} ms`);
process.exitCode = max < limitMs ? 0 : 1;
