// What to do at start-up about slots that passed while the bot was down: deliver the latest one if it is
// recent enough (a late digest beats none), record the others as skipped (a burst of stale digests helps nobody).
import { runsBetween } from './cron-walk.ts';
import type { Subscription } from './types.ts';

const HOUR_MS = 3_600_000;
/** Misses older than this are not even recorded: a bot down for a month should not write thousands of rows. */
export const CATCH_UP_LOOKBACK_HOURS = 7 * 24;

export interface CatchUpPlan {
  /** The one slot to deliver late, or null. */
  readonly deliver: Date | null;
  /** Missed slots to record as skipped, oldest first. */
  readonly skip: readonly Date[];
}

/**
 * @param lastSlot the latest slot that already has a delivery row (any status), or null.
 */
export function planCatchUp(subscription: Subscription, lastSlot: Date | null, now: Date, catchupHours: number): CatchUpPlan {
  const lookbackStart = now.getTime() - Math.max(CATCH_UP_LOOKBACK_HOURS, catchupHours) * HOUR_MS;
  // Slots before the subscription existed, or already handled, are nobody's misses.
  const after = new Date(Math.max(lookbackStart, subscription.createdAt.getTime(), lastSlot?.getTime() ?? -Infinity));
  const missed = runsBetween(subscription.cron, subscription.timeZone, after, now);
  const latest = missed.at(-1);
  if (latest === undefined) return { deliver: null, skip: [] };
  const recentEnough = now.getTime() - latest.getTime() <= catchupHours * HOUR_MS;
  return recentEnough ? { deliver: latest, skip: missed.slice(0, -1) } : { deliver: null, skip: missed };
}
