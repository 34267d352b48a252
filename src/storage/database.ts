// Opens the bot's single SQLite file. WAL lets readers (autocomplete, previews) proceed while a delivery writes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { migrate } from './migrations.ts';

export type { SqliteDatabase };

export const DATABASE_FILE_NAME = 'briefbot.sqlite';

/** Opens (creating the directory and file on first start) `${dataDir}/briefbot.sqlite`, migrated to the latest schema. */
export function openDatabase(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE_NAME));
  try {
    db.pragma('journal_mode = WAL');
    return configure(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A private, migrated in-memory database: for tests and dry runs. */
export function openInMemoryDatabase(): SqliteDatabase {
  return configure(new Database(':memory:'));
}

function configure(db: SqliteDatabase): SqliteDatabase {
  db.pragma('foreign_keys = ON');
  // Another process (a second shard) may hold the write lock briefly; wait instead of failing at once.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/**
 * A memoizing `prepare`: stores call it on every query, and preparing costs more than running a small
 * statement (a slot with 1,000 due subscriptions re-prepared the same SQL thousands of times).
 */
export function statementCache(db: SqliteDatabase): (sql: string) => Statement<unknown[]> {
  const cache = new Map<string, Statement<unknown[]>>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare<unknown[]>(sql)));
    return statement;
  };
}
