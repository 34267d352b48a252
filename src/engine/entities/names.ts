// Finds capitalized name sequences and tells people, organizations and places apart with closed word lists: the
// shared ground of entity extraction and of quote speakers. Heuristic by design; it errs towards "unknown" rather
// than calling a sentence-initial word or a month a person.
import { DEMONYMS, PLACE_HEADS, PLACES } from './places.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.ts';
import {
  FEMALE_TITLES, FUNCTION_WORDS, MALE_TITLES, MONTHS_AND_DAYS, NAME_PARTICLES, ORGANIZATION_NAMES, ORGANIZATION_WORDS,
  TITLE_WORDS,
} from './lexicon.ts';
import { hasLineBreak, hasNonSpace, isShouting, possessiveLength, withoutPossessive } from './text-checks.ts';
import { endsSentence, lexKey, tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';

/**
 * What a name names. `unknown`: a lone capitalized word, a person only if it matches one named in full elsewhere.
 * `possible-person`: shaped like a person's name, but opening a sentence, so its first capital proves nothing.
 */
export type NameKind = 'person' | 'possible-person' | 'organization' | 'place' | 'other' | 'unknown';
export type Gender = 'female' | 'male';

export interface NameMention {
  /** The name as written, without leading titles, demonyms or sentence-initial function words. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: NameKind;
  /** A person title or honorific came right before it ("President", "Mr."). */
  readonly titled: boolean;
  readonly gender: Gender | null;
  /** The mention opens a sentence (so its capital letter proves nothing). */
  readonly sentenceInitial: boolean;
}

/** Named things, not people: what a capitalized sequence ending or containing these words names. */
const THING_WORDS: ReadonlySet<string> = new Set([
  'act', 'bill', 'law', 'amendment', 'war', 'day', 'week', 'award', 'awards', 'prize', 'convention', 'conference',
  'summit', 'debate', 'debates', 'games', 'olympics', 'series', 'show', 'festival', 'street', 'avenue', 'road',
  'square', 'park', 'hall', 'building', 'tower', 'stadium', 'arena', 'bridge', 'plan', 'care', 'year', 'years',
  'primary', 'primaries', 'caucuses', 'election', 'elections', 'revolution', 'treaty', 'accord', 'agreement',
  'doctrine', 'constitution', 'declaration', 'empire', 'dynasty', 'era', 'century', 'twitter', 'facebook',
  'instagram', 'youtube', 'google', 'internet', 'web', 'god', 'jesus', 'allah', 'bible', 'koran', 'quran',
  'tweet', 'email', 'emails', 'times', 'station', 'base', 'memorial', 'monument', 'cup', 'league', 'tour', 'pact',
  'rights', 'game', 'games', 'era', 'movement', 'party',
]);
// Regexes are module constants rather than literals in the functions: a literal with \p{…} is compiled to
// `new RegExp(…)` by the TypeScript loader, a new object every time the line runs.
const LOWER_AFTER_HYPHEN = /-\p{Ll}/u;
const PARTY_TAG = /^[RDI]-\p{Lu}/u;
const GERUND = /^\p{Ll}{3,}ing$/u;
const LOWERCASE_LINKED = /-\p{Ll}+-/u;
/** First words of the gazetteer's names of more than one word: only a sequence opening with one needs joining. */
const MULTI_WORD_PLACE_STARTS: ReadonlySet<string> = new Set(
  [...PLACES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))),
);

/** `PLACES.has(keys.slice(from).join(' '))`, without joining when no place can start with the first key. */
function isPlace(keys: readonly string[], from = 0): boolean {
  const first = keys[from] ?? '';
  if (keys.length - from === 1) return PLACES.has(first);
  if (keys.length - from === 0) return PLACES.has('');
  return MULTI_WORD_PLACE_STARTS.has(first) && PLACES.has(keys.slice(from).join(' '));
}

/** All name mentions of `body`, in order. */
export function findNames(body: string): readonly NameMention[] {
  return analyzeNames(body).names;
}

export interface NameAnalysis {
  readonly tokens: readonly Token[];
  readonly names: readonly NameMention[];
}

// Quotes and entities of one briefing read the same body one after the other: the last analysis is kept so that the
// second reader does not tokenize and classify it again. Strings are immutable, so equality is a safe key.
let last: { body: string; analysis: NameAnalysis } | null = null;

/** Tokens and name mentions of `body`, computed once for the most recent body. */
export function analyzeNames(body: string): NameAnalysis {
  if (last?.body === body) return last.analysis;
  const tokens = tokenize(body);
  const analysis = { tokens, names: findNamesInTokens(body, tokens) };
  last = { body, analysis };
  return analysis;
}

/** Name mentions among already computed tokens of `body`. */
export function findNamesInTokens(body: string, tokens: readonly Token[]): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token?.capitalized) { i++; continue; }
    const end = sequenceEnd(body, tokens, i);
    const mentions = classifySequence(body, tokens, i, end, opensSentence(body, tokens, i));
    if (mentions) for (const m of mentions) out.push(m);
    i = end;
  }
  return out;
}

/** Whether tokens[i] begins a sentence (or a paragraph, or a quotation). */
export function opensSentence(body: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const prev = tokens[j];
    if (!prev) return true;
    const next = tokens[j + 1];
    if (next && hasLineBreak(body, prev.end, next.start)) return true;
    if (endsSentence(prev) || prev.text === ':') return true;
    // A quotation starts a sentence of its own: `he said, “If Obama …`.
    if ((prev.text === '“' || prev.text === '"') && prev.end === next?.start) return true;
    if (!'"“”‘’\'()[]—–-'.includes(prev.text)) return false;
  }
  return true;
}

/** Index after the last token of the capitalized sequence starting at `from`. */
function sequenceEnd(body: string, tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (i > from) {
      const prev = tokens[i - 1];
      if (prev && (hasLineBreak(body, prev.end, token.start) || possessiveLength(prev.text) > 0)) break;
      if (prev && prev.end !== token.start && hasNonSpace(body, prev.end, token.start)) break;
    }
    if (token.capitalized) { i++; continue; }
    // Lowercase links inside a name: "Bank of America", "Osama bin Laden". Only when a capitalized word follows.
    const key = lexKey(token);
    const next = tokens[i + 1];
    const linkable = i > from && (key === 'of' || NAME_PARTICLES.has(key)) && token.word;
    if (linkable && next?.capitalized && next.start - token.end <= 1) { i++; continue; }
    break;
  }
  return Math.max(i, from + 1);
}

function key(token: Token): string {
  return withoutPossessive(lexKey(token));
}

/** Turns tokens[from, to) into zero, one or two mentions ("Joel Pollak of Breitbart" gives two). */
function classifySequence(body: string, tokens: readonly Token[], from: number, to: number,
  sentenceInitial: boolean): NameMention[] | null {
  let first = from;
  // Headlines in capitals are not names.
  if (to - from >= 2) {
    let shouting = from;
    while (shouting < to && isShouting(tokens[shouting]?.text ?? '')) shouting++;
    if (shouting === to) return null;
  }
  while (first < to) {
    const k = key(tokens[first] as Token);
    const token = tokens[first] as Token;
    // Also dropped: a hyphenated modifier ("Chicago-based", "Bush-era") and a party tag ("D-N.J.", "R-Tenn.").
    const droppable = k === 'the' || k === 'a' || k === 'of' || (sentenceInitial && first === from && FUNCTION_WORDS.has(k))
      || (first > from && !token.capitalized) || isModifierOrPartyTag(token.text);
    if (!droppable) break;
    first++;
  }
  if (first >= to) return null;
  const opening = sentenceInitial && first === from;
  // "Joel Pollak of Breitbart News": split at "of" when what precedes it is neither a title nor an organization.
  for (let i = first + 1; i < to - 1; i++) {
    if (key(tokens[i] as Token) !== 'of') continue;
    const before = key(tokens[i - 1] as Token);
    if (TITLE_WORDS.has(before) || ORGANIZATION_WORDS.has(before) || PLACE_HEADS.has(before)) continue;
    return classifyRange({ body, tokens, sentenceInitial: opening }, first, i)
      .concat(classifyRange({ body, tokens, sentenceInitial: false }, i + 1, to));
  }
  return classifyRange({ body, tokens, sentenceInitial: opening }, first, to);
}

/** `/-\p{Ll}/u` or `/^[RDI]-\p{Lu}/u`: "Chicago-based", "Bush-era", "D-N.J."; both need a hyphen. */
function isModifierOrPartyTag(text: string): boolean {
  return text.includes('-') && (LOWER_AFTER_HYPHEN.test(text) || PARTY_TAG.test(text));
}

interface Source {
  readonly body: string;
  readonly tokens: readonly Token[];
  /** The range being classified opens a sentence. */
  readonly sentenceInitial: boolean;
}

/** The mention covering tokens[a, b), a trailing possessive left out. */
function mention(src: Source, a: number, b: number, kind: NameKind, titled = false, gender: Gender | null = null)
  : NameMention[] {
  const startToken = src.tokens[a];
  const endToken = src.tokens[b - 1];
  if (!startToken || !endToken) return [];
  const end = endToken.end - possessiveLength(endToken.text);
  if (end <= startToken.start) return [];
  return [{ text: src.body.slice(startToken.start, end), start: startToken.start, end, kind, titled, gender,
    sentenceInitial: src.sentenceInitial }];
}

/** "democrats", "americans": the plural of a party or demonym names a group of people, not one. */
function isGroup(word: string): boolean {
  return word.endsWith('s') && (DEMONYMS.has(word.slice(0, -1)) || TITLE_WORDS.has(word.slice(0, -1)));
}

function someIn(words: readonly string[], set: ReadonlySet<string>, other?: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w) || other?.has(w)) return true;
  return false;
}

/** `/^\p{Ll}{3,}ing$/u`: "Closing", "Speaking"; only a word ending in "ing" needs the regex. */
const isGerund = (word: string): boolean => word.endsWith('ing') && GERUND.test(word);

function classifyRange(src: Source, from: number, to: number): NameMention[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(key(src.tokens[i] as Token));
  const later = src.sentenceInitial ? { body: src.body, tokens: src.tokens, sentenceInitial: false } : src;
  // "Communist Party of Vietnam Central Committee To Lam": an organization running into a person's name.
  for (let j = keys.length - 2; j >= 0; j--) {
    if (!ORGANIZATION_WORDS.has(keys[j] ?? '') || keys[j + 1] === 'of') continue;
    const tail = classifyRange(later, from + j + 1, to);
    if (tail.length === 1 && tail[0]?.kind === 'person') return mention(src, from, from + j + 1, 'organization').concat(tail);
    break;
  }
  const lastKey = keys[keys.length - 1] ?? '';
  if (keys.length === 1 && ORGANIZATION_WORDS.has(lastKey)) {
    // Alone, "Radio" or "Party" is just a capitalized word; "NATO" or "Congress" is an organization.
    return ORGANIZATION_NAMES.has(lastKey) ? mention(src, from, to, 'organization') : [];
  }
  if (isPlace(keys)) return mention(src, from, to, 'place');
  const ofIndex = keys.indexOf('of');
  if (ORGANIZATION_WORDS.has(lastKey) || (ofIndex > 0 && ORGANIZATION_WORDS.has(keys[ofIndex - 1] ?? ''))) {
    return mention(src, from, to, 'organization');
  }
  // Leading titles and demonyms ("Chinese President", "Secretary of State", "Mr.") are not part of the name.
  let k = 0;
  let titled = false;
  let gender: Gender | null = null;
  while (k < keys.length) {
    const w = keys[k] ?? '';
    const isTitle = TITLE_WORDS.has(w) || (w === 'of' && titled);
    // "Maryland Gov. Martin O'Malley": a place before a title belongs to the title.
    const placeOfTitle = PLACES.has(w) && TITLE_WORDS.has(keys[k + 1] ?? '');
    if (!isTitle && !DEMONYMS.has(w) && !placeOfTitle) break;
    if (isTitle && w !== 'of' && !ORGANIZATION_WORDS.has(w)) titled = true;
    if (FEMALE_TITLES.has(w)) gender = 'female';
    if (MALE_TITLES.has(w)) gender = 'male';
    k++;
  }
  const rest = k === 0 ? keys : keys.slice(k);
  const name = k === 0 ? src : later;
  if (rest.length === 0) return [];
  if (someIn(rest, ORGANIZATION_WORDS)) return mention(src, from, to, 'organization');
  if (isPlace(keys, k) || (rest.length > 1 && PLACE_HEADS.has(lastKey))) return mention(name, from + k, to, 'place');
  const given = rest[0] ?? '';
  const knownGiven = FEMALE_FIRST_NAMES.has(given) || MALE_FIRST_NAMES.has(given);
  gender ??= FEMALE_FIRST_NAMES.has(given) ? 'female' : MALE_FIRST_NAMES.has(given) ? 'male' : null;
  if (rest.length === 1 && (FUNCTION_WORDS.has(given) || DEMONYMS.has(given) || MONTHS_AND_DAYS.has(given))) return [];
  // A known given name makes a person even of "Helen Park" or "Theresa May"; otherwise a named thing is no person
  // ("Democratic National Convention"), whatever title words open it.
  if (knownGiven && rest.length > 1 && rest.length <= 3) return mention(name, from + k, to, 'person', titled, gender);
  if (someIn(rest, THING_WORDS, MONTHS_AND_DAYS)) return rest.length === 1 && !titled ? [] : mention(name, from + k, to, 'other');
  if (titled) return mention(name, from + k, to, 'person', true, gender);
  // "Sanders Iowa" (a headline's run-on) is a name and a place; "George Washington" stays a person.
  if (!titled && rest.length > 1 && PLACES.has(lastKey) && !knownGiven) {
    return classifyRange(name, from + k, to - 1).concat(mention(later, to - 1, to, 'place'));
  }
  if (rest.length === 1) return mention(name, from + k, to, 'unknown', false, gender);
  // Two to four capitalized words that are none of the above: most likely a person ("Carly Fiorina"); unless a word
  // is a lowercase-linked compound ("People-to-People"), a function word follows the first ("Back To Top"), or the
  // last is a title ("Presumptive Democratic") or a group ("Hill Democrats"), or the first a gerund ("Closing"). At
  // the start of a sentence the first capital proves nothing ("Young Sanders supporters"): unknown, then.
  const personLike = rest.length <= 4 && !TITLE_WORDS.has(lastKey) && !isGroup(lastKey) && !isGerund(given)
    && !rest.some((w, i) => (w.includes('-') && LOWERCASE_LINKED.test(w)) || (i > 0 && FUNCTION_WORDS.has(w)));
  const kind = !personLike ? 'unknown' : name.sentenceInitial ? 'possible-person' : 'person';
  return mention(name, from + k, to, kind, false, gender);
}
