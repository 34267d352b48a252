// The people an article names, and which of several namesakes a name means where it stands.
import { keysOf, sameName, surnameKey } from '../entities/name-keys.ts';
import { nicknamesIn } from '../entities/person-evidence.ts';
import type { Gender } from '../entities/names.ts';

export interface Person {
  /** Fullest form seen. */
  readonly name: string;
  readonly keys: readonly string[];
  gender: Gender | null;
  /** Whether the article writes a title before the name ("Actor Clint Howard"): a person, not a phrase. */
  titled: boolean;
  /** Offsets where the article mentions this person, in increasing order. */
  readonly seen: number[];
  /** Those of `seen` where a kinship word introduces them ("her husband, Bill Clinton"): a relative, named in passing. */
  readonly asRelative: number[];
  /** Where an appositive after the name made them someone's relative ("Eric Trump, son of the front-runner,"). */
  readonly kinOf: number[];
  /** Where the article first names them as a subject (Infinity until it does). */
  firstSubject: number;
}

const NOBODY: readonly Person[] = [];
/** A mark a nickname inside a name is set off with ("Lee 'Uncle Poodle' Thompson"). */
const QUOTED = /["“'‘]/;

/** The people an article names, found by the last word of their name and (for a one-word name) by their first. */
export class PeopleByName {
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  /** People by a nickname the article writes inside their name ("Lee 'Uncle Poodle' Thompson"), by its keys. */
  private readonly byNickname = new Map<string, Person>();

  add(name: string, keys: readonly string[], gender: Gender | null): Person {
    const person: Person = { name, keys, gender, titled: false, seen: [], asRelative: [], kinOf: [], firstSubject: Infinity };
    if (QUOTED.test(name)) for (const nickname of nicknamesIn([person])) this.byNickname.set(keysOf(nickname).join(' '), person);
    push(this.byLast, surnameKey(keys), person);
    // (And by a middle word, which may be a Spanish name's first surname: "Mr Garcia" of "Alvaro Garcia Linera".)
    if (keys.length === 3 && keys[1] !== surnameKey(keys)) push(this.byLast, keys[1] ?? '', person);
    push(this.byFirst, keys[0] ?? '', person);
    return person;
  }

  /**
   * "said the younger Mr. Trump" in a story that names "Donald Trump Jr.": when the words before `at` end in "younger",
   * the one namesake written with a "Jr." (the surname alone is the father the story is about); else null.
   */
  younger(keys: readonly string[], body: string, at: number): Person | null {
    if (keys.length !== 1 || !/\byounger\s+$/i.test(body.slice(Math.max(0, at - 9), at))) return null;
    const juniors = (this.byLast.get(surnameKey(keys)) ?? NOBODY)
      .filter((p) => p.keys.at(-1) === 'jr' && sameName(keys, p.keys));
    return juniors.length === 1 ? juniors[0] ?? null : null;
  }

  /** Whether a one-word name is the surname of more than one person. */
  shared(keys: readonly string[]): boolean {
    const last = surnameKey(keys);
    return keys.length === 1 && (this.byLast.get(last) ?? NOBODY).filter((p) => sameName(keys, p.keys)).length > 1;
  }

  /** How many people a one-word name may be who fit `gender` (all that share it as their surname, without one). */
  fitting(keys: readonly string[], gender: Gender | null): number {
    const last = surnameKey(keys);
    const namesakes = (this.byLast.get(last) ?? NOBODY).filter((p) => sameName(keys, p.keys));
    return gender ? namesakes.filter((p) => p.gender === null || p.gender === gender).length : namesakes.length;
  }

  /**
   * The person `keys` names at `at` (see bestNamesake); `namedHere`: whether a name is written in full nearby;
   * `titled`: the name is written after a title or honorific ("Mr. Trump").
   */
  find(keys: readonly string[], at: number, before: boolean, gender: Gender | null, namedHere = NOWHERE, titled = false)
    : Person | null {
    const last = surnameKey(keys);
    if (keys.length === 0) return null;
    // ("Uncle Poodle told the Enquirer": a nickname alone is whom it nicknames.)
    const nicknamed = this.byNickname.size > 0 ? this.byNickname.get(keys.join(' ')) : undefined;
    if (nicknamed) return nicknamed;
    // Those sharing the last word, then (for a one-word name) those sharing it as their first: the first best wins.
    const byLast = this.byLast.get(last) ?? NOBODY;
    const byFirst = keys.length === 1 ? this.byFirst.get(last) ?? NOBODY : NOBODY;
    return bestNamesake(keys, byLast, byFirst, { at, namedHere, titled }, before, gender);
  }
}

const NOWHERE = (_name: string): boolean => false;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Of the people sharing the last word of `keys` (then, for a one-word name, those sharing it as their first word),
 * the one the name means at offset `at`; `before`: only someone already named before `at`.
 */
function bestNamesake(keys: readonly string[], byLast: readonly Person[], byFirst: readonly Person[],
  { at, namedHere, titled }: { at: number; namedHere: (name: string) => boolean; titled: boolean }, before: boolean,
  gender: Gender | null = null)
  : Person | null {
  let best: Person | null = null;
  let bestFit = 0;
  let bestHere = 0;
  let bestKnown = 0;
  let bestTitled = 0;
  let bestTimes = 0;
  let bestRecent = 0;
  let bestSubject = 0;
  let bestOwn = 0;
  for (let i = 0; i < byLast.length + byFirst.length; i++) {
    const p = (i < byLast.length ? byLast[i] : byFirst[i - byLast.length]) as Person;
    if (!sameName(keys, p.keys)) continue;
    let recent = -1;
    let times = 0;
    // `seen` is in increasing order: the last offset before `at` is the one before the first that is not.
    for (const s of p.seen) {
      if (s >= at) break;
      recent = s;
      times++;
    }
    if (before && recent < 0) continue;
    for (const s of p.asRelative) if (s < at) times--;
    // Someone with a known given name or title beats a capitalized phrase ("Donald Trump" over "Trump Train");
    // among those, the one named most so far, not counting where a kinship word introduces them: news style names a
    // relative in full each time ("his wife, Jane Sanders") and keeps the bare surname for the story's subject.
    // Then the one mentioned last.
    // First of all, the one whose gender the words after the name fit ("Clinton … the campaign of his wife").
    const fit = !gender || !p.gender ? 1 : p.gender === gender ? 2 : 0;
    // Then the one named in full in the paragraph so far, if only one is: "Bill Clinton spoke with voters …. ⏎ … and
    // Clinton said" is Bill, however often the story's "Clinton" is Hillary (but "Freddy" is no "Mr. Trump").
    const here = namedHere(p.name) ? 1 : 0;
    const known = p.gender || p.titled ? 1 : 0;
    // A title before the surname means someone the article writes with one ("Mr. Trump" is Donald, never "Freddy",
    // the brother it names by his given name however often it does).
    const asTitled = titled && p.titled ? 1 : 0;
    const subject = p.firstSubject < at ? 1 : 0;
    // Between two subjects, not the one the article introduced as the relative of a namesake it had named before
    // ("Eric Trump, son of the front-runner," in a story that opened with Donald Trump; but "Liz Cheney, the daughter
    // of Dick Cheney," is the one the story is about).
    const own = (p.asRelative.some((s) => s < at) || p.kinOf.some((s) => s < at)) && namedBefore(p, byLast) ? 0 : 1;
    const better = fit !== bestFit ? fit > bestFit : here !== bestHere ? here > bestHere : known !== bestKnown ? known > bestKnown
      : asTitled !== bestTitled ? asTitled > bestTitled : subject !== bestSubject ? subject > bestSubject
        : own !== bestOwn ? own > bestOwn : times !== bestTimes ? times > bestTimes : recent > bestRecent;
    if (!best || better) {
      best = p; bestFit = fit; bestHere = here; bestKnown = known; bestTitled = asTitled; bestSubject = subject;
      bestOwn = own; bestTimes = times; bestRecent = recent;
    }
  }
  return best;
}

/** Whether someone else among `namesakes` was named before `p` was. */
const namedBefore = (p: Person, namesakes: readonly Person[]): boolean =>
  namesakes.some((o) => o !== p && (o.seen[0] ?? Infinity) < (p.seen[0] ?? Infinity));

/**
 * Of `mentions`, the person most often a subject: the only one so far, or at least twice and twice as often as
 * anybody else; or null.
 */
export function mainSubject(mentions: readonly { person: Person; role: string }[]): Person | null {
  const counts = new Map<Person, number>();
  for (const m of mentions) if (m.role === 'subject') counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (first[1] >= 2 || !second) && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}
