// `changeset version` exits 1 when nothing is pending (changesets 3); a release job must not fail
// for that, so this guard checks first and says what it did.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { must, repoRoot, rootBin, run } from './lib/run.ts';

const dryRun = process.argv.includes('--dry-run');
const pending = readdirSync(join(repoRoot, '.changeset')).filter(
  (f) => f.endsWith('.md') && f !== 'README.md',
);
if (pending.length === 0) {
  console.log('changesets: nothing to release (no pending changesets)');
} else if (dryRun) {
  console.log(
    `changesets: ${pending.length} pending (${pending.join(', ')}); \`version-packages\` would apply them`,
  );
} else {
  must(run(rootBin('changeset'), ['version']), 'changeset version');
}
