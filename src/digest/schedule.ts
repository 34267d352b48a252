// parseSchedule: what an admin typed + a time zone → a validated cron, a description and the next run times,
// or an error that says what is wrong. Refuses schedules that would post more often than the configured minimum.
import { checkCronExpression, describeCron, looksLikeCron } from './cron-expression.ts';
import { CRON_HORIZON_DAYS, nextRuns, runsBetween } from './cron-walk.ts';
import { parsePreset } from './schedule-presets.ts';
import { checkTimeZone } from './timezones.ts';
import { formatRunTime } from './zoned-time.ts';
import { parse } from 'node-cron';

export interface RunTime {
  readonly at: Date;
  /** "Mon 24 Nov 2026, 08:00 Europe/Paris" */
  readonly text: string;
}

export type ParsedSchedule =
  | {
      readonly ok: true;
      readonly cron: string;
      /** The canonical IANA name ("europe/paris" comes back as "Europe/Paris"). */
      readonly timeZone: string;
      /** "every day at 08:00 (Europe/Paris)" */
      readonly description: string;
      readonly nextRuns: readonly RunTime[];
    }
  | { readonly ok: false; readonly error: string };

const MAX_SCHEDULE_LENGTH = 100;
const NEXT_RUN_COUNT = 3;
const MINUTES_PER_DAY = 1440;

const UNKNOWN_HELP =
  'Try "hourly", "daily 08:00", "weekdays 09:00", "weekly mon 08:00", or a 5-field cron expression like "0 8 * * 1-5".';

export function parseSchedule(text: string, timeZone: string, minIntervalMinutes: number, now: Date = new Date()): ParsedSchedule {
  if (text.trim() === '') return { ok: false, error: `The schedule is empty. ${UNKNOWN_HELP}` };
  if (text.length > MAX_SCHEDULE_LENGTH) return { ok: false, error: `The schedule is too long (over ${MAX_SCHEDULE_LENGTH} characters). ${UNKNOWN_HELP}` };
  const zone = checkTimeZone(timeZone);
  if (!zone.ok) return zone;

  const preset = parsePreset(text);
  if (preset.kind === 'error') return { ok: false, error: preset.error };
  let cron: string;
  let description: string;
  if (preset.kind === 'preset') {
    ({ cron, description } = preset);
  } else if (looksLikeCron(text)) {
    const checked = checkCronExpression(text);
    if (!checked.ok) return checked;
    cron = checked.cron;
    description = describeCron(cron);
  } else {
    return { ok: false, error: `I don't understand the schedule "${text.trim()}". ${UNKNOWN_HELP}` };
  }

  const gap = shortestGapMinutes(cron, zone.timeZone, now, minIntervalMinutes);
  if (gap !== null && gap < minIntervalMinutes) {
    return {
      ok: false,
      error: `"${text.trim()}" would post every ${gap} minute${gap === 1 ? '' : 's'}; digests can run at most once every ${minIntervalMinutes} minutes.`,
    };
  }
  const runs = nextRuns(cron, zone.timeZone, now, NEXT_RUN_COUNT);
  if (runs.length === 0) {
    return { ok: false, error: `"${text.trim()}" never runs in the next ${Math.round(CRON_HORIZON_DAYS / 365)} years: check the day and month.` };
  }
  return {
    ok: true,
    cron,
    timeZone: zone.timeZone,
    description: `${description} (${zone.timeZone})`,
    nextRuns: runs.map((at) => ({ at, text: formatRunTime(at, zone.timeZone) })),
  };
}

/**
 * The shortest wall-clock gap between two runs, or null when it runs at most once a day.
 * Runs on one day are every hour × minute of the expression, so their gaps are exact from the fields alone;
 * only the gap across midnight depends on which days match, and it is only walked when it could be too short.
 * (A spring-forward night can bring two runs up to an hour closer than the wall clock says; that is accepted.)
 */
export function shortestGapMinutes(cron: string, timeZone: string, from: Date, minIntervalMinutes: number): number | null {
  const fields = parse(cron);
  const times = fields.hour.flatMap((h) => fields.minute.map((m) => h * 60 + m)).sort((a, b) => a - b);
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined) return null;
  let shortest: number | null = null;
  for (let i = 1; i < times.length; i++) shortest = Math.min(shortest ?? Infinity, (times[i] ?? 0) - (times[i - 1] ?? 0));
  const acrossMidnight = MINUTES_PER_DAY - last + first;
  if (acrossMidnight < minIntervalMinutes && (shortest === null || shortest >= minIntervalMinutes)) {
    // Do two consecutive days ever both run? Walk a year of runs (this shape is rare: late and early times).
    const runs = runsBetween(cron, timeZone, from, new Date(from.getTime() + 366 * 86_400_000));
    for (let i = 1; i < runs.length; i++) {
      const gap = Math.round(((runs[i]?.getTime() ?? 0) - (runs[i - 1]?.getTime() ?? 0)) / 60_000);
      shortest = Math.min(shortest ?? Infinity, gap);
    }
  }
  return shortest;
}
