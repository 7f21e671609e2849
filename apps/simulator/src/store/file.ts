// The file-backed store (`--state-file`): the memory store, loaded from a JSON snapshot at start
// and written back after every change, so clients, organisations, onboarding, delegations,
// fixtures and faults (global and per test run) survive a restart.
//
// Requests never wait on the disk: a change only marks the state dirty and schedules one write
// with setImmediate, so a burst of changes in one tick is one write, and changes made while a
// write runs share the next one. A write goes to a temporary file in the same folder, synced, then
// renamed over the state file: a reader (or a crash) sees the old snapshot or the new one, never
// half of one.
//
// The jti replay cache is not persisted. An entry lives only until its grant's exp plus the clock
// skew (at most the grant lifetime limit plus twice the skew, 140 s by default), the cache changes
// on every token request, and writing it would put disk work on the token hot path. The price: a
// grant used less than that long before a restart can be replayed once after it.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MemoryStore } from './memory.js';
import { parseState, StateFileError, serializeState } from './snapshot.js';
import type {
  Client,
  Delegation,
  Fault,
  FaultQuery,
  Fixture,
  Onboarding,
  Organisation,
} from './types.js';

export interface FileStoreOptions {
  /** A write failed (one line); the state stays in memory and the next change tries again. */
  readonly onWriteError?: (message: string) => void;
}

const reason = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? String((error as Error).message ?? error);

export class FileStore extends MemoryStore {
  private dirty = false;
  private scheduled = false;
  private writing: Promise<void> | undefined;
  private writes = 0;
  private temps = 0;

  private constructor(
    /** The state file's absolute path. */
    readonly path: string,
    jtiCap: number,
    private readonly onWriteError: (message: string) => void,
  ) {
    super(jtiCap);
  }

  /**
   * Loads the state file, or creates it (and its folder) when it does not exist. Throws a
   * StateFileError for a file that cannot be read, is not JSON, is not a simulator state file or
   * has a version this simulator does not read.
   */
  static async open(
    path: string,
    jtiCap: number,
    options: FileStoreOptions = {},
  ): Promise<FileStore> {
    const full = resolve(path);
    const store = new FileStore(
      full,
      jtiCap,
      options.onWriteError ?? ((line) => process.stderr.write(`${line}\n`)),
    );
    let text: string | undefined;
    try {
      text = await readFile(full, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new StateFileError(`Cannot read state file ${full}: ${reason(error)}`);
    }
    if (text === undefined) {
      await mkdir(dirname(full), { recursive: true }).catch((error: unknown) => {
        throw new StateFileError(`Cannot create state file ${full}: ${reason(error)}`);
      });
      await store.write();
    } else if (text.trim() !== '') store.restore(parseState(full, text));
    return store;
  }

  /** Snapshots written since open (the one creating a missing file included). */
  get writeCount(): number {
    return this.writes;
  }

  override async flush(): Promise<void> {
    do await this.drain();
    while (this.dirty);
  }

  private changed(): void {
    this.dirty = true;
    if (this.scheduled || this.writing !== undefined) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  /** Writes until nothing is dirty; concurrent callers share the one running loop. */
  private drain(): Promise<void> {
    this.writing ??= (async () => {
      while (this.dirty) {
        this.dirty = false;
        try {
          await this.write();
        } catch (error) {
          this.onWriteError((error as Error).message);
        }
      }
    })().finally(() => {
      this.writing = undefined;
      // A change between the loop's last check and now found a write running and scheduled none.
      if (this.dirty) this.changed();
    });
    return this.writing;
  }

  private async write(): Promise<void> {
    const text = serializeState(this.snapshot());
    const temp = join(
      dirname(this.path),
      `.${basename(this.path)}.${process.pid}.${++this.temps}.tmp`,
    );
    try {
      const file = await open(temp, 'w');
      try {
        await file.writeFile(text);
        // Synced before the rename: otherwise a crash could leave the new name on empty blocks.
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path);
      this.writes++;
    } catch (error) {
      await rm(temp, { force: true }).catch(() => {});
      throw new StateFileError(`Cannot write state file ${this.path}: ${reason(error)}`);
    }
  }

  override putOrganisation(org: Organisation) {
    super.putOrganisation(org);
    this.changed();
  }
  override putClient(client: Client) {
    super.putClient(client);
    this.changed();
  }
  override deleteClient(clientId: string) {
    return this.changedIf(super.deleteClient(clientId));
  }
  override putOnboarding(run: string | undefined, onboarding: Onboarding) {
    super.putOnboarding(run, onboarding);
    this.changed();
  }
  override deleteOnboarding(run: string | undefined, orgnr: string) {
    return this.changedIf(super.deleteOnboarding(run, orgnr));
  }
  override putDelegation(run: string | undefined, delegation: Delegation) {
    super.putDelegation(run, delegation);
    this.changed();
  }
  override putFixture(run: string | undefined, fixture: Fixture) {
    super.putFixture(run, fixture);
    this.changed();
  }
  override deleteFixture(run: string | undefined, pid: string, consumerOrg?: string) {
    return this.changedIf(super.deleteFixture(run, pid, consumerOrg));
  }
  override addFault(run: string | undefined, fault: Fault) {
    super.addFault(run, fault);
    this.changed();
  }
  override deleteFault(run: string | undefined, id: string) {
    return this.changedIf(super.deleteFault(run, id));
  }
  override takeFault(run: string | undefined, query: FaultQuery) {
    const fault = super.takeFault(run, query);
    // Only a counted fault changes when it hits; an open-ended one is read, not written.
    if (fault?.remaining !== undefined) this.changed();
    return fault;
  }
  override reset(run: string | undefined) {
    super.reset(run);
    this.changed();
  }

  private changedIf(changed: boolean): boolean {
    if (changed) this.changed();
    return changed;
  }
}
