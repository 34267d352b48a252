import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase, openInMemoryDatabase } from '../../../src/storage/database.ts';
import { MIGRATIONS, currentVersion, migrate } from '../../../src/storage/migrations.ts';
import type { Migration } from '../../../src/storage/migrations.ts';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-db-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function schemaOf(db: Database.Database): string[] {
  return (db.prepare(`SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name`).pluck().all() as string[]);
}

describe('migrate', () => {
  it('brings an empty database to the latest version with the digest tables', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(['channel_seen', 'deliveries', 'subscriptions']);
  });

  it('is idempotent: a second run changes neither the version nor the schema', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = schemaOf(db);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(schemaOf(db)).toEqual(before);
  });

  it('refuses a database written by a newer build', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this build/);
  });

  it('rolls a failing migration back and leaves the previous version in place', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(currentVersion(db)).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'b'`).get()).toBeUndefined();
  });

  it('rejects a migration list with a gap in its versions', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'skips 1', sql: '' }])).toThrow(/expected 1/);
  });

  it('enforces one delivery per subscription and slot', () => {
    const db = openInMemoryDatabase();
    db.prepare(`INSERT INTO subscriptions (id, guild_id, channel_id, schedule_text, cron, time_zone, max_articles, created_by, created_at)
      VALUES ('abc234', 'g', 'c', 'hourly', '0 * * * *', 'UTC', 5, 'u', '2026-01-01T00:00:00.000Z')`).run();
    const insert = db.prepare(`INSERT INTO deliveries (subscription_id, slot, status, claimed_at) VALUES ('abc234', '2026-01-01T01:00:00.000Z', 'claimed', 'now')`);
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });
});

describe('openDatabase', () => {
  it('creates the data directory and the file on first start, in WAL mode', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dataDir);
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps data across a reopen without re-running migrations', () => {
    const dataDir = tempDir();
    const first = openDatabase(dataDir);
    first.prepare(`INSERT INTO channel_seen (channel_id, article_id, delivered_at) VALUES ('c', 'a', 'now')`).run();
    first.close();
    const second = openDatabase(dataDir);
    expect(second.prepare('SELECT COUNT(*) FROM channel_seen').pluck().get()).toBe(1);
    second.close();
  });
});
