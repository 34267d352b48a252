// Versioned schema migrations tracked by `PRAGMA user_version`: each migration runs once, in its own
// transaction, so a crash mid-upgrade leaves the database at the previous version rather than half-migrated.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1-based and consecutive: migration N moves the database from version N-1 to N. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'digest subscriptions, deliveries and seen articles',
    sql: `
      CREATE TABLE subscriptions (
        id                   TEXT PRIMARY KEY,
        guild_id             TEXT NOT NULL,
        channel_id           TEXT NOT NULL,
        schedule_text        TEXT NOT NULL,
        cron                 TEXT NOT NULL,
        time_zone            TEXT NOT NULL,
        max_articles         INTEGER NOT NULL CHECK (max_articles BETWEEN 1 AND 10),
        paused               INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        pause_reason         TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        last_result          TEXT,
        last_run_at          TEXT,
        created_by           TEXT NOT NULL,
        created_at           TEXT NOT NULL
      );
      CREATE INDEX subscriptions_by_guild ON subscriptions (guild_id);

      -- One row per (subscription, scheduled slot): the UNIQUE constraint is what makes a slot claimable only once.
      CREATE TABLE deliveries (
        id              INTEGER PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        slot            TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'nothing-new', 'skipped', 'failed')),
        items_json      TEXT NOT NULL DEFAULT '[]',
        message_ids     TEXT NOT NULL DEFAULT '[]',
        error           TEXT,
        claimed_at      TEXT NOT NULL,
        finished_at     TEXT,
        UNIQUE (subscription_id, slot)
      );
      CREATE INDEX deliveries_by_status ON deliveries (status);

      CREATE TABLE channel_seen (
        channel_id      TEXT NOT NULL,
        article_id      TEXT NOT NULL,
        content_hash    TEXT,
        subscription_id TEXT,
        delivered_at    TEXT NOT NULL,
        PRIMARY KEY (channel_id, article_id)
      );
    `,
  },
];

/** Brings the database to the latest version; a no-op when it is already there. Returns the final version. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertConsecutive(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = currentVersion(db);
  if (current > latest) {
    // A newer build wrote this file: running old code on it could silently corrupt data.
    throw new Error(`Database schema version ${current} is newer than this build understands (${latest}); upgrade briefbot.`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA does not accept bound parameters; the version is a checked integer.
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return currentVersion(db);
}

export function currentVersion(db: Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error('PRAGMA user_version did not return a number');
  return version;
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
