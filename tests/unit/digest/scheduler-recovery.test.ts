import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestNonce } from '../../../src/digest/nonce.ts';
import type { DigestScheduler } from '../../../src/digest/scheduler.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import type { SqliteDatabase } from '../../../src/storage/database.ts';
import { FakeDiscord, newSubscription } from './support/fakes.ts';
import type { TestMessage } from './support/fakes.ts';
import { harness } from './support/harness.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SLOT = new Date('2026-11-24T07:00:00Z');
const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.useRealTimers();
});

/** A data directory that outlives a "process": the second harness opens the same file, as after a restart. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(dir: string): SqliteDatabase {
  const db = openDatabase(dir);
  cleanups.push(() => void db.close());
  return db;
}

function stopLater(scheduler: DigestScheduler<TestMessage>): void {
  cleanups.push(() => scheduler.stop());
}

/** Lets the fake-timed event loop run until the crashed run is stuck in its hanging post. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(10);
}

describe('crash between claim and post', () => {
  it.each([
    ['the post reached Discord but the process died before recording it', 'hang-after-posting' as const],
    ['the process died before the post reached Discord', 'hang-before-posting' as const],
  ])('re-posts the slot with the same nonces on restart when %s, leaving one copy of each message', async (_case, crash) => {
    vi.useFakeTimers({ now: new Date('2026-11-24T07:00:05Z') });
    const dir = dataDir();
    const discord = new FakeDiscord(); // Discord outlives our process
    const before = harness({ db: open(dir), discord });
    const sub = before.store.subscriptions.create(newSubscription());
    discord.script('channel-1', crash);
    void before.scheduler.runNow(sub.id); // never settles: this process "dies" mid-post
    await settle();
    void before.scheduler.stop();
    expect(before.store.deliveries.get(sub.id, SLOT)?.status).toBe('claimed');

    vi.setSystemTime(new Date('2026-11-24T07:02:00Z'));
    const after = harness({ db: open(dir), discord });
    stopLater(after.scheduler);
    const report = await after.scheduler.start();

    expect(report.recovered).toMatchObject([{ status: 'posted', articleIds: ['a01', 'a02', 'a03', 'a04', 'a05'] }]);
    const nonces = [0, 1, 2].map((i) => digestNonce(sub.id, SLOT, i));
    expect(discord.in('channel-1').map((m) => m.nonce)).toEqual(nonces);
    expect(discord.attempts.map((a) => a.nonce)).toEqual([nonces[0], ...nonces]); // the retry reused nonce 0
    expect(after.store.deliveries.get(sub.id, SLOT)).toMatchObject({ status: 'posted', messageIds: discord.in('channel-1').map((m) => m.id) });
    expect(report.caughtUp).toEqual([]); // the recovered slot is not delivered a second time by the catch-up
  });

  it('does not re-post a message whose id was recorded before the crash', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T07:00:05Z') });
    const dir = dataDir();
    const discord = new FakeDiscord();
    const before = harness({ db: open(dir), discord });
    const sub = before.store.subscriptions.create(newSubscription());
    discord.script('channel-1', 'ok', 'hang-after-posting'); // message 0 recorded, message 1 lost in flight
    void before.scheduler.runNow(sub.id);
    await settle();
    void before.scheduler.stop();
    expect(before.store.deliveries.get(sub.id, SLOT)?.messageIds).toEqual([discord.messages[0]?.id]);

    vi.setSystemTime(new Date('2026-11-24T07:03:00Z'));
    const after = harness({ db: open(dir), discord });
    stopLater(after.scheduler);
    await after.scheduler.start();

    const [n0, n1, n2] = [0, 1, 2].map((i) => digestNonce(sub.id, SLOT, i));
    const attemptsFor = (nonce: string | undefined) => discord.attempts.filter((a) => a.nonce === nonce).length;
    expect([attemptsFor(n0), attemptsFor(n1), attemptsFor(n2)]).toEqual([1, 2, 1]);
    expect(discord.in('channel-1').map((m) => m.message.articleIds)).toEqual([['a01', 'a02'], ['a03', 'a04'], ['a05']]);
  });

  it('settles a claim too old to resume as skipped instead of posting it hours late', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T07:00:05Z') });
    const dir = dataDir();
    const discord = new FakeDiscord();
    const before = harness({ db: open(dir), discord });
    const sub = before.store.subscriptions.create(newSubscription());
    discord.script('channel-1', 'hang-before-posting');
    void before.scheduler.runNow(sub.id);
    await settle();
    void before.scheduler.stop();

    vi.setSystemTime(new Date(SLOT.getTime() + 7 * HOUR));
    const after = harness({ db: open(dir), discord, catchupHours: 6 });
    stopLater(after.scheduler);
    const report = await after.scheduler.start();
    expect(report.recovered).toEqual([]);
    expect(after.store.deliveries.get(sub.id, SLOT)?.status).toBe('skipped');
    expect(discord.messages).toHaveLength(0);
  });
});

describe('slots missed while the bot was down', () => {
  function withPostedDelivery(dir: string) {
    const h = harness({ db: open(dir) });
    const sub = h.store.subscriptions.create(newSubscription({ createdAt: new Date('2026-11-20T00:00:00Z') }));
    const claim = h.store.deliveries.claim(sub.id, new Date('2026-11-21T07:00:00Z'), new Date('2026-11-21T07:00:00Z'), () => h.corpus.items.slice(0, 1));
    h.store.deliveries.markPosted(claim.delivery, sub.channelId, new Date('2026-11-21T07:00:01Z'));
    return sub;
  }

  it('delivers the latest missed slot once when back within 6 hours, and records older misses as skipped', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z') }); // 10:00 in Paris, two hours after the slot
    const dir = dataDir();
    const sub = withPostedDelivery(dir);
    const first = harness({ db: open(dir) });
    stopLater(first.scheduler);
    const report = await first.scheduler.start();
    expect(report.caughtUp).toMatchObject([{ status: 'posted', slot: new Date('2026-11-24T07:00:00Z') }]);
    expect(report.skipped).toBe(2);
    expect(first.store.deliveries.history(sub.id).map((d) => [d.slot.toISOString().slice(0, 10), d.status])).toEqual([
      ['2026-11-24', 'posted'], ['2026-11-23', 'skipped'], ['2026-11-22', 'skipped'], ['2026-11-21', 'posted'],
    ]);
    expect(first.discord.in('channel-1')[0]?.message.date).toBe('Tue 24 Nov 2026');
    await first.scheduler.stop();

    vi.setSystemTime(new Date('2026-11-24T09:30:00Z')); // restarted again: nothing more to catch up
    const second = harness({ db: open(dir) });
    stopLater(second.scheduler);
    expect(await second.scheduler.start()).toMatchObject({ caughtUp: [], recovered: [], skipped: 0 });
    expect(second.discord.messages).toHaveLength(0);
  });

  it('posts nothing when the latest missed slot is older than the catch-up window', async () => {
    vi.useFakeTimers({ now: new Date(new Date('2026-11-24T07:00:00Z').getTime() + 6 * HOUR + MINUTE) });
    const dir = dataDir();
    const sub = withPostedDelivery(dir);
    const h = harness({ db: open(dir), catchupHours: 6 });
    stopLater(h.scheduler);
    const report = await h.scheduler.start();
    expect(report).toMatchObject({ caughtUp: [], skipped: 3 });
    expect(h.discord.messages).toHaveLength(0);
    expect(h.store.deliveries.history(sub.id).map((d) => d.status)).toEqual(['skipped', 'skipped', 'skipped', 'posted']);
  });
});
