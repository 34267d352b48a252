// IANA time zones as Intl knows them: validation (forgiving about case and spaces) and autocomplete suggestions.
const AUTOCOMPLETE_LIMIT = 25;

/** Shown for an empty query: the zones most servers want, rather than the alphabetical head of the list. */
const COMMON_ZONES = [
  'UTC', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'America/New_York', 'America/Chicago',
  'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo',
  'Asia/Singapore', 'Australia/Sydney', 'Africa/Johannesburg',
] as const;

let allZones: readonly string[] | undefined;

/** Every canonical IANA zone Intl supports, plus "UTC" (which `supportedValuesOf` leaves out). */
export function listTimeZones(): readonly string[] {
  allZones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].sort();
  return allZones;
}

export type TimeZoneCheck = { readonly ok: true; readonly timeZone: string } | { readonly ok: false; readonly error: string };

/**
 * Accepts an IANA name in any case ("europe/paris", "America/New York") and returns its canonical spelling.
 * Fixed offsets ("+01:00") are refused: they ignore daylight saving, which is rarely what a person means.
 */
export function checkTimeZone(input: string): TimeZoneCheck {
  const wanted = input.trim().replace(/\s+/g, '_');
  if (wanted === '') return { ok: false, error: 'The time zone is empty: give an IANA name like Europe/Paris.' };
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(wanted)) {
    const exact = listTimeZones().find((zone) => zone.toLowerCase() === wanted.toLowerCase());
    if (exact) return { ok: true, timeZone: exact };
    // Aliases (Asia/Calcutta, US/Eastern) are valid IANA names but absent from the canonical list.
    const resolved = resolveWithIntl(wanted);
    if (resolved) return { ok: true, timeZone: resolved };
    // A city alone ("paris", "new york") is what people type; accept it when exactly one zone is that city.
    const city = wanted.toLowerCase();
    const cities = listTimeZones().filter((zone) => zone.toLowerCase().split('/').at(-1) === city);
    if (cities.length === 1 && cities[0]) return { ok: true, timeZone: cities[0] };
  }
  const hint = suggestTimeZones(wanted.split('/').at(-1) ?? wanted).slice(0, 3);
  const didYouMean = hint.length > 0 ? ` Did you mean ${hint.join(', ')}?` : '';
  return { ok: false, error: `Unknown time zone "${input.trim()}": use an IANA name like Europe/Paris or America/New_York.${didYouMean}` };
}

function resolveWithIntl(name: string): string | null {
  try {
    // Intl matches case-insensitively and canonicalises the spelling ("us/eastern" → "America/New_York").
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * Up to 25 zones for autocomplete, matching any part of the name ("paris", "york", "america/n").
 * Ranked: whole name starts with the query, then a segment starts with it, then it appears anywhere.
 */
export function suggestTimeZones(query: string): string[] {
  const needle = query.trim().toLowerCase().replace(/\s+/g, '_');
  if (needle === '') return [...COMMON_ZONES];
  const ranked: { zone: string; rank: number }[] = [];
  for (const zone of listTimeZones()) {
    const rank = matchRank(zone.toLowerCase(), needle);
    if (rank !== null) ranked.push({ zone, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.zone.localeCompare(b.zone));
  return ranked.slice(0, AUTOCOMPLETE_LIMIT).map((entry) => entry.zone);
}

function matchRank(zone: string, needle: string): number | null {
  if (zone === needle) return 0;
  if (zone.startsWith(needle)) return 1;
  if (zone.split('/').some((segment) => segment.startsWith(needle))) return 2;
  if (zone.replace(/_/g, '').includes(needle.replace(/_/g, ''))) return 3;
  return null;
}
