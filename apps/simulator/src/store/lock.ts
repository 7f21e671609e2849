// One simulator per state file and per state folder: a lock file beside what it guards, holding
// the owner's pid, host, start time and (once it listens) URL, so a second simulator is refused
// with one line that names the file and the process using it.
//
// Why a pid file and not a library such as proper-lockfile: proper-lockfile judges staleness by
// the lock's age (it touches the lock every few seconds and calls it stale after ten), so after a
// kill -9 the next start would wait or be refused for that long, and a blocked event loop could
// lose the lock. A pid says at once whether the owner still runs. Its limits: a pid is checked on
// this machine only (two machines sharing a folder over the network are not told apart), and a
// pid reused by an unrelated process keeps a stale lock until the file is removed by hand; a
// container restarted on the same volume usually gets its old pid back, which is its own pid and
// so recognised as stale.
import { readFileSync, rmSync } from 'node:fs';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { writeFileAtomic } from './atomic.js';

/** A lock is held by another live process, or cannot be taken; the message is one line. */
export class LockError extends Error {
  override readonly name = 'LockError';
}

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly url?: string;
}

/** Lock paths this process holds, released at exit even when close() is never called. */
const held = new Map<string, string>();
let exitHook = false;

function releaseAllAtExit(): void {
  for (const [path, text] of held) {
    try {
      // Only if it is still ours: a stale-lock takeover may have replaced it.
      if (readFileSync(path, 'utf8') === text) rmSync(path, { force: true });
    } catch {
      // Gone already, or the folder with it.
    }
  }
  held.clear();
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isSafeInteger(holder.pid) || (holder.pid as number) <= 0) return undefined;
    return {
      pid: holder.pid as number,
      host: typeof holder.host === 'string' ? holder.host : '?',
      since: typeof holder.since === 'string' ? holder.since : '?',
      ...(typeof holder.url === 'string' ? { url: holder.url } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A lock another process took and still holds; undefined when it is stale (or garbled). */
function liveHolder(path: string, text: string): LockHolder | undefined {
  const holder = parseHolder(text);
  if (holder === undefined) return undefined;
  // Our own pid: held by this process only if we took it; otherwise a predecessor with our pid.
  if (holder.pid === process.pid) return held.has(path) ? holder : undefined;
  return running(holder.pid) ? holder : undefined;
}

let creates = 0;

/** Creates `path` with `text` only if it does not exist, complete from the first moment it does. */
async function createExclusive(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.${++creates}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // A file system without hard links: exclusive create, written right after.
    await writeFile(path, text, { flag: 'wx' });
  } finally {
    await rm(temp, { force: true });
  }
}

/** Describes the holder for a refusal: "process 1234 on host-a since …, http://…". */
export function describeHolder(holder: LockHolder): string {
  const url = holder.url === undefined ? '' : `, serving ${holder.url}`;
  return `process ${holder.pid} on ${holder.host}, started ${holder.since}${url}`;
}

export class Lock {
  private text: string;

  private constructor(
    readonly path: string,
    readonly holder: LockHolder,
  ) {
    this.text = `${JSON.stringify(holder)}\n`;
  }

  /**
   * Takes the lock at `path`, taking over a stale one (its process no longer runs). Throws a
   * LockError with `refusal(holder)` when a live process holds it.
   */
  static async acquire(path: string, refusal: (holder: LockHolder) => string): Promise<Lock> {
    const lock = new Lock(path, {
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
    });
    // Up to three rounds: a stale lock is removed, then taken. Two simulators taking over the
    // same stale lock in the same instant can both succeed; the lock is for mistakes, not for
    // adversaries.
    for (let round = 0; round < 3; round++) {
      try {
        await createExclusive(path, lock.text);
        lock.hold();
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new LockError(
            `Cannot create lock ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
          );
      }
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) continue; // released in between
      const holder = liveHolder(path, text);
      if (holder !== undefined) throw new LockError(refusal(holder));
      await rm(path, { force: true });
    }
    throw new LockError(`Cannot take lock ${path}: it keeps changing`);
  }

  private hold(): void {
    held.set(this.path, this.text);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', releaseAllAtExit);
    }
  }

  /** Adds the URL the simulator serves, so a refusal can name it (best effort). */
  async note(url: string): Promise<void> {
    if (!held.has(this.path)) return;
    const text = `${JSON.stringify({ ...this.holder, url })}\n`;
    try {
      // Replaced whole (rename), so a reader never sees half of it.
      await writeFileAtomic(this.path, text, { durable: false });
    } catch {
      return; // the lock still holds; a refusal just cannot name the URL
    }
    this.text = text;
    held.set(this.path, text);
  }

  async release(): Promise<void> {
    if (!held.has(this.path)) return;
    held.delete(this.path);
    const text = await readFile(this.path, 'utf8').catch(() => undefined);
    if (text === this.text) await rm(this.path, { force: true });
  }
}
