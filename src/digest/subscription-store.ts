// Subscriptions in SQLite. Rows are parsed with zod on the way out, so a hand-edited or corrupted row fails
// loudly here instead of producing a job with a NaN date somewhere downstream.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { statementCache, type SqliteDatabase } from '../storage/database.ts';
import type { Subscription } from './types.ts';

/** No 0/o, 1/l/i: an id read off a screen and typed back should not be ambiguous. */
const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const ID_LENGTH = 6;
export const MAX_ARTICLES_LIMIT = 10;
const AUTOCOMPLETE_LIMIT = 25;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO date').transform((s) => new Date(s));

const subscriptionRow = z
  .object({
    id: z.string().min(1),
    guild_id: z.string().min(1),
    channel_id: z.string().min(1),
    schedule_text: z.string(),
    cron: z.string().min(1),
    time_zone: z.string().min(1),
    max_articles: z.number().int().min(1).max(MAX_ARTICLES_LIMIT),
    paused: z.union([z.literal(0), z.literal(1)]),
    pause_reason: z.string().nullable(),
    consecutive_failures: z.number().int().min(0),
    last_result: z.string().nullable(),
    last_run_at: isoDate.nullable(),
    created_by: z.string(),
    created_at: isoDate,
  })
  .transform((row): Subscription => ({
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    scheduleText: row.schedule_text,
    cron: row.cron,
    timeZone: row.time_zone,
    maxArticles: row.max_articles,
    paused: row.paused === 1,
    pauseReason: row.pause_reason,
    consecutiveFailures: row.consecutive_failures,
    lastResult: row.last_result,
    lastRunAt: row.last_run_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

/** What creating a subscription takes; `cron` is already validated (parseSchedule): the store does not re-check it. */
export type NewSubscription = Pick<Subscription, 'guildId' | 'channelId' | 'scheduleText' | 'cron' | 'timeZone' | 'maxArticles' | 'createdBy' | 'createdAt'>;

export interface RunOutcome {
  readonly at: Date;
  readonly lastResult: string;
  /** A failed run counts towards pausing; any other outcome resets the count. */
  readonly failed: boolean;
}

export class SubscriptionStore {
  private readonly db: SqliteDatabase;
  private readonly prepare: ReturnType<typeof statementCache>;
  private readonly newId: () => string;

  constructor(db: SqliteDatabase, newId: () => string = randomSubscriptionId) {
    this.db = db;
    this.prepare = statementCache(db);
    this.newId = newId;
  }

  create(input: NewSubscription): Subscription {
    if (!Number.isInteger(input.maxArticles) || input.maxArticles < 1 || input.maxArticles > MAX_ARTICLES_LIMIT) {
      throw new RangeError(`maxArticles must be an integer from 1 to ${MAX_ARTICLES_LIMIT}, got ${input.maxArticles}`);
    }
    const insert = this.prepare(`
      INSERT INTO subscriptions (id, guild_id, channel_id, schedule_text, cron, time_zone, max_articles, created_by, created_at)
      VALUES (@id, @guildId, @channelId, @scheduleText, @cron, @timeZone, @maxArticles, @createdBy, @createdAt)`);
    // Six characters from 31 symbols is ~887 million ids: a collision is rare, and retried when it happens.
    for (let attempt = 0; attempt < 10; attempt++) {
      const id = this.newId();
      if (this.get(id)) continue;
      insert.run({ ...input, id, createdAt: input.createdAt.toISOString() });
      return this.require(id);
    }
    throw new Error('Could not find a free subscription id after 10 attempts');
  }

  get(id: string): Subscription | null {
    const row: unknown = this.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id);
    return row === undefined ? null : subscriptionRow.parse(row);
  }

  require(id: string): Subscription {
    const subscription = this.get(id);
    if (!subscription) throw new Error(`No subscription with id "${id}"`);
    return subscription;
  }

  /** Every subscription, or one guild's, oldest first. */
  list(guildId?: string): Subscription[] {
    const rows: unknown[] = guildId === undefined
      ? this.prepare('SELECT * FROM subscriptions ORDER BY created_at, id').all()
      : this.prepare('SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY created_at, id').all(guildId);
    return rows.map((row) => subscriptionRow.parse(row));
  }

  /** For autocomplete: a guild's subscriptions whose id, channel or schedule contains the query (≤ 25). */
  search(guildId: string, query: string): Subscription[] {
    const needle = query.trim().toLowerCase();
    return this.list(guildId)
      .filter((s) => needle === '' || [s.id, s.channelId, s.scheduleText.toLowerCase()].some((field) => field.includes(needle)))
      .slice(0, AUTOCOMPLETE_LIMIT);
  }

  pause(id: string, reason: string): boolean {
    return this.prepare('UPDATE subscriptions SET paused = 1, pause_reason = ? WHERE id = ?').run(reason, id).changes > 0;
  }

  /** Resuming gives the subscription a clean slate: the failures that paused it are forgiven. */
  resume(id: string): boolean {
    return this.prepare('UPDATE subscriptions SET paused = 0, pause_reason = NULL, consecutive_failures = 0 WHERE id = ?').run(id).changes > 0;
  }

  remove(id: string): boolean {
    return this.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0;
  }

  /** Records a run's outcome and returns the updated subscription (null if it was removed meanwhile). */
  recordOutcome(id: string, outcome: RunOutcome): Subscription | null {
    this.prepare(`
        UPDATE subscriptions
        SET last_result = ?, last_run_at = ?, consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END
        WHERE id = ?`)
      .run(outcome.lastResult, outcome.at.toISOString(), outcome.failed ? 1 : 0, id);
    return this.get(id);
  }
}

export function randomSubscriptionId(): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)] ?? '';
  return id;
}
