// A bounded memo for pure functions of a key: a vendor's suite asks for several years and
// stages of one person close together, and each of those reads the same profile. The oldest
// entry leaves when the memo is full (insertion order; a hit does not refresh it), which keeps
// it cheap and its memory fixed.
//
// The insertion order is kept in a ring of keys beside the Map. Finding the oldest through the
// Map's own order (`keys().next()`) walks over every entry deleted from its front since V8 last
// rebuilt the table: about a microsecond per new key at 2 048 entries.
export class BoundedMemo<K, V> {
  readonly #entries = new Map<K, V>();
  /** The keys in insertion order, a ring: when the memo is full, `#next` is the oldest. */
  readonly #order: K[] = [];
  #next = 0;

  constructor(readonly limit: number) {}

  /** The value remembered for `key`, or `compute()`'s, remembered. */
  get(key: K, compute: () => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.limit <= 0) return value;
    if (this.#order.length < this.limit) this.#order.push(key);
    else {
      this.#entries.delete(this.#order[this.#next] as K);
      this.#order[this.#next] = key;
      this.#next = (this.#next + 1) % this.limit;
    }
    this.#entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
