import { describe, expect, it } from 'vitest';
import { createDigestStore } from '../../../src/digest/store.ts';
import { randomSubscriptionId } from '../../../src/digest/subscription-store.ts';
import { openInMemoryDatabase } from '../../../src/storage/database.ts';
import { item, newSubscription } from './support/fakes.ts';

const SLOT = new Date('2026-11-24T07:00:00Z');
const NOW = new Date('2026-11-24T07:00:05Z');

function setup(newSubscriptionId?: () => string) {
  const db = openInMemoryDatabase();
  return { db, store: createDigestStore(db, newSubscriptionId ? { newSubscriptionId } : {}) };
}

describe('SubscriptionStore', () => {
  it('stores a subscription and reads it back typed', () => {
    const { store } = setup();
    const created = store.subscriptions.create(newSubscription());
    expect(created).toMatchObject({
      guildId: 'guild-1', channelId: 'channel-1', cron: '0 8 * * *', timeZone: 'Europe/Paris', maxArticles: 5,
      paused: false, pauseReason: null, consecutiveFailures: 0, lastResult: null, lastRunAt: null,
    });
    expect(created.createdAt).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(store.subscriptions.get(created.id)).toEqual(created);
  });

  it('gives short ids without look-alike characters', () => {
    for (let i = 0; i < 200; i++) expect(randomSubscriptionId()).toMatch(/^[a-hjkmnp-z2-9]{6}$/);
  });

  it('draws another id when the first one is taken', () => {
    const ids = ['aaaaaa', 'aaaaaa', 'bbbbbb'];
    const { store } = setup(() => ids.shift() ?? 'zzzzzz');
    expect(store.subscriptions.create(newSubscription()).id).toBe('aaaaaa');
    expect(store.subscriptions.create(newSubscription()).id).toBe('bbbbbb');
  });

  it('refuses max articles outside 1..10', () => {
    const { store } = setup();
    expect(() => store.subscriptions.create(newSubscription({ maxArticles: 0 }))).toThrow(RangeError);
    expect(() => store.subscriptions.create(newSubscription({ maxArticles: 11 }))).toThrow(RangeError);
  });

  it('fails loudly on a corrupted row instead of returning bad data', () => {
    const { db, store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    db.prepare(`UPDATE subscriptions SET created_at = 'yesterday' WHERE id = ?`).run(id);
    expect(() => store.subscriptions.get(id)).toThrow(/ISO date/);
  });

  it('counts consecutive failures, resets them on success, and forgets them on resume', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    store.subscriptions.recordOutcome(id, { at: NOW, lastResult: 'failed: x', failed: true });
    expect(store.subscriptions.recordOutcome(id, { at: NOW, lastResult: 'failed: y', failed: true })?.consecutiveFailures).toBe(2);
    expect(store.subscriptions.recordOutcome(id, { at: NOW, lastResult: 'nothing new', failed: false })).toMatchObject({ consecutiveFailures: 0, lastResult: 'nothing new', lastRunAt: NOW });
    store.subscriptions.recordOutcome(id, { at: NOW, lastResult: 'failed: z', failed: true });
    store.subscriptions.pause(id, 'too many failures');
    expect(store.subscriptions.get(id)).toMatchObject({ paused: true, pauseReason: 'too many failures' });
    store.subscriptions.resume(id);
    expect(store.subscriptions.get(id)).toMatchObject({ paused: false, pauseReason: null, consecutiveFailures: 0 });
  });

  it('finds a guild subscriptions for autocomplete by id or schedule, and only that guild', () => {
    const ids = ['kxm2qa', 'pq7rst', 'zz9abc'];
    const { store } = setup(() => ids.shift() ?? 'zzzzzz');
    store.subscriptions.create(newSubscription({ scheduleText: 'daily 08:00' }));
    store.subscriptions.create(newSubscription({ scheduleText: 'weekly mon 09:00' }));
    store.subscriptions.create(newSubscription({ guildId: 'guild-2', scheduleText: 'weekly mon 09:00' }));
    expect(store.subscriptions.search('guild-1', 'KXM').map((s) => s.id)).toEqual(['kxm2qa']);
    expect(store.subscriptions.search('guild-1', 'weekly').map((s) => s.id)).toEqual(['pq7rst']);
    expect(store.subscriptions.search('guild-1', '').length).toBe(2);
  });

  it('removes a subscription together with its delivery history', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    store.deliveries.claim(id, SLOT, NOW, () => [item('a1')]);
    expect(store.subscriptions.remove(id)).toBe(true);
    expect(store.deliveries.history(id)).toEqual([]);
    expect(store.subscriptions.remove(id)).toBe(false);
  });
});

describe('DeliveryStore claims', () => {
  it('lets exactly one caller claim a slot and picks the items only for that caller', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    let picks = 0;
    const pick = () => {
      picks++;
      return [item('a1'), item('a2')];
    };
    const first = store.deliveries.claim(id, SLOT, NOW, pick);
    const second = store.deliveries.claim(id, SLOT, NOW, pick);
    expect(first.kind).toBe('claimed');
    expect(second.kind).toBe('resume');
    expect(picks).toBe(1);
    expect(second.delivery.items.map((i) => i.article.id)).toEqual(['a1', 'a2']);
  });

  it('reports a settled slot as settled, whatever its outcome', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    const claim = store.deliveries.claim(id, SLOT, NOW, () => [item('a1')]);
    store.deliveries.markPosted(claim.delivery, 'channel-1', NOW);
    expect(store.deliveries.claim(id, SLOT, NOW, () => [item('a9')])).toMatchObject({ kind: 'settled', delivery: { status: 'posted' } });
  });

  it('records a slot with nothing unseen as nothing-new, settled at once', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    expect(store.deliveries.claim(id, SLOT, NOW, () => [])).toMatchObject({ kind: 'nothing-new', delivery: { status: 'nothing-new' } });
    expect(store.deliveries.claim(id, SLOT, NOW, () => [item('a1')]).kind).toBe('settled');
  });

  it('keeps message ids by index and marks articles seen per channel when posted', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    const claim = store.deliveries.claim(id, SLOT, NOW, () => [item('a1'), item('a2'), item('a3')]);
    store.deliveries.recordMessage(claim.delivery.id, 1, 'm-1');
    expect(store.deliveries.get(id, SLOT)?.messageIds).toEqual([null, 'm-1']);
    store.deliveries.recordMessage(claim.delivery.id, 0, 'm-0');
    store.deliveries.markPosted(claim.delivery, 'channel-1', NOW);
    expect(store.deliveries.get(id, SLOT)).toMatchObject({ status: 'posted', messageIds: ['m-0', 'm-1'], finishedAt: NOW });
    expect([...store.deliveries.seenArticleIds('channel-1')].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(store.deliveries.seenArticleIds('channel-2').size).toBe(0);
  });

  it('records a missed slot as skipped once and never over an existing delivery', () => {
    const { store } = setup();
    const { id } = store.subscriptions.create(newSubscription());
    store.deliveries.claim(id, SLOT, NOW, () => [item('a1')]);
    expect(store.deliveries.recordSkipped(id, SLOT, 'missed', NOW)).toBe(false);
    const earlier = new Date(SLOT.getTime() - 86_400_000);
    expect(store.deliveries.recordSkipped(id, earlier, 'missed', NOW)).toBe(true);
    expect(store.deliveries.recordSkipped(id, earlier, 'missed', NOW)).toBe(false);
    expect(store.deliveries.latestSlot(id)).toEqual(SLOT);
    expect(store.deliveries.listClaimed().map((d) => d.slot)).toEqual([SLOT]);
  });
});
