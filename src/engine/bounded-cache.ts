// A small cache that forgets its oldest entry when full: briefings and digest items are cheap to
// recompute, so a bounded insertion-ordered Map is all they need.
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The cached value for `key`, or `compute()`'s, remembered. */
  get(key: string, compute: () => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }
}
