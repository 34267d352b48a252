// The words before a name that say what the person is rather than who: titles and demonyms ("Chinese President",
// "Secretary of State", "Mr.", "Maryland Gov."). They are left out of the name; they tell that it is a person's,
// and sometimes the person's gender.
import { COMPASS, FEMALE_TITLES, HONORIFICS, MALE_TITLES, ORGANIZATION_WORDS, SURNAME_TITLES, TITLE_MODIFIERS, TITLE_WORDS }
  from './lexicon.ts';
import { describesNameAfter, givenBeforeSurname } from './name-context.ts';
import type { Gender } from './names.ts';
import { DEMONYMS, isPlace } from './places.ts';
import { isGivenName } from './first-names.ts';

export interface LeadingTitles {
  /** How many of the keys are titles, demonyms or places of a title. */
  readonly count: number;
  /** A person's title was among them (not only a modifier such as "National"). */
  readonly titled: boolean;
  readonly gender: Gender | null;
  /** The last of them is the "of" of a title: "Lord Mayor of Portsmouth". */
  readonly afterOf: boolean;
}

/** Reads the titles, demonyms and places of a title that open `keys`, the lowercase words of a name. */
export function leadingTitles(keys: readonly string[], runsIn?: (k: number) => boolean): LeadingTitles {
  let k = 0;
  let titled = false;
  // "Eastern District of New York": "of" goes on a title, even one that only qualifies an office.
  let afterTitle = false;
  let gender: Gender | null = null;
  while (k < keys.length) {
    const w = keys[k] ?? '';
    // "Mr. King", "Ms. Bishop": after an honorific, a last word that is also a surname is the name.
    // ("Mr. English", "Mr. French": so is a nationality.)
    const surname = k === keys.length - 1 && HONORIFICS.has(keys[k - 1] ?? '') && (SURNAME_TITLES.has(w) || DEMONYMS.has(w));
    if (surname && DEMONYMS.has(w)) break;
    // ("Det Con Jonathan Watts": a detective constable; "Con" alone may be a given name, "Con O'Neill".)
    const constable = w === 'con' && keys[k - 1] === 'det';
    const isTitle: boolean = !surname
      && (TITLE_WORDS.has(w) || (w === 'of' && afterTitle) || isHyphenatedTitle(w) || constable);
    // "Maryland Gov. Martin O'Malley", "New York Mayor Bill de Blasio": a place before a title belongs to the title.
    const place = isTitle ? 0 : placeBeforeTitle(keys, k);
    if (place > 1) { k += place; continue; }
    if (!isTitle && place === 0 && describesNameAfter(keys, k, runsIn)) { k++; continue; }
    // "South African Stephen McGown", "North Korean": a compass point before a demonym is part of it.
    if (!isTitle && COMPASS.has(w) && isDemonym(keys[k + 1] ?? '') && k + 2 < keys.length) { k += 2; continue; }
    if (!isTitle && !isDemonym(w) && place === 0) break;
    if (!isTitle && givenBeforeSurname(keys, k)) break;
    const titleWord: boolean = isTitle && w !== 'of' && !ORGANIZATION_WORDS.has(w);
    afterTitle ||= titleWord;
    titled ||= titleWord && !TITLE_MODIFIERS.has(w);
    if (FEMALE_TITLES.has(w)) gender = 'female';
    if (MALE_TITLES.has(w)) gender = 'male';
    k++;
  }
  return { count: k, titled, gender, afterOf: k > 0 && keys[k - 1] === 'of' };
}

/** A people's name, or where one was born: "Korean", "Korean-born", "Chicago-born". */
function isDemonym(w: string): boolean {
  if (!w.endsWith(BORN)) return DEMONYMS.has(w);
  const stem = w.slice(0, -BORN.length);
  return DEMONYMS.has(stem) || isPlace([stem]);
}
const BORN = '-born';

/** A place of at most this many words may stand before a title. */
const MAX_PLACE_WORDS = 3;

/** How many of keys[k…] name a place that a title word follows ("new york" before "mayor"), or 0. */
function placeBeforeTitle(keys: readonly string[], k: number): number {
  for (let n = Math.min(MAX_PLACE_WORDS, keys.length - k - 1); n >= 1; n--) {
    if (TITLE_WORDS.has(keys[k + n] ?? '') && isPlace(keys.slice(k, k + n))) return n;
  }
  return 0;
}

/** "vice-president", "co-founder", "ex-chairman": title words joined by hyphens. */
function isHyphenatedTitle(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.some((p) => TITLE_WORDS.has(p)) && parts.every((p) => TITLE_WORDS.has(p) || p === 'co' || p === 'ex');
}

/** "Miss Universe", "Miss Venezuela": whether keys, `k` of them titles, are a beauty pageant's title (no one, no place). */
export function namesAPageant(keys: readonly string[], k: number): boolean {
  if (keys[k - 1] !== 'miss' || keys.length !== k + 1) return false;
  const title = keys[k] ?? '';
  return title === 'universe' || title === 'world' || (isPlace([title]) && !isGivenName(title));
}
