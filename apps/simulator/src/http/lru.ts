// A small LRU cache: a Map for lookups and a linked list for recency; get moves the entry to the
// newest end, set evicts from the oldest. It is bounded by entries and, when given a size
// function, by bytes: a client that asks for thousands of different large answers pushes old ones
// out instead of growing the heap.

export interface LruLimits<K, V> {
  /** Most entries kept; 0 keeps nothing. */
  readonly maxEntries: number;
  /** Most bytes kept, as `sizeOf` counts them; an entry larger than this is not kept at all. */
  readonly maxBytes?: number;
  /** The bytes an entry holds (its key included), about its size in memory. */
  readonly sizeOf?: (key: K, value: V) => number;
}

/** An entry in recency order: `prev` is older, `next` newer. */
interface Node<K, V> {
  readonly key: K;
  value: V;
  bytes: number;
  prev: Node<K, V> | undefined;
  next: Node<K, V> | undefined;
}

/**
 * Recency is a linked list beside the Map, so a hit moves two pointers and leaves the Map alone.
 * Moving an entry by Map delete and set, as this cache once did, leaves a deleted slot in the
 * key's hash chain each time: a key asked for again and again in a full cache walked thousands of
 * them on every lookup until V8 rehashed (~40 µs a hit at 10 000 entries).
 */
export class Lru<K, V> {
  private readonly map = new Map<K, Node<K, V>>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (key: K, value: V) => number;
  private used = 0;
  /** The least recently used entry, next to leave. */
  private oldest: Node<K, V> | undefined;
  private newest: Node<K, V> | undefined;

  constructor(limits: number | LruLimits<K, V>) {
    const l = typeof limits === 'number' ? { maxEntries: limits } : limits;
    this.maxEntries = l.maxEntries;
    this.maxBytes = l.maxBytes ?? Number.POSITIVE_INFINITY;
    this.sizeOf = l.sizeOf ?? (() => 0);
  }

  get(key: K): V | undefined {
    const node = this.map.get(key);
    if (node === undefined) return undefined;
    this.toNewest(node);
    return node.value;
  }

  /**
   * Keeps `value` under `key` as the most recently used entry. Setting a key again re-measures
   * it, so a value that grew (an answer that got its XML form) is counted at its new size.
   */
  set(key: K, value: V): void {
    const bytes = this.maxEntries <= 0 ? 0 : this.sizeOf(key, value);
    if (this.maxEntries <= 0 || bytes > this.maxBytes) {
      this.delete(key);
      return;
    }
    const node = this.map.get(key);
    if (node === undefined) {
      const added: Node<K, V> = { key, value, bytes, prev: undefined, next: undefined };
      this.map.set(key, added);
      this.append(added);
    } else {
      this.used -= node.bytes;
      node.value = value;
      node.bytes = bytes;
      this.toNewest(node);
    }
    this.used += bytes;
    while (this.map.size > this.maxEntries || this.used > this.maxBytes) {
      if (this.oldest === undefined) break;
      this.delete(this.oldest.key);
    }
  }

  delete(key: K): void {
    const node = this.map.get(key);
    if (node === undefined) return;
    this.map.delete(key);
    this.unlink(node);
    this.used -= node.bytes;
  }

  clear(): void {
    this.map.clear();
    this.oldest = undefined;
    this.newest = undefined;
    this.used = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** The bytes held, as `sizeOf` counts them. */
  get bytes(): number {
    return this.used;
  }

  private append(node: Node<K, V>): void {
    node.prev = this.newest;
    node.next = undefined;
    if (this.newest === undefined) this.oldest = node;
    else this.newest.next = node;
    this.newest = node;
  }

  private unlink(node: Node<K, V>): void {
    if (node.prev === undefined) this.oldest = node.next;
    else node.prev.next = node.next;
    if (node.next === undefined) this.newest = node.prev;
    else node.next.prev = node.prev;
    node.prev = undefined;
    node.next = undefined;
  }

  private toNewest(node: Node<K, V>): void {
    if (node === this.newest) return;
    this.unlink(node);
    this.append(node);
  }
}
