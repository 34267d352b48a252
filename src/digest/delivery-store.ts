// Deliveries (one row per subscription and slot) and what each channel has already been sent. The UNIQUE
// (subscription_id, slot) row, inserted in a transaction before anything is posted, is the at-most-once claim.
import { z } from 'zod';
import type { DigestItem } from '../engine/types.ts';
import { statementCache, type SqliteDatabase } from '../storage/database.ts';
import { parseDigestItems } from './digest-item-schema.ts';
import type { Delivery, DeliveryStatus } from './types.ts';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO date').transform((s) => new Date(s));

const deliveryRow = z
  .object({
    id: z.number().int(),
    subscription_id: z.string(),
    slot: isoDate,
    status: z.enum(['claimed', 'posted', 'nothing-new', 'skipped', 'failed']),
    items_json: z.string().transform(parseDigestItems),
    message_ids: z.string().transform((json) => z.array(z.string().nullable()).parse(JSON.parse(json))),
    error: z.string().nullable(),
    claimed_at: isoDate,
    finished_at: isoDate.nullable(),
  })
  .transform((row): Delivery => ({
    id: row.id,
    subscriptionId: row.subscription_id,
    slot: row.slot,
    status: row.status,
    items: row.items_json,
    messageIds: row.message_ids,
    error: row.error,
    claimedAt: row.claimed_at,
    finishedAt: row.finished_at,
  }));

export type ClaimResult =
  /** This caller now owns the slot and must post `delivery.items`. */
  | { readonly kind: 'claimed'; readonly delivery: Delivery }
  /** Claimed earlier but never settled (a crash mid-run): the caller resumes it with the same nonces. */
  | { readonly kind: 'resume'; readonly delivery: Delivery }
  /** Nothing unseen: recorded as such, nothing to post. */
  | { readonly kind: 'nothing-new'; readonly delivery: Delivery }
  /** Already posted, skipped or failed: at most once means leaving it alone. */
  | { readonly kind: 'settled'; readonly delivery: Delivery };

export class DeliveryStore {
  private readonly db: SqliteDatabase;
  private readonly prepare: ReturnType<typeof statementCache>;

  constructor(db: SqliteDatabase) {
    this.db = db;
    this.prepare = statementCache(db);
  }

  /**
   * Claims (subscription, slot) atomically. `pickItems` runs inside the transaction, only when the slot is free,
   * so the items are chosen and stored by whoever wins the claim.
   */
  claim(subscriptionId: string, slot: Date, now: Date, pickItems: () => DigestItem[]): ClaimResult {
    return this.db.transaction((): ClaimResult => {
      const existing = this.get(subscriptionId, slot);
      if (existing) return { kind: existing.status === 'claimed' ? 'resume' : 'settled', delivery: existing };
      const items = pickItems();
      const status: DeliveryStatus = items.length === 0 ? 'nothing-new' : 'claimed';
      this.prepare(`INSERT INTO deliveries (subscription_id, slot, status, items_json, claimed_at, finished_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(subscriptionId, slot.toISOString(), status, JSON.stringify(items), now.toISOString(), status === 'claimed' ? null : now.toISOString());
      const delivery = this.require(subscriptionId, slot);
      return { kind: status === 'claimed' ? 'claimed' : 'nothing-new', delivery };
    }).immediate();
  }

  /** Records one posted message as soon as Discord accepts it, so a resumed run does not post it again. */
  recordMessage(deliveryId: number, index: number, messageId: string): void {
    this.db.transaction(() => {
      const row = this.prepare('SELECT message_ids FROM deliveries WHERE id = ?').get(deliveryId) as { message_ids: string } | undefined;
      if (!row) return;
      const ids = z.array(z.string().nullable()).parse(JSON.parse(row.message_ids));
      while (ids.length <= index) ids.push(null);
      ids[index] = messageId;
      this.prepare('UPDATE deliveries SET message_ids = ? WHERE id = ?').run(JSON.stringify(ids), deliveryId);
    }).immediate();
  }

  /** Settles a delivery as posted and marks its articles seen in the channel, in one transaction. */
  markPosted(delivery: Delivery, channelId: string, now: Date): void {
    this.db.transaction(() => {
      this.prepare(`UPDATE deliveries SET status = 'posted', error = NULL, finished_at = ? WHERE id = ?`).run(now.toISOString(), delivery.id);
      const seen = this.prepare(
        'INSERT OR IGNORE INTO channel_seen (channel_id, article_id, content_hash, subscription_id, delivered_at) VALUES (?, ?, NULL, ?, ?)',
      );
      for (const item of delivery.items) seen.run(channelId, item.article.id, delivery.subscriptionId, now.toISOString());
    }).immediate();
  }

  markFailed(deliveryId: number, error: string, now: Date): void {
    this.prepare(`UPDATE deliveries SET status = 'failed', error = ?, finished_at = ? WHERE id = ?`).run(error, now.toISOString(), deliveryId);
  }

  /** Settles a still-claimed delivery as skipped (too old to post safely). */
  markSkipped(deliveryId: number, reason: string, now: Date): void {
    this.prepare(`UPDATE deliveries SET status = 'skipped', error = ?, finished_at = ? WHERE id = ?`).run(reason, now.toISOString(), deliveryId);
  }

  /** Records a slot that was missed and will not be delivered; a slot that already has a row is left alone. */
  recordSkipped(subscriptionId: string, slot: Date, reason: string, now: Date): boolean {
    return this.prepare(`INSERT OR IGNORE INTO deliveries (subscription_id, slot, status, error, claimed_at, finished_at) VALUES (?, ?, 'skipped', ?, ?, ?)`)
      .run(subscriptionId, slot.toISOString(), reason, now.toISOString(), now.toISOString()).changes > 0;
  }

  get(subscriptionId: string, slot: Date): Delivery | null {
    const row: unknown = this.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND slot = ?').get(subscriptionId, slot.toISOString());
    return row === undefined ? null : deliveryRow.parse(row);
  }

  /** The most recent slot with any delivery row (posted, failed, skipped…), or null. */
  latestSlot(subscriptionId: string): Date | null {
    const row = this.prepare('SELECT MAX(slot) AS slot FROM deliveries WHERE subscription_id = ?').get(subscriptionId) as { slot: string | null };
    return row.slot === null ? null : new Date(row.slot);
  }

  /** Deliveries left claimed by a previous process: the ones to resume at start-up. */
  listClaimed(): Delivery[] {
    const rows: unknown[] = this.prepare(`SELECT * FROM deliveries WHERE status = 'claimed' ORDER BY slot`).all();
    return rows.map((row) => deliveryRow.parse(row));
  }

  /** A subscription's deliveries, newest first. */
  history(subscriptionId: string, limit = 20): Delivery[] {
    const rows: unknown[] = this.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot DESC LIMIT ?').all(subscriptionId, limit);
    return rows.map((row) => deliveryRow.parse(row));
  }

  seenArticleIds(channelId: string): Set<string> {
    const rows = this.prepare('SELECT article_id FROM channel_seen WHERE channel_id = ?').pluck().all(channelId) as string[];
    return new Set(rows);
  }

  private require(subscriptionId: string, slot: Date): Delivery {
    const delivery = this.get(subscriptionId, slot);
    if (!delivery) throw new Error(`Delivery for ${subscriptionId} at ${slot.toISOString()} vanished inside its own transaction`);
    return delivery;
  }
}
