// Run times of a cron expression in a time zone, from any instant. node-cron only answers "after the system
// clock", but previews, catch-up and tests need "after t", so this walks days the way node-cron's own matcher
// does (same wall-clock order, same choice at DST changes) and lets node-cron's `match` have the last word on every
// candidate. Result: the times listed here are the times node-cron fires.
//   - a wall time that does not exist (spring forward) is skipped that day, as node-cron skips it;
//   - a wall time that happens twice (fall back) runs once, at the same instant node-cron picks.
import { createTask, parse } from 'node-cron';
import type { ParsedFields, ScheduledTask } from 'node-cron';
import { localParts } from './zoned-time.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Far enough for a leap-day schedule ("0 8 29 2 *"); beyond it a schedule is treated as never running. */
export const CRON_HORIZON_DAYS = 366 * 5;

export interface CronWalker {
  /** The first run strictly after `after`, or null when none falls within the horizon. */
  next(after: Date): Date | null;
  dispose(): void;
}

export function createCronWalker(cron: string, timeZone: string): CronWalker {
  const fields = parse(cron);
  const hours = sortedNumbers(fields.hour);
  const minutes = sortedNumbers(fields.minute);
  // A throwaway, never-started task: the only public door to node-cron's matcher (L, #, W tokens, DST).
  const task: ScheduledTask = createTask(cron, () => undefined, { timezone: timeZone });
  return {
    next: (after) => nextRun(after, { fields, hours, minutes, task, timeZone }),
    dispose: () => void task.destroy(),
  };
}

/** The next `count` runs after `after` (fewer if the schedule stops within the horizon). */
export function nextRuns(cron: string, timeZone: string, after: Date, count: number): Date[] {
  return collectRuns(cron, timeZone, after, count, null);
}

/** Every run in `(after, until]`, oldest first, at most `limit`. */
export function runsBetween(cron: string, timeZone: string, after: Date, until: Date, limit = 10_000): Date[] {
  return collectRuns(cron, timeZone, after, limit, until);
}

function collectRuns(cron: string, timeZone: string, after: Date, limit: number, until: Date | null): Date[] {
  const walker = createCronWalker(cron, timeZone);
  try {
    const runs: Date[] = [];
    let cursor = after;
    while (runs.length < limit) {
      const run = walker.next(cursor);
      if (!run || (until && run > until)) break;
      runs.push(run);
      cursor = run;
    }
    return runs;
  } finally {
    walker.dispose();
  }
}

interface WalkContext {
  readonly fields: ParsedFields;
  readonly hours: readonly number[];
  readonly minutes: readonly number[];
  readonly task: ScheduledTask;
  readonly timeZone: string;
}

function nextRun(after: Date, ctx: WalkContext): Date | null {
  const baseMs = Math.floor(after.getTime() / 1000) * 1000;
  const base = localParts(new Date(baseMs), ctx.timeZone);
  const baseSecondOfDay = base.hour * 3600 + base.minute * 60 + (Math.floor(baseMs / 1000) % 60);
  let day = Date.UTC(base.year, base.month - 1, base.day);
  for (let i = 0; i < CRON_HORIZON_DAYS; i++, day += DAY_MS) {
    if (!dayMayMatch(new Date(day), ctx.fields)) continue;
    for (const hour of ctx.hours) {
      for (const minute of ctx.minutes) {
        // On the first day only wall times later than `after`'s wall time count, as in node-cron.
        if (i === 0 && hour * 3600 + minute * 60 <= baseSecondOfDay) continue;
        const at = wallTimeToInstant(new Date(day + hour * 3_600_000 + minute * MINUTE_MS), ctx.timeZone);
        if (at > baseMs && ctx.task.match(new Date(at))) return new Date(at);
      }
    }
  }
  return null;
}

/** Cheap pre-filter on month and plain day numbers; tokens (L, 5L, 1#2, 15W) are left to node-cron's match. */
function dayMayMatch(utcDay: Date, fields: ParsedFields): boolean {
  if (!fields.month.includes(utcDay.getUTCMonth() + 1)) return false;
  const plainDays = fields.dayOfMonth.every((value) => typeof value === 'number');
  if (plainDays && !fields.dayOfMonth.includes(utcDay.getUTCDate())) return false;
  const plainWeekdays = fields.dayOfWeek.every((value) => typeof value === 'number');
  return !plainWeekdays || fields.dayOfWeek.includes(utcDay.getUTCDay());
}

/**
 * The instant at which the zone's clock shows `wall` (a UTC date standing for local wall-clock fields).
 * Same resolution as node-cron: try the offset at the guess, then the offset at the result; when the wall time is
 * ambiguous or missing, prefer the candidate that reads back to it, else the later one.
 */
function wallTimeToInstant(wall: Date, timeZone: string): number {
  const guess = wall.getTime();
  const firstOffset = offsetMinutes(guess, timeZone);
  const first = guess - firstOffset * MINUTE_MS;
  const secondOffset = offsetMinutes(first, timeZone);
  if (secondOffset === firstOffset) return first;
  const second = guess - secondOffset * MINUTE_MS;
  if (readsBack(first, guess, timeZone)) return first;
  if (readsBack(second, guess, timeZone)) return second;
  return Math.max(first, second);
}

function offsetMinutes(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

function readsBack(instant: number, wallMs: number, timeZone: string): boolean {
  const p = localParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wallMs;
}

function sortedNumbers(values: readonly (number | string)[]): number[] {
  return [...new Set(values.filter((value): value is number => typeof value === 'number'))].sort((a, b) => a - b);
}
