// The name and the title inside a speaker's written mention, read with the name finder: "Chinese President Xi" is
// Xi, titled "Chinese President".
import { FUNCTION_WORDS, PEOPLE_PLURALS, TITLE_WORDS } from '../entities/lexicon.ts';
import { findNamesInTokens } from '../entities/names.ts';
import { isGivenName } from '../entities/first-names.ts';
import { isPlace, opensPlaceAt } from '../entities/places.ts';
import { possessiveLength, withoutPossessive } from '../entities/text-checks.ts';
import { lexKey, tokenize } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { GROUP_NOUNS, NAME_WORDS, WORDS_SENT } from './lexicon.ts';
import { isPartyOrPeople } from './party-words.ts';
import { ABBREVIATED_TITLE, roleBeforeName } from './roles.ts';

const MID_SENTENCE = 'x ';
/** Words that date a title: who held it before, or holds it for now. */
const DATED = /(?:^|\s)(former|then|late|acting|interim|ex)\s+$/;
/** How many words a title before a name may have ("Senate Majority Leader", "Vietnam's President"). */
const MAX_TITLE_WORDS = 4;

/** The capitalized words right before tokens[t] as a role, when they end in a role noun ("Chinese President"). */
export function titleBefore(body: string, tokens: readonly Token[], t: number): string | null {
  let a = t;
  // (An abbreviated title right before the name is no word of the role: "Former Arizona State Senator Dr. Kelli Ward".)
  const most = MAX_TITLE_WORDS + (ABBREVIATED_TITLE.test(tokens[t - 1]?.text ?? '') ? 1 : 0);
  while (a > 0 && t - a < most && tokens[a - 1]?.word && tokens[a - 1]?.capitalized
    && !body.slice(tokens[a - 1]?.end, tokens[a]?.start).includes('\n')) a--;
  // "Yesterday President Obama", "When Senator Warren": a word capitalized as the sentence opens is no title; but
  // "New" opens the place in "New York City Mayor Rudy Giuliani".
  while (a < t && FUNCTION_WORDS.has(lexKey(tokens[a] as Token))
    && !opensPlaceAt(tokens, a)) a++;
  // "Devastation in Nepal India's Prime Minister Narendra Modi": an owner's name opens the title, but for the rest of
  // a place ("New Zealand's").
  for (let p = t - 1; p > a; p--) {
    if (possessiveLength(tokens[p]?.text ?? '') === 0) continue;
    const owner = tokens.slice(a, p + 1).map((w) => withoutPossessive(lexKey(w)));
    if (!isPlace(owner)) a = p;
    break;
  }
  const first = tokens[a];
  const last = tokens[t - 1];
  return a < t && first && last ? datedTitle(body, first.start, roleBeforeName(body.slice(first.start, last.end))) : null;
}

/**
 * A title with the lowercase word right before `start` that dates it, when there is one: "Sweden's former Foreign
 * Minister Carl Bildt" was "former Foreign Minister", not the foreign minister.
 */
export function datedTitle(body: string, start: number, title: string | null): string | null {
  const dating = title ? DATED.exec(body.slice(Math.max(0, start - 10), start)) : null;
  return dating ? `${dating[1]} ${title}` : title;
}

// Speakers are written the same few ways over and over ("Trump", "Sen. Ted Cruz"): what stripToName makes of a
// mention is kept, so that it is not tokenized and classified again. Bounded: cleared when it fills up.
const CAPITALIZED = /^\p{Lu}/u;
const STRIPPED_LIMIT = 4096;
const stripped = new Map<string, string | null>();

export function stripToName(text: string): string | null {
  const known = stripped.get(text);
  if (known !== undefined) return known;
  if (stripped.size >= STRIPPED_LIMIT) stripped.clear();
  const name = nameInside(text);
  stripped.set(text, name);
  return name;
}

const PLURAL_PEOPLE: ReadonlySet<string> = new Set([...GROUP_NOUNS, ...PEOPLE_PLURALS, 'scots', 'brits', 'americans',
  'europeans', 'muslims', 'christians', 'jews']);

/** The name inside a written mention: titles, demonyms and function words removed ("Chinese President Xi" → "Xi"). */
function nameInside(mention: string): string | null {
  // "Women", "Scots": a plural of people names no one.
  if (PLURAL_PEOPLE.has(mention.toLowerCase())) return null;
  // Read as the middle of a sentence, which is where a speaker's phrase was found: "Will Doyle" is a name there,
  // where at the start of a sentence "Will" would be the verb.
  const text = `${MID_SENTENCE}${mention}`;
  const tokens = tokenize(text);
  const names = findNamesInTokens(text, tokens);
  const person = names.find((m) => m.kind === 'person')
    ?? [...names].reverse().find((m) => m.kind === 'unknown' || m.kind === 'possible-person');
  if (person) return person.text;
  const other = names[names.length - 1];
  if (other) return other.text;
  const words = tokens.slice(1).filter((t) => t.word && !FUNCTION_WORDS.has(lexKey(t)));
  return words.length > 0 ? text.slice(words[0]?.start ?? 0) : null;
}

const SENT_BY = /^(\p{Lu}[\p{L}.’' -]*?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)$/u;
/** A name between a determiner and the words: "one Clinton ad", "a White House statement", "the latest WHO report". */
const NAMED_BEFORE = new RegExp(String.raw`^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Ll}+\s+)?`
  + String.raw`(${NAME_WORDS})\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)$`, 'u');
/** What speaks for whoever put it up, though it is no words sent: "OpenAI's website". */
const SITES: ReadonlySet<string> = new Set(['website', 'site']);
/** Whom or what the words were for, after them: "Sanders’ fundraising email to his supporters". */
const TRAILING_PHRASE = /\s+(?:to|for|about|on|from|with|in)\s.*$/u;

/** Whose words a description names: "Bush's Facebook post", "Trump's statement" and "the IMF report" are Bush's,
 * Trump's and the IMF's. */
export function senderOf(description: string): string | null {
  // (The whole description first: "for" may be inside the name, "One Club for Growth ad".)
  return senderIn(description) ?? senderIn(description.replace(TRAILING_PHRASE, ''));
}

function senderIn(text: string): string | null {
  const owner = SENT_BY.exec(text) ?? NAMED_BEFORE.exec(text);
  const noun = owner?.[2]?.toLowerCase() ?? '';
  return owner?.[1] && (WORDS_SENT.has(noun) || SITES.has(noun)) ? owner[1] : null;
}

/**
 * Whether a description ends in a person's full name with only words that describe them before it ("the al
 * Qaeda-linked cleric Anwar al-Awlaki"); not "a spokesman for Bernie Sanders", whose function word makes it another.
 */
export function endsInTheName(description: string, name: string): boolean {
  if (!name.includes(' ') || !description.endsWith(` ${name}`)) return false;
  const modifiers = description.slice(0, -name.length).split(/\s+/).slice(1).filter((w) => w !== '');
  return modifiers.length > 0 && !modifiers.some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

/**
 * "The Washington Post" said: a definite description of capitalized words is a name after all; null otherwise, and
 * for "the Republican", whom one word of party or people describes.
 */
export function capitalizedAfterThe(description: string): string | null {
  const words = description.split(/\s+/);
  const party = words.length === 2 && isPartyOrPeople(words[1]?.toLowerCase() ?? '');
  const named = words[0]?.toLowerCase() === 'the' && !party && words.length > 1;
  return named && words.slice(1).every((w) => CAPITALIZED.test(w)) ? words.slice(1).join(' ') : null;
}

const MAX_TITLE_LENGTH = 24;

/** Whether a title word stands right before offset `at` ("President Obama", "Mr. Obama"). */
export function titledAt(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - MAX_TITLE_LENGTH), at).trimEnd();
  return TITLE_WORDS.has(before.slice(before.lastIndexOf(' ') + 1).toLowerCase().replace(/\.$/, ''));
}

/** A name joined by "and" right before offset `at`, with an honorific or not: "Mr Keys and | Mr Bacon said". (Not
 * the last two of a list: "Robert DeNiro, Patti LaBelle and | Stevie Wonder, who joked".) */
const PARTNER = /(?<!\p{Lu}[\p{L}'’-]*\s|[\p{L}'’-]|,\s)((?:(?:Mr|Mrs|Ms|Dr)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) and $/u;
const PARTNER_REACH = 40;
const GIVEN_PARTNER = /,\s(\p{Lu}\p{Ll}+) and $/u;

/** A given name alone before "and" and a full name, which it shares the surname of: "David | and Jeanne Heidler". */
export const givenAlone = (partner: string, name: string): string | null =>
  !/\s/.test(partner) && isGivenName(partner.toLowerCase()) && /\s/.test(name) ? partner : null;

/** The name of whoever shares an attribution with the name at `at` ("Mr Keys and Mr Bacon said"), or null. */
export function partnerBefore(body: string, at: number): string | null {
  const before = body.slice(Math.max(0, at - PARTNER_REACH), at);
  // (After a comma, only a given name alone: "His biographers, David and | Jeanne Heidler, wrote".)
  const text = PARTNER.exec(before)?.[1] ?? GIVEN_PARTNER.exec(before)?.[1];
  return text ? stripToName(text) : null;
}
