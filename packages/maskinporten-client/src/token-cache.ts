// Tokens kept until shortly before they expire, with one request in flight per key: concurrent
// callers asking for the same token share one grant and one round trip.

export interface Expiring {
  readonly expiresAt: Date;
}

export class TokenCache<T extends Expiring> {
  readonly #tokens = new Map<string, T>();
  readonly #inFlight = new Map<string, Promise<T>>();

  constructor(
    private readonly now: () => number,
    /** Milliseconds before `expiresAt` at which a cached token is no longer handed out. */
    private readonly leewayMs: number,
  ) {}

  /** The cached token for `key` if it is still fresh, else the result of `fetch` (shared). */
  get(key: string, fetch: () => Promise<T>): Promise<T> {
    const cached = this.#tokens.get(key);
    if (cached !== undefined) {
      if (this.#fresh(cached)) return Promise.resolve(cached);
      this.#tokens.delete(key);
    }
    const pending = this.#inFlight.get(key);
    if (pending !== undefined) return pending;
    const request = fetch().then(
      (token) => {
        this.#inFlight.delete(key);
        if (this.#fresh(token)) this.#tokens.set(key, token);
        return token;
      },
      (error: unknown) => {
        // Failures are not cached: the next caller tries again.
        this.#inFlight.delete(key);
        throw error;
      },
    );
    this.#inFlight.set(key, request);
    return request;
  }

  clear(): void {
    this.#tokens.clear();
  }

  #fresh(token: T): boolean {
    return this.now() < token.expiresAt.getTime() - this.leewayMs;
  }
}
