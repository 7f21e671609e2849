import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeHolder, Lock, LockError } from './lock.js';

const lockPath = () => join(mkdtempSync(join(tmpdir(), 'sim-lock-')), 'thing.lock');
const refusal = (holder: Parameters<typeof describeHolder>[0]) =>
  `Cannot use thing: ${describeHolder(holder)}`;

/** A process that has exited: its pid is free (or reused, which the test cannot help). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

describe('Lock', () => {
  it('writes pid, host and start time; a URL noted later; released, it is gone', async () => {
    const path = lockPath();
    const lock = await Lock.acquire(path, refusal);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      pid: process.pid,
      host: hostname(),
      since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    await lock.note('http://127.0.0.1:5280');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ url: 'http://127.0.0.1:5280' });
    await lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses while a live process holds it, naming that process and its URL', async () => {
    const path = lockPath();
    // The parent of this test process runs as long as the test does.
    const holder = { pid: process.ppid, host: 'ci-7', since: '2026-06-15T10:00:00.000Z' };
    writeFileSync(path, JSON.stringify({ ...holder, url: 'http://127.0.0.1:5281' }));
    const error = await Lock.acquire(path, refusal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockError);
    expect((error as Error).message).toBe(
      `Cannot use thing: process ${process.ppid} on ci-7, started 2026-06-15T10:00:00.000Z, serving http://127.0.0.1:5281`,
    );
  });

  it('refuses a second lock in the same process', async () => {
    const path = lockPath();
    const lock = await Lock.acquire(path, refusal);
    await expect(Lock.acquire(path, refusal)).rejects.toThrow(LockError);
    await lock.release();
    await (await Lock.acquire(path, refusal)).release();
  });

  it.each([
    ['a process that has exited', async () => JSON.stringify({ pid: await deadPid() })],
    // A container restarted on the same volume: the old simulator had this process's pid.
    ['this pid, not taken by this process', async () => JSON.stringify({ pid: process.pid })],
    ['a garbled file', async () => '{"pid": '],
  ])('takes over a stale lock: %s', async (_what, content) => {
    const path = lockPath();
    writeFileSync(path, await content());
    const lock = await Lock.acquire(path, refusal);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('release leaves a lock alone that is no longer its own', async () => {
    const path = lockPath();
    const lock = await Lock.acquire(path, refusal);
    writeFileSync(path, JSON.stringify({ pid: process.ppid }));
    await lock.release();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ pid: process.ppid });
  });
});
