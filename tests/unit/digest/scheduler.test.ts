import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestNonce } from '../../../src/digest/nonce.ts';
import { subscribe } from '../../../src/digest/subscribe.ts';
import type { DigestScheduler } from '../../../src/digest/scheduler.ts';
import { FakeCorpus, missingAccess, newSubscription, rateLimited } from './support/fakes.ts';
import type { TestMessage } from './support/fakes.ts';
import { harness } from './support/harness.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const running: DigestScheduler<TestMessage>[] = [];

function started<T extends { scheduler: DigestScheduler<TestMessage> }>(h: T): T {
  running.push(h.scheduler);
  return h;
}

afterEach(async () => {
  for (const scheduler of running.splice(0)) await scheduler.stop();
  vi.useRealTimers();
});

describe('digest scheduler: scheduled runs', () => {
  it('posts when the cron fires at 08:00 Europe/Paris, with nonces derived from subscription, slot and index', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T06:59:00Z') });
    const h = started(harness());
    const sub = h.store.subscriptions.create(newSubscription({ createdAt: new Date('2026-11-24T06:00:00Z') }));
    expect((await h.scheduler.start()).scheduled).toBe(1);

    await vi.advanceTimersByTimeAsync(59_000);
    expect(h.discord.messages).toHaveLength(0); // nothing before the slot

    await vi.advanceTimersByTimeAsync(2_000);
    const slot = new Date('2026-11-24T07:00:00Z');
    const posted = h.discord.in('channel-1');
    expect(posted.map((m) => m.message.articleIds)).toEqual([['a01', 'a02'], ['a03', 'a04'], ['a05']]);
    expect(posted.map((m) => m.nonce)).toEqual([0, 1, 2].map((i) => digestNonce(sub.id, slot, i)));
    expect(posted[0]?.message.date).toBe('Tue 24 Nov 2026');
    expect(h.store.deliveries.get(sub.id, slot)).toMatchObject({ status: 'posted', messageIds: posted.map((m) => m.id) });
    expect(h.store.subscriptions.get(sub.id)).toMatchObject({ lastResult: 'posted 5 articles', consecutiveFailures: 0 });
  });

  it('sends only unseen articles, then records "nothing new" without posting', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T06:59:00Z') });
    const h = started(harness());
    const sub = h.store.subscriptions.create(newSubscription({ createdAt: new Date('2026-11-24T06:00:00Z') }));
    await h.scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * 24 * HOUR + 2 * MINUTE);
    expect(h.discord.in('channel-1').flatMap((m) => m.message.articleIds)).toEqual(
      ['a01', 'a02', 'a03', 'a04', 'a05', 'a06', 'a07', 'a08', 'a09', 'a10'],
    );
    expect(h.store.deliveries.history(sub.id).map((d) => d.status)).toEqual(['nothing-new', 'posted', 'posted']);
    expect(h.store.subscriptions.get(sub.id)?.lastResult).toBe('nothing new');
  });

  it('fires at 08:00 local on both sides of the Europe/Paris spring-forward', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-28T06:59:00Z') });
    const h = started(harness());
    const sub = h.store.subscriptions.create(newSubscription({ maxArticles: 1, createdAt: new Date('2026-03-28T06:00:00Z') }));
    await h.scheduler.start();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    expect(h.store.deliveries.history(sub.id).map((d) => d.slot.toISOString()).reverse()).toEqual([
      '2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z', '2026-03-30T06:00:00.000Z',
    ]);
  });

  it('claims each slot once: a second run in the same minute posts nothing', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T12:00:10Z') });
    const h = started(harness());
    const sub = h.store.subscriptions.create(newSubscription());
    const first = await h.scheduler.runNow(sub.id);
    const second = await h.scheduler.runNow(sub.id);
    expect(first.status).toBe('posted');
    expect(second).toMatchObject({ status: 'already-done', previous: 'posted' });
    expect(h.discord.messages).toHaveLength(3);
  });

  it('never gives two subscriptions of one channel the same article, even when they run together', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T12:00:10Z') });
    const h = started(harness());
    const daily = h.store.subscriptions.create(newSubscription({ maxArticles: 3 }));
    const weekly = h.store.subscriptions.create(newSubscription({ maxArticles: 3, cron: '0 8 * * 1' }));
    await Promise.all([h.scheduler.runNow(daily.id), h.scheduler.runNow(weekly.id)]);
    const ids = h.discord.in('channel-1').flatMap((m) => m.message.articleIds);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('previews the next digest without posting or marking anything seen', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T12:00:00Z') });
    const h = started(harness());
    const sub = h.store.subscriptions.create(newSubscription({ maxArticles: 3 }));
    expect(h.scheduler.preview(sub.id)).toEqual([
      { date: 'Tue 24 Nov 2026', articleIds: ['a01', 'a02'] },
      { date: 'Tue 24 Nov 2026', articleIds: ['a03'] },
    ]);
    expect(h.scheduler.preview('nope00')).toBeNull();
    expect(h.discord.attempts).toHaveLength(0);
    expect((await h.scheduler.runNow(sub.id)).status).toBe('posted');
  });
});

describe('digest scheduler: changes take effect at once', () => {
  it('schedules a new subscription, stops a paused one, restarts a resumed one and drops a removed one', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T06:30:00Z') });
    const h = started(harness({ corpus: new FakeCorpus(50) }));
    await h.scheduler.start();
    const created = subscribe(
      h.store,
      { guildId: 'guild-1', channelId: 'channel-1', schedule: 'hourly', timeZone: 'Europe/Paris', maxArticles: 1, createdBy: 'admin' },
      { defaultTimeZone: 'UTC', minIntervalMinutes: 60 },
      new Date(),
    );
    if (!created.ok) throw new Error(created.error);
    const id = created.subscription.id;
    h.scheduler.refresh(id);
    expect(h.scheduler.scheduledIds()).toEqual([id]);
    await vi.advanceTimersByTimeAsync(31 * MINUTE); // 07:01
    expect(h.discord.messages).toHaveLength(1);

    h.store.subscriptions.pause(id, 'paused by an admin');
    h.scheduler.refresh(id);
    expect(h.scheduler.scheduledIds()).toEqual([]);
    await vi.advanceTimersByTimeAsync(HOUR); // 08:01
    expect(h.discord.messages).toHaveLength(1);

    h.store.subscriptions.resume(id);
    h.scheduler.refresh(id);
    await vi.advanceTimersByTimeAsync(HOUR); // 09:01
    expect(h.discord.messages).toHaveLength(2);

    h.store.subscriptions.remove(id);
    h.scheduler.refresh(id);
    expect(h.scheduler.scheduledIds()).toEqual([]);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(h.discord.messages).toHaveLength(2);
  });
});

describe('digest scheduler: failures', () => {
  it('retries a 429 after the time Discord asks, then posts', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T12:00:00Z') });
    const h = started(harness());
    const sub = h.store.subscriptions.create(newSubscription({ maxArticles: 1 }));
    h.discord.script('channel-1', rateLimited(1_500));
    expect(await h.scheduler.runNow(sub.id)).toMatchObject({ status: 'posted', articleIds: ['a01'] });
    expect(h.sleeps).toEqual([1_500]);
    expect(h.discord.attempts.map((a) => a.nonce)).toEqual([digestNonce(sub.id, new Date('2026-11-24T12:00:00Z'), 0), digestNonce(sub.id, new Date('2026-11-24T12:00:00Z'), 0)]);
    expect(h.discord.messages).toHaveLength(1);
  });

  it('pauses a subscription after three 403 runs in a row while another keeps posting', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T06:59:00Z') });
    const h = started(harness({ corpus: new FakeCorpus(50) }));
    const created = new Date('2026-11-24T06:00:00Z');
    const broken = h.store.subscriptions.create(newSubscription({ channelId: 'gone', cron: '0 * * * *', maxArticles: 1, createdAt: created }));
    const healthy = h.store.subscriptions.create(newSubscription({ channelId: 'fine', cron: '0 * * * *', maxArticles: 1, createdAt: created }));
    h.discord.failAlways('gone', missingAccess());
    await h.scheduler.start();

    await vi.advanceTimersByTimeAsync(HOUR + 2 * MINUTE); // 07:00, 08:00
    expect(h.store.subscriptions.get(broken.id)).toMatchObject({ paused: false, consecutiveFailures: 2, lastResult: 'failed: Missing Access (HTTP 403)' });

    await vi.advanceTimersByTimeAsync(HOUR); // 09:00: third failure
    const paused = h.store.subscriptions.get(broken.id);
    expect(paused?.paused).toBe(true);
    expect(paused?.pauseReason).toBe('Paused after 3 failed deliveries in a row; last error: Missing Access (HTTP 403)');
    expect(h.store.deliveries.history(broken.id).map((d) => d.status)).toEqual(['failed', 'failed', 'failed']);
    expect(h.scheduler.scheduledIds()).toEqual([healthy.id]);

    await vi.advanceTimersByTimeAsync(HOUR); // 10:00
    expect(h.discord.attempts.filter((a) => a.channelId === 'gone')).toHaveLength(3); // permanent: never retried
    expect(h.discord.in('fine')).toHaveLength(4);
    expect(h.store.subscriptions.get(healthy.id)?.consecutiveFailures).toBe(0);
  });

  it('catches and logs a run that throws, and the other subscriptions still post', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T06:59:00Z') });
    const h = started(harness());
    const created = new Date('2026-11-24T06:00:00Z');
    const exploding = h.store.subscriptions.create(newSubscription({ channelId: 'boom', createdAt: created }));
    h.store.subscriptions.create(newSubscription({ channelId: 'fine', createdAt: created }));
    h.corpus.failFor = 'boom';
    await h.scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(h.discord.in('fine')).toHaveLength(3);
    const crash = h.logs.find((line) => line.msg === 'digest run crashed');
    expect(crash).toMatchObject({ subscriptionId: exploding.id, err: { message: 'corpus exploded for boom' } });
  });
});

describe('digest scheduler: sharding', () => {
  it('only schedules, runs and recovers subscriptions of guilds it owns', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T06:59:00Z') });
    const h = started(harness({ ownsGuild: (guildId) => guildId === 'guild-1' }));
    const created = new Date('2026-11-24T06:00:00Z');
    const mine = h.store.subscriptions.create(newSubscription({ guildId: 'guild-1', channelId: 'c1', createdAt: created }));
    const theirs = h.store.subscriptions.create(newSubscription({ guildId: 'guild-2', channelId: 'c2', createdAt: created }));
    // Another shard's half-done run must stay untouched for that shard to resume.
    h.store.deliveries.claim(theirs.id, new Date('2026-11-24T06:00:00Z'), new Date(), () => h.corpus.items.slice(0, 1));
    await h.scheduler.start();
    expect(h.scheduler.scheduledIds()).toEqual([mine.id]);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(h.discord.in('c1')).toHaveLength(3);
    expect(h.discord.in('c2')).toHaveLength(0);
    expect(await h.scheduler.runNow(theirs.id)).toEqual({ status: 'not-owned' });
    expect(h.store.deliveries.listClaimed().map((d) => d.subscriptionId)).toEqual([theirs.id]);
  });
});
