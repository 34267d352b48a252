// Serialises async work per key. Two subscriptions of one channel share its "seen" list, so their runs take
// turns; otherwise both could pick the same unseen articles and post them twice.
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      // Forget the key once nobody queued behind us, so the map does not grow with every channel ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
