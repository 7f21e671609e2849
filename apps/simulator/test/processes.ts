// The real simulator as a child process: `node dist/cli.js` itself (never a .bin shell wrapper,
// whose kill would leave the simulator running), each one ended by stopAll() (also when a test
// fails).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface RunningSimulator {
  readonly child: ChildProcess;
  readonly pid: number;
  /** The base URL from the start-up banner. */
  readonly url: string;
  readonly stdout: () => string;
}

const children = new Set<ChildProcess>();

function checkBuilt(): void {
  if (!existsSync(cli))
    throw new Error(
      `${cli} is missing: build the simulator first (pnpm --filter @skattedeling/simulator build)`,
    );
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** Starts the simulator and resolves once its banner names the URL (after demo.json is written). */
export async function startSimulatorProcess(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunningSimulator> {
  checkBuilt();
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // With the demo, the banner ends with the first call; without it, with the admin line.
  const last = args.includes('--no-demo')
    ? /\n {2}Simulator admin [^\n]*\n/
    : /# why the last request was answered as it was\n/;
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /ready in \d+ ms on (\S+)\n/.exec(stdout);
      if (ready?.[1] !== undefined && last.test(stdout)) resolve(ready[1]);
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`the simulator exited (${code ?? signal}) before it was ready: ${stderr}`)),
    );
  });
  return { child, pid: child.pid as number, url, stdout: () => stdout };
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI to its end (`token`, or a start that is refused). */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CliResult> {
  checkBuilt();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        timeout: options.timeoutMs ?? 20_000,
        killSignal: 'SIGKILL',
      },
      (error, stdout, stderr) => {
        children.delete(child);
        resolve({ code: error === null ? 0 : ((error.code as number) ?? -1), stdout, stderr });
      },
    );
    children.add(child);
  });
}

/** Kills with SIGKILL and waits for the exit. */
export async function kill(sim: RunningSimulator | ChildProcess): Promise<void> {
  const child = 'child' in sim ? sim.child : sim;
  child.kill('SIGKILL');
  await exited(child);
  children.delete(child);
}

/** Ends every simulator a test started that still runs. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    }),
  );
  children.clear();
}
