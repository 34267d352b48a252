// Subscribing a channel: validate what the admin typed (schedule, zone, size) and store it. The Discord side
// calls this, then `scheduler.refresh(subscription.id)` so the job exists at once.
import { parseSchedule } from './schedule.ts';
import type { ParsedSchedule, RunTime } from './schedule.ts';
import { nextRuns } from './cron-walk.ts';
import type { DigestStore } from './store.ts';
import { MAX_ARTICLES_LIMIT } from './subscription-store.ts';
import type { Subscription } from './types.ts';
import { formatRunTime } from './zoned-time.ts';

export const DEFAULT_MAX_ARTICLES = 5;

export interface DigestSettings {
  /** Config DEFAULT_TIMEZONE: used when the admin names no zone. */
  readonly defaultTimeZone: string;
  /** Config DIGEST_MIN_INTERVAL_MINUTES. */
  readonly minIntervalMinutes: number;
}

export interface SubscribeRequest {
  readonly guildId: string;
  readonly channelId: string;
  readonly schedule: string;
  readonly timeZone?: string | undefined;
  readonly maxArticles?: number | undefined;
  readonly createdBy: string;
}

export type SubscribeResult =
  | { readonly ok: true; readonly subscription: Subscription; readonly schedule: Extract<ParsedSchedule, { ok: true }> }
  | { readonly ok: false; readonly error: string };

export function subscribe(store: DigestStore, request: SubscribeRequest, settings: DigestSettings, now: Date): SubscribeResult {
  const maxArticles = request.maxArticles ?? DEFAULT_MAX_ARTICLES;
  if (!Number.isInteger(maxArticles) || maxArticles < 1 || maxArticles > MAX_ARTICLES_LIMIT) {
    return { ok: false, error: `The number of articles must be a whole number from 1 to ${MAX_ARTICLES_LIMIT}, not ${maxArticles}.` };
  }
  const schedule = parseSchedule(request.schedule, request.timeZone ?? settings.defaultTimeZone, settings.minIntervalMinutes, now);
  if (!schedule.ok) return schedule;
  const subscription = store.subscriptions.create({
    guildId: request.guildId,
    channelId: request.channelId,
    scheduleText: request.schedule.trim(),
    cron: schedule.cron,
    timeZone: schedule.timeZone,
    maxArticles,
    createdBy: request.createdBy,
    createdAt: now,
  });
  return { ok: true, subscription, schedule };
}

/** The next runs of a stored subscription, for status displays. */
export function upcomingRuns(subscription: Subscription, now: Date, count = 3): RunTime[] {
  return nextRuns(subscription.cron, subscription.timeZone, now, count).map((at) => ({ at, text: formatRunTime(at, subscription.timeZone) }));
}
