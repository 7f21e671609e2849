// The whole test pipeline, in the order a failure is cheapest to see. The README's test command
// and .ci/run both end here, so CI checks exactly what a developer runs.

import { performance } from 'node:perf_hooks';
import { steps } from './ci-steps.ts';
import { failureText } from './lib/run.ts';

process.env.PACT_DO_NOT_TRACK = '1';
process.env.TURBO_TELEMETRY_DISABLED = '1';

const only = process.argv.slice(2);
if (only.includes('--help') || only.includes('-h')) {
  console.log(
    `Usage: npx -y pnpm@10 test [-- <step> ...]\nRuns every step of the test pipeline in order, or only the steps named:\n${steps.map((s) => `  ${s.id.padEnd(12)} ${s.title}`).join('\n')}`,
  );
  process.exit(0);
}
const selected = only.length > 0 ? steps.filter((s) => only.includes(s.id)) : steps;
if (only.length > 0 && selected.length !== only.length) {
  console.error(`unknown step; steps are: ${steps.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const timings: string[] = [];
for (const step of selected) {
  console.log(`\n▶ ${step.id}: ${step.title}`);
  const start = performance.now();
  try {
    await step.run();
  } catch (error) {
    const message = failureText(error);
    console.error(`\n✖ ${step.id}: ${message}`);
    process.exit(1);
  }
  timings.push(`${step.id.padEnd(24)} ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
console.log(`\n✔ all steps passed\n${timings.join('\n')}`);
