// A football club a story names in several ways ("Dundee", "Dundee FC", "Dundee Football Club"; "Leeds" and "Leeds
// United") is one club: the list keeps one entry for it, the name the story uses most.
import type { Counted } from './initials.ts';
import { CLUB_OPENERS } from './lexicon.ts';

/** An entry with its name's keys (lowercase words). */
interface Keyed extends Counted {
  name: string;
  readonly keys: readonly string[];
}

/** What a club's full name may add to its town's: "Leeds United", "Bolton Wanderers". */
const CLUB_WORDS: ReadonlySet<string> = new Set(['united', 'city', 'town', 'county', 'rovers', 'wanderers', 'athletic',
  'albion', 'hotspur', 'rangers', 'argyle', 'orient', 'wednesday', 'forest', 'alexandra', 'academical', 'thistle']);

/** First words a club's full name adds before its town's or its own: "Aston Villa", "Real Madrid", "Borussia Dortmund". */
const CLUB_FIRST_WORDS: ReadonlySet<string> = new Set([...CLUB_OPENERS, 'real', 'aston', 'crystal', 'ac', 'sporting']);

/** The keys without the words that say "club" ("FC", "AFC", "Football Club"), and whether it had them. */
function clubKeys(keys: readonly string[]): { keys: readonly string[]; club: boolean } {
  const n = keys.length;
  const cut = keys[n - 1] === 'fc' || keys[n - 1] === 'afc' ? 1 : keys[n - 2] === 'football' && keys[n - 1] === 'club' ? 2 : 0;
  return cut > 0 && n > cut ? { keys: keys.slice(0, n - cut), club: true } : { keys, club: false };
}

/** `list` with the names of one club counted as one entry. */
export function joinClubNames<T extends Keyed>(list: readonly T[]): T[] {
  const groups = new Map<string, { entries: T[]; club: boolean }>();
  for (const e of list) {
    const { keys, club } = clubKeys(e.keys);
    const key = keys.join(' ');
    const group = groups.get(key) ?? { entries: [], club: false };
    group.entries.push(e);
    group.club ||= club;
    groups.set(key, group);
  }
  if (groups.size === list.length && !list.some((e) => e.keys.length === 1)) return [...list];
  const into = new Map<T, T>();
  // (The name without "FC" stands for them all: "Leeds United", not "Leeds United Football Club".)
  const targetOf = (group: { entries: T[] }): T => mostMentioned(group.entries.filter((e) => !clubKeys(e.keys).club))
    ?? mostMentioned(group.entries) as T;
  for (const [key, group] of groups) {
    const target = targetOf(group);
    for (const e of group.entries) if (e !== target) into.set(e, target);
    // ("Leeds" is "Leeds United" when that is the story's only club of Leeds; not when it names "Dundee FC" too, or
    // both "Manchester United" and "Manchester City".)
    if (group.club || key.includes(' ')) continue;
    // (Nor is "Villa" "Aston Villa", or "Madrid" "Real Madrid", unless the story names "Atletico Madrid" too.)
    const fuller = [...groups].filter(([k]) => k.split(' ').length === 2
      && ((k.startsWith(`${key} `) && CLUB_WORDS.has(k.slice(key.length + 1)))
        || (k.endsWith(` ${key}`) && CLUB_FIRST_WORDS.has(k.slice(0, -key.length - 1)))));
    const only = fuller.length === 1 ? fuller[0]?.[1] : undefined;
    if (only) for (const e of group.entries) into.set(e, targetOf(only));
  }
  for (const [from, to] of into) {
    to.mentions += from.mentions;
    to.first = Math.min(to.first, from.first);
  }
  return list.filter((e) => !into.has(e));
}

/** The entry with the most mentions, the first of them on a tie. */
const mostMentioned = <T extends Counted>(entries: readonly T[]): T | undefined =>
  entries.reduce<T | undefined>((best, e) => (!best || e.mentions > best.mentions ? e : best), undefined);
