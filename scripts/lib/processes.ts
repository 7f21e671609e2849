// Helper processes a repository script starts (the simulator, Prism proxies, a bare server) end
// with the script: on stop, on a normal exit, on a failure and on Ctrl-C or SIGTERM.
//
// Two things make that hold. A helper is the package's real JavaScript file run by this Node,
// never a node_modules/.bin shell wrapper: pnpm's wrapper runs `node`, itself a wrapper (the
// pinned `node` package) that does not exec, so killing the wrapper's pid left the server running.
// And a helper gets a process group of its own (detached), so stopping it ends the group: the
// helper and anything it started.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './run.ts';

/**
 * The JavaScript file behind a package's `bin`, as Node resolves the package from `fromDir`
 * (walking up node_modules folders), so it can be run with process.execPath.
 */
export function binScript(pkg: string, bin: string, fromDir = join(repoRoot, 'scripts')): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(manifest)) {
      const { bin: bins } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        bin?: string | Record<string, string>;
      };
      const file = typeof bins === 'string' ? bins : bins?.[bin];
      if (file === undefined) throw new Error(`${pkg} has no bin "${bin}"`);
      return join(dirname(manifest), file);
    }
    if (dirname(dir) === dir) throw new Error(`${pkg} is not installed (from ${fromDir})`);
  }
}

export interface Helper {
  readonly child: ChildProcess;
  /** The helper's pid, which is also its process group's id. */
  readonly pid: number;
  /** SIGTERM to the group, SIGKILL after `graceMs`; then the cleanup. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

interface Entry {
  readonly pid: number;
  readonly cleanup: (() => void) | undefined;
}

const live = new Map<Helper, Entry>();

/** Sends `signal` to the whole group; false when no process of it is left. */
export function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

function endNow(helper: Helper): void {
  const entry = live.get(helper);
  if (entry === undefined) return;
  live.delete(helper);
  signalGroup(entry.pid, 'SIGKILL');
  entry.cleanup?.();
}

let installed = false;

/** Ends every helper when this process ends: normally, by an uncaught error, or by a signal. */
function installHandlers(): void {
  if (installed) return;
  installed = true;
  // 'exit' handlers must be synchronous: no time for a graceful stop, so SIGKILL.
  process.on('exit', () => {
    for (const helper of [...live.keys()]) endNow(helper);
  });
  const numbers: Record<string, number> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      void Promise.all([...live.keys()].map((h) => h.stop(2000))).finally(() =>
        process.exit(128 + (numbers[signal] ?? 0)),
      );
    });
  }
}

/**
 * Runs `node <args>` with this process's Node as a helper in its own process group. `cleanup`
 * runs once the helper is stopped (or this process exits), e.g. to remove its temporary folder.
 */
export function startNode(
  args: readonly string[],
  options: Omit<SpawnOptions, 'detached'> & { cleanup?: () => void } = {},
): Helper {
  installHandlers();
  const { cleanup, ...spawnOptions } = options;
  const child = spawn(process.execPath, args, { ...spawnOptions, detached: true });
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const helper: Helper = {
    child,
    pid,
    async stop(graceMs = 5000) {
      if (!live.has(helper)) return;
      if (signalGroup(pid, 'SIGTERM'))
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
      endNow(helper);
    },
  };
  live.set(helper, { pid, cleanup });
  return helper;
}
