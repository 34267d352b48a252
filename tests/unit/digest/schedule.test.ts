import fc from 'fast-check';
import { createTask } from 'node-cron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextRuns } from '../../../src/digest/cron-walk.ts';
import { parseSchedule } from '../../../src/digest/schedule.ts';
import { parseTimeOfDay } from '../../../src/digest/schedule-presets.ts';

const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday

function ok(text: string, tz = 'Europe/Paris', min = 60, now = NOW) {
  const parsed = parseSchedule(text, tz, min, now);
  if (!parsed.ok) throw new Error(`expected "${text}" to parse, got: ${parsed.error}`);
  return parsed;
}

function error(text: string, tz = 'Europe/Paris', min = 60): string {
  const parsed = parseSchedule(text, tz, min, NOW);
  if (parsed.ok) throw new Error(`expected "${text}" to be refused, got cron ${parsed.cron}`);
  return parsed.error;
}

describe('parseSchedule presets', () => {
  it.each([
    ['hourly', '0 * * * *', 'every hour at :00'],
    ['Hourly at :15', '15 * * * *', 'every hour at :15'],
    ['daily 08:00', '0 8 * * *', 'every day at 08:00'],
    ['daily 8am', '0 8 * * *', 'every day at 08:00'],
    ['DAILY AT 8:30', '30 8 * * *', 'every day at 08:30'],
    ['daily 8:30 p.m.', '30 20 * * *', 'every day at 20:30'],
    ['daily 12am', '0 0 * * *', 'every day at 00:00'],
    ['every day at noon', '0 12 * * *', 'every day at 12:00'],
    ['weekdays 09:00', '0 9 * * 1-5', 'weekdays (Mon–Fri) at 09:00'],
    ['every weekday at 9', '0 9 * * 1-5', 'weekdays (Mon–Fri) at 09:00'],
    ['weekly mon 08:00', '0 8 * * 1', 'every Mon at 08:00'],
    ['weekly monday 08:00', '0 8 * * 1', 'every Mon at 08:00'],
    ['Weekly on Friday at 5pm', '0 17 * * 5', 'every Fri at 17:00'],
    ['every sunday 7:45', '45 7 * * 0', 'every Sun at 07:45'],
  ])('reads "%s" as %s', (text, cron, description) => {
    const parsed = ok(text);
    expect(parsed.cron).toBe(cron);
    expect(parsed.description).toBe(`${description} (Europe/Paris)`);
  });

  it('accepts a 5-field cron expression and describes common shapes in words', () => {
    expect(ok('0 8 * * 1-5').description).toBe('weekdays (Mon–Fri) at 08:00 (Europe/Paris)');
    expect(ok('30 7 * * 1,3').description).toBe('every Mon, Wed at 07:30 (Europe/Paris)');
    expect(ok('0 8 1 * *').description).toBe('cron "0 8 1 * *" (Europe/Paris)');
    expect(ok('@daily').cron).toBe('0 0 * * *');
  });
});

describe('parseSchedule errors say what is wrong', () => {
  it.each([
    ['61 8 * * *', /"61" is not a valid minute \(0-59\)/],
    ['0 25 * * *', /"25" is not a valid hour \(0-23\)/],
    ['0 8 * *', /has 4 fields.*5 fields/],
    ['0 0 8 * * *', /6 fields: seconds are not supported/],
    ['0 8 30 2 *', /impossible day of month/],
    ['fortnightly', /don't understand.*daily 08:00/],
    ['daily', /daily needs a time of day/],
    ['daily 25:00', /"25:00" is not a time of day/],
    ['daily 13pm', /"13pm" is not a time of day/],
    ['weekly 08:00', /weekly needs a day/],
    ['weekly funday 8am', /"funday" is not a day of the week/],
    ['hourly :75', /not a minute/],
    ['', /empty/],
  ])('refuses "%s"', (text, message) => {
    expect(error(text)).toMatch(message);
  });

  it('refuses an unknown time zone and suggests close names', () => {
    // "Paris" alone is accepted (one zone is that city); a misspelling is not, but is helped.
    const message = error('daily 08:00', 'Pari');
    expect(message).toMatch(/Unknown time zone "Pari"/);
    expect(message).toContain('Europe/Paris');
    expect(error('daily 08:00', 'Mars/Olympus')).toMatch(/Unknown time zone "Mars\/Olympus"/);
    expect(error('daily 08:00', '+01:00')).toMatch(/Unknown time zone/);
  });

  it('accepts a zone in any case and returns its canonical name', () => {
    expect(ok('daily 08:00', 'america/new_york').timeZone).toBe('America/New_York');
    expect(ok('daily 08:00', 'utc').timeZone).toBe('UTC');
  });

  it('reports a schedule that never runs within the horizon', () => {
    // 29 February falling on a Monday: 2044 is the next, beyond the five years looked at.
    expect(error('0 8 29 2 1')).toMatch(/never runs/);
  });
});

describe('parseSchedule minimum interval', () => {
  it('refuses schedules more frequent than the minimum, naming the gap', () => {
    expect(error('*/30 * * * *')).toMatch(/every 30 minutes.*at most once every 60 minutes/);
    expect(error('0,45 9 * * *')).toMatch(/every 45 minutes/);
    expect(error('hourly', 'UTC', 120)).toMatch(/every 60 minutes/);
  });

  it('allows schedules exactly at the minimum', () => {
    expect(ok('hourly', 'UTC', 60).cron).toBe('0 * * * *');
    expect(ok('0 */2 * * *', 'UTC', 120).cron).toBe('0 */2 * * *');
  });

  it('measures the gap across midnight when consecutive days both run', () => {
    expect(error('0 0,23 * * *', 'UTC', 90)).toMatch(/every 60 minutes/);
    // Sunday 23:00 then Monday 00:00 is 60 minutes apart, though within a day the runs are 23 hours apart.
    expect(error('0 0,23 * * 0,1', 'UTC', 90)).toMatch(/every 60 minutes/);
    expect(ok('0 0,23 * * 1', 'UTC', 90).cron).toBe('0 0,23 * * 1');
  });
});

describe('parseSchedule next runs', () => {
  it('lists the next three runs in the zone, formatted for people, with their instants', () => {
    const runs = ok('daily 08:00').nextRuns;
    expect(runs.map((r) => r.text)).toEqual([
      'Tue 24 Nov 2026, 08:00 Europe/Paris',
      'Wed 25 Nov 2026, 08:00 Europe/Paris',
      'Thu 26 Nov 2026, 08:00 Europe/Paris',
    ]);
    expect(runs[0]?.at.toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });

  it('keeps 08:00 local across the Europe/Paris spring-forward of 29 March 2026', () => {
    const runs = ok('daily 08:00', 'Europe/Paris', 60, new Date('2026-03-27T12:00:00Z')).nextRuns;
    expect(runs.map((r) => r.at.toISOString())).toEqual(['2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z', '2026-03-30T06:00:00.000Z']);
    expect(runs.every((r) => r.text.includes(', 08:00 Europe/Paris'))).toBe(true);
  });

  it('keeps 08:00 local across the America/New_York fall-back of 1 November 2026', () => {
    const runs = ok('daily 8am', 'America/New_York', 60, new Date('2026-10-30T20:00:00Z')).nextRuns;
    expect(runs.map((r) => r.at.toISOString())).toEqual(['2026-10-31T12:00:00.000Z', '2026-11-01T13:00:00.000Z', '2026-11-02T13:00:00.000Z']);
    expect(runs[1]?.text).toBe('Sun 1 Nov 2026, 08:00 America/New_York');
  });

  it('skips a wall time that does not exist on the spring-forward day, as node-cron does', () => {
    const runs = ok('daily 02:30', 'America/New_York', 60, new Date('2026-03-07T05:00:00Z')).nextRuns;
    expect(runs.map((r) => r.at.toISOString())).toEqual(['2026-03-07T07:30:00.000Z', '2026-03-09T06:30:00.000Z', '2026-03-10T06:30:00.000Z']);
  });
});

describe('nextRuns agrees with node-cron', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('picks the same instants as node-cron for wall times repeated or skipped by a DST change', () => {
    vi.useFakeTimers();
    const transitions: [string, string][] = [
      ['Europe/Paris', '2026-10-24T20:00:00Z'], ['Europe/Paris', '2026-03-28T20:00:00Z'],
      ['America/New_York', '2026-10-31T20:00:00Z'], ['America/New_York', '2026-03-07T20:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T10:00:00Z'], ['Australia/Lord_Howe', '2026-10-03T10:00:00Z'],
      // From inside the repeated hour itself, first and second time round.
      ['Europe/Paris', '2026-10-25T00:30:00Z'], ['Europe/Paris', '2026-10-25T01:10:00Z'],
      ['America/New_York', '2026-11-01T05:40:00Z'], ['America/New_York', '2026-11-01T06:20:00Z'],
    ];
    for (const [zone, from] of transitions) {
      for (const cron of ['0 * * * *', '30 * * * *', '30 1 * * *', '30 2 * * *', '0 1,2,3 * * *']) {
        vi.setSystemTime(new Date(from));
        const task = createTask(cron, () => undefined, { timezone: zone });
        const expected = task.getNextRuns(8).map((d) => d.toISOString());
        void task.destroy();
        expect({ zone, cron, runs: nextRuns(cron, zone, new Date(from), 8).map((d) => d.toISOString()) }).toEqual({ zone, cron, runs: expected });
      }
    }
  });

  it('gives the same instants as node-cron getNextRuns for random schedules, zones and start times', () => {
    vi.useFakeTimers();
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC', 'America/Santiago', 'Pacific/Chatham'];
    const crons = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 23 })).map(([m, h]) => `${m} ${h} * * *`),
      fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 6 })).map(([m, d]) => `${m} 2 * * ${d}`),
      fc.integer({ min: 0, max: 59 }).map((m) => `${m} * * * *`),
      fc.constantFrom('0 1,2,3 * * *', '30 2 L * *', '0 9 * * 1#2', '15 */3 * * 1-5'),
    );
    fc.assert(
      fc.property(crons, fc.constantFrom(...zones), fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), (cron, zone, minutes) => {
        const from = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000 + 17_000);
        vi.setSystemTime(from);
        const task = createTask(cron, () => undefined, { timezone: zone });
        const expected = task.getNextRuns(4).map((d) => d.toISOString());
        void task.destroy();
        expect(nextRuns(cron, zone, from, 4).map((d) => d.toISOString())).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseTimeOfDay', () => {
  it('reads every 24-hour HH:MM back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const text = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        expect(parseTimeOfDay(text)).toEqual({ hour, minute });
      }),
    );
  });

  it('reads 12-hour times with am/pm as the same instant as their 24-hour form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (hour12, minute, pm) => {
        const parsed = parseTimeOfDay(`${hour12}:${String(minute).padStart(2, '0')}${pm ? 'pm' : 'am'}`);
        expect(parsed).toEqual({ hour: (hour12 % 12) + (pm ? 12 : 0), minute });
      }),
    );
  });

  it('returns null for text that is not a time', () => {
    for (const text of ['24:00', '8:60', '0am', 'soon', '8:5', '']) expect(parseTimeOfDay(text)).toBeNull();
  });
});
