// Helper processes end with the script that started them (issue 8, item 10): after stop(), after
// a failure, and after SIGINT or SIGTERM, none of their pids is left, grandchildren included.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startPrismProxy } from './prism.ts';
import { type Helper, startNode } from './processes.ts';
import { freePort, waitForHttp } from './simulator.ts';

const fixture = fileURLToPath(new URL('./processes-fixture.ts', import.meta.url));

/** Running: signal 0 reaches it and it is not a zombie waiting for a parent that never reaps. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Every process below `pid` (children, grandchildren …), from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // ended meanwhile
    }
  }
  const found: number[] = [];
  const visit = (p: number) => {
    for (const [child, parent] of parents)
      if (parent === p) {
        found.push(child);
        visit(child);
      }
  };
  visit(pid);
  return found;
}

async function gone(pids: readonly number[], withinMs = 5000): Promise<number[]> {
  const until = Date.now() + withinMs;
  let left = pids.filter(alive);
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    left = left.filter(alive);
  }
  return left;
}

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
}

describe.skipIf(process.platform !== 'linux')('helper processes', () => {
  it('a Prism proxy started as the pipeline starts it leaves no process once stopped', async () => {
    const port = await freePort();
    const proxy: Helper = startPrismProxy(
      'contracts/maskinporten/openapi.yaml',
      'http://127.0.0.1:9',
      port,
    );
    cleanup.push(() => proxy.stop());
    await waitForHttp(`http://127.0.0.1:${port}/`, proxy.child, { timeoutMs: 60_000, ok: false });
    const pids = [proxy.pid, ...descendants(proxy.pid)];
    await proxy.stop();
    expect(await gone(pids)).toEqual([]);
  }, 90_000);

  it('stop() ends the helper and what it started, even when that is not its own child', async () => {
    const helper = startNode([fixture, 'leaf'], { stdio: ['ignore', 'pipe', 'inherit'] });
    cleanup.push(() => helper.stop());
    const grandchild = Number(await firstLine(helper.child));
    expect(alive(grandchild)).toBe(true);
    await helper.stop();
    expect(await gone([helper.pid, grandchild])).toEqual([]);
  });

  it.each([
    ['SIGTERM', 'hold'],
    ['SIGINT', 'hold'],
    ['a failure', 'throw'],
  ] as const)('the script ending by %s ends its helpers', async (how, mode) => {
    const script = spawn(process.execPath, [fixture, mode], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const pids = JSON.parse(await firstLine(script)) as { helper: number; grandchild: number };
    cleanup.push(() => {
      for (const pid of [script.pid, pids.helper, pids.grandchild])
        if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGKILL');
    });
    const exited = new Promise((resolve) => script.once('exit', resolve));
    if (how !== 'a failure') script.kill(how);
    await exited;
    expect(await gone([pids.helper, pids.grandchild])).toEqual([]);
  });
});
