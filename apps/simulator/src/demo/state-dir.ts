// The state folder (`--state-dir`): the demo vendor's key, certificate and demo.json, and the test
// CA. One simulator per folder: a second one would make its own files over the first one's (the
// first would then refuse its own certificate client, and `token` would find the second one's
// port), so the folder is locked (`simulator.lock`) and a second start is refused with one line.
// What is in the folder is reused: the vendor key (same kid) and the CA (same issuer).
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestCa } from '../ca/ca.js';
import { CA_CERT_FILE, CA_KEY_FILE, loadOrCreateCa } from '../ca/keep.js';
import { removeStaleTemps } from '../store/atomic.js';
import { describeHolder, Lock, LockError } from '../store/lock.js';
import { DEMO_FILE_NAMES, loadOrCreateVendorKey, type VendorKey } from './demo.js';

export const STATE_DIR_LOCK = 'simulator.lock';

export interface StateDir {
  /** The folder's absolute path. */
  readonly path: string;
  readonly lock: Lock;
  readonly vendorKey: VendorKey;
  readonly ca: TestCa;
}

/** Locks the folder (creating it), clears a crash's temporary files, loads or makes key and CA. */
export async function openStateDir(stateDir: string): Promise<StateDir> {
  const path = resolve(stateDir);
  await mkdir(path, { recursive: true }).catch((error: unknown) => {
    throw new LockError(
      `Cannot create state folder ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  });
  const lock = await Lock.acquire(
    join(path, STATE_DIR_LOCK),
    (holder) =>
      `Cannot use state folder ${path}: another simulator uses it (${describeHolder(holder)}); stop it, or give this one another --state-dir`,
  );
  try {
    await removeStaleTemps(path, [...DEMO_FILE_NAMES, CA_KEY_FILE, CA_CERT_FILE, STATE_DIR_LOCK]);
    const [vendorKey, { ca }] = await Promise.all([
      loadOrCreateVendorKey(path),
      loadOrCreateCa(path),
    ]);
    return { path, lock, vendorKey, ca };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
