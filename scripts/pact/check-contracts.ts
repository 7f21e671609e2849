// Pact ⇄ contract check: every interaction of every pact file against contracts/, offline, with
// @pactflow/openapi-pact-comparator (the simulator's checker; see
// apps/simulator-pact/src/contract-check.ts for the two adaptations the comparator needs).
//   node scripts/pact/check-contracts.ts [pact file or folder …]   (default: pacts/)
// Exit 0 when every interaction conforms, 1 otherwise (each problem names the interaction, the
// JSON path and the contract rule), 2 when the check cannot run.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, StepFailed } from '../lib/run.ts';
import { pactDir } from './consumer.ts';
import { loadPactModule, repoContracts } from './simulator-dist.ts';

export async function checkContracts(
  paths: readonly string[] = [pactDir],
): Promise<{ ok: boolean; text: string; interactions: number }> {
  const pact = await loadPactModule();
  let files: string[];
  try {
    files = await pact.findPactFiles(paths);
  } catch (error) {
    throw new StepFailed((error as Error).message);
  }
  const report = await pact.checkPactsAgainstContracts({
    pactFiles: files,
    contracts: repoContracts,
  });
  const interactions = report.results.reduce((n, r) => n + r.interactions, 0);
  return {
    ok: report.ok,
    text: pact.formatContractReport(report, (f) => relative(repoRoot, f)),
    interactions,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    const { ok, text } = await checkContracts(args.length > 0 ? args : undefined);
    console.log(text);
    process.exit(ok ? 0 : 1);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
