// The titles and roles an article gives each person ("Sen. Marco Rubio", "Rubio, the Florida senator,"), so that a
// later description of one person by a title ("the senator said") can name them: the issue's "fullest name the
// article gives", as for "he". A description only names someone when its head is such a title and someone named
// before it holds it; anything vaguer ("the man", "the group", "a spokesman for X") stays as written.
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { ARTICLES } from '../entities/name-kinds.ts';
import { titleInName } from '../entities/name-keys.ts';
import { DEMONYMS, opensPlaceAt } from '../entities/places.ts';
import { endsSentence, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { AGE_WORD, PARTIES } from './lexicon.ts';

/** Heads of a description that a title of one person can answer ("the senator", "the Republican nominee"). */
const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'senator', 'governor', 'mayor', 'congressman', 'congresswoman', 'representative', 'candidate',
  'nominee', 'secretary', 'ambassador', 'judge', 'justice', 'pope', 'speaker', 'chancellor', 'minister', 'premier',
  'general', 'admiral', 'sheriff', 'president-elect', 'chairman', 'chairwoman', 'frontrunner', 'front-runner',
  'prince', 'princess', 'king', 'queen', 'lawmaker', 'legislator', 'columnist', 'leader', 'attorney', 'lawyer',
  'inspector', 'commissioner', 'coroner', 'prosecutor', 'superintendent',
]);

/** Offices of a country's leader, besides a prime minister. */
const LEADERS: readonly string[] = ['president', 'premier', 'chancellor', 'king', 'queen', 'leader'];

/** Titles the people a story is about mostly hold alone, and which it gives them when it names them. */
const ONE_AT_A_TIME: ReadonlySet<string> = new Set(['president', 'pope', 'prince', 'princess', 'king', 'queen',
  'judge', 'justice', 'chancellor', 'premier', 'columnist', 'general', 'admiral']);

/** Abbreviated titles, by the word they stand for. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['pres', 'president'], ['sec', 'secretary'],
  ['gen', 'general'], ['adm', 'admiral'], ['amb', 'ambassador'],
]);

/** Lowercase words that may sit in a title before a name ("Republican presidential candidate Donald Trump"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['presidential', 'vice', 'former', 'democratic', 'republican',
  'deputy', 'assistant', 'acting', 'late']);

/** How many words before a name a title may take. */
const MAX_TITLE_WORDS = 5;
/** How many words a description that names a person by title may have ("the presumptive Republican nominee"). */
const MAX_DESCRIPTION_WORDS = 5;

const keyOf = (word: string): string => {
  const key = word.toLowerCase().replace(/[.,]+$/, '');
  return ABBREVIATIONS.get(key) ?? key;
};

/** What a person's titles must hold for a definite description to name them: its head, and the words that tell
 * one holder from another ("the Florida senator": "florida", "senator"; "the former president": "former"). */
const MALE_HONORIFIC = /^Mr\.?\s/;
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss)\.?\s/;

/** The gender an honorific opening a name tells: "Mrs. Abedini" is a woman, "Mr. Abedini" a man. */
export function honorificGender(name: string): 'male' | 'female' | null {
  return MALE_HONORIFIC.test(name) ? 'male' : FEMALE_HONORIFIC.test(name) ? 'female' : null;
}

export interface TitleQuery {
  readonly head: string;
  readonly required: readonly string[];
  /** A capitalized word narrows the title: "the Florida senator", not "the former president". */
  readonly narrowed: boolean;
}

/** The query a definite description makes of people's titles ("the Florida senator"), or null for other phrases. */
export function titleQuery(description: string): TitleQuery | null {
  const words = description.split(/\s+/);
  if (words.length < 2 || words.length > MAX_DESCRIPTION_WORDS || words[0]?.toLowerCase() !== 'the') return null;
  const modifiers = words.slice(1, -1);
  // "the spokesman for the senator" is somebody else: only adjectives and nouns before the head.
  if (modifiers.some((w) => !CAPITALIZED.test(w) && FUNCTION_WORDS.has(w))) return null;
  const head = keyOf(words[words.length - 1] ?? '');
  if (!TITLE_HEADS.has(head) && !isEpithet(head)) return null;
  const required = modifiers.filter((w) => CAPITALIZED.test(w) || DISTINGUISHING.has(w.toLowerCase())).map(keyOf);
  return { head, required, narrowed: modifiers.some((w) => CAPITALIZED.test(w)) };
}

/** The two titles of a description that joins them: "the Florida senator and Republican presidential candidate". */
export function joinedTitles(description: string): readonly [string, string] | null {
  const and = description.indexOf(' and ');
  return and > 0 && /^the /i.test(description) ? [description.slice(0, and), `the ${description.slice(and + 5)}`] : null;
}

/** Heads of an epithet: what a story calls someone it has just named, a title no one holds ("the gambling tycoon"). */
const EPITHET_HEADS: ReadonlySet<string> = new Set(['businessman', 'businesswoman', 'billionaire', 'tycoon', 'mogul', 'investor',
  'magnate', 'neurosurgeon', 'author',
  // and of sport and the arts, where a story names its star once and then calls them by what they do or have won
  // ("said Johnson. … The 15-time PGA Tour winner added:").
  'winner', 'champion', 'runner', 'golfer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'batsman', 'bowler',
  'boxer', 'cyclist', 'swimmer', 'sprinter', 'singer', 'rapper', 'comedian', 'star', 'boss',
  // and of the people a local story is about ("Pensioner Terry Cooper said … The retired charity worker said:").
  'worker', 'pensioner', 'grandmother', 'grandfather', 'teenager', 'widow', 'widower', 'nurse', 'farmer']);

/**
 * Whether a description's head is an epithet ("the New York businessman", "the Utah Republican", "the Argentine"),
 * not an office.
 */
export const isEpithet = (head: string): boolean => EPITHET_HEADS.has(head) || PARTIES.has(head) || DEMONYMS.has(head)
  || AGE_WORD.test(head);

const CAPITALIZED = /^\p{Lu}/u;
/** Lowercase modifiers that tell one holder of a title from another. */
const DISTINGUISHING: ReadonlySet<string> = new Set(['former', 'vice', 'deputy', 'assistant', 'acting', 'late']);

/** Title words of each person, by their fullest name. */
export class PersonTitles {
  private readonly titles = new Map<string, Set<string>>();

  /** Records the title written right before tokens[t], where a person's name starts ("Florida Sen. | Marco Rubio"). */
  addBefore(name: string, tokens: readonly Token[], t: number): void {
    // ("Pope Francis … the pope told reporters": a royal's title kept in the name is theirs too.)
    const own = titleInName(name);
    if (own) this.add(name, own);
    // "the family's attorney, James Maron": a role set off before the name.
    const role = tokens[t - 2];
    if (tokens[t - 1]?.text === ',' && role?.word && !role.capitalized && TITLE_HEADS.has(lexKey(role))) this.add(name, role.text);
    for (let k = t - 1; k >= 0 && t - k <= MAX_TITLE_WORDS; k--) {
      const token = tokens[k] as Token;
      if (!token.word) break;
      const key = lexKey(token);
      if (!token.capitalized && !TITLE_MODIFIERS.has(key) && !TITLE_HEADS.has(key)) break;
      // "The", "When" open the sentence; "New" opens "New Jersey Gov.".
      if (FUNCTION_WORDS.has(key) && !TITLE_MODIFIERS.has(key) && !opensPlaceAt(tokens, k)) break;
      this.add(name, token.text);
    }
  }

  /** Records a title set off after a name: "Ted Cruz, the Republican presidential candidate, …". */
  addAfter(name: string, tokens: readonly Token[], after: number): void {
    if (tokens[after]?.text !== ',') return;
    let end = after + 1;
    while (end < tokens.length && end - after <= MAX_DESCRIPTION_WORDS && tokens[end]?.word) end++;
    const words = tokens.slice(after + 1, end).map((t) => t.text);
    const closed = tokens[end]?.text === ',' || endsSentence(tokens[end] ?? (tokens[end - 1] as Token));
    if (!closed || words.length < 2 || !ARTICLES.has(words[0]?.toLowerCase() ?? '')) return;
    if (TITLE_HEADS.has(keyOf(words[words.length - 1] ?? ''))) for (const word of words.slice(1)) this.add(name, word);
  }

  /** Records who an attribution says the person is ("the Florida senator and Republican presidential candidate"). */
  addRole(name: string, role: string): void {
    for (const word of role.split(/\s+/)) this.add(name, word);
  }

  /** Whether the person named `name` was given a title that answers `query`. */
  holds(name: string, query: TitleQuery): boolean {
    const words = this.titles.get(name);
    return !!words && words.has(query.head) && query.required.every((w) => words.has(w));
  }

  /**
   * Whom a definite description names: the person the story is on, the last subject, when they hold the title (not
   * an earlier holder: "Cruz defends … in a commercial: “…,” the senator says" is Cruz, whoever else is one); else the
   * only holder in the article, when named before it ("Saudi Prince Alwaleed … the prince called"), of a title a
   * story seldom leaves unwritten for another holder (a judge, a king; not a senator).
   */
  holderOf(query: TitleQuery, lastSubject: string | null, namedBefore: (name: string) => boolean): string | null {
    if (lastSubject && this.holds(lastSubject, query)) return lastSubject;
    const sole = ONE_AT_A_TIME.has(query.head) ? this.soleHolder(query) : null;
    return sole && namedBefore(sole) ? sole : null;
  }

  /** Whether the person named `name` was given the office a description names, wherever: "the Florida senator" of
   * "Sen. Marco Rubio". */
  holdsHeadOf(name: string, description: string): boolean {
    const head = titleQuery(description)?.head;
    return !!head && !!this.titles.get(name)?.has(head);
  }

  /** Whether the person named `name` was given any office at all ("Mayor Bill de Blasio", "Sen. Joni Ernst"). */
  holdsOffice(name: string): boolean {
    for (const word of this.titles.get(name) ?? []) if (TITLE_HEADS.has(word)) return true;
    return false;
  }

  /** Whether anybody at all was given a title that answers `query`. */
  /** Whether the person named `name` holds the office of a country's leader ("the Russian leader" may be them). */
  leadsACountry(name: string): boolean {
    const words = this.titles.get(name);
    return !!words && (LEADERS.some((w) => words.has(w)) || (words.has('prime') && words.has('minister')));
  }

  anyHolds(query: TitleQuery): boolean {
    for (const name of this.titles.keys()) if (this.holds(name, query)) return true;
    return false;
  }

  /** The one person given a title that answers `query`, or null when nobody or several are. */
  private soleHolder(query: TitleQuery): string | null {
    let found: string | null = null;
    for (const name of this.titles.keys()) {
      if (!this.holds(name, query)) continue;
      if (found) return null;
      found = name;
    }
    return found;
  }

  private add(name: string, word: string): void {
    let set = this.titles.get(name);
    if (!set) this.titles.set(name, set = new Set());
    set.add(keyOf(word));
  }
}
