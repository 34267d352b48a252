// Runs digests on time: one node-cron job per active subscription this shard owns, in the subscription's zone.
// At start-up it first resumes runs a crash interrupted, then catches up on slots missed while down.
// Every run is independent: whatever one throws is logged and never reaches the others or node-cron.
import { createTask } from 'node-cron';
import type { ScheduledTask } from 'node-cron';
import { planCatchUp } from './catch-up.ts';
import { DEFAULT_RETRY_POLICY, realSleep } from './retry.ts';
import type { RetryPolicy, Sleep } from './retry.ts';
import { createDigestRunner, type DigestRunnerDeps } from './runner.ts';
import { systemClock } from './types.ts';
import type { Clock, DigestRunResult, RunReason, Subscription } from './types.ts';
import { truncateToMinute } from './zoned-time.ts';

const HOUR_MS = 3_600_000;
/** node-cron skips a run that fires later than this (event loop blocked, machine asleep); ours tolerate 5 min. */
const MISSED_RUN_TOLERANCE_MS = 5 * 60_000;

/** The runner's dependencies, with clock, retry policy and sleep optional (real ones by default). */
export interface DigestSchedulerOptions<M> extends Omit<DigestRunnerDeps<M>, 'clock' | 'retry' | 'sleep'> {
  readonly clock?: Clock;
  /** Sharding: only subscriptions of guilds this process owns are scheduled, recovered or run. Default: all. */
  readonly ownsGuild?: (guildId: string) => boolean;
  /** A slot missed while down is still delivered if it is at most this old (config DIGEST_CATCHUP_HOURS). */
  readonly catchupHours?: number;
  readonly retry?: RetryPolicy;
  readonly sleep?: Sleep;
}

export interface StartReport {
  readonly scheduled: number;
  readonly recovered: readonly DigestRunResult[];
  readonly caughtUp: readonly DigestRunResult[];
  /** Slots recorded as skipped: missed too long ago, or claimed before a crash and now too old. */
  readonly skipped: number;
}

export interface DigestScheduler<M> {
  /** Builds the jobs from the store, then resumes interrupted runs and catches up; resolves when those are done. */
  start(): Promise<StartReport>;
  /** Stops every job and waits for runs in progress. */
  stop(): Promise<void>;
  /** Re-reads one subscription and (re)schedules or unschedules it: call after subscribe, pause, resume, remove. */
  refresh(subscriptionId: string): void;
  /** Runs a digest now (the current minute is its slot); works on paused subscriptions too. */
  runNow(subscriptionId: string): Promise<DigestRunResult>;
  /** What a run would post now, or null for an unknown subscription. */
  preview(subscriptionId: string): M[] | null;
  /** Ids with a live job, for status displays and tests. */
  scheduledIds(): string[];
}

export function createDigestScheduler<M>(options: DigestSchedulerOptions<M>): DigestScheduler<M> {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const ownsGuild = options.ownsGuild ?? (() => true);
  const catchupHours = options.catchupHours ?? 6;
  const logger = options.logger.child({ component: 'digest-scheduler' });
  const runner = createDigestRunner({
    store, transport: options.transport, content: options.content, compose: options.compose, clock, logger,
    sleep: options.sleep ?? realSleep, retry: options.retry ?? DEFAULT_RETRY_POLICY,
  });
  const jobs = new Map<string, ScheduledTask>();
  const inFlight = new Set<Promise<unknown>>();
  let started = false;

  /** Runs one slot, never rejecting; unschedules the subscription if the run paused it. */
  function track(subscription: Subscription, slot: Date, reason: RunReason): Promise<DigestRunResult | null> {
    const running = runner
      .run(subscription, slot, reason)
      .then((result) => {
        if (result.status === 'failed' && result.paused) refresh(subscription.id);
        return result;
      })
      .catch((err: unknown) => {
        logger.error({ err, subscriptionId: subscription.id, slot: slot.toISOString(), reason }, 'digest run crashed');
        return null;
      });
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
    return running;
  }

  /** A live subscription this shard should run, re-read so a pause or removal since scheduling is honoured. */
  function runnable(subscriptionId: string): Subscription | null {
    const subscription = store.subscriptions.get(subscriptionId);
    return subscription && !subscription.paused && ownsGuild(subscription.guildId) ? subscription : null;
  }

  function unschedule(subscriptionId: string): void {
    const job = jobs.get(subscriptionId);
    if (!job) return;
    jobs.delete(subscriptionId);
    void job.destroy();
  }

  function refresh(subscriptionId: string): void {
    unschedule(subscriptionId);
    if (!started) return;
    const subscription = runnable(subscriptionId);
    if (!subscription) return;
    const job = createTask(
      subscription.cron,
      async (context) => {
        try {
          const current = runnable(subscriptionId);
          if (current) await track(current, truncateToMinute(context.date), 'scheduled');
        } catch (err) {
          // Reading the store failed before the run began; node-cron must never see a rejection.
          logger.error({ err, subscriptionId }, 'digest job could not start its run');
        }
      },
      { timezone: subscription.timeZone, name: `digest:${subscriptionId}`, missedExecutionTolerance: MISSED_RUN_TOLERANCE_MS },
    );
    jobs.set(subscriptionId, job);
    void job.start();
  }

  async function recoverInterrupted(owned: ReadonlyMap<string, Subscription>): Promise<{ results: DigestRunResult[]; skipped: number }> {
    const now = clock.now();
    const runs: Promise<DigestRunResult | null>[] = [];
    let skipped = 0;
    for (const delivery of store.deliveries.listClaimed()) {
      const subscription = owned.get(delivery.subscriptionId);
      if (!subscription) continue; // another shard's
      if (!subscription.paused && now.getTime() - delivery.slot.getTime() <= catchupHours * HOUR_MS) {
        runs.push(track(subscription, delivery.slot, 'recovery'));
      } else {
        // Too old for Discord's nonce check to catch a repeat: settling it is safer than posting it twice.
        store.deliveries.markSkipped(delivery.id, 'interrupted by a restart and not resumed (too old or paused)', now);
        skipped++;
      }
    }
    return { results: compact(await Promise.all(runs)), skipped };
  }

  async function catchUp(owned: ReadonlyMap<string, Subscription>): Promise<{ results: DigestRunResult[]; skipped: number }> {
    const now = clock.now();
    const runs: Promise<DigestRunResult | null>[] = [];
    let skipped = 0;
    for (const subscription of owned.values()) {
      if (subscription.paused) continue;
      try {
        const plan = planCatchUp(subscription, store.deliveries.latestSlot(subscription.id), now, catchupHours);
        for (const slot of plan.skip) {
          if (store.deliveries.recordSkipped(subscription.id, slot, 'missed while the bot was offline', now)) skipped++;
        }
        if (plan.deliver) runs.push(track(subscription, plan.deliver, 'catch-up'));
      } catch (err) {
        logger.error({ err, subscriptionId: subscription.id }, 'digest catch-up failed for one subscription');
      }
    }
    return { results: compact(await Promise.all(runs)), skipped };
  }

  return {
    async start() {
      if (started) throw new Error('The digest scheduler is already started');
      started = true;
      const owned = new Map(store.subscriptions.list().filter((s) => ownsGuild(s.guildId)).map((s) => [s.id, s]));
      // Jobs first: a slot due during the catch-up below is then handled by its job; the claim keeps it single.
      for (const id of owned.keys()) refresh(id);
      const recovered = await recoverInterrupted(owned);
      const caughtUp = await catchUp(owned);
      const report = { scheduled: jobs.size, recovered: recovered.results, caughtUp: caughtUp.results, skipped: recovered.skipped + caughtUp.skipped };
      logger.info({ scheduled: report.scheduled, recovered: report.recovered.length, caughtUp: report.caughtUp.length, skipped: report.skipped }, 'digest scheduler started');
      return report;
    },
    async stop() {
      started = false;
      for (const id of [...jobs.keys()]) unschedule(id);
      await Promise.allSettled([...inFlight]);
    },
    refresh,
    async runNow(subscriptionId) {
      const subscription = store.subscriptions.get(subscriptionId);
      if (!subscription) return { status: 'not-found' };
      if (!ownsGuild(subscription.guildId)) return { status: 'not-owned' };
      const result = await track(subscription, truncateToMinute(clock.now()), 'manual');
      if (!result) throw new Error(`The digest run for ${subscriptionId} crashed; see the log`);
      return result;
    },
    preview(subscriptionId) {
      const subscription = store.subscriptions.get(subscriptionId);
      return subscription ? runner.preview(subscription) : null;
    },
    scheduledIds: () => [...jobs.keys()],
  };
}

function compact<T>(values: readonly (T | null)[]): T[] {
  return values.filter((value): value is T => value !== null);
}
