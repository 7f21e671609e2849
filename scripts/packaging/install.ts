// A vendor's install of packed tarballs: `npm install --omit=dev --ignore-scripts` into a fresh
// folder (the workspace's packages from their tarballs, everything else from the registry), and
// what it cost: how many packages and how many bytes landed in node_modules.
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCaptured } from '../lib/run.ts';

export interface InstallCost {
  /** Packages in node_modules, the installed tarballs included. */
  readonly packages: number;
  /** Apparent size of every file under node_modules. */
  readonly bytes: number;
  /** Every installed package's name (a name installed twice is listed twice). */
  readonly names: readonly string[];
  /** The biggest packages, largest first: [name, bytes]. */
  readonly largest: readonly (readonly [string, number])[];
}

/** Installs the tarballs (and registry packages such as `@types/node@24`) into `dir`. */
export function npmInstall(
  dir: string,
  specs: readonly string[],
  options: { dev?: boolean } = {},
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'vendor-project', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  const args = [
    'install',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...(options.dev ? ['--save-dev'] : ['--omit=dev']),
    ...specs,
  ];
  runCaptured(`npm install in ${dir}`, 'npm', args, { cwd: dir });
}

/** Apparent size of a file or folder; `skipNodeModules` leaves out a package's nested packages. */
function treeBytes(path: string, skipNodeModules = false): number {
  const info = lstatSync(path);
  if (!info.isDirectory()) return info.size;
  let sum = 0;
  for (const entry of readdirSync(path)) {
    if (skipNodeModules && entry === 'node_modules') continue;
    sum += treeBytes(join(path, entry));
  }
  return sum;
}

/** Counts what npm's hidden lockfile lists under node_modules, and measures each on disk. */
export function installCost(dir: string): InstallCost {
  const lock = JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8')) as {
    packages: Record<string, { link?: boolean }>;
  };
  const paths = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && entry.link !== true)
    .map(([path]) => path);
  const sizes = paths.map((path) => {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return [name, treeBytes(join(dir, path), true)] as const;
  });
  const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return {
    packages: paths.length,
    bytes: treeBytes(join(dir, 'node_modules')),
    names: sizes.map(([name]) => name),
    largest,
  };
}

export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
