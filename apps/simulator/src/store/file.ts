// The file-backed store (`--state-file`): the memory store, loaded from a JSON snapshot at start
// and written back after every change, so clients, organisations, onboarding, delegations,
// fixtures and faults (global and per test run) survive a restart.
//
// An admin write is answered only once it is durable (`flush()`, see admin/durable.ts): the
// snapshot is written to a temporary file beside the state file, synced, renamed over it, and the
// folder synced. Writes are group commits: a change schedules one write for the next turn of the
// event loop, so the changes of one burst share one write, and changes made while a write runs
// share the next one. Requests that do not ask for durability (token requests taking a counted
// fault) never wait.
//
// One simulator per file: a lock file beside it (`<file>.lock`, see lock.ts) refuses a second
// one; temporary files a crashed simulator left are removed on start.
//
// The jti replay cache is not persisted. An entry lives only until its grant's exp plus the clock
// skew (at most the grant lifetime limit plus twice the skew, 140 s by default), the cache changes
// on every token request, and writing it would put disk work on the token hot path. The price: a
// grant used less than that long before a restart can be replayed once after it.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { removeStaleTemps, writeFileAtomic } from './atomic.js';
import { describeHolder, Lock, LockError } from './lock.js';
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
  /** Bumped by every change; `durable` is the version the file holds. */
  private version = 0;
  private durable = 0;
  private failure: { readonly version: number; readonly error: StateFileError } | undefined;
  private scheduled: Promise<void> | undefined;
  private writing: Promise<void> | undefined;
  private writes = 0;
  private lock: Lock | undefined;

  private constructor(
    /** The state file's absolute path. */
    readonly path: string,
    jtiCap: number,
    private readonly onWriteError: (message: string) => void,
  ) {
    super(jtiCap);
  }

  /**
   * Takes the file's lock, removes temporary files a crash left, then loads the state file or
   * creates it (and its folder). Throws a StateFileError for a file another simulator uses, that
   * cannot be read, is not JSON, is not a simulator state file or has a version this simulator
   * does not read.
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
    await mkdir(dirname(full), { recursive: true }).catch((error: unknown) => {
      throw new StateFileError(`Cannot create state file ${full}: ${reason(error)}`);
    });
    store.lock = await Lock.acquire(
      `${full}.lock`,
      (holder) =>
        `Cannot use state file ${full}: another simulator uses it (${describeHolder(holder)}); stop it, or give this one another --state-file`,
    ).catch((error: unknown) => {
      throw error instanceof LockError ? new StateFileError(error.message) : error;
    });
    try {
      await removeStaleTemps(dirname(full), [basename(full), `${basename(full)}.lock`]);
      await store.load();
    } catch (error) {
      await store.lock.release();
      throw error;
    }
    return store;
  }

  private async load(): Promise<void> {
    let text: string | undefined;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new StateFileError(`Cannot read state file ${this.path}: ${reason(error)}`);
    }
    if (text === undefined) await this.write();
    else if (text.trim() !== '') this.restore(parseState(this.path, text));
  }

  /** Snapshots written since open (the one creating a missing file included). */
  get writeCount(): number {
    return this.writes;
  }

  /** The lock file beside the state file (held until close). */
  get lockPath(): string {
    return `${this.path}.lock`;
  }

  /** Adds the URL this simulator serves to the lock, so a refused second one can name it. */
  async noteUrl(url: string): Promise<void> {
    await this.lock?.note(url);
  }

  /**
   * Resolves once every change made before the call is on disk (written, synced, renamed, folder
   * synced); rejects with the StateFileError of the write that should have carried them.
   */
  override async flush(): Promise<void> {
    const target = this.version;
    while (this.durable < target) {
      await this.schedule();
      if (this.durable >= target) return;
      // A write that began after the call failed; one that began before it is simply retried.
      if (this.failure !== undefined && this.failure.version >= target) throw this.failure.error;
    }
  }

  /** Writes what is left, then lets go of the file. A failed last write is reported, not thrown. */
  override async close(): Promise<void> {
    try {
      await this.flush();
    } catch {
      // Already reported through onWriteError.
    } finally {
      await this.lock?.release();
      this.lock = undefined;
    }
  }

  private changed(): void {
    this.version++;
    void this.schedule();
  }

  /** The next write, on the next turn of the event loop: a burst of changes shares it. */
  private schedule(): Promise<void> {
    this.scheduled ??= new Promise<void>((done) => setImmediate(done)).then(() => {
      this.scheduled = undefined;
      return this.drain();
    });
    return this.scheduled;
  }

  /** Writes until the file holds the latest version or a write fails; one loop at a time. */
  private drain(): Promise<void> {
    this.writing ??= (async () => {
      while (this.durable < this.version) {
        const version = this.version;
        try {
          await this.write();
          this.durable = version;
          this.failure = undefined;
        } catch (error) {
          this.failure = { version, error: error as StateFileError };
          this.onWriteError((error as Error).message);
          return; // the next change or flush tries again
        }
      }
    })().finally(() => {
      this.writing = undefined;
    });
    return this.writing;
  }

  private async write(): Promise<void> {
    try {
      await writeFileAtomic(this.path, serializeState(this.snapshot()));
      this.writes++;
    } catch (error) {
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
