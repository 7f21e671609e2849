// Consumer side of the Pact pipeline: wipe the one pact folder (pact files merge, so a renamed or
// removed interaction would otherwise live on), run the vendor example's Pact consumer tests one
// file at a time, and require a pact file per provider. `node scripts/pact/consumer.ts` runs it
// alone; scripts/pact/run.ts runs it as its first step.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, run, StepFailed } from '../lib/run.ts';

export const pactDir = join(repoRoot, 'pacts');
export const consumerName = 'skattedeling-vendor-example';
export const expectedProviders = [
  'maskinporten',
  'summert-skattegrunnlag',
  'inntekt',
  'skatteoppgjoer-hendelser',
] as const;

export function wipePacts(dir = pactDir): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The pact files the consumer tests must have written, one per provider. */
export function expectedPactFiles(dir = pactDir): string[] {
  return expectedProviders.map((provider) => join(dir, `${consumerName}-${provider}.json`));
}

export function runConsumerTests(dir = pactDir): string[] {
  wipePacts(dir);
  const vitest = join(repoRoot, 'apps/vendor-example/node_modules/.bin/vitest');
  const result = run(vitest, ['run', '--project', 'pact'], {
    cwd: join(repoRoot, 'apps/vendor-example'),
    env: { PACT_DIR: dir, PACT_DO_NOT_TRACK: '1' },
  });
  if (result.status !== 0)
    throw new StepFailed(`Pact consumer tests failed (exit ${result.status})`);
  const missing = expectedPactFiles(dir).filter((f) => !existsSync(f));
  if (missing.length > 0) {
    const found = existsSync(dir) ? readdirSync(dir).join(', ') || 'none' : 'no folder';
    throw new StepFailed(
      `consumer tests passed but wrote no pact file ${missing.map((m) => m.slice(repoRoot.length + 1)).join(', ')} (found: ${found})`,
    );
  }
  return expectedPactFiles(dir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const files = runConsumerTests();
    console.log(`✔ pact files: ${files.map((f) => f.slice(repoRoot.length + 1)).join(', ')}`);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
