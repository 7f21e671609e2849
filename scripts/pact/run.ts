// The Pact pipeline, one command (the lead adds it as a step of scripts/ci-steps.ts):
//   node scripts/pact/run.ts
// 1. build what the steps use (turbo; a cache hit when CI built already)
// 2. wipe pacts/ and run the vendor example's consumer tests → one pact file per provider
// 3. start the simulator with its CLI on 127.0.0.1 and a free port, and wait for its admin API
// 4. verify every pact file against it (provider states through the admin API, fresh tokens)
// 5. check every interaction against contracts/
// 6. stop the simulator
// Any failure exits 1 with one line saying which step failed and why.
import { relative } from 'node:path';
import { failureText, repoRoot, rootBin, run, StepFailed } from '../lib/run.ts';
import { type SimulatorProcess, startSimulatorProcess } from '../lib/simulator.ts';
import { checkContracts } from './check-contracts.ts';
import { pactDir, runConsumerTests } from './consumer.ts';
import { loadPactModule, repoContracts } from './simulator-dist.ts';

process.env.PACT_DO_NOT_TRACK = '1';

async function main(): Promise<void> {
  console.log('▶ pact 1/5: build');
  const build = run(rootBin('turbo'), [
    'run',
    'build',
    '--filter=@skattedeling/simulator-pact...',
    '--filter=@skattedeling/vendor-example...',
    '--output-logs=errors-only',
  ]);
  if (build.status !== 0) throw new StepFailed(`build failed (exit ${build.status})`);

  console.log('▶ pact 2/5: consumer tests (pacts/ wiped first)');
  const files = runConsumerTests();
  console.log(`  pact files: ${files.map((f) => relative(repoRoot, f)).join(', ')}`);

  console.log('▶ pact 3/5: start the simulator on 127.0.0.1');
  let simulator: SimulatorProcess | undefined;
  try {
    simulator = await startSimulatorProcess();
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
    await simulator?.stop();
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
  const message = failureText(error);
  console.error(`\n✖ pact pipeline: ${message}`);
  process.exit(1);
}
