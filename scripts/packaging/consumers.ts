// Vendor projects built from the packed tarballs (consumer-files.ts), compiled with the workspace's
// TypeScript and run with this Node (the pinned 24; more with `--node <path>`):
// - a CommonJS program that require()s the ESM packages;
// - TypeScript on `module: commonjs` + `moduleResolution: node10`, on `nodenext` from a .cts and
//   from a .mts, each with skipLibCheck off (a type that needs a package the vendor does not
//   have, such as @types/express, fails here);
// - the simulator README's Vitest global-setup recipe;
// - `skattedeling-simulator verify-pacts` without @skattedeling/simulator-pact (one line that
//   says what to install, exit 1) and with it (a pact verified, exit 0).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runCaptured, StepFailed } from '../lib/run.ts';
import * as files from './consumer-files.ts';
import { npmInstall } from './install.ts';
import { type Packed, tarballsFor } from './pack.ts';

const vendorPackages = [
  '@skattedeling/simulator',
  '@skattedeling/summert-skattegrunnlag',
  '@skattedeling/inntekt',
  '@skattedeling/maskinporten-client',
  '@skattedeling/testdata',
];

function catalogVersion(name: string): string {
  const workspace = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as {
    catalog: Record<string, string>;
  };
  const version = workspace.catalog[name];
  if (version === undefined) throw new StepFailed(`${name} is not in the pnpm catalog`);
  return version;
}

function write(dir: string, path: string, content: string | object): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

/** Runs a command in `cwd` with the telemetry and inherited Node options cleared. */
function exec(what: string, cwd: string, command: string, args: string[], expect = 0) {
  const env = { PACT_DO_NOT_TRACK: '1', NODE_OPTIONS: '' };
  return runCaptured(what, command, args, { cwd, env, expect });
}

function writeVendorProject(dir: string): void {
  write(dir, 'consumer.cjs', files.consumerCjs);
  write(dir, 'node10/flow.ts', files.consumerTs);
  write(dir, 'node10/run.ts', files.runTs('TypeScript, commonjs + node10', './flow'));
  write(dir, 'nodenext-cjs/flow.cts', files.consumerTs);
  write(dir, 'nodenext-cjs/run.cts', files.runTs('TypeScript, nodenext .cts', './flow.cjs'));
  write(dir, 'nodenext-esm/flow.mts', files.consumerTs);
  write(dir, 'nodenext-esm/run.mts', files.runTs('TypeScript, nodenext .mts', './flow.mjs'));
  write(dir, 'tsconfig.node10.json', files.tsconfigNode10);
  write(dir, 'tsconfig.nodenext-cjs.json', files.tsconfigNodenextCjs);
  write(dir, 'tsconfig.nodenext-esm.json', files.tsconfigNodenextEsm);
  write(dir, 'vitest.config.ts', files.vitestConfig);
  write(dir, 'simulator.global-setup.ts', files.vitestGlobalSetup);
  write(dir, 'test/simulator.test.ts', files.vitestTest);
}

/**
 * The simulator's declaration files a consumer's program may reach: the harness, configuration,
 * the demo's facts and the generated admin clients. Reaching the server's internals (express,
 * the store, Node's crypto types) ties vendors to type packages and versions they do not choose.
 */
const publicSimulatorTypes =
  /^(index|start-error|demo\/facts|http\/headers)\.d\.ts$|^(config|harness|generated)\//;

function checkPublicTypes(dir: string, tsc: string): void {
  const { stdout } = exec('tsc --listFilesOnly', dir, process.execPath, [
    tsc,
    '-p',
    'tsconfig.nodenext-esm.json',
    '--listFilesOnly',
  ]);
  const prefix = '/node_modules/@skattedeling/simulator/dist/';
  const reached = stdout
    .split('\n')
    .filter((f) => f.includes(prefix))
    .map((f) => f.slice(f.indexOf(prefix) + prefix.length));
  const internal = reached.filter((f) => !publicSimulatorTypes.test(f));
  if (internal.length > 0)
    throw new StepFailed(`the simulator's public types reach internals: ${internal.join(', ')}`);
  console.log(`  ✔ the simulator's public types reach ${reached.length} files, none internal`);
}

/** The vendor project: compile every TypeScript setting, run every program on every Node. */
function checkVendorProject(dir: string, nodes: readonly string[]): void {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  for (const setting of ['node10', 'nodenext-cjs', 'nodenext-esm']) {
    exec(`tsc (${setting})`, dir, process.execPath, [tsc, '-p', `tsconfig.${setting}.json`]);
    console.log(`  ✔ compiles with TypeScript ${setting}, skipLibCheck off`);
  }
  checkPublicTypes(dir, tsc);
  const programs = [
    'consumer.cjs',
    'out-node10/run.js',
    'out-nodenext-cjs/run.cjs',
    'out-nodenext-esm/run.mjs',
  ];
  for (const node of nodes) {
    const version = exec('node --version', dir, node, ['--version']).stdout.trim();
    for (const program of programs) {
      const { stdout } = exec(`${program} on Node ${version}`, dir, node, [program]);
      console.log(`  ✔ Node ${version}: ${stdout.trim()}`);
    }
  }
  exec('the Vitest recipe', dir, process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
  console.log('  ✔ the README Vitest recipe (global setup, inject) passes');
}

const cli = (dir: string) => join(dir, 'node_modules/@skattedeling/simulator/dist/cli.js');

function checkVerifyPactsMissing(dir: string): void {
  const { stderr } = exec(
    'verify-pacts without the optional package',
    dir,
    process.execPath,
    [cli(dir), 'verify-pacts', './pacts'],
    1,
  );
  const lines = stderr.trim().split('\n');
  if (
    lines.length !== 1 ||
    !/npm install --save-dev @skattedeling\/simulator-pact$/.test(stderr.trim())
  )
    throw new StepFailed(`verify-pacts without @skattedeling/simulator-pact said:\n${stderr}`);
  console.log(
    `  ✔ verify-pacts without the optional package: exit 1, "${lines[0]?.slice(0, 60)}…"`,
  );
}

function checkVerifyPacts(dir: string): void {
  const pact = join(dir, 'pacts/verifiable-stateless.json');
  mkdirSync(dirname(pact), { recursive: true });
  copyFileSync(join(repoRoot, 'apps/simulator-pact/src/fixtures/verifiable-stateless.json'), pact);
  const { stdout } = exec('verify-pacts with @skattedeling/simulator-pact', dir, process.execPath, [
    cli(dir),
    'verify-pacts',
    './pacts',
  ]);
  console.log(`  ✔ verify-pacts with the optional package: ${stdout.trim().split('\n').at(-1)}`);
}

/**
 * `installed(name)` is a folder where that package is already installed alone (the size check's),
 * so the verify-pacts check need not install Pact a second time.
 */
export function runConsumers(
  packed: Map<string, Packed>,
  tmp: string,
  options: { nodes?: readonly string[]; installed?: (name: string) => string | undefined } = {},
): void {
  const vendor = join(tmp, 'vendor-project');
  npmInstall(
    vendor,
    [
      ...tarballsFor(packed, vendorPackages),
      `@types/node@${catalogVersion('@types/node')}`,
      `vitest@${catalogVersion('vitest')}`,
    ],
    { dev: true },
  );
  writeVendorProject(vendor);
  checkVendorProject(vendor, [process.execPath, ...(options.nodes ?? [])]);
  checkVerifyPactsMissing(vendor);
  let pactProject = options.installed?.('@skattedeling/simulator-pact');
  if (pactProject === undefined) {
    pactProject = join(tmp, 'pact-project');
    npmInstall(pactProject, tarballsFor(packed, ['@skattedeling/simulator-pact']));
  }
  checkVerifyPacts(pactProject);
}
