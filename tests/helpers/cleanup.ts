// Per-test teardown for tests that start servers, processes or temporary directories: call at the top
// of a file; whatever a test registers is undone after it, last registered first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export interface Cleanup {
  defer(undo: () => unknown): void;
  /** A fresh directory under the system temp dir, removed after the test. */
  tempDir(prefix?: string): string;
}

export function useCleanup(): Cleanup {
  const pending: (() => unknown)[] = [];
  afterEach(async () => {
    while (pending.length > 0) await pending.pop()?.();
  });
  return {
    defer: (undo) => void pending.push(undo),
    tempDir(prefix = 'briefbot-test-') {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      pending.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
  };
}
