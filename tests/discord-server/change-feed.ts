// Lets tests await a condition on the server's state ("the reply has landed") instead of sleeping:
// every mutation calls notify(), and waiters re-check their condition then.

export const DEFAULT_WAIT_MS = 5000;

export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
}

export class ChangeFeed {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Resolves with the first non-undefined value of `check`, re-evaluated after every change.
   * Rejects after `timeoutMs` with `describe()` in the message, which should say what *did* happen.
   */
  until<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const listener = (): void => {
        const value = check();
        if (value === undefined) return;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new WaitTimeoutError(`Timed out after ${timeoutMs} ms: ${describe()}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }
}
