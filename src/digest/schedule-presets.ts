// The schedules a person types ("daily 8am", "weekly monday 08:00") turned into 5-field cron expressions.
// Forgiving on purpose: case, extra words ("at", "on", "every") and 12/24-hour clocks all work.
import { pad2, weekdayName } from './zoned-time.ts';

export type PresetResult =
  | { readonly kind: 'preset'; readonly cron: string; readonly description: string }
  | { readonly kind: 'error'; readonly error: string }
  /** Not preset-shaped: the caller tries it as a cron expression. */
  | { readonly kind: 'not-a-preset' };

const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};

const TIME_HELP = 'use HH:MM on a 24-hour clock (08:00, 17:30) or 8am / 8:30pm';

export function parsePreset(text: string): PresetResult {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');

  const hourly = /^(?:@?hourly|every hour)(?: at)?(?: :?(\d{1,2}))?$/.exec(s);
  if (hourly) {
    const minute = hourly[1] === undefined ? 0 : Number(hourly[1]);
    if (minute > 59) return { kind: 'error', error: `":${hourly[1]}" is not a minute: hourly takes a minute from :00 to :59.` };
    return { kind: 'preset', cron: `${minute} * * * *`, description: `every hour at :${pad2(minute)}` };
  }

  const daily = /^(?:daily|every day)(?: at)?(?: (.+))?$/.exec(s);
  if (daily) {
    return withTime(daily[1], 'daily', 'daily 08:00', (h, m) => ({ cron: `${m} ${h} * * *`, description: `every day at ${pad2(h)}:${pad2(m)}` }));
  }

  const weekdays = /^(?:weekdays?|every weekday)(?: at)?(?: (.+))?$/.exec(s);
  if (weekdays) {
    return withTime(weekdays[1], 'weekdays', 'weekdays 09:00', (h, m) => ({
      cron: `${m} ${h} * * 1-5`,
      description: `weekdays (Mon–Fri) at ${pad2(h)}:${pad2(m)}`,
    }));
  }

  const weekly = /^(?:weekly(?: on)?|every)(?: ([a-z]+))?(?: at)?(?: (.+))?$/.exec(s);
  if (weekly && (s.startsWith('weekly') || (weekly[1] !== undefined && weekly[1] in WEEKDAYS))) {
    const dayWord = weekly[1];
    const day = dayWord === undefined ? undefined : WEEKDAYS[dayWord];
    if (day === undefined) {
      const what = dayWord === undefined ? 'needs a day' : `"${dayWord}" is not a day of the week`;
      return { kind: 'error', error: `weekly ${what}: write it like "weekly mon 08:00" or "weekly friday 5pm".` };
    }
    return withTime(weekly[2], `weekly ${dayWord}`, `weekly ${dayWord} 08:00`, (h, m) => ({
      cron: `${m} ${h} * * ${day}`,
      description: `every ${weekdayName(day)} at ${pad2(h)}:${pad2(m)}`,
    }));
  }

  return { kind: 'not-a-preset' };
}

function withTime(
  timeText: string | undefined,
  preset: string,
  example: string,
  build: (hour: number, minute: number) => { cron: string; description: string },
): PresetResult {
  if (timeText === undefined) return { kind: 'error', error: `${preset} needs a time of day, e.g. "${example}".` };
  const time = parseTimeOfDay(timeText);
  if (!time) return { kind: 'error', error: `"${timeText}" is not a time of day: ${TIME_HELP}.` };
  return { kind: 'preset', ...build(time.hour, time.minute) };
}

/** "08:00", "8", "8am", "8:30 pm", "20h30", "8.30", "noon", "midnight" → hour and minute; null if not a time. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  // "8.30" is a time separator, the dots of "p.m." are not.
  const s = text.trim().toLowerCase().replace(/(\d)\.(\d)/g, '$1:$2').replace(/\./g, '');
  if (s === 'noon') return { hour: 12, minute: 0 };
  if (s === 'midnight') return { hour: 0, minute: 0 };
  const match = /^(\d{1,2})(?:[:h](\d{2})?)? ?(am|pm)?$/.exec(s);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}
