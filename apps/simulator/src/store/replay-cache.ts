// The jti replay cache: grant ids remembered until the grant can no longer be accepted. It never
// forgets an id before then, because a forgotten id is a grant that can be replayed. Its bound is
// kept by refusing instead: when it holds `cap` ids that are all still live, a new grant is
// refused (ReplayCacheFull, which the token endpoint answers as 503 temporarily_unavailable)
// until the oldest one expires.
//
// Bytes: an entry is its key and expiry. Keys are the registered client id (at most 200
// characters) and the jti (at most 64 characters; a longer one is hashed to 43, see
// maskinporten/rules/jti.ts), so an entry holds at most ~400 bytes and the cache at most
// `cap` × 400 bytes (80 MiB for the default 200 000; about half that with UUID client ids).

/** The cache holds `cap` live grant ids; a new one can be remembered at `retryAtMs`. */
export class ReplayCacheFull extends Error {
  override readonly name = 'ReplayCacheFull';
  constructor(
    readonly cap: number,
    readonly retryAtMs: number,
  ) {
    super(`the replay cache holds ${cap} grant ids that are all still live`);
  }
}

export class ReplayCache {
  /** Key → the millisecond from which the id may be forgotten. Insertion-ordered. */
  private readonly ids = new Map<string, number>();
  /** While full: nothing expires before this, so a new id is refused without a scan. */
  private fullUntilMs = 0;

  constructor(private readonly cap: number) {}

  /**
   * Remembers `key` until `expiresAtMs`. False when it is remembered and live (a replay); throws
   * ReplayCacheFull when it is new and the cache is full of live ids.
   */
  remember(key: string, expiresAtMs: number, nowMs: number): boolean {
    // Expired ids leave from the front. Every id expires within the grant lifetime limit plus
    // twice the skew of its insertion, so a live id at the front holds the others up only briefly.
    for (const [k, exp] of this.ids) {
      if (exp > nowMs) break;
      this.ids.delete(k);
    }
    const seen = this.ids.get(key);
    if (seen !== undefined && seen > nowMs) return false;
    this.ids.delete(key);
    if (this.ids.size >= this.cap) this.makeRoom(nowMs);
    this.ids.set(key, expiresAtMs);
    return true;
  }

  /** Drops every expired id, wherever it sits; throws ReplayCacheFull when none is. */
  private makeRoom(nowMs: number): void {
    if (nowMs < this.fullUntilMs) throw new ReplayCacheFull(this.cap, this.fullUntilMs);
    let soonest = Number.POSITIVE_INFINITY;
    for (const [k, exp] of this.ids) {
      if (exp <= nowMs) this.ids.delete(k);
      else if (exp < soonest) soonest = exp;
    }
    if (this.ids.size >= this.cap) {
      this.fullUntilMs = soonest;
      throw new ReplayCacheFull(this.cap, soonest);
    }
  }

  get size(): number {
    return this.ids.size;
  }

  clear(): void {
    this.ids.clear();
    this.fullUntilMs = 0;
  }
}
