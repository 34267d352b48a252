// Where a person's name stands in its sentence: as a subject (a verb follows it), as the subject of a reported
// clause, as the owner of the subject ("Obama’s speech"), or elsewhere (an object, a modifier, inside a quotation);
// and what the words next to it say of the person (a verb only people do, a kinship word's gender). The roles decide
// what a later "he" or "she" refers to.
import { possessiveLength } from '../entities/text-checks.ts';
import { endsSentence, lexKey, opensDashedAside } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { ABSTRACT_NOUN, FUNCTION_WORDS, TITLE_WORDS, WEEKDAYS } from '../entities/lexicon.ts';
import { verbSlot } from './name-tail.ts';
import { KIN_AND_FRIENDS, MAX_TITLE_TOKENS } from './person-descriptions.ts';
import { isAdverb, takesObject, THINKING, verbAfterAuxiliary } from './verb-objects.ts';
import { agentOfPassive, namesTheAgent } from './voice.ts';
import { kinOfAnObject, OWNERS, relativeNamed } from './object-appositives.ts';
import { isAskedAt } from './asked-name.ts';
import { sourceNamed } from './reported-sources.ts';
import { inPhotoCaption } from './caption.ts';
import { DEMONYMS } from '../entities/places.ts';
import {
  AGE, ASKING_VERBS, BEFORE_OBJECT, DASHES, IRREGULAR_PAST, isPastTense, isVerbInIng, PAST_TENSE, QUOTE_MARKS, ROLE_HEADS,
  SPEECH_VERBS, WORDS_SENT,
} from './lexicon.ts';

/**
 * `subject`: stands where a clause's subject stands (a verb follows it), so a later "he" may refer to it.
 * `embedded`: the subject of a clause inside another ("Murphy said Trump continued …"), which a "he" refers to only
 * when its sentence has no other subject to refer to.
 * `possessor`: owns the subject ("Obama’s speech … He told"), an antecedent only when no subject fits.
 */
export type MentionRole = 'subject' | 'embedded' | 'possessor' | 'other';

/** Lowercase words that cannot follow a subject: the name before them is an object or a setting. */
const NOT_A_PREDICATE: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'as', 'than', 'into', 'about', 'the',
  'a', 'an', 'that',
  // A conjunction opens another clause: "would not support Clinton if he loses".
  'if', 'when', 'because', 'unless', 'until', 'while', 'since', 'although', 'though', 'but', 'whether', 'before',
  'after', 'where',
]);

/** "U.N.", "FBI": an acronym inside a description. */
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u;
/** Words of BEFORE_OBJECT that open a description which may yet be a subject ("the network's news anchor …"). */
const OPENS_A_SUBJECT: ReadonlySet<string> = new Set(['a', 'an', 'the', 'other', 'same', 'and', 'whom']);
const YEAR = /^(?:1[89]|20)\d\d$/;
const WH_CLAUSE: ReadonlySet<string> = new Set(['who', 'what', 'whether', 'how', 'why']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'because', 'unless', 'until', 'while', 'since',
  'although', 'though', 'whether', 'after', 'before', 'once']);
/** Words that open a clause or a phrase: a possessive name after them owns a noun ("after Bob Bradley's sacking"). */
const AFTER_OR_BEFORE: ReadonlySet<string> = new Set(['after', 'before', 'since', 'following', 'despite', 'until']);
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * The role of the name whose first token is tokens[t] and which ends at offset `end`, with the token after it (the
 * verb, when it is a subject).
 */
export function mentionRole(tokens: readonly Token[], t: number, end: number, inQuote: boolean)
  : { role: MentionRole; next: Token | undefined; after: number; aged: boolean } {
  const after = verbSlot(tokens, t, end);
  // "Obama also addressed …", "Chaffetz on Tuesday requested …": the verb comes after an adverb or a day.
  const onDay = tokens[after]?.key === 'on' && WEEKDAYS.has(tokens[after + 1]?.key ?? '');
  const nextAt = onDay ? after + 2 : isAdverb(tokens[after]) && tokens[after + 1]?.word ? after + 1 : after;
  const next = tokens[nextAt];
  // "Dewayne Smithy, 33, of Baldwin": an age after a name says it is a person's.
  const aged = next?.text === ',' && AGE.test(tokens[after + 1]?.text ?? '') && tokens[after + 2]?.text === ',';
  const prev = tokens[t - 1];
  const before = prev?.word ? lexKey(prev) : '';
  // A verb, an appositive's comma or dash ("John Podesta — Bill Clinton's former chief of staff — offered"), or a colon
  // that says what is about them ("And oh yes, Carly Fiorina: …").
  const verbFollows = !!next && (next.text === ',' || next.text === ':' || opensDashedAside(tokens, nextAt)
    || (next.word && !next.capitalized && !NOT_A_PREDICATE.has(lexKey(next)) && !ABSTRACT_NOUN.test(lexKey(next))));
  // "asked Bernie Sanders if he would": who is asked answers next, and a later "he said" is them.
  const asked = isAskedAt(tokens, t, next);
  // After a past tense, a name is its object: "backed Cruz during the primary".
  // ("And Zwanziger said": a capital "And" opens the sentence; it joins no object.)
  const object = (BEFORE_OBJECT.has(before) && !(prev?.capitalized && before === 'and')) || (!!prev && !prev.capitalized && PAST_TENSE.test(prev.text) && !SPEECH_VERBS.has(before))
    || takesObject(prev) || verbAfterAuxiliary(tokens, t - 1)
    || describedObject(tokens, t) || relativeNamed(tokens, t) || kinOfAnObject(tokens, t, next) || titledObject(tokens, t)
    || objectOfItsRelative(tokens, after) || (AFTER_OR_BEFORE.has(before) && possessiveLength(tokens[after - 1]?.text ?? '') > 0);
  // "Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz" or "four Americans: Ambassador Chris Stevens,
  // information officer Sean Smith, and …": a name in a list is nobody's subject.
  let lead = t - 1;
  while (tokens[lead]?.capitalized) lead--;
  const listed = next?.text === ',' && (LIST_JOINERS.has(lexKey(tokens[after + 1] ?? next)) || tokens[lead]?.text === ':');
  // "a post from Arianna Huffington", "the very words of Abraham Lincoln": who sent the words speaks next.
  const sender = (before === 'from' || before === 'of') && WORDS_SENT.has(lexKey(tokens[t - 2] ?? (prev as Token)));
  // "Then there’s Axelrod.": a sentence that only brings someone on makes them what the next "he" is about.
  const broughtOn = (before === "there's" || before === 'there’s') && !!next && endsSentence(next);
  // "Other users like Daniel Hou who watched the video pointed out …": the example a sentence's subject gives.
  const example = before === 'like' && next?.key === 'who' && opensWithPlural(tokens, t - 2);
  // "a resident named Caroline": the name of whom the sentence is about.
  // (Not an owner: "frustrated by Carson's top advisers" were the advisers.)
  const agent = (agentOfPassive(tokens, t - 1) || namesTheAgent(tokens, t, after))
    && possessiveLength(tokens[after - 1]?.text ?? '') === 0;
  if ((asked || sender || broughtOn || example || agent || sourceNamed(tokens, t, next) || before === 'named') && !inQuote) {
    return { role: 'subject', next, after, aged };
  }
  if (!inQuote && absoluteSubject(tokens, t, after)) return { role: 'embedded', next, after, aged };
  const owner = possessiveLength(tokens[after - 1]?.text ?? '') > 0;
  if (!next || inQuote || (!verbFollows && !owner) || object || listed || modifiesAName(tokens, after)
    || inPhotoCaption(tokens, t)) {
    return { role: 'other', next, after, aged };
  }
  // "Trump’s accusation …, Biden said": a possessive name is part of a phrase, not its head.
  if (owner) return { role: 'possessor', next, after, aged };
  // "Republicans will take every state if Sanders wins": the subject of a clause after the main one; not "When
  // Trump took the stage, he said", whose clause opens the sentence.
  // (Past a title: "claimed that President Barack Obama is to blame".)
  // (Past a relative too: "if his son Beau, who died last year, were still serving".)
  const titles = beforeTitles(tokens, t);
  const kin = KIN_AND_FRIENDS.has(tokens[titles]?.key ?? '') && OWNERS.has(tokens[titles - 1]?.key ?? '');
  const l = kin ? titles - 2 : titles;
  const leading = tokens[l];
  const opener = tokens[l - 1];
  const subordinate = CLAUSE_OPENERS.has(leading?.word ? lexKey(leading) : '') && !!opener && !opener.capitalized
    && !endsSentence(opener);
  // (But "an explosion that Mayor Bill de Blasio described": a "that" after a noun opens a relative clause.)
  const relative = l < t - 1 && leading?.word && lexKey(leading) === 'that' && !REPORTING_BEFORE_THAT(opener);
  const reported = subordinate || (!relative && embeddedAfter(leading, next)) || ownedAfterThat(tokens, t)
    || afterThatAndAPhrase(tokens, t);
  return { role: reported ? 'embedded' : 'subject', next, after, aged };
}

/** How many words an aside between dashes may run. */
const MAX_ASIDE = 25;

/** "…, with Hillary Clinton — who has called for tax hikes — lambasting the plan": the subject of an absolute clause,
 * whose participle follows the name (past an aside between dashes), which a later "she" may mean. */
function absoluteSubject(tokens: readonly Token[], t: number, after: number): boolean {
  if (tokens[t - 1]?.key !== 'with') return false;
  let k = after;
  if (opensDashedAside(tokens, k)) {
    let close = k + 1;
    while (close < tokens.length && close - k <= MAX_ASIDE && !DASHES.includes(tokens[close]?.text ?? 'x')) close++;
    k = close + 1;
  }
  return isVerbInIng(tokens[k]);
}

/** Quotation marks, double and single, as single tokens. */
const ANY_QUOTE_MARK = `${QUOTE_MARKS}'‘’`;
/** Whether tokens[k] is a plural noun that opens its sentence, after "Other" at most: "Other users", "Fans". */
function opensWithPlural(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  if (!noun?.word || !noun.key.endsWith('s') || FUNCTION_WORDS.has(noun.key)) return false;
  let lead = tokens[k - 1]?.key === 'other' ? k - 1 : k;
  // (Past a quotation mark: `… extremely confused. "Other users like …`.)
  while (lead > 0 && ANY_QUOTE_MARK.includes((tokens[lead - 1] as Token).text)) lead--;
  const prev = tokens[lead - 1];
  return !prev || endsSentence(prev);
}

/** "President Obama, who he noted was …": a name whose relative clause has a pronoun for its subject is its object. */
function objectOfItsRelative(tokens: readonly Token[], after: number): boolean {
  if (tokens[after]?.text !== ',' || tokens[after + 1]?.key !== 'who') return false;
  const subject = tokens[after + 2];
  return !!subject?.word && RELATIVE_SUBJECTS.has(subject.key);
}
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/**
 * A name described by lowercase words before it, after a word that makes it an object: "with senator X", "behind
 * arch-conservative Rick Santorum", "he met presidential candidate Donald Trump" (not "said presidential candidate").
 */
function describedObject(tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1];
  // (Or a year: "when he worked for the 2012 Obama campaign".)
  if (YEAR.test(prev?.text ?? '') && BEFORE_OBJECT.has(tokens[t - 2]?.key ?? '')) return true;
  if (!prev?.word || prev.capitalized || !(prev.text.includes('-') || ROLE_HEADS.has(lexKey(prev)))) return false;
  if (BEFORE_OBJECT.has(lexKey(tokens[t - 2] ?? prev))) return true;
  // Past the description's words to its verb; a determiner opens a description that may be a subject ("the
  // network's news anchor Ilia Calderón reacted").
  for (let k = t - 2; k >= Math.max(0, t - 2 - MAX_TITLE_TOKENS); k--) {
    const word = tokens[k];
    // "overseen by former U.N. secretary general Kofi Annan": a preposition before the description, past an acronym.
    if (word?.word && !word.capitalized && BEFORE_OBJECT.has(lexKey(word)) && !OPENS_A_SUBJECT.has(lexKey(word))) return true;
    // "Curtis and assistant manager Paul Williams will take charge": one of two subjects, whom no "he" refers to.
    if (word?.key === 'and' && !word.capitalized && tokens[k - 1]?.capitalized) return true;
    // (Past a people's name too: "the image of Syrian three-year-old Alan Kurdi".)
    // (Or a service's: "hired retired Army general Bob Dees".)
    const described = word?.capitalized === true && (DEMONYMS.has(lexKey(word)) || SERVICES.has(lexKey(word)));
    if (word?.word && (ACRONYM.test(word.text) || described)) continue;
    if (!word?.word || word.capitalized || FUNCTION_WORDS.has(lexKey(word)) || possessiveLength(word.text) > 0) return false;
    if ((PAST_TENSE.test(word.text) || IRREGULAR_PAST.has(lexKey(word))) && !SPEECH_VERBS.has(lexKey(word))) return true;
  }
  return false;
}

/** "pointing out that the paper's Robert Costa had reported": a reported clause's subject, past who owns it. */
function ownedAfterThat(tokens: readonly Token[], t: number): boolean {
  if (possessiveLength(tokens[t - 1]?.text ?? '') === 0) return false;
  for (let k = t - 2; k >= Math.max(0, t - 4); k--) {
    const word = tokens[k];
    if (!word?.word) return false;
    if (lexKey(word) === 'that') return true;
  }
  return false;
}

/**
 * "recalled in 2008 that before Iowa, Obama wasn’t …": the subject of a reported clause that a phrase between commas
 * opens (a few words after "that", none of them a comma).
 */
function afterThatAndAPhrase(tokens: readonly Token[], t: number): boolean {
  if (tokens[t - 1]?.text !== ',') return false;
  for (let k = t - 2; k >= Math.max(0, t - 2 - MAX_OPENING_PHRASE); k--) {
    const word = tokens[k];
    if (!word?.word) return false;
    if (lexKey(word) === 'that' && !word.capitalized) return k < t - 2;
  }
  return false;
}
const MAX_OPENING_PHRASE = 5;

/** How many capitalized words may name the place a title is for. */
const MAX_PLACE_WORDS = 2;
/** Index of the token before the capitalized title words (up to MAX_TITLE_TOKENS) that precede a name at tokens[t]. */
function beforeTitles(tokens: readonly Token[], t: number): number {
  let k = t - 1;
  // (Over a title's "of": "Secretary of State John Kerry", "Chief of Staff Katie Walsh".)
  // (And "Former secretary of State Hillary Clinton", written in lowercase.)
  while (k > t - 1 - MAX_TITLE_TOKENS
    && (titleWord(tokens, k) || (tokens[k]?.key === 'of' && titleWord(tokens, k - 1, false) && k < t - 1))) k--;
  // (And past whose title it is: "praise from Russian President Vladimir Putin", "Texas Gov. Greg Abbott".)
  // (A possessive is the whole of it: "Devastation in Nepal India's Prime Minister Narendra Modi has made".)
  for (let place = 0; k < t - 1 && place < MAX_PLACE_WORDS && tokens[k]?.word && tokens[k]?.capitalized; place++) {
    if (possessiveLength(tokens[k--]?.text ?? '') > 0) break;
  }
  return k;
}
const titleWord = (tokens: readonly Token[], i: number, capital = true): boolean => !!tokens[i]?.word
  && (!capital || !!tokens[i]?.capitalized) && TITLE_WORDS.has(lexKey(tokens[i]));

/** "a former Secret Service agent for President Bill Clinton has written": whom a role serves, past a title. */
function titledObject(tokens: readonly Token[], t: number): boolean {
  const k = beforeTitles(tokens, t);
  const link = tokens[k];
  if (k < t - 1 && takesObject(link)) return true;
  // "Bear Grylls also lent Mr Cameron his support": a past tense before the title, as before a name.
  if (k < t - 1 && isPastTense(link) && !SPEECH_VERBS.has(lexKey(link as Token)) && !THINKING.has(lexKey(link as Token))) return true;
  if (verbAfterAuxiliary(tokens, k)) return true;
  // (Not a possessive: "the claims of President Barack Obama's speech … He told" is still about him.)
  let end = t;
  while (tokens[end + 1]?.capitalized) end++;
  if (possessiveLength(tokens[end]?.text ?? '') > 0) return false;
  return k < t - 1 && !!link?.word && !link.capitalized && SERVED.has(lexKey(link));
}
/** Whom a role serves ("an agent for President X", "a director under President X"), or a preposition's titled object ("his
 * friendship with Mr. Clinton was strictly business"). */
const SERVED: ReadonlySet<string> = new Set(['for', 'to', 'with', 'about', 'against', 'from', 'than', 'like',
  'between', 'toward', 'towards', 'among', 'into', 'onto', 'at', 'on', 'of', 'in', 'over', 'through', 'behind', 'under',
  'alongside', 'beside']);

/** Armed services, whose capitalized name may stand in a title: "Army general", "Navy SEAL". */
const SERVICES: ReadonlySet<string> = new Set(['army', 'navy', 'marine', 'marines', 'coast', 'guard']);


/** How many lowercase words may stand between a name and the role it qualifies ("Clinton campaign manager"). */
const MAX_ROLE_WORDS = 3;

/**
 * Whether the words from tokens[after] are a role and the name of who holds it: the name before them qualifies the
 * role ("McConnell spokesman Don Stewart", "Clinton campaign manager Robby Mook") and is nobody's subject.
 */
function modifiesAName(tokens: readonly Token[], after: number): boolean {
  for (let i = after; i < after + MAX_ROLE_WORDS; i++) {
    const t = tokens[i];
    if (!t?.word || t.capitalized) return false;
    const following = tokens[i + 1];
    if (ROLE_HEADS.has(lexKey(t)) && following?.word && following.capitalized) return true;
  }
  return false;
}

/**
 * Whether a name after `prev` is the subject of a clause inside another ("said Trump continued", "said that Bujnowski
 * had seen"); not "said Alan Abramowitz, a demographer." (the speaker, inverted), nor "remarks Clinton made" (a noun,
 * as many speech verbs in -s are), nor "asked Trump how" (who is asked answers next).
 */
function embeddedAfter(prev: Token | undefined, next: Token): boolean {
  if (!prev?.word || prev.capitalized) return false;
  const key = lexKey(prev);
  // "to explain to her who Ali was": the subject of a question asked or answered inside the sentence.
  if (key === 'that' || WH_CLAUSE.has(key)) return true;
  const speech = (SPEECH_VERBS.has(key) && (!key.endsWith('s') || key === 'says') && !ASKING_VERBS.has(key))
    || THINKING.has(key) || CLAUSE_PARTICIPLES.has(key);
  return speech && next.text !== ',' && next.text !== '.';
}
/** Participles of saying whose object is a clause, not a person: "…, saying Adrian would mention her name". */
const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'arguing', 'insisting', 'claiming',
  'suggesting', 'stating', 'predicting', 'explaining']);
/** What a "that" opening a reported clause comes after: a verb of saying or thinking, or "and" ("… and that …"). */
const REPORTING_BEFORE_THAT = (t: Token | undefined): boolean =>
  !!t?.word && (SPEECH_VERBS.has(lexKey(t)) || THINKING.has(lexKey(t)) || lexKey(t) === 'and' || lexKey(t) === 'but');
