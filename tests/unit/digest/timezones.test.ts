import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTimeZone, listTimeZones, suggestTimeZones } from '../../../src/digest/timezones.ts';

describe('suggestTimeZones', () => {
  it('matches any part of the name, case-insensitively', () => {
    expect(suggestTimeZones('paris')[0]).toBe('Europe/Paris');
    expect(suggestTimeZones('PARIS')[0]).toBe('Europe/Paris');
    expect(suggestTimeZones('new york')).toContain('America/New_York');
    expect(suggestTimeZones('york')).toContain('America/New_York');
  });

  it('ranks names that start with the query before names that merely contain it', () => {
    const results = suggestTimeZones('america/');
    expect(results.length).toBe(25);
    expect(results.every((zone) => zone.startsWith('America/'))).toBe(true);
  });

  it('offers common zones for an empty query', () => {
    const results = suggestTimeZones('  ');
    expect(results).toContain('UTC');
    expect(results).toContain('Europe/Paris');
  });

  it('never returns more than 25 zones, and every one contains the query', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), (query) => {
        const results = suggestTimeZones(query);
        expect(results.length).toBeLessThanOrEqual(25);
        const needle = query.trim().toLowerCase().replace(/[\s_]+/g, '');
        for (const zone of results) expect(zone.toLowerCase().replace(/_/g, '')).toContain(needle);
      }),
    );
  });

  it('only suggests zones that validate', () => {
    for (const zone of suggestTimeZones('an')) expect(checkTimeZone(zone)).toEqual({ ok: true, timeZone: zone });
  });
});

describe('checkTimeZone', () => {
  it('accepts every zone it lists', () => {
    const zones = listTimeZones();
    expect(zones.length).toBeGreaterThan(300);
    for (const zone of zones) expect(checkTimeZone(zone).ok).toBe(true);
  });

  it('canonicalises case, spaces and aliases', () => {
    expect(checkTimeZone('europe/paris')).toEqual({ ok: true, timeZone: 'Europe/Paris' });
    expect(checkTimeZone(' America/New York ')).toEqual({ ok: true, timeZone: 'America/New_York' });
    expect(checkTimeZone('US/Eastern')).toEqual({ ok: true, timeZone: 'America/New_York' });
  });

  it('accepts a city alone when exactly one zone is that city', () => {
    expect(checkTimeZone('paris')).toEqual({ ok: true, timeZone: 'Europe/Paris' });
    expect(checkTimeZone('New York')).toEqual({ ok: true, timeZone: 'America/New_York' });
    expect(checkTimeZone('springfield').ok).toBe(false);
  });

  it('refuses fixed offsets and unknown names with an explanation', () => {
    for (const input of ['+02:00', 'GMT+2', 'Nowhere/Special', '']) {
      const result = checkTimeZone(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/time zone/);
    }
  });
});
