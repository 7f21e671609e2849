// What each published package costs a vendor: the packages and bytes `npm install` of its packed
// tarball puts in node_modules (production dependencies only, no install scripts). Printed by CI
// for every package; the budgets below fail the step when an install grows past them.
import { join } from 'node:path';
import { StepFailed } from '../lib/run.ts';
import { installCost, megabytes, npmInstall } from './install.ts';
import { type Packed, tarballsFor } from './pack.ts';

interface Budget {
  readonly packages: number;
  readonly bytes: number;
  readonly why: string;
}

/**
 * Issue 10: the simulator installed for `start` alone stays under 90 packages and 30 MB; the
 * optional verify-pacts part (Pact and its native core) is a package of its own, and the console's
 * API docs renderer ships as the two files of swagger-ui-dist it loads (copied into dist by the
 * build), not as the 12.5 MB package.
 */
const budgets: Readonly<Record<string, Budget>> = {
  '@skattedeling/simulator': {
    packages: 89,
    bytes: 30_000_000,
    why: 'the simulator for `start` alone: fewer than 90 packages and under 30 MB',
  },
};

const mustNotInstall: Readonly<Record<string, readonly string[]>> = {
  '@skattedeling/felles': ['@faker-js/faker'],
  '@skattedeling/summert-skattegrunnlag': ['@faker-js/faker'],
  '@skattedeling/inntekt': ['@faker-js/faker'],
  '@skattedeling/maskinporten-client': ['@faker-js/faker'],
  '@skattedeling/simulator': [
    '@pact-foundation/pact',
    '@pact-foundation/pact-core',
    '@pactflow/openapi-pact-comparator',
    '@types/express',
    'swagger-ui-dist',
  ],
};

export interface SizeRow {
  readonly name: string;
  /** The folder it was installed into (alone). */
  readonly dir: string;
  /** Every installed package's name. */
  readonly installed: readonly string[];
  readonly packages: number;
  readonly bytes: number;
  readonly largest: string;
}

/** Installs each package alone into its own folder under `tmp` and measures it. */
export function measureInstallSizes(packed: Map<string, Packed>, tmp: string): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const name of [...packed.keys()].sort()) {
    const dir = join(tmp, `size-${name.replace(/[@/]/g, '_')}`);
    npmInstall(dir, tarballsFor(packed, [name]));
    const cost = installCost(dir);
    rows.push({
      name,
      dir,
      installed: cost.names,
      packages: cost.packages,
      bytes: cost.bytes,
      largest: cost.largest.map(([n, b]) => `${n} ${megabytes(b)}`).join(', '),
    });
  }
  return rows;
}

export function formatSizes(rows: readonly SizeRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map(
    (r) =>
      `  ${r.name.padEnd(width)}  ${String(r.packages).padStart(4)} packages  ${megabytes(r.bytes).padStart(8)}   largest: ${r.largest}`,
  );
  return [`  npm install --omit=dev of each packed package, alone:`, ...lines].join('\n');
}

/** Throws StepFailed naming every package over its budget or bringing what it must not. */
export function checkBudgets(rows: readonly SizeRow[]): void {
  const unwanted = rows.flatMap((r) =>
    (mustNotInstall[r.name] ?? [])
      .filter((n) => r.installed.includes(n))
      .map((n) => `${r.name} installs ${n}`),
  );
  if (unwanted.length > 0) throw new StepFailed(unwanted.join('; '));
  const over = rows.flatMap((r) => {
    const budget = budgets[r.name];
    if (budget === undefined) return [];
    if (r.packages <= budget.packages && r.bytes < budget.bytes) return [];
    return [`${r.name}: ${r.packages} packages, ${megabytes(r.bytes)}; budget ${budget.why}`];
  });
  if (over.length > 0) throw new StepFailed(`install size over budget: ${over.join('; ')}`);
}
