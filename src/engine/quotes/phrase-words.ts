// Which words may sit in a speaker's noun phrase, and which end it: the word tests phrases.ts reads phrases with
// ("MSNBC host Chris Matthews | said", "said | Sen. Patty Murray").
import { endsSentence, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { isGivenName } from '../entities/first-names.ts';
import { DETERMINERS, PRONOUNS, ROLE_HEADS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon.ts';
import { isDateWord, isInstitutionLink, isPersonNameWord } from './name-parts.ts';
import { isLyAdverb } from './verb-objects.ts';
import { particlesGoOnAt } from '../entities/name-particles.ts';

/** Words a speaker's noun phrase never runs across: prepositions, relatives, conjunctions, auxiliaries. */
const PHRASE_STOP: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'after', 'before', 'during', 'since', 'via',
  'who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'as', 'when', 'while', 'because', 'than', 'if',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'did', 'does', 'do', 'not', 'also', 'then', 'later', 'again', 'of', 'it', 'there', 'here', 'into', 'over',
  'under', 'against', 'between', 'without', 'through', 'among', 'like', 'told', 'just', 'still', 'even', 'upon',
  'whether', 'what', 'how', 'why', 'where', 'although', 'though', 'whereas', 'unless', 'until', 'yet', 'so', 'including',
]);

/** Function words that are names when capitalized mid-sentence: "said Will Doyle", "columnist George Will", "Al From";
 * only "Will" opens one ("From Josh Feldman writing at Mediaite:" is Josh Feldman). */
const NAMES_TOO: ReadonlySet<string> = new Set(['will', 'from']);
const isNameToo = (t: Token): boolean => t.capitalized && NAMES_TOO.has(lexKey(t));
/** A word that ends a phrase, unless it is capitalized and a name too; or an auxiliary with its "not" ("didn't"). */
const isStop = (t: Token): boolean => (PHRASE_STOP.has(lexKey(t)) && !isNameToo(t) && !isPersonNameWord(t)) || NEGATED.test(t.text);
const NEGATED = /^\p{Ll}+n['’]t$/u;
/** "he’s said", "they’ve told": a pronoun contracted with its auxiliary is still the pronoun. */
export const CONTRACTION = /['’](?:s|d|ll|ve|re|m)$/u;
export const isPronoun = (t: Token | undefined): boolean =>
  !!t && t.word && PRONOUNS.has(lexKey(t).replace(CONTRACTION, ''));
export const isLinker = (t: Token | undefined): boolean =>
  !!t && (((lexKey(t) === 'of' || lexKey(t) === 'de') && !t.capitalized) || t.text === '&' || isInstitutionLink(t));
// "A." is an initial ("James A. Baker"), "A" an article.
export const isArticle = (t: Token): boolean => DETERMINERS.has(lexKey(t)) && !t.text.endsWith('.');
export const isCap = (t: Token | undefined): boolean =>
  !!t && (t.capitalized || isFormerly(t)) && !isPronoun(t) && !isDateWord(t) && !isArticle(t);
/** A title written with the time it was held, as one word: "then-Secretary", "ex-President". */
const FORMERLY = /^(?:then|ex)-\p{Lu}/u;
// (Asked of every word a phrase reads, so the regex runs only where the word could open so.)
const isFormerly = (t: Token): boolean => (t.key.startsWith('then-') || t.key.startsWith('ex-')) && FORMERLY.test(t.text);
export const isSpeechWord = (t: Token | undefined): boolean =>
  !!t && !t.capitalized && (SPEECH_VERBS.has(lexKey(t)) || SPEECH_PARTICIPLES.has(lexKey(t)));
/** A word that can sit inside a speaker's phrase: a name, a role ("host", "spokesman") or a determiner. */
export const inPhrase = (t: Token | undefined): boolean =>
  !!t && t.word && !isPronoun(t) && !isStop(t) && !isSpeechWord(t) && !isDateWord(t)
  // An adverb in -ly ("reportedly") ends the phrase; a name in -ly ("Kelly", "Donnelly") or a noun ("family") does not.
  && !(!t.capitalized && isLyAdverb(t));

/** How many words of an appositive may come before its role noun: "Changing Places Development | Officer". */
const MAX_ROLE_MODIFIERS = 3;
/** Whether a role noun comes within the first words from tokens[a], after modifiers only: "Development Officer". */
export function roleWithin(tokens: readonly Token[], a: number): boolean {
  for (let k = a; k <= a + MAX_ROLE_MODIFIERS; k++) {
    const t = tokens[k];
    // (Its modifiers are no function words: not "…, as Archbishop Aris Shirvanian … told".)
    if (!t?.word || FUNCTION_WORDS.has(lexKey(t))) return false;
    if (k > a && ROLE_HEADS.has(lexKey(t))) return true;
  }
  return false;
}

/** Words after a verb in the present tense, never after a plural noun: "signs off", "shows the", "ends with his". */
const AFTER_A_VERB: ReadonlySet<string> = new Set(['off', 'up', 'out', 'down', 'back', 'away', 'the', 'a', 'an', 'his',
  'her', 'their', 'its', 'this', 'these', 'those']);
const PRESENT_TENSE = /^\p{Ll}{2,}[^su]s$/u;
/** Whether tokens[b] is the verb after a description's noun ("the daughter | signs off"), not a plural in the phrase. */
export function presentVerbAt(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b];
  const before = tokens[b - 1];
  return !!t && !!before && before.word && !before.capitalized && !DETERMINERS.has(before.key)
    && PRESENT_TENSE.test(t.text) && AFTER_A_VERB.has(tokens[b + 1]?.key ?? '');
}

/**
 * Whether the capitalized words at tokens[first] are a title that "the" opens ("the Other Inequality") and a full name
 * of a known given name stands at tokens[name]: the name is the person, the title what they wrote.
 */
export function titleBeforeFullName(tokens: readonly Token[], first: number, name: number): boolean {
  const the = tokens[first]?.key === 'the' ? first : tokens[first - 1]?.key === 'the' ? first - 1 : -1;
  return the >= 0 && !(tokens[the] as Token).capitalized && isGivenName(tokens[name]?.key ?? '')
    && !!tokens[name + 1]?.capitalized;
}

/** Whether tokens[i, b) end in a name of two words or more after a lowercase role noun ("candidate Jeb Bush"). */
export function endsNamedRole(tokens: readonly Token[], i: number, b: number): boolean {
  let s = b;
  while (s > i && isCap(tokens[s - 1])) s--;
  const role = tokens[s - 1];
  return b - s >= 2 && s > i && !!role?.word && !role.capitalized && ROLE_HEADS.has(lexKey(role));
}

/**
 * How many tokens from tokens[k] link a name's capitalized words, the word after them capitalized (0 when none): a
 * linker ("Secretary of State"), or a run of particles ("Sophie in 't Veld").
 */
export function linkAfter(tokens: readonly Token[], k: number): number {
  return isLinker(tokens[k]) && isCap(tokens[k + 1]) ? 1 : particlesGoOnAt(tokens, k);
}

/** How many tokens right before tokens[k] link a name's capitalized words, as linkAfter reads them. */
export function linkBefore(tokens: readonly Token[], k: number): number {
  if (isLinker(tokens[k - 1])) return 1;
  for (let run = 2; run <= 3; run++) if (particlesGoOnAt(tokens, k - run) === run) return run;
  return 0;
}

/**
 * Whether tokens[k] is an apostrophe that makes the name ending in "s" glued before it an owner: "Sanders’ email" (not
 * a common noun's, which may stand in an appositive: "Claire Jacobson, head of policy at the manufacturers' body said").
 */
export function isOwnersApostrophe(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  const owner = tokens[k - 1];
  const owned = tokens[k + 1];
  return !!mark && !!owner && !!owned && (mark.text === '’' || mark.text === "'") && owner.end === mark.start
    && owner.capitalized && owner.text.endsWith('s') && owned.start > mark.end && owned.word && !owned.capitalized;
}

/** Words a newspaper's day opens the name of: "Sunday Times", "Sunday Telegraph", "Sunday Mirror". */
const PAPER_WORDS: ReadonlySet<string> = new Set(['times', 'telegraph', 'mirror', 'express', 'post', 'herald', 'mail', 'people',
  'star', 'independent', 'sport', 'observer', 'tribune']);
/** Whether tokens[a - 1] is a day that opens a newspaper's name with tokens[a]: "Sunday Times political editor". */
export const isPaperDay = (tokens: readonly Token[], a: number): boolean => !!tokens[a - 1]?.capitalized
  && isDateWord(tokens[a - 1] as Token) && !!tokens[a]?.capitalized && PAPER_WORDS.has(lexKey(tokens[a]));

/** Whether the token after a name in an appositive ends it: a comma, a stop, or where the name belongs ("said another
 * leading advocate, Andrew J. Pincus of the law firm Mayer Brown."). */
export const endsAppositiveName = (after: Token | undefined): boolean => !after || after.text === ',' || endsSentence(after)
  || (after.word && AFFILIATIONS.has(lexKey(after)));
const AFFILIATIONS: ReadonlySet<string> = new Set(['of', 'at', 'from']);
