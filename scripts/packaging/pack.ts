// Every published workspace package packed as npm would publish it: `pnpm pack` (which turns
// `workspace:^` and `catalog:` into versions), one tarball each in a folder of the caller's.
// The packaging checks install these tarballs with npm, as a vendor would install the releases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCaptured, StepFailed } from '../lib/run.ts';
import { workspacePackages } from '../lib/workspace.ts';

export interface Packed {
  readonly name: string;
  readonly dir: string;
  readonly tarball: string;
  /** Names of the published workspace packages it depends on at run time (not transitively). */
  readonly workspaceDeps: readonly string[];
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Runs pnpm 10 as the README does (npx), so the scripts need no global pnpm. */
export function pnpm(args: readonly string[], cwd: string): string {
  return runCaptured(`pnpm ${args.join(' ')} in ${cwd}`, 'npx', ['-y', 'pnpm@10', ...args], { cwd })
    .stdout;
}

/** Packs every published package into `dest`; the built dist/ must be current. */
export function packAll(dest: string): Map<string, Packed> {
  const published = workspacePackages().filter((p) => !p.private);
  const names = new Set(published.map((p) => p.name));
  const packed = new Map<string, Packed>();
  for (const pkg of published) {
    const before = new Set(readdirSync(dest));
    pnpm(['pack', '--pack-destination', dest], pkg.dir);
    const tarball = readdirSync(dest).find((f) => f.endsWith('.tgz') && !before.has(f));
    if (tarball === undefined) throw new StepFailed(`pnpm pack wrote no tarball for ${pkg.name}`);
    const m = manifest(pkg.dir);
    // A required peer is installed with the package (npm 7+); an optional one is not.
    const requiredPeers = Object.keys(m.peerDependencies ?? {}).filter(
      (n) => m.peerDependenciesMeta?.[n]?.optional !== true,
    );
    const deps = [...Object.keys(m.dependencies ?? {}), ...requiredPeers];
    packed.set(pkg.name, {
      name: pkg.name,
      dir: pkg.dir,
      tarball: join(dest, tarball),
      workspaceDeps: deps.filter((d) => names.has(d)),
    });
  }
  return packed;
}

/**
 * The tarballs `names` need: theirs and those of every workspace package they depend on, so npm
 * installs the workspace's own packages from these files and everything else from the registry.
 */
export function tarballsFor(packed: Map<string, Packed>, names: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const pkg = packed.get(name);
    if (pkg === undefined) throw new StepFailed(`${name} is not a published workspace package`);
    seen.add(name);
    for (const dep of pkg.workspaceDeps) visit(dep);
  };
  for (const name of names) visit(name);
  return [...seen].map((n) => (packed.get(n) as Packed).tarball);
}
