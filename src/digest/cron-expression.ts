// Raw 5-field cron expressions: validation with errors a person can act on, and a plain-words description of
// the common shapes (anything else is shown as the expression itself).
import { parse, validateDetailed } from 'node-cron';
import type { ParsedFields } from 'node-cron';
import { pad2, weekdayName } from './zoned-time.ts';

export type CronCheck = { readonly ok: true; readonly cron: string } | { readonly ok: false; readonly error: string };

const NICKNAMES: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *',
};

const FIELD_HELP: Readonly<Record<string, string>> = {
  minute: 'minute (0-59)',
  hour: 'hour (0-23)',
  dayOfMonth: 'day of month (1-31)',
  month: 'month (1-12 or jan-dec)',
  dayOfWeek: 'day of week (0-7 or sun-sat)',
};

const FORMAT_HELP = 'a cron expression has 5 fields: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1-5"';

/** True when the text looks like an attempt at cron (so its errors should talk about cron fields). */
export function looksLikeCron(text: string): boolean {
  const s = text.trim();
  return s.startsWith('@') || /^[\d*]/.test(s);
}

export function checkCronExpression(text: string): CronCheck {
  const expression = NICKNAMES[text.trim().toLowerCase()] ?? text.trim().replace(/\s+/g, ' ');
  const fieldCount = expression.split(' ').length;
  if (fieldCount === 6) return { ok: false, error: `"${text.trim()}" has 6 fields: seconds are not supported; ${FORMAT_HELP}.` };
  if (fieldCount !== 5) return { ok: false, error: `"${text.trim()}" has ${fieldCount} field${fieldCount === 1 ? '' : 's'}; ${FORMAT_HELP}.` };
  const validation = validateDetailed(expression);
  if (!validation.valid) {
    const problems = validation.errors.map((e) => {
      const help = FIELD_HELP[e.field];
      // node-cron's generic wording ("61 is a invalid expression for minute") becomes the field's valid range.
      return help && e.value !== undefined && e.message.includes('invalid expression') ? `"${e.value}" is not a valid ${help}` : e.message;
    });
    return { ok: false, error: `Bad cron expression "${expression}": ${problems.join('; ')}.` };
  }
  try {
    parse(expression); // catches what field-by-field validation cannot, e.g. day 30 of February
  } catch (error) {
    return { ok: false, error: `Bad cron expression "${expression}": ${error instanceof Error ? error.message : String(error)}.` };
  }
  return { ok: true, cron: expression };
}

/** "every day at 08:00", "every Mon, Wed at 07:30", "every hour at :15", or `cron "…"` for the rest. */
export function describeCron(cron: string): string {
  const f = parse(cron);
  const everyDay = isFull(f.dayOfMonth, 31) && isFull(f.month, 12);
  const minute = single(f.minute);
  if (!everyDay || minute === null) return `cron "${cron}"`;
  const weekdays = numbers(f.dayOfWeek);
  if (weekdays === null) return `cron "${cron}"`;
  const days = describeWeekdays(weekdays);
  if (isFull(f.hour, 24) && days === 'every day') return `every hour at :${pad2(minute)}`;
  const hour = single(f.hour);
  if (hour === null) return `cron "${cron}"`;
  return `${days} at ${pad2(hour)}:${pad2(minute)}`;
}

function describeWeekdays(days: readonly number[]): string {
  const set = new Set(days.map((d) => d % 7));
  if (set.size === 7) return 'every day';
  if (set.size === 5 && [1, 2, 3, 4, 5].every((d) => set.has(d))) return 'weekdays (Mon–Fri)';
  return `every ${[...set].sort((a, b) => a - b).map(weekdayName).join(', ')}`;
}

function isFull(values: ParsedFields['dayOfMonth'], size: number): boolean {
  return new Set(values).size === size && values.every((v) => typeof v === 'number');
}

function single(values: readonly (number | string)[]): number | null {
  return values.length === 1 && typeof values[0] === 'number' ? values[0] : null;
}

function numbers(values: readonly (number | string)[]): readonly number[] | null {
  return values.every((v): v is number => typeof v === 'number') ? values : null;
}
