// The packed-tarball checks, one command (part of the `packaging` step of scripts/ci.ts):
//   node scripts/packaging/run.ts [sizes] [consumers] [--node <path to another Node>]… [--keep]
// packs every published package, then measures each one's install (sizes.ts) and compiles and
// runs vendor projects against the tarballs (consumers.ts). Build first.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { failureText, StepFailed } from '../lib/run.ts';
import { runConsumers } from './consumers.ts';
import { packAll } from './pack.ts';
import { checkBudgets, formatSizes, measureInstallSizes, type SizeRow } from './sizes.ts';

const { values, positionals } = parseArgs({
  options: {
    node: { type: 'string', multiple: true, default: [] },
    keep: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const want = (part: string) => positionals.length === 0 || positionals.includes(part);

const tmp = mkdtempSync(join(tmpdir(), 'skattedeling-packaging-'));
try {
  const tarballs = join(tmp, 'tarballs');
  mkdirSync(tarballs);
  console.log('▶ packaging: pnpm pack every published package');
  const packed = packAll(tarballs);
  let rows: SizeRow[] = [];
  let overBudget: StepFailed | undefined;
  if (want('sizes')) {
    console.log('▶ packaging: install size of each package');
    rows = measureInstallSizes(packed, tmp);
    console.log(formatSizes(rows));
    try {
      checkBudgets(rows);
    } catch (error) {
      // Reported after the consumer checks, so one run shows everything that is wrong.
      if (!(error instanceof StepFailed)) throw error;
      console.error(`  ✖ ${error.message}`);
      overBudget = error;
    }
  }
  if (want('consumers')) {
    console.log('▶ packaging: vendor projects against the tarballs');
    runConsumers(packed, tmp, {
      nodes: values.node,
      installed: (name) => rows.find((r) => r.name === name)?.dir,
    });
  }
  if (overBudget !== undefined) throw overBudget;
} catch (error) {
  const message = failureText(error);
  console.error(`\n✖ packaging: ${message}`);
  process.exitCode = 1;
} finally {
  if (values.keep) console.log(`  (kept ${tmp})`);
  else rmSync(tmp, { recursive: true, force: true });
}
