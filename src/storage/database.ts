// Opens the bot's single SQLite file. WAL lets readers (autocomplete, previews) proceed while a delivery writes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
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
