// Turns a speaker mention into the fullest name the article gives: titles dropped ("President To Lam" → "To Lam"),
// short forms expanded ("Xi" → "Xi Jinping", "Lam" → "To Lam"), and pronouns resolved to the most recent person
// who was the subject of a sentence and whose gender fits. When nothing fits, the answer is null, not a guess.
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { findNamesInTokens } from '../entities/names.ts';
import { keysOf, sameName } from '../entities/name-keys.ts';
import type { Gender, NameMention } from '../entities/names.ts';
import { lexKey, tokenize } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { roleBeforeName } from './roles.ts';
import type { SpeakerMention } from './phrases.ts';
import { PRONOUNS, SPEECH_VERBS } from './lexicon.ts';

interface Person {
  /** Fullest form seen. */
  readonly name: string;
  readonly keys: readonly string[];
  gender: Gender | null;
  /** Offsets where the article mentions this person, in increasing order. */
  readonly seen: number[];
}

interface PersonMention {
  readonly person: Person;
  readonly start: number;
  /** Stands where a clause's subject stands (a verb follows it), so a later "he" may refer to it. */
  readonly subject: boolean;
}

/** Lowercase words that cannot follow a subject: the name before them is an object or a setting. */
const NOT_A_PREDICATE: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'as', 'than', 'into', 'about', 'the',
  'a', 'an',
]);
/** Words before a name that make it an object or a complement. */
const BEFORE_OBJECT: ReadonlySet<string> = new Set([
  'of', 'to', 'for', 'with', 'from', 'by', 'against', 'about', 'at', 'on', 'in', 'than', 'like', 'between',
  'over', 'under', 'toward', 'towards', 'whom', 'and',
]);

const NOBODY: readonly Person[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Regexes are module constants rather than literals in the functions: a literal with \p{…} is compiled to
// `new RegExp(…)` by the TypeScript loader, a new object every time the line runs.
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
const CAPITALIZED = /^\p{Lu}/u;

/** A verb after a lone capitalized word that only people do: a speech verb or a past tense ("Brafman noted"). */
function actsLikeAPerson(next: Token | undefined): boolean {
  if (!next?.word || next.capitalized) return false;
  return SPEECH_VERBS.has(next.key) || PAST_TENSE.test(next.text);
}

export class SpeakerResolver {
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  /** Person mentions in order of position. */
  private readonly mentions: PersonMention[] = [];
  /** An article names the same people again and again: their keys are read once per written form. */
  private readonly keysByText = new Map<string, readonly string[]>();
  private readonly lowercaseWords = new Map<string, boolean>();
  /** Who each person is, by their fullest name, from the first attribution that says it. */
  private readonly roles = new Map<string, string>();
  /** The title each person is first written with anywhere in the article ("Vietnam's President To Lam"). */
  private readonly titles = new Map<string, string>();

  constructor(private readonly body: string, tokens: readonly Token[], names?: readonly NameMention[]) {
    const found = names ?? findNamesInTokens(body, tokens);
    // Fullest forms first, so that "Hillary Clinton" becomes a short form of "Hillary Rodham Clinton".
    const people = found.filter((m) => m.kind === 'person').map((m) => ({ m, keys: this.keysOfName(m.text) }))
      .sort((a, b) => b.keys.length - a.keys.length || a.m.start - b.m.start);
    for (const { m, keys } of people) if (!this.lookup(keys, Infinity)) this.add(m.text, keys, m.gender);
    let t = 0;
    for (const m of found) {
      if (m.kind !== 'person' && m.kind !== 'unknown' && m.kind !== 'possible-person') continue;
      while (t < tokens.length && (tokens[t]?.start ?? 0) < m.start) t++;
      let end = t;
      while (end < tokens.length && (tokens[end]?.start ?? 0) < m.end) end++;
      // "Claire McCaskill (D-Mo.) scolded him": the verb comes after the bracket.
      if (tokens[end]?.text === '(') {
        const close = tokens.slice(end, end + 8).findIndex((x) => x.text === ')');
        if (close > 0) end += close + 1;
      }
      const next = tokens[end];
      const prev = tokens[t - 1];
      const subject = !!next && (next.text === ',' || (next.word && !next.capitalized && !NOT_A_PREDICATE.has(lexKey(next))))
        && !(prev && BEFORE_OBJECT.has(lexKey(prev)));
      const keys = this.keysOfName(m.text);
      let person = this.lookup(keys, m.start);
      // A lone capitalized word doing something ("Brafman noted …") is most likely a person known by surname.
      if (!person && m.kind === 'unknown' && !m.sentenceInitial && actsLikeAPerson(next)) person = this.add(m.text, keys, m.gender);
      if (!person) continue;
      person.gender ??= m.gender;
      this.note(person, m.start, subject);
      if (m.kind === 'person' && !this.titles.has(person.name)) {
        const title = titleBefore(body, tokens, t);
        if (title) this.titles.set(person.name, title);
      }
    }
  }

  /** The fullest name for `mention`, or null (pronouns that fit nobody, "I", "we", "they"). */
  resolve(mention: SpeakerMention): string | null {
    if (mention.kind === 'pronoun') return this.resolvePronoun(mention);
    if (mention.kind === 'description') return this.resolveDescription(mention);
    const name = stripToName(mention.text);
    if (!name) return null;
    const keys = this.keysOfName(name);
    // A short name stands for the full one named before it ("Xi" after "Xi Jinping"); a full name that only comes
    // later may be someone else of the family ("Clinton, the daughter of Bill Clinton, said").
    let person = this.lookup(keys, mention.start, true);
    if (!person) {
      // A lone sentence-initial word the article also writes in lowercase ("Small groups …") is no name.
      if (!/\s/.test(name) && this.writtenInLowercase(name)) return null;
      person = this.add(name, keys, null);
    }
    this.note(person, mention.start, true);
    // The first attribution that says who the person is names their role for all their quotes; a title the name
    // was written with counts too ("Chinese President Xi Jinping" → "Chinese President").
    const role = mention.role ?? (mention.text.endsWith(name) ? roleBeforeName(mention.text.slice(0, -name.length)) : null);
    if (role && !this.roles.has(person.name)) this.roles.set(person.name, role);
    return person.name;
  }

  /** Who the person named `name` is, as the first attribution that says it puts it; null when none does. */
  roleOf(name: string): string | null {
    return this.roles.get(name) ?? this.titles.get(name) ?? null;
  }

  private resolvePronoun(mention: SpeakerMention): string | null {
    const gender = PRONOUNS.get(mention.text.toLowerCase());
    if (!gender) return null;
    for (let i = this.before(mention.start) - 1; i >= 0; i--) {
      const m = this.mentions[i] as PersonMention;
      if (m.subject && (!m.person.gender || m.person.gender === gender)) return m.person.name;
    }
    return null;
  }

  /** "the statement" stays a description; "The Washington Post" is a name after all. */
  private resolveDescription(mention: SpeakerMention): string {
    const words = mention.text.split(/\s+/);
    if (words.length > 1 && words.slice(1).every((w) => CAPITALIZED.test(w))) return words.slice(1).join(' ');
    return mention.text;
  }

  /**
   * The known person `keys` names: the one mentioned last before `at`; else, unless `before` is set, any one the
   * article names later.
   */
  private lookup(keys: readonly string[], at: number, before = false): Person | null {
    const last = keys[keys.length - 1];
    if (last === undefined) return null;
    // Those sharing the last word, then (for a one-word name) those sharing it as their first: the first best wins.
    const byLast = this.byLast.get(last) ?? NOBODY;
    const byFirst = keys.length === 1 ? this.byFirst.get(last) ?? NOBODY : NOBODY;
    let best: Person | null = null;
    let bestRank = -Infinity;
    for (let i = 0; i < byLast.length + byFirst.length; i++) {
      const p = (i < byLast.length ? byLast[i] : byFirst[i - byLast.length]) as Person;
      if (!sameName(keys, p.keys)) continue;
      let recent = -1;
      // `seen` is in increasing order: the last offset before `at` is the one before the first that is not.
      for (const s of p.seen) {
        if (s >= at) break;
        recent = s;
      }
      if (before && recent < 0) continue;
      // Someone with a known given name or title beats a capitalized phrase ("Donald Trump" over "Trump Train");
      // among those, the one mentioned last.
      const rank = (p.gender ? 1e9 : 0) + recent;
      if (!best || rank > bestRank) { best = p; bestRank = rank; }
    }
    return best;
  }

  /** Whether the body has `word` in lowercase, as a word of its own; asked once per word and article. */
  private writtenInLowercase(word: string): boolean {
    let found = this.lowercaseWords.get(word);
    if (found === undefined) {
      found = new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`).test(this.body);
      this.lowercaseWords.set(word, found);
    }
    return found;
  }

  private keysOfName(text: string): readonly string[] {
    let keys = this.keysByText.get(text);
    if (!keys) this.keysByText.set(text, keys = keysOf(text));
    return keys;
  }

  private add(name: string, keys: readonly string[], gender: Gender | null): Person {
    const person: Person = { name, keys, gender, seen: [] };
    push(this.byLast, keys[keys.length - 1] ?? '', person);
    push(this.byFirst, keys[0] ?? '', person);
    return person;
  }

  /** Index of the first mention at or after `offset`. */
  private before(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private note(person: Person, start: number, subject: boolean): void {
    // Mentions mostly come in order of position: appended then, inserted in place otherwise.
    const at = this.before(start);
    if (at === this.mentions.length) this.mentions.push({ person, start, subject });
    else this.mentions.splice(at, 0, { person, start, subject });
    const { seen } = person;
    const i = (seen[seen.length - 1] ?? -1) <= start ? -1 : seen.findIndex((s) => s > start);
    if (i < 0) seen.push(start);
    else seen.splice(i, 0, start);
  }
}

const MID_SENTENCE = 'x ';
/** How many words a title before a name may have ("Senate Majority Leader", "Vietnam's President"). */
const MAX_TITLE_WORDS = 4;

/** The capitalized words right before tokens[t] as a role, when they end in a role noun ("Chinese President"). */
function titleBefore(body: string, tokens: readonly Token[], t: number): string | null {
  let a = t;
  while (a > 0 && t - a < MAX_TITLE_WORDS && tokens[a - 1]?.word && tokens[a - 1]?.capitalized
    && !body.slice(tokens[a - 1]?.end, tokens[a]?.start).includes('\n')) a--;
  // "Yesterday President Obama", "When Senator Warren": a word capitalized as the sentence opens is no title.
  while (a < t && FUNCTION_WORDS.has(lexKey(tokens[a] as Token))) a++;
  const first = tokens[a];
  const last = tokens[t - 1];
  return a < t && first && last ? roleBeforeName(body.slice(first.start, last.end)) : null;
}
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Speakers are written the same few ways over and over ("Trump", "Sen. Ted Cruz"): what stripToName makes of a
// mention is kept, so that it is not tokenized and classified again. Bounded: cleared when it fills up.
const STRIPPED_LIMIT = 4096;
const stripped = new Map<string, string | null>();

function stripToName(text: string): string | null {
  const known = stripped.get(text);
  if (known !== undefined) return known;
  if (stripped.size >= STRIPPED_LIMIT) stripped.clear();
  const name = nameInside(text);
  stripped.set(text, name);
  return name;
}

/** The name inside a written mention: titles, demonyms and function words removed ("Chinese President Xi" → "Xi"). */
function nameInside(mention: string): string | null {
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
