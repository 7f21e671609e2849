// A small LRU cache on Map's insertion order: get moves the entry to the back, set evicts from the
// front. It is bounded by entries and, when given a size function, by bytes: a client that asks
// for thousands of different large answers pushes old ones out instead of growing the heap.

export interface LruLimits<K, V> {
  /** Most entries kept; 0 keeps nothing. */
  readonly maxEntries: number;
  /** Most bytes kept, as `sizeOf` counts them; an entry larger than this is not kept at all. */
  readonly maxBytes?: number;
  /** The bytes an entry holds (its key included), about its size in memory. */
  readonly sizeOf?: (key: K, value: V) => number;
}

interface Slot<V> {
  readonly value: V;
  readonly bytes: number;
}

export class Lru<K, V> {
  private readonly map = new Map<K, Slot<V>>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (key: K, value: V) => number;
  private used = 0;

  constructor(limits: number | LruLimits<K, V>) {
    const l = typeof limits === 'number' ? { maxEntries: limits } : limits;
    this.maxEntries = l.maxEntries;
    this.maxBytes = l.maxBytes ?? Number.POSITIVE_INFINITY;
    this.sizeOf = l.sizeOf ?? (() => 0);
  }

  get(key: K): V | undefined {
    const slot = this.map.get(key);
    if (slot !== undefined) {
      this.map.delete(key);
      this.map.set(key, slot);
    }
    return slot?.value;
  }

  /**
   * Keeps `value` under `key` as the most recently used entry. Setting a key again re-measures
   * it, so a value that grew (an answer that got its XML form) is counted at its new size.
   */
  set(key: K, value: V): void {
    this.delete(key);
    if (this.maxEntries <= 0) return;
    const bytes = this.sizeOf(key, value);
    if (bytes > this.maxBytes) return;
    this.map.set(key, { value, bytes });
    this.used += bytes;
    while (this.map.size > this.maxEntries || this.used > this.maxBytes) {
      const oldest = this.map.keys().next();
      if (oldest.done === true) break;
      this.delete(oldest.value);
    }
  }

  delete(key: K): void {
    const slot = this.map.get(key);
    if (slot === undefined) return;
    this.map.delete(key);
    this.used -= slot.bytes;
  }

  clear(): void {
    this.map.clear();
    this.used = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** The bytes held, as `sizeOf` counts them. */
  get bytes(): number {
    return this.used;
  }
}
