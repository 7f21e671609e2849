// A bounded memo for pure functions of a key: a vendor's suite asks for several years and
// stages of one person close together, and each of those reads the same profile. The oldest
// entry leaves when the memo is full (insertion order; a hit does not refresh it), which keeps
// it cheap and its memory fixed.
export class BoundedMemo<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  /** The value remembered for `key`, or `compute()`'s, remembered. */
  get(key: K, compute: () => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.#entries.size >= this.limit) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
    return value;
  }
}
