// What the words around a name say of the person: an appositive after it ("Dottie Deans, the chairwoman of …"), a
// kinship word before it ("her husband, Bill"), or a sentence that opens by describing someone ("My mother has …").
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { FEMALE_TITLES, FUNCTION_WORDS, MALE_TITLES, TITLE_WORDS } from '../entities/lexicon.ts';
import { AGE_WORD, ROLE_HEADS } from './lexicon.ts';

/** How many title words may stand before a name ("her husband, former President Bill Clinton"). */
export const MAX_TITLE_TOKENS = 3;

const MALE_KIN: ReadonlySet<string> = new Set(['husband', 'son', 'father', 'brother', 'boyfriend', 'grandson', 'nephew', 'uncle']);
const FEMALE_KIN: ReadonlySet<string> = new Set(['wife', 'daughter', 'mother', 'sister', 'girlfriend', 'granddaughter',
  'niece', 'aunt', 'widow']);
/** Nouns of kinship and friendship: "the brother of …", "a friend of …" name someone through another. */
export const KIN_AND_FRIENDS: ReadonlySet<string> = new Set([...MALE_KIN, ...FEMALE_KIN, 'friend', 'cousin', 'grandmother', 'grandfather']);
/** Nouns of an appositive that tell a gender: "Dottie Deans, the chairwoman of …", "X, the wife of …". */
const LINKS: ReadonlySet<string> = new Set(['for', 'to', 'of', 'with', 'at', 'in', 'from', 'by', 'on']);
const MALE_NOUNS: ReadonlySet<string> = new Set([...MALE_KIN, ...MALE_TITLES, 'actor', 'grandfather']);
const FEMALE_NOUNS: ReadonlySet<string> = new Set([...FEMALE_KIN, ...FEMALE_TITLES, 'councilwoman', 'actress',
  'grandmother']);
/** Words after a role that say whose or where it is: "professor at", "director of", "chairman for". */
const AFTER_ROLE: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'with']);
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** How many words of an appositive are read for a gendered noun. */
const MAX_APPOSITIVE_HEAD = 5;
/** A state's abbreviation as news style writes it: "N.J.", "Calif.", "Ill.". */
const STATE = /^\p{Lu}[\p{L}.]*\.$/u;

/**
 * What the appositive at tokens[a], right after a name, says of it: that it is a person ("Mo Elleithee, a Clinton
 * campaign aide"), and which gender ("Dottie Deans, the chairwoman"); null when it says neither.
 */
export function appositiveAfter(tokens: readonly Token[], a: number): { gender: 'male' | 'female' | null } | null {
  // Only an appositive that opens as a description does: not "Terry Strada, whose husband died".
  const opener = tokens[a + 1];
  const described = !!opener?.word
    && (APPOSITIVE_OPENERS.has(lexKey(opener)) || ownedByAName(tokens, a + 1));
  // "Jo-Renee Formicola, political science professor at Seton Hall": no article, so the role must end its phrase.
  const bare = !!opener?.word && !opener.capitalized && !FUNCTION_WORDS.has(lexKey(opener));
  if (tokens[a]?.text !== ',' || !(described || bare)) return null;
  // ("Elena, a 40-year-old Muscovite, spreads …": an age in a described appositive says a person, of no gender yet.)
  let aged: { gender: null } | null = null;
  for (let k = a + 1, read = 0; read < MAX_APPOSITIVE_HEAD; k++, read++) {
    // "Christyn Gionfriddo, a Neptune, N.J., native and …": a state between commas is part of the description.
    if (tokens[k]?.text === ',' && tokens[k + 2]?.text === ',' && STATE.test(tokens[k + 1]?.text ?? '')) k += 3;
    const word = tokens[k];
    if (!word?.word) return aged;
    const key = lexKey(word);
    if (described && AGE_WORD.test(key)) aged = { gender: null };
    // "a prominent surrogate for Mr. Sanders": past a preposition after the description's words, the words are about
    // somebody else (not within a name that owns it: "Color of Change's executive director").
    if (read > 0 && LINKS.has(key) && !tokens[k - 1]?.capitalized) return aged;
    const ends = described || tokens[k + 1]?.text === ',' || AFTER_ROLE.has(lexKey(tokens[k + 1] ?? word));
    if (MALE_NOUNS.has(key) && ends) return { gender: 'male' };
    if (FEMALE_NOUNS.has(key) && ends) return { gender: 'female' };
    if (ROLE_HEADS.has(key) && ends) return { gender: null };
  }
  return aged;
}

/** Whether tokens[k] opens a name that owns what follows: "Clinton's", "Color of Change's". */
function ownedByAName(tokens: readonly Token[], k: number): boolean {
  for (let i = k; i < k + MAX_OWNER_WORDS; i++) {
    const word = tokens[i];
    if (!word?.word || !(word.capitalized || (i > k && NAME_JOINERS.has(lexKey(word))))) return false;
    if (word.capitalized && possessiveLength(word.text) > 0) return true;
  }
  return false;
}
const MAX_OWNER_WORDS = 4;
/** Lowercase words inside the name of an organization: "Color of Change", "Ben and Jerry's". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the']);

/**
 * The gender a kinship word right before a name gives it: "her husband, Milton Berg", "his wife Jane", "her husband,
 * former President Bill Clinton" (past a title of up to MAX_TITLE_TOKENS words).
 */
export function genderBefore(tokens: readonly Token[], t: number): 'male' | 'female' | null {
  let k = t - 1;
  // (A token's key has no abbreviation period: "Gov." is "gov".)
  while (k > t - 1 - MAX_TITLE_TOKENS && tokens[k]?.word && TITLE_WORDS.has(lexKey(tokens[k] as Token))) k--;
  const word = tokens[k]?.text === ',' ? tokens[k - 1] : tokens[k];
  const key = word?.word ? lexKey(word) : '';
  return MALE_KIN.has(key) ? 'male' : FEMALE_KIN.has(key) ? 'female' : null;
}

/** Words a description of a person opens with: "my mother", "the woman". */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'the']);
const MALE_PEOPLE: ReadonlySet<string> = new Set([...MALE_KIN, 'man', 'boy']);
const FEMALE_PEOPLE: ReadonlySet<string> = new Set([...FEMALE_KIN, 'woman', 'girl', 'lady']);
/** Nouns for a man or a woman, kin included ("the man", "his wife"). */
export const GENDERED_PEOPLE: ReadonlySet<string> = new Set([...MALE_PEOPLE, ...FEMALE_PEOPLE]);
const OPENING_WORDS = /^[^\p{L}]*((?:\p{Ll}+\s+){1,3}\p{Ll}+)/u;
const CAPITAL = /\p{Lu}/u;
/** A sentence opening with a quotation: its words are the speaker's ("“My father made the donation,” he wrote"). */
const QUOTE_OPENING = /^\s*["“‘'«]/;

/**
 * The gender of a person a sentence opens by describing ("My mother has softened with age, but …", "The woman
 * said …"), or null: a "she" later in that sentence is most likely her, whom no name in the article stands for.
 */
export function describedOpening(sentence: string): 'male' | 'female' | null {
  if (QUOTE_OPENING.test(sentence)) return null;
  const words = (OPENING_WORDS.exec(sentence.replace(CAPITAL, (c) => c.toLowerCase()))?.[1] ?? '').split(/\s+/);
  if (!DESCRIPTION_OPENERS.has(words[0] ?? '')) return null;
  for (const word of words.slice(1)) {
    if (MALE_PEOPLE.has(word)) return 'male';
    if (FEMALE_PEOPLE.has(word)) return 'female';
  }
  return null;
}

/** The gender of the person a description's last word names ("the woman", "a local man", "one mother"), or null. */
export function genderOfDescription(description: string): 'male' | 'female' | null {
  const head = description.slice(description.lastIndexOf(' ') + 1).toLowerCase();
  return MALE_PEOPLE.has(head) ? 'male' : FEMALE_PEOPLE.has(head) ? 'female' : null;
}
