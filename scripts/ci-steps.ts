// The steps of the test pipeline (scripts/ci.ts). Each throws StepFailed with one line on failure.
import { relative } from 'node:path';
import { must, repoRoot, rootBin, run, StepFailed, scriptBin } from './lib/run.ts';
import { openApiDocuments, workspacePackages } from './lib/workspace.ts';

export interface Step {
  id: string;
  title: string;
  run: () => void | Promise<void>;
}

const turbo = (...args: string[]) =>
  run(rootBin('turbo'), ['run', ...args, '--output-logs=errors-only', '--concurrency=2']);

export const steps: Step[] = [
  {
    id: 'generated',
    title: 'regenerate every package from contracts/ and fail when the committed output is stale',
    run() {
      must(turbo('generate', '--force'), 'codegen');
      // contracts/ too: codegen writes each income year's information-model schema there.
      const paths = [
        'contracts',
        ...workspacePackages()
          .filter((p) => p.generated)
          .flatMap((p) =>
            ['src/generated', 'contracts', 'schemas'].map((d) =>
              relative(repoRoot, `${p.dir}/${d}`),
            ),
          ),
      ];
      const status = run('git', ['status', '--porcelain', '--', ...paths], {
        capture: true,
      }).stdout.trim();
      if (status !== '') {
        console.error(status);
        throw new StepFailed(
          'generated code differs from contracts/: run `npx -y pnpm@10 generate` and commit the result',
        );
      }
    },
  },
  {
    id: 'contracts',
    title: 'lint every OpenAPI document with Redocly',
    run() {
      must(
        run(scriptBin('redocly'), ['lint', '--format=codeframe', ...openApiDocuments()]),
        'redocly lint',
      );
    },
  },
  {
    id: 'lint',
    title: 'Biome lint and format check',
    run() {
      must(run(rootBin('biome'), ['check', '.']), 'biome check');
    },
  },
  {
    id: 'build',
    title: 'build every package, then build again and require a full turbo cache hit',
    run() {
      must(turbo('build'), 'build');
      const second = run(rootBin('turbo'), ['run', 'build', '--concurrency=2'], { capture: true });
      must(second, 'second build');
      if (!second.stdout.includes('FULL TURBO')) {
        console.error(second.stdout);
        throw new StepFailed(
          'the second `turbo run build` was not a full cache hit: some build input or output is not declared',
        );
      }
    },
  },
  {
    id: 'typecheck',
    title: 'type-check every package, README examples included',
    run() {
      must(turbo('typecheck'), 'typecheck');
    },
  },
  {
    id: 'test',
    title: 'unit and HTTP tests of every package (Vitest)',
    run() {
      must(turbo('test'), 'tests');
    },
  },
  {
    id: 'pact',
    title:
      'Pact: consumer tests → pact files → provider verification against the simulator → pact ⇄ contract check',
    run() {
      must(run(process.execPath, ['scripts/pact/run.ts']), 'pact pipeline');
    },
  },
  {
    id: 'prism',
    title:
      "Stoplight Prism's validation proxy finds no contract violation in the simulator's exchanges",
    run() {
      must(run(process.execPath, ['scripts/prism-check.ts']), 'prism check');
    },
  },
  {
    id: 'packaging',
    title:
      'publint and Are the Types Wrong on every published package; install sizes and vendor projects from the packed tarballs',
    run() {
      for (const pkg of workspacePackages().filter((p) => !p.private)) {
        must(
          run(scriptBin('publint'), ['run', '--strict', '--pack', 'npm', pkg.dir]),
          `publint ${pkg.name}`,
        );
        must(
          run(scriptBin('attw'), [
            '--pack',
            pkg.dir,
            // Every resolution mode, node10 included; CommonJS loads the ESM-only packages
            // with require(esm), which attw still flags.
            '--ignore-rules',
            'cjs-resolves-to-esm',
            '--format',
            'table-flipped',
          ]),
          `attw ${pkg.name}`,
        );
      }
      must(run(process.execPath, ['scripts/packaging/run.ts']), 'packed-tarball checks');
    },
  },
  {
    id: 'changesets',
    title: 'changesets configured; versioning guarded when nothing is pending',
    run() {
      must(run(rootBin('changeset'), ['status']), 'changeset status');
      must(
        run(process.execPath, ['scripts/changeset-version.ts', '--dry-run']),
        'changeset version guard',
      );
    },
  },
];
