// Wires a scheduler to fakes over a real SQLite database; time comes from vitest's fake clock.
import { pino } from 'pino';
import type { Logger } from 'pino';
import { createDigestScheduler } from '../../../../src/digest/scheduler.ts';
import type { DigestScheduler } from '../../../../src/digest/scheduler.ts';
import { createDigestStore } from '../../../../src/digest/store.ts';
import type { DigestStore } from '../../../../src/digest/store.ts';
import type { SqliteDatabase } from '../../../../src/storage/database.ts';
import { openInMemoryDatabase } from '../../../../src/storage/database.ts';
import { FakeCorpus, FakeDiscord, composeInPairs } from './fakes.ts';
import type { TestMessage } from './fakes.ts';

export interface Harness {
  readonly db: SqliteDatabase;
  readonly store: DigestStore;
  readonly discord: FakeDiscord;
  readonly corpus: FakeCorpus;
  readonly scheduler: DigestScheduler<TestMessage>;
  readonly logs: Record<string, unknown>[];
  readonly sleeps: number[];
}

export interface HarnessOptions {
  readonly db?: SqliteDatabase;
  readonly discord?: FakeDiscord;
  readonly corpus?: FakeCorpus;
  readonly ownsGuild?: (guildId: string) => boolean;
  readonly catchupHours?: number;
}

export function capturingLogger(lines: Record<string, unknown>[]): Logger {
  return pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
}

export function harness(options: HarnessOptions = {}): Harness {
  const db = options.db ?? openInMemoryDatabase();
  const store = createDigestStore(db);
  const discord = options.discord ?? new FakeDiscord();
  const corpus = options.corpus ?? new FakeCorpus(10);
  const logs: Record<string, unknown>[] = [];
  const sleeps: number[] = [];
  const scheduler = createDigestScheduler<TestMessage>({
    store,
    transport: discord,
    content: corpus,
    compose: composeInPairs,
    logger: capturingLogger(logs),
    clock: { now: () => new Date() }, // vitest's fake Date, the same clock node-cron fires by
    ownsGuild: options.ownsGuild,
    catchupHours: options.catchupHours,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  return { db, store, discord, corpus, scheduler, logs, sleeps };
}
