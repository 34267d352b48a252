// Reads who says a quote from the words right after it, the way news writing attributes speech:
// `"…," X said` · `"…," said X` · `"…," X, the mayor of Y, said` · `"…," according to X` · `"…" ― X`.
import { endsSentence, endsSentenceAt, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { closingMarkAfter } from './inner-quotes.ts';
import { passiveAgent, skipBetween, speakerAfterVerb } from './attribution.ts';
import { unclosedAppositive, WHO } from './relative-clauses.ts';
import type { Attribution } from './attribution.ts';
import {
  DETERMINERS, GROUP_NOUNS, IRREGULAR_PAST, QUOTE_MARKS, ROLE_HEADS, SPEECH_PARTICIPLES, WORDS_SENT,
} from './lexicon.ts';
import { beforeListener } from './phrase-links.ts';
import { phraseEndingAt, phraseStartingAt } from './phrases.ts';
import type { Phrase, Window } from './phrases.ts';
import { roleAfter, withRole } from './roles.ts';
import { pastTenseAt, speechVerbAt } from './speech-verbs.ts';
import { DASHES, PAST_TENSE, RELATIVES } from './lexicon.ts';
import { isPassive } from './voice.ts';

export interface AfterOptions {
  /** The quote ended with a comma, so an attribution must follow: an unlisted past tense counts ("Toomey fumed"). */
  readonly lenient?: boolean;
  /** The quote ended its sentence: only an attribution that ends its own sentence soon belongs to it. */
  readonly mustEnd?: boolean;
  /** The quote ended with a period: someone who answers after it, and goes on, answers it ("Judge X interjected, …"). */
  readonly period?: boolean;
}

/** How far after a closing mark the speech verb may come: past a long appositive ("X, who …, said"). */
const MAX_SUBJECT_TOKENS = 28;
/** How many tokens may follow the verb before the sentence ends, after a quote that ended its own sentence. */
const MAX_TAIL = 3;

/**
 * Whether the window's sentence ends within MAX_TAIL tokens from tokens[i], or a comma sets off what follows the
 * attribution (`"…?" Clinton remarked, alluding to the actor's latest role.`).
 */
function endsSoon(w: Window, i: number): boolean {
  if (w.tokens[i]?.text === ',' && w.tokens[i + 1]?.word) return true;
  // `"…?" Clinton asks as a maintenance guy walks in`: a clause of time closes the attribution.
  const next = w.tokens[i];
  if (next && TIME_CLAUSE.has(lexKey(next))) return true;
  for (let j = i; j < Math.min(w.to, i + MAX_TAIL + 1); j++) if (endsSentence(w.tokens[j] as Token)) return true;
  // "…, Wolverton wrote in a court filing.": a longer tail when a phrase of where or when opens it.
  if (!next || !TAIL_PREPOSITIONS.has(lexKey(next))) return false;
  for (let j = i + 1; j < Math.min(w.to, i + MAX_PHRASE_TAIL + 1); j++) {
    if (endsSentence(w.tokens[j] as Token) || w.tokens[j]?.text === ',') return true;
  }
  return false;
}

/** Prepositions that open a phrase of where or when after a speech verb ("in a court filing", "on Twitter"). */
const TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);
const MAX_PHRASE_TAIL = 7;
/** Words that open a clause of time after an attribution. */
const TIME_CLAUSE: ReadonlySet<string> = new Set(['as', 'while', 'when', 'before', 'after']);

/** Words that stand for a speaker without naming one. */
const UNNAMED: ReadonlySet<string> = new Set(['one', 'another', 'someone', 'somebody', 'others', 'many', 'some']);

/** Whether the window opens with a dash: what follows may be a byline (`"…" ― Pamela Padilla`). */
export const opensWithDash = (w: Window): boolean => w.from < w.to && DASHES.includes(w.tokens[w.from]?.text ?? 'x');

/**
 * A byline after a dash, as quote collections and fact checks write it: `"…" ― Pamela Padilla` or
 * `"…" - Sanders.` or `"…" -President Obama, tweeting after the speech.` Only a name, then nothing, a comma or a stop.
 */
function bylineAt(body: string, w: Window, i: number): Attribution | null {
  const phrase = phraseStartingAt(body, w, i);
  if (!phrase || phrase.speaker.kind !== 'name') return null;
  const next = phrase.end < w.to ? w.tokens[phrase.end] : undefined;
  return !next || next.text === ',' || endsSentence(next) ? { speaker: phrase.speaker, verb: null } : null;
}

/** `"…," X said` and friends: the words right after a closing mark, up to the end of their sentence. */
export function attributionAfter(body: string, w: Window, options: AfterOptions = {}): Attribution | null {
  let i = w.from;
  let dashed = false;
  for (; i < w.to && (DASHES.includes(w.tokens[i]?.text ?? 'x') || w.tokens[i]?.text === ','); i++) {
    dashed ||= w.tokens[i]?.text !== ',';
  }
  return verbAfter(body, w, i, options) ?? (dashed ? bylineAt(body, w, i) : null);
}

/**
 * An attribution that closes the sentence a quote runs on in: `"…" and against the Brady law, Clinton said.` or
 * `"…" but to take the lead, says Evan Tracey, a consultant.`
 */
export function attributionClosing(body: string, w: Window): Attribution | null {
  let end = w.from;
  while (end < w.to && !endsSentence(w.tokens[end] as Token)) end++;
  // (So does a paragraph's end, after an abbreviation that ends no sentence: "… in Alexandria, Va.⏎⏎".)
  const last = w.tokens[w.to - 1];
  if (end >= w.to && last && body.slice(last.end, w.tokens[w.to]?.start ?? body.length).includes('\n')) end = w.to - 1;
  if (end >= w.to) return null;
  // The last comma that opens an attribution: "… that Sanders can catch Clinton, said Steve Elmendorf, deputy …".
  for (let c = end - 1; c > w.from; c--) {
    const found = w.tokens[c]?.text === ',' ? verbAfter(body, { ...w, to: end + 1 }, c + 1, { mustEnd: true }) : null;
    if (found) return found;
  }
  return null;
}

function verbAfter(body: string, w: Window, i: number, options: AfterOptions): Attribution | null {
  const { tokens, to } = w;
  const { lenient = false, mustEnd = false } = options;
  const head = tokens[i];
  if (!head) return null;
  const inverted = speechVerbAt(body, tokens, i) ?? (lenient ? pastTenseAt(tokens, i) : null);
  if (inverted) {
    const phrase = speakerAfterVerb(body, w, inverted.end);
    // `"…," read one.` or `"…," said another.`: an attribution to somebody it does not name.
    if (!phrase && UNNAMED.has(lexKey(tokens[inverted.end] ?? head))) return { speaker: null, verb: inverted.verb };
    if (!phrase || (mustEnd && !endsSoon(w, phrase.end))) return null;
    // `"…," said Will Doyle, a professor of higher education.`: the appositive says who the speaker is.
    const role = tokens[phrase.end]?.text === ',' && !phrase.speaker.role ? roleAfter(body, w, phrase.end + 1) : null;
    return { speaker: withRole(phrase.speaker, role), verb: inverted.verb };
  }
  // `"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello: “…”`: a digest's headline, by its author
  // (its comma tells it from a work's title: "'UnTrou sur l'Orange' by Jesus Rafael Soto:").
  const by = lexKey(head) === 'by' && tokens[i - 2]?.text === ',' ? phraseStartingAt(body, w, i + 1) : null;
  if (by?.speaker.kind === 'name' && tokens[by.end]?.text === ':') return { speaker: by.speaker, verb: null };
  if (lexKey(head) === 'according' && lexKey(tokens[i + 1] ?? head) === 'to') {
    const phrase = phraseStartingAt(body, w, i + 2);
    // ("according to a court document filed by state attorney Dave Aronberg": who filed it is the source.)
    const done = phrase && tokens[phrase.end]?.key === 'by' ? tokens[phrase.end - 1]?.text ?? '' : '';
    const filed = phrase && (PAST_TENSE.test(done) || IRREGULAR_PAST.has(done)) ? passiveAgent(body, w, phrase.end - 1, '') : null;
    const speaker = filed?.speaker ?? phrase?.speaker;
    return speaker ? { speaker, verb: null } : null;
  }
  for (let j = i + 1; j < Math.min(to, i + MAX_SUBJECT_TOKENS); j++) {
    const t = tokens[j];
    if (!t || endsSentenceAt(tokens, j)) return null;
    // "…," X, wearing "Ted Cruz" pins, said: a few quoted words inside the attribution; another quote ends it.
    if (QUOTE_MARKS.includes(t.text)) {
      const close = closingMarkAfter(tokens, j, to);
      if (close < 0) return null;
      j = close;
      continue;
    }
    // "…," X, who was among those polled, said: the verbs of a relative clause between commas are not the one.
    if (WHO.has(lexKey(t)) && tokens[j - 1]?.text === ',') {
      let close = j + 1;
      while (close < to && tokens[close]?.text !== ',') close++;
      if (close < to) { j = close; continue; }
    }
    const heard = heardSpeaking(tokens, j, i);
    if (heard >= 0) {
      const phrase = phraseEndingAt(body, w, heard, i);
      return phrase?.first === i ? { speaker: phrase.speaker, verb: t.text } : null;
    }
    const speech = speechVerbAt(body, tokens, j);
    const found = speech ?? (lenient && j > i ? pastTenseAt(tokens, j) : null);
    if (!found) continue;
    const before = skipBetween(tokens, j - 1, i);
    // The verb of a relative clause in an appositive ("X, who has not endorsed anyone, told"): read on.
    if (RELATIVES.has(lexKey(tokens[before] ?? t))) continue;
    // A passive speech verb names who is spoken to; any other passive ("can be achieved") is no attribution.
    // (Only in the clause the quote runs into: not "…. "Meereen was taken to the vets - where it was confirmed she …".)
    if (isPassive(tokens, j)) {
      if (speech && !tokens.slice(i, j).some((s) => CLAUSE_OPENERS.has(lexKey(s)) || DASHES.includes(s.text))) {
        return passiveAgent(body, w, j, found.verb);
      }
      continue;
    }
    const head = phraseEndingAt(body, w, before, i);
    // "…," a source speaking to Fox News said: whom the source speaks to is no subject.
    const listener = head ? beforeListener(tokens, head.first) : -1;
    const phrase = listener >= i ? phraseEndingAt(body, w, listener, i) : head;
    // "…," Doug Andres, a spokesman for House Speaker Paul Ryan told the Post: a closing comma left out.
    const subject = unclosedAppositive(body, w, phrase, before, i) ?? listedAppositive(body, w, i, phrase, before)
      ?? phrase ?? appositiveName(body, w, before, i);
    // "…," the man shouted, or "…," Trump went on: the verb's subject must start right after the quote, or be
    // the name after a description there ("…," another friend, Mariam Emara told CNN), or a name between commas
    // after a phrase there ("…," Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO).
    const organization = !!subject && subject.first !== i && organizationOpening(w, i, subject);
    if (!subject || (subject.first !== i && !namesOpening(body, w, i, subject) && !joinedOpening(body, w, i, subject)
      && !organization)) {
      return null;
    }
    if (mustEnd && !endsSoon(w, found.end)) return null;
    // `"… I knew I would get life anyway." Superior Court Judge Arnold O. Jones interjected, pointing out …`
    if (options.period && ANSWERING.has(lexKey(t)) && tokens[found.end]?.text === ',') return null;
    // (Nor a stance: `"… we need to fix this." CNN's chief medical correspondent, Dr. Sanjay Gupta, agrees with Putnam.`)
    if (options.period && tokens[found.end]?.key === 'with') return null;
    // "…' The noise continued, with Ms Jackson forced to …": a verb that speaks only of a speaker, not of a thing.
    if (SPEAKS_OF_ANYTHING.has(lexKey(t)) && subject.speaker.kind === 'description' && !speakerLike(subject.speaker.text)) return null;
    // `"…," Mr. Mitchell recalled the president telling him`: whom one recalls saying the words said them.
    // (Not the one recalling, but someone else before them, whom this reading cannot tell: "… recalled him saying".)
    const recalled = RECALLING.has(lexKey(t)) ? phraseStartingAt(body, w, found.end) : null;
    if (recalled && recalled.speaker.kind !== 'pronoun' && SAYING.has(lexKey(tokens[recalled.end] ?? t))) {
      return { speaker: OBJECT_PRONOUNS.has(recalled.speaker.text.toLowerCase()) ? null : recalled.speaker, verb: found.verb };
    }
    // (The organization and the role after it are who the speaker is: "Fight for $15 organizing director".)
    const role = organization ? body.slice((w.tokens[i] as Token).start, subject.speaker.start).trim() : null;
    return { speaker: role ? { ...subject.speaker, role } : subject.speaker, verb: found.verb };
  }
  return null;
}

/** Words that open a clause of their own inside a sentence after a quote. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVES, 'where', 'when', 'while', 'because', 'after', 'before']);

/** Verbs of remembering someone's words, and the participles that then say whose they were. */
const RECALLING: ReadonlySet<string> = new Set(['recalled', 'recalls', 'remembered', 'remembers', 'recounted', 'heard']);
const SAYING: ReadonlySet<string> = new Set(['telling', 'saying', 'asking', 'declaring', 'warning', 'insisting']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/** Verbs of someone answering or cutting in, whose words are their own, not the quote's before them. */
const ANSWERING: ReadonlySet<string> = new Set(['interjected', 'interrupted', 'replied', 'responded', 'retorted',
  'countered', 'answered']);

/** Verbs that say things of speakers and of anything else alike: "Trump continued", "The noise continued". */
const SPEAKS_OF_ANYTHING: ReadonlySet<string> = new Set(['continued', 'continues', 'began', 'begins']);

/** A description whose last word is a role, words someone sent or a writing: "a senior aide", "the statement". */
function speakerLike(text: string): boolean {
  const head = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  return ROLE_HEADS.has(head) || WORDS_SENT.has(head) || GROUP_NOUNS.has(head) || WRITINGS.has(head);
}
const WRITINGS: ReadonlySet<string> = new Set(['passage', 'excerpt', 'book', 'article', 'piece', 'story', 'column',
  'editorial', 'document', 'report', 'ad', 'video', 'narrator']);

/** Forms of "be" before "heard" or "seen". */
const BE: ReadonlySet<string> = new Set(['be', 'been', 'is', 'was', 'were', 'are']);

/**
 * `"…?" a reporter can be heard asking Trump`: where the subject ends before "can be heard" when tokens[j] is a
 * speech participle after it; -1 otherwise. (What follows the participle is whom the speaker addresses.)
 */
function heardSpeaking(tokens: readonly Token[], j: number, floor: number): number {
  const perceived = tokens[j - 1];
  if (!SPEECH_PARTICIPLES.has(lexKey(tokens[j] as Token)) || !perceived || !['heard', 'seen'].includes(lexKey(perceived))) {
    return -1;
  }
  const be = tokens[j - 2];
  return be && BE.has(lexKey(be)) ? skipBetween(tokens, j - 3, floor) : -1;
}

/** Whether `name`, after a comma, names the phrase at tokens[i] that opens an attribution: see verbAfter. */
function namesOpening(body: string, w: Window, i: number, name: Phrase): boolean {
  if (name.speaker.kind !== 'name' || w.tokens[name.first - 1]?.text !== ',') return false;
  const opening = phraseStartingAt(body, w, i);
  if (!opening) return false;
  const head = w.tokens[i] as Token;
  return (DETERMINERS.has(lexKey(head)) && opening.end === name.first - 1) || w.tokens[name.end]?.text === ',';
}

/** Whether `name` ends a compound subject that opens at tokens[i]: "…," state Senate leader Phil Berger and House
 * Speaker Tim Moore, both Republicans, said. */
function joinedOpening(body: string, w: Window, i: number, name: Phrase): boolean {
  const and = w.tokens[name.first - 1];
  if (name.speaker.kind !== 'name' || !and?.word || lexKey(and) !== 'and') return false;
  return phraseEndingAt(body, w, name.first - 2, i)?.first === i;
}

/**
 * The name that opens the window when an appositive set off by commas follows it, and `phrase`, read back from the
 * verb, is no name but the last words of a list inside it: "…," Anne Richards, assistant secretary of state for
 * population, refugees, and migration, said.
 */
function listedAppositive(body: string, w: Window, i: number, phrase: Phrase | null, before: number): Phrase | null {
  if (phrase?.speaker.kind !== 'description' || phrase.first === i || w.tokens[before]?.text !== ',') return null;
  const opening = phraseStartingAt(body, w, i);
  return opening?.speaker.kind === 'name' && w.tokens[opening.end]?.text === ',' ? opening : null;
}

/** "X's chief of staff, Joe Kasper, told": the name between the commas before tokens[comma + 1]. */
function appositiveName(body: string, w: Window, comma: number, floor: number): Phrase | null {
  if (w.tokens[comma]?.text !== ',') return null;
  const name = phraseEndingAt(body, w, comma - 1, floor);
  return name?.speaker.kind === 'name' && w.tokens[name.first - 1]?.text === ',' ? name : null;
}

/**
 * Whether the words from tokens[i] to a name are an organization's name that a phrase could not read: "…," Fight for
 * $15 organizing director Kendall Fells told. Capitalized words, a few links, a dollar sign and numbers only.
 */
function organizationOpening(w: Window, i: number, name: Phrase): boolean {
  if (name.speaker.kind !== 'name' || name.first - i > MAX_ORGANIZATION_TOKENS || !w.tokens[i]?.capitalized) return false;
  for (let k = i; k < name.first; k++) {
    const t = w.tokens[k] as Token;
    if (!t.capitalized && !ORGANIZATION_LINKS.has(lexKey(t)) && t.text !== '$' && !/^\d/.test(t.text)) return false;
  }
  return w.tokens.slice(i, name.first).some((t) => t.text === '$' || lexKey(t) === 'for');
}
const MAX_ORGANIZATION_TOKENS = 6;
const ORGANIZATION_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'the', 'and']);
