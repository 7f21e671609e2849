// Small helpers for the repository scripts: run a command, fail a step with one line.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const scriptBin = (name: string) => join(repoRoot, 'scripts/node_modules/.bin', name);
export const rootBin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

export interface RunResult {
  status: number;
  stdout: string;
}

/** Runs a command in the repository; output streams through unless `capture` is set. */
export function run(
  command: string,
  args: readonly string[],
  options: { capture?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? repoRoot,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

/** A step failure the pipeline reports in one line (no stack trace). */
export class StepFailed extends Error {}

/** What to print for a step's failure: a StepFailed's message alone, anything else with its stack. */
export function failureText(error: unknown): string {
  if (error instanceof StepFailed) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export interface CapturedRun {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command with both streams captured; throws StepFailed naming `what`, the exit status and
 * the last 2000 characters of what it printed when the status is not `expect` (default 0).
 */
export function runCaptured(
  what: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; expect?: number } = {},
): CapturedRun {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw new StepFailed(`${what}: ${result.error.message}`);
  const expect = options.expect ?? 0;
  if (result.status !== expect) {
    const output = `${result.stdout}${result.stderr}`.trim().slice(-2000);
    const ended = result.signal === null ? `exit ${result.status}` : `killed by ${result.signal}`;
    throw new StepFailed(`${what}: ${ended} (expected exit ${expect})\n${output}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

export function must(result: RunResult, what: string): RunResult {
  if (result.status !== 0) throw new StepFailed(`${what} failed (exit ${result.status})`);
  return result;
}
