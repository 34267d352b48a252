// Which word near a quote is its speech verb: "said", "went on", "Tweeted" after an appositive, but not the noun
// of "the remarks", "Trump’s comments" or "his scathing remarks".
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { DETERMINERS, PRONOUNS, SPEECH_VERBS } from './lexicon.ts';

/** Verbs that speak only with a particle: "went on", "fired back", "shot back", "chimed in", "pointed out". */
const PHRASAL: ReadonlyMap<string, string> = new Map([
  ['went', 'on'], ['goes', 'on'], ['fired', 'back'], ['fires', 'back'], ['shot', 'back'], ['hit', 'back'],
  ['chimed', 'in'], ['pointed', 'out'], ['points', 'out'], ['spoke', 'up'], ['wrote', 'back'], ['put', 'it'],
  ['puts', 'it'],
]);

/** A speech verb at tokens[j] (single or phrasal), returning the verb as written and the index after it. */
const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

export function speechVerbAt(body: string, tokens: readonly Token[], j: number): { verb: string; end: number } | null {
  const t = tokens[j];
  // Capitalized, a word is a name or opens a sentence; but after an appositive's comma, "Tweeted" is still the verb.
  if (!t || (t.capitalized && !(tokens[j - 1]?.text === ',' && CAPITALIZED_PAST.test(t.text)))) return null;
  const particle = PHRASAL.get(lexKey(t));
  const next = tokens[j + 1];
  if (particle && next && lexKey(next) === particle) return { verb: body.slice(t.start, next.end), end: j + 2 };
  if (!SPEECH_VERBS.has(lexKey(t))) {
    return PLAIN_SPEECH.has(lexKey(t)) && perceived(tokens, j) ? { verb: t.text, end: j + 1 } : null;
  }
  // "As Louella Parsons had written": a participle is a verb after "have" only (not "its letter, written by X,").
  if (lexKey(t) === 'written' && !HAVE.has(lexKey(tokens[j - 1] ?? t))) return null;
  // "the remarks", "his comments", "her claims": a noun after a determiner, not a verb; and "a class called" names.
  const prev = tokens[j - 1];
  if (lexKey(t) === 'called' && prev?.word && !prev.capitalized && !PRONOUNS.has(lexKey(prev))) return null;
  if (prev && (DETERMINERS.has(lexKey(prev)) || lexKey(prev) === 'these' || lexKey(prev) === 'those')) return null;
  // "Trump’s comments": after a possessive, a noun too ("he’s said" is no possessive).
  const owned = prev?.word ? possessiveLength(prev.text) : 0;
  if (prev && owned > 0 && !CONTRACTED.has(lexKey(prev).slice(0, -owned))) return null;
  // "his scathing remarks", "her recent comments": after a determiner and an adjective, a noun that is a verb too.
  const det = tokens[j - 2];
  if (NOUN_TOO.has(lexKey(t)) && prev && !prev.capitalized && ADJECTIVE.test(prev.text) && det
    && (DETERMINERS.has(lexKey(det)) || possessiveLength(det.text) > 0)) return null;
  // "Clinton restricted comments about …", "he repeated claims": after a verb in the past tense, the object.
  if (NOUN_TOO.has(lexKey(t)) && prev?.word && !prev.capitalized && PAST_TENSE.test(prev.text)) return null;
  // "continued struggles will …": an adjective before a plural noun, no speech ("continued his remarks" still is).
  if (WITH_AN_OBJECT.has(lexKey(t)) && next?.word && !next.capitalized && PLURAL.test(next.text)) return null;
  // "2013 comments from Leon Panetta", "remarks by the president": whose they are follows a noun.
  if (NOUN_TOO.has(lexKey(t)) && next?.word && OWNER_LINKS.has(lexKey(next))) return null;
  // "if any board member asks to sit in", "asked to comment": to ask to do something is a request, not speech.
  if (ASKING.has(lexKey(t)) && next && lexKey(next) === 'to' && infinitiveAt(tokens[j + 2])) return null;
  return { verb: t.text, end: j + 1 };
}

const ASKING: ReadonlySet<string> = new Set(['ask', 'asks', 'asked', 'asking']);

/** Whether a word after "to" reads as a verb: lowercase, and no determiner, pronoun or plural noun ("asked to them"). */
function infinitiveAt(t: Token | undefined): boolean {
  if (!t?.word || t.capitalized) return false;
  const key = lexKey(t);
  return !DETERMINERS.has(key) && !OBJECT_WORDS.has(key) && !(key.endsWith('s') && !key.endsWith('ss'));
}
const OBJECT_WORDS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it', 'my', 'our', 'your',
  'each', 'every', 'all', 'no', 'any', 'that', 'which', 'whom', 'what', 'police', 'staff', 'media', 'press']);

/** Speech verbs in their plain form, speech only after whoever heard them: "overheard a passenger ask his mum: …". */
const PLAIN_SPEECH: ReadonlySet<string> = new Set(['ask', 'say', 'tell']);
const PERCEIVING: ReadonlySet<string> = new Set(['heard', 'overheard', 'hear', 'overhear', 'hears', 'overhears']);
/** How many words of the one heard may stand between "heard" and the verb. */
const MAX_HEARD_WORDS = 5;

/** Whether a verb of hearing and the words of whom it heard stand right before tokens[j]: "overheard the boy ask". */
function perceived(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 1 - MAX_HEARD_WORDS) && tokens[k]?.word; k--) {
    if (PERCEIVING.has(lexKey(tokens[k] as Token))) return k < j - 1;
  }
  return false;
}

const OWNER_LINKS: ReadonlySet<string> = new Set(['from', 'by', 'of']);
/** Speech verbs that are adjectives too: "continued struggles". */
const WITH_AN_OBJECT: ReadonlySet<string> = new Set(['continued']);
const PLURAL = /^\p{Ll}{3,}[^s]s$/u;

// A module constant rather than a literal in the function: a literal with \p{…} is compiled to `new RegExp(…)` by
// the TypeScript loader, a new object every time the line runs.
/** Words whose "'s" is "is" or "has": "he’s said", "that’s told", "who’s called". */
const CONTRACTED: ReadonlySet<string> = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'here', 'where']);
/** Speech verbs that are plural nouns as well. */
const NOUN_TOO: ReadonlySet<string> = new Set([
  'remarks', 'comments', 'tweets', 'claims', 'notes', 'posts', 'jokes', 'answers', 'replies', 'boasts', 'promises',
  'pledges', 'vows', 'calls', 'questions', 'statements', 'warnings', 'quips', 'shouts',
]);
const ADJECTIVE = /^\p{Ll}+(?:ing|ed|ous|ive|ful|est)$|^(?:recent|latest|earlier|previous|public|private|offhand|racist|new|controversial|inflammatory)$/u;
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
const CAPITALIZED_PAST = /^\p{Lu}\p{Ll}+ed$/u;

/** An unlisted verb in the past tense ("fumed", "scoffed"), for quotes whose attribution is certain to follow. */
export function pastTenseAt(tokens: readonly Token[], j: number): { verb: string; end: number } | null {
  const t = tokens[j];
  // ("Cecelia Purner, a retired customer service representative, said": after a determiner, an adjective.)
  const prev = tokens[j - 1];
  if (prev?.word && DETERMINERS.has(lexKey(prev))) return null;
  return t && t.word && !t.capitalized && PAST_TENSE.test(t.text) ? { verb: t.text, end: j + 1 } : null;
}
