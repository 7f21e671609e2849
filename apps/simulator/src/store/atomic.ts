// Writing a file so that a crash (kill -9, power loss) leaves the old content or the new one,
// never half of one: the text goes to a temporary file beside it, which is synced and renamed over
// the file; the folder is synced too, so the rename itself survives a power loss.
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let temps = 0;

/** `.<name>.<pid>.<n>.tmp` beside the file: hidden, and recognisable as ours on the next start. */
const tempFor = (path: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${++temps}.tmp`);

const isTempOf = (name: string, file: string) =>
  name.startsWith(`.${file}.`) && /^\.\d+\.\d+\.tmp$/.test(name.slice(file.length + 1));

export interface AtomicWriteOptions {
  readonly mode?: number;
  /** Sync the file and its folder before resolving (false: atomic, but a power loss may undo it). */
  readonly durable?: boolean;
}

/** Syncs a folder's entries (a rename in it). Windows cannot open a folder for that; it skips. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(
  path: string,
  data: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempFor(path);
  const durable = options.durable ?? true;
  try {
    const file = await open(temp, 'w', options.mode);
    try {
      await file.writeFile(data);
      // Synced before the rename: otherwise a crash could leave the new name on empty blocks.
      if (durable) await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  if (durable) await syncFolder(dirname(path));
}

/**
 * Removes the temporary files a crashed writer left beside `files` in `folder`. Call it only
 * while holding the folder's or the file's lock: then no live writer owns one of them.
 */
export async function removeStaleTemps(
  folder: string,
  files: readonly string[],
): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => files.some((file) => isTempOf(name, file)));
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  return stale;
}
