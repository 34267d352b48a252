// Wall-clock parts of an instant in an IANA zone, and the human formats built from them. Names of days and months
// are ours, not ICU's, so the output is identical on every Node build ("Sept" vs "Sep" differs between ICU versions).
export interface LocalParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number; // 0-23
  readonly minute: number;
  /** 0 = Sunday … 6 = Saturday, as in cron. */
  readonly weekday: number;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// Building a DateTimeFormat costs far more than using one; walks over a year of hours reuse the same formatter.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function localParts(date: Date, timeZone: string): LocalParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? NaN;
  const month = fields.month ?? NaN;
  const day = fields.day ?? NaN;
  return {
    year,
    month,
    day,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** "Mon 24 Nov 2026": the date a digest is for, as its header shows it. */
export function formatLocalDate(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${WEEKDAY_NAMES[p.weekday]} ${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
}

/** "Mon 24 Nov 2026, 08:00 Europe/Paris": a run time as an admin reads it. */
export function formatRunTime(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${formatLocalDate(date, timeZone)}, ${pad2(p.hour)}:${pad2(p.minute)} ${timeZone}`;
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export function truncateToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? `day ${weekday}`;
}
