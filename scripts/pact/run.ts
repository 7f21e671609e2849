// The Pact pipeline, one command (the lead adds it as a step of scripts/ci-steps.ts):
//   node scripts/pact/run.ts
// 1. build what the steps use (turbo; a cache hit when CI built already)
// 2. wipe pacts/ and run the vendor example's consumer tests → one pact file per provider
// 3. start the simulator with its CLI on 127.0.0.1 and a free port, and wait for its admin API
// 4. verify every pact file against it (provider states through the admin API, fresh tokens)
// 5. check every interaction against contracts/
// 6. stop the simulator
// Any failure exits 1 with one line saying which step failed and why.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot, rootBin, run, StepFailed } from '../lib/run.ts';
import { checkContracts } from './check-contracts.ts';
import { pactDir, runConsumerTests } from './consumer.ts';
import { loadPactModule, repoContracts, simulatorDist } from './simulator-dist.ts';

process.env.PACT_DO_NOT_TRACK = '1';

interface RunningSimulator {
  readonly url: string;
  readonly child: ChildProcess;
  readonly stateDir: string;
}

/** A port nothing listens on right now (the simulator binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `skattedeling-simulator start` on 127.0.0.1 and waits until its admin API answers. */
async function startSimulator(): Promise<RunningSimulator> {
  const stateDir = mkdtempSync(join(tmpdir(), 'skattedeling-pact-sim-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    join(simulatorDist, 'cli.js'),
    'start',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--state-dir',
    stateDir,
    '--log-level',
    'quiet',
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const simulator = { url, child, stateDir };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) {
      await stopSimulator(simulator);
      throw new StepFailed(
        `the simulator exited (${child.exitCode}) before it was ready: ${output.trim()}`,
      );
    }
    try {
      if ((await fetch(`${url}/_simulator/health`)).ok) return simulator;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopSimulator(simulator);
  throw new StepFailed(
    `the simulator did not answer ${url}/_simulator/health within 30 s: ${output.trim()}`,
  );
}

async function stopSimulator(simulator: RunningSimulator | undefined): Promise<void> {
  if (simulator === undefined) return;
  const { child } = simulator;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  rmSync(simulator.stateDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  console.log('▶ pact 1/5: build');
  const build = run(rootBin('turbo'), [
    'run',
    'build',
    '--filter=@skattedeling/simulator...',
    '--filter=@skattedeling/vendor-example...',
    '--output-logs=errors-only',
  ]);
  if (build.status !== 0) throw new StepFailed(`build failed (exit ${build.status})`);

  console.log('▶ pact 2/5: consumer tests (pacts/ wiped first)');
  const files = runConsumerTests();
  console.log(`  pact files: ${files.map((f) => relative(repoRoot, f)).join(', ')}`);

  console.log('▶ pact 3/5: start the simulator on 127.0.0.1');
  let simulator: RunningSimulator | undefined;
  try {
    simulator = await startSimulator();
    console.log(`  simulator at ${simulator.url}`);

    console.log('▶ pact 4/5: provider verification of every pact file');
    const pact = await loadPactModule();
    const report = await pact.verifyPacts({
      pacts: [pactDir],
      simulatorUrl: simulator.url,
      checkContracts: false,
      contracts: repoContracts,
    });
    console.log(pact.formatVerifyReport(report, repoRoot));
    if (!report.ok)
      throw new StepFailed(`provider verification: ${pact.verdict(report).replace(/^✖ /, '')}`);
  } finally {
    await stopSimulator(simulator);
  }

  console.log('▶ pact 5/5: pact ⇄ contract check against contracts/');
  const check = await checkContracts([pactDir]);
  console.log(check.text);
  if (!check.ok)
    throw new StepFailed(
      'pact ⇄ contract check: the pacts expect behaviour contracts/ does not have (see above)',
    );
  console.log(
    `\n✔ pact pipeline: ${files.length} pact files (${check.interactions} interactions) verified against the simulator and contracts/`,
  );
}

try {
  await main();
} catch (error) {
  const message =
    error instanceof StepFailed
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`\n✖ pact pipeline: ${message}`);
  process.exit(1);
}
