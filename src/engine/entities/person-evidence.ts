// What the words around a name, and the article's other lists, say against its being a person's: the list of people
// extractEntities gives keeps a name only past these checks.
import { isGivenName } from './first-names.ts';
import { POSITIONS, VENUE_NOUNS } from './kind-nouns.ts';
import { MONTHS_AND_DAYS } from './lexicon.ts';
import { keysOf, sameName } from './name-keys.ts';
import { PLACE_HEADS } from './places.ts';
import type { NameMention } from './names.ts';
import { withoutPossessive } from './text-checks.ts';
import type { Token } from './tokens.ts';

/** An entry of a list: a name's keys and how often the article mentions it. */
export interface Listed {
  readonly keys: readonly string[];
  readonly mentions: number;
}

/** Whether a name is followed by one of `verbs` past an appositive ("Phyllis Lee, Scientific Director of the Amboseli
 * Trust, says", one with a place's comma, "Dean Johnson, a salesman from Sumter, South Carolina, says") or a hometown
 * ("Stacy Baker of Columbia, South Carolina says"). */
export const wordPastAside = (body: string, m: NameMention, verbs: ReadonlySet<string>): boolean =>
  verbs.has(ASIDE_THEN_WORD.exec(body.slice(m.end, m.end + ASIDE_REACH))?.[1] ?? '');
const PLACE_WORDS = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}`;
const ASIDE_THEN_WORD = new RegExp(String.raw`^(?:,\s[^.!?;:"“”,]{1,80}(?:,\s${PLACE_WORDS})?,`
  + String.raw`|\s+(?:of|from)\s+${PLACE_WORDS},\s${PLACE_WORDS},?)\s*(\p{Ll}+)`, 'u');
const ASIDE_REACH = 100;

/** Whether a player's position follows a name, as a squad list gives it: "In: Oumar Diaby, forward (Levski Sofia)". */
export const playsAs = (body: string, m: NameMention): boolean => POSITION_AFTER.test(body.slice(m.end, m.end + 16));
const POSITION_AFTER = new RegExp(`^, (?:${[...POSITIONS].join('|')}) \\(`);

/** Where a name that opens a sentence is joined by "and" to a person's full name, so is a person too: "Jordi Gomez and
 * Remy Cabella do battle" (the starts of such names among `names`, in order). */
export function joinedToAPerson(body: string, names: readonly NameMention[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (let j = 0; j + 1 < names.length; j++) {
    const m = names[j] as NameMention;
    const next = names[j + 1] as NameMention;
    if (m.kind === 'possible-person' && next.kind === 'person' && next.start - m.end === 5 && body.startsWith(' and ', m.end)
      && next.text.includes(' ')) out.add(m.start);
  }
  return out;
}

/**
 * Whether the lone word names[j] is joined by "and", "or" or "vs." to the surname of someone `people` names in full, so
 * is a surname too: "Obama and Clinton created", "under Clinton, Bush and Obama", "Clinton vs. Trump" (not a word the
 * article writes in lowercase, `lowercase`, or that heads places: "Aguero and City"; nor one joined to a lone word
 * someone is not known by in full: "Carrier and Ford and Nabisco").
 */
export function joinedToASurname(body: string, names: readonly NameMention[], j: number, people: readonly Listed[],
  lowercase: ReadonlySet<string>): boolean {
  const m = names[j] as NameMention;
  const key = m.text.toLowerCase();
  if (!SURNAME_SHAPE.test(m.text) || lowercase.has(key) || PLACE_HEADS.has(key)) return false;
  // (Or a surname a title gives: "I like Dr. Carson and Cruz". After "or" or "vs.", a surname, not a given name that
  // opens a full name: "Bernie or Bust".)
  const surname = (n: NameMention, join: string): boolean => {
    if (/\s/.test(n.text)) return false;
    if (n.kind === 'person' && n.titled) return true;
    const keys = keysOf(n.text);
    return people.some((p) => p.keys.length > 1 && (join === AND ? sameName(keys, p.keys) : p.keys.at(-1) === keys[0]));
  };
  const prev = names[j - 1];
  const next = names[j + 1];
  const before = prev ? body.slice(prev.end, m.start) : '';
  const after = next ? body.slice(m.end, next.start) : '';
  // (Not before someone's thing: "After Brexit and Trump's threats".)
  return (prev !== undefined && JOINS.test(before) && surname(prev, before))
    || (next !== undefined && JOINS.test(after) && !POSSESSIVE.test(body.slice(next.end, next.end + 2))
      && surname(next, after));
}
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?<!esque)$/u;
/** What joins two surnames: "Obama and Clinton", "Clinton or Trump", "Clinton vs. Trump". */
const JOINS = /^ (?:and|or|vs\.?|versus) $/;
const AND = ' and ';
const POSSESSIVE = /^['’]s?(?!\p{L})/u;

/** A given name alone before "and" and a person's full name: "Robert and Patricia Cogdell", "Bill and Hillary Clinton". */
const PARTNER_BEFORE = /(?:^|[^\p{L}'’.-]\s*)(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?) and $/u;
/** How far before a name its partner's given name is looked for. */
const PARTNER_REACH = 24;

/**
 * The people a couple's given names and shared surname name: "Robert and Patricia Cogdell" names Robert Cogdell too.
 * Only a given name the lists know, which no capitalized word comes before ("Mr Smith and Mary Jones" is no couple).
 */
export function sharedSurnames(body: string, names: readonly NameMention[]): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let named: ReadonlySet<string> | null = null;
  for (const m of names) {
    if (m.kind !== 'person' || m.start < 6 || !body.startsWith(' and ', m.start - 5)) continue;
    const given = PARTNER_BEFORE.exec(body.slice(Math.max(0, m.start - PARTNER_REACH), m.start))?.[1];
    const space = m.text.lastIndexOf(' ');
    if (!given || space < 0 || !isGivenName(given.split(' ')[0]?.toLowerCase() ?? '')) continue;
    if (!isGivenName(m.text.slice(0, m.text.indexOf(' ')).toLowerCase())) continue;
    // (Not a name that stands for someone else the article names in full: "Hillary and Huma Abedin", "Paul and Carly
    // Fiorina" beside Rand Paul.)
    named ??= wordsOfFullNames(names);
    if (!named.has(given)) out.push({ text: `${given} ${m.text.slice(space + 1)}`, start: m.start - 5 - given.length });
  }
  return out;
}

/** The first and last words of the people's full names among `names`. */
function wordsOfFullNames(names: readonly NameMention[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of names) {
    const space = m.text.lastIndexOf(' ');
    if (m.kind !== 'person' || space < 0) continue;
    out.add(m.text.slice(0, m.text.indexOf(' ')));
    out.add(m.text.slice(space + 1));
  }
  return out;
}

/**
 * "Rep. Jim Jordan … . “…,” Jordan said", "Kerry Washington … . Washington, star of …": a place's one word that is the
 * surname of someone the article has named in full is that person there, unless a place's preposition brings it in.
 */
export function placeBySurname(body: string, m: NameMention, people: readonly Listed[]): boolean {
  const key = m.text.toLowerCase();
  if (/\s/.test(key) || !people.some((p) => p.keys.length > 1 && p.keys.at(-1) === key)) return false;
  // (A venue named after them is theirs, after any preposition: "at the Trump hotel".)
  const next = WORD_AFTER.exec(body.slice(m.end, m.end + 16))?.[1] ?? '';
  return !PLACE_PREPOSITION.test(body.slice(Math.max(0, m.start - 16), m.start)) || VENUE_NOUNS.has(next);
}
const WORD_AFTER = /^\s+(\p{Ll}+)/u;
const PLACE_PREPOSITION = /\b(?:in|at|from|to|near|of|across|outside|around|into|through)\s+(?:the\s+)?$/i;

/** Whether an age follows a name, as news style gives a person's: "Aliesha Peterson, 22, detailed …". */
export const aged = (body: string, m: NameMention): boolean => AGE_AFTER.test(body.slice(m.end, m.end + 20));
const AGE_AFTER = /^, (?:\d{1,3},|an? \d{1,3}-year-old\b)/;

/** "Former Dons midfielder Sheerin, 39, has been …": a lone word an age follows is a surname (not "born Sept, 26,"). */
export const agedSurname = (body: string, m: NameMention): boolean => !/[\s-]/.test(m.text)
  && !MONTHS_AND_DAYS.has(m.text.toLowerCase()) && aged(body, m);

/**
 * "Trump Taj Mahal", "Clinton Cash": a name that opens with the surname of someone the article names by a given name
 * and surname, as often or more, is that person's casino or book, not another person (whose first word would be a
 * given name the lists know: "Scott Walker" beside "Rick Scott").
 */
export function namedAfterSomeone(entry: Listed, people: readonly Listed[]): boolean {
  const first = entry.keys[0] ?? '';
  if (entry.keys.length < 2 || isGivenName(first)) return false;
  return people.some((p) => p !== entry && p.keys.length >= 2 && p.keys.at(-1) === first && isGivenName(p.keys[0] ?? '')
    && p.mentions >= entry.mentions);
}

/**
 * "Crooked Hillary", "Crazy Bernie" beside "Hillary Clinton", "Bernie Sanders": an adjective (by its ending) before the
 * given name of someone the article names in full is an epithet of theirs, not another person (but "Tamara Scott"
 * beside "Scott Walker" is, though the lists miss her given name).
 */
export function epithetFor(entry: Listed, people: readonly Listed[]): boolean {
  const [word, given] = entry.keys;
  return entry.keys.length === 2 && ADJECTIVE.test(word ?? '') && !isGivenName(word ?? '') && isGivenName(given ?? '')
    && people.some((p) => p !== entry && p.keys.length >= 2 && p.keys[0] === given);
}
const ADJECTIVE = /(?:ed|y|le)$/;

/** "both Clintons": a family, named by the plural of a surname the article gives someone in full. */
export function familyOfSomeone(entry: Listed, people: readonly Listed[]): boolean {
  const word = entry.keys.length === 1 ? entry.keys[0] ?? '' : '';
  return word.endsWith('s') && people.some((p) => p.keys.length >= 2 && p.keys.at(-1) === word.slice(0, -1));
}

/** "Charles G." of "Charles G. and David H. Koch": a name cut at its initial, whose full form the list has too. */
export const cutAtItsInitial = (entry: Listed, people: readonly Listed[]): boolean => entry.keys.length >= 2
  && entry.keys.at(-1)?.length === 1 && people.some((p) => p.keys.length > entry.keys.length
    && entry.keys.every((k, i) => p.keys[i] === k));

/** The nicknames the article writes, in marks, in someone's full name: "Sugar Bear" of "Mike 'Sugar Bear' Thompson". */
export function nicknamesIn(people: readonly { readonly name: string }[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of people) for (const m of p.name.matchAll(NICKNAME)) out.add(m[1] ?? '');
  return out;
}
const NICKNAME = /\s["“'‘]([^"“”'‘’]+)["”'’]\s/g;

/**
 * "Golden Hillock's funding" after "Golden Hillock School": a name of two words or more that opens the name of an
 * organization the article gives is that organization called short, not a person.
 */
export function shortFor(entry: Listed, organizations: readonly Listed[]): boolean {
  // (Not a person whose given name the lists know, nor one named more often than the body named after them: "Chelsea
  // Clinton" of the "Chelsea Clinton Foundation", "Trayvon Martin" of the "Trayvon Martin Foundation".)
  // (However often a firm's name is cut short: "Home Retail" of "Home Retail Group".)
  return entry.keys.length >= 2 && !isGivenName(entry.keys[0] ?? '') && organizations.some((o) =>
    (o.mentions >= entry.mentions || FIRM_ENDINGS.has(o.keys.at(-1) ?? ''))
    && o.keys.length > entry.keys.length && entry.keys.every((k, i) => o.keys[i] === k));
}
/** Last words of a firm's full name, which a person's name never opens: "Home Retail Group". */
const FIRM_ENDINGS: ReadonlySet<string> = new Set(['group', 'inc', 'ltd', 'plc', 'holdings', 'corp', 'llc']);

/**
 * Capitalized words the article writes as a firm's or a club's ("Olam and its main stakeholder", "Olam chief executive
 * Sunny Verghese", "Wrexham manager"): a lone word among them that speaks ("Olam said") is that firm, not a person.
 */
export function firmWords(tokens: readonly Token[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalized || !t.word) continue;
    const a = (tokens[i + 1] as Token).key;
    const b = (tokens[i + 2] as Token).key;
    if (((a === 'and' || a === ',') && b === 'its') || (a === 'chief' && b === 'executive') || FIRM_HEADS.has(a)) out.add(t.key);
  }
  return out;
}
/** Who heads a firm or plays for a club, written right after its name: "Olam chairman", "Wrexham manager". */
const FIRM_HEADS: ReadonlySet<string> = new Set(['ceo', 'chairman', 'chairwoman', 'shareholders', 'manager', 'boss',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'fans', 'supporters']);

/** Platforms a story mostly names as where words were posted ("on Twitter"), which are firms when they act as one. */
const PLATFORMS: ReadonlySet<string> = new Set(['twitter', 'facebook', 'google', 'youtube', 'instagram']);
/** What a firm's staff are, or what it does to posts and accounts, right after its name: "a Twitter spokesman",
 * "Twitter's chief executive", "Facebook activated its Safety Check tool". */
const FIRM_DOINGS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives',
  'ceo', 'chief', 'founder', 'co-founder', 'employees', 'engineers', 'officials', 'shareholders', 'shares', 'stock',
  'suspended', 'removed', 'banned', 'blocked', 'deleted', 'activated', 'acquired', 'bought', 'launched', 'announced',
  'disclosed', 'discloses', 'declined', 'confirmed', 'denied', 'suspends', 'removes', 'bans', 'blocks']);

/**
 * Where a platform speaks or acts as the firm it is, as a verb of speech (`verbs`) or what FIRM_DOINGS lists right
 * after it says ("Twitter said in a statement that it had suspended …", "Facebook says", "A Twitter spokeswoman"):
 * each such mention, as written.
 */
export function speakingPlatforms(tokens: readonly Token[], verbs: ReadonlySet<string>): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalized || !PLATFORMS.has(withoutPossessive(t.key))) continue;
    const next = (tokens[i + 1] as Token).key;
    if (verbs.has(next) || FIRM_DOINGS.has(next)) out.push({ text: withoutPossessive(t.text), start: t.start });
  }
  return out;
}
