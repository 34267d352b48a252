// Reads who says a quote from the words around it, the way news writing attributes speech:
//   after  — `"…," X said` · `"…," said X` · `"…," X, the mayor of Y, said` · `"…," according to X`
//   before — `X said: "…"` · `X said that "…"` · `X says the plan is "…"` · `X: "…"` · `…, noting that "…"`
// It only finds the mention (a name, a pronoun or a description); speakers.ts resolves it to a person.
import { endsSentence, endsSentenceAt, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, QUOTE_MARKS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon.ts';
import { isDateWord, phraseEndingAt, phraseStartingAt } from './phrases.ts';
import { roleAfter, withRole } from './roles.ts';
import type { Phrase, SpeakerMention, Window } from './phrases.ts';
import { clauseSubject } from './clause-subject.ts';
import { isPassive } from './voice.ts';
import { pastTenseAt, speechVerbAt } from './speech-verbs.ts';

export type { SpeakerMention, Window } from './phrases.ts';

export interface Attribution {
  /** Null when the words attribute the quote to someone they do not name ("Trump was asked, “…”"). */
  readonly speaker: SpeakerMention | null;
  readonly verb: string | null;
  /** Where the speaker's phrase starts, when the verb's subject came before it. */
  readonly subjectAt?: number;
}

/** How far after a closing mark the speech verb may come: past a long appositive ("X, who …, said"). */
const MAX_SUBJECT_TOKENS = 28;
/** Time words that may sit between a subject and its verb: "Priebus later Thursday told", "X on Monday said". */
const WHEN: ReadonlySet<string> = new Set([
  'on', 'last', 'this', 'early', 'late', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'today', 'yesterday', 'tonight', 'earlier',
]);

/** Skips leftwards over "also", "has", "later", -ly adverbs and time words between a subject and its verb. */
function skipBetween(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  for (let n = 0; n < 5 && j >= floor; n++) {
    const t = tokens[j];
    if (!t || !t.word) break;
    const k = lexKey(t);
    const when = WHEN.has(k) || isDateWord(t);
    if (!when && (t.capitalized || !(BETWEEN_SUBJECT_AND_VERB.has(k) || /ly$/.test(t.text)))) break;
    j--;
  }
  return j;
}

/** The speaker after a verb: "said Trump", "was asked by host Bill Maher", "according to the newspaper". */
function speakerAfterVerb(body: string, w: Window, i: number): Phrase | null {
  const t = w.tokens[i];
  // "interrupted me to announce": an object after the verb is the one spoken to.
  if (t && OBJECT_PRONOUNS.has(lexKey(t))) return null;
  if (t && lexKey(t) === 'by') return phraseStartingAt(body, w, i + 1);
  return phraseStartingAt(body, w, i);
}

export interface AfterOptions {
  /** The quote ended with a comma, so an attribution must follow: an unlisted past tense counts ("Toomey fumed"). */
  readonly lenient?: boolean;
  /** The quote ended its sentence: only an attribution that ends its own sentence soon belongs to it. */
  readonly mustEnd?: boolean;
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'us', 'them', 'you']);

/** Words that open a relative clause: the verb after them is not the attribution's. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** Verbs whose object is who listens: "…, told Fox News" never names the speaker after it. */
const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'ask']);

/** Relative pronouns that stand for a speaker ("that" mostly opens what is said: "X, that states can …"). */
const WHO: ReadonlySet<string> = new Set(['who', 'which']);

/** How many tokens may follow the verb before the sentence ends, after a quote that ended its own sentence. */
const MAX_TAIL = 3;

/**
 * Whether the window's sentence ends within MAX_TAIL tokens from tokens[i], or a comma sets off what follows the
 * attribution (`"…?" Clinton remarked, alluding to the actor's latest role.`).
 */
function endsSoon(w: Window, i: number): boolean {
  if (w.tokens[i]?.text === ',' && w.tokens[i + 1]?.word) return true;
  for (let j = i; j < Math.min(w.to, i + MAX_TAIL + 1); j++) if (endsSentence(w.tokens[j] as Token)) return true;
  return false;
}

const DASHES = '—–―-';

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
  if (end >= w.to) return null;
  for (let c = end - 1; c > w.from; c--) {
    if (w.tokens[c]?.text === ',') return verbAfter(body, { ...w, to: end + 1 }, c + 1, { mustEnd: true });
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
    if (!phrase || (mustEnd && !endsSoon(w, phrase.end))) return null;
    // `"…," said Will Doyle, a professor of higher education.`: the appositive says who the speaker is.
    const role = tokens[phrase.end]?.text === ',' && !phrase.speaker.role ? roleAfter(body, w, phrase.end + 1) : null;
    return { speaker: withRole(phrase.speaker, role), verb: inverted.verb };
  }
  if (lexKey(head) === 'according' && lexKey(tokens[i + 1] ?? head) === 'to') {
    const speaker = phraseStartingAt(body, w, i + 2)?.speaker;
    return speaker ? { speaker, verb: null } : null;
  }
  for (let j = i + 1; j < Math.min(to, i + MAX_SUBJECT_TOKENS); j++) {
    const t = tokens[j];
    if (!t || endsSentenceAt(tokens, j) || QUOTE_MARKS.includes(t.text)) return null;
    // "…," X, who was among those polled, said: the verbs of a relative clause between commas are not the one.
    if (WHO.has(lexKey(t)) && tokens[j - 1]?.text === ',') {
      let close = j + 1;
      while (close < to && tokens[close]?.text !== ',') close++;
      if (close < to) { j = close; continue; }
    }
    const speech = speechVerbAt(body, tokens, j);
    const found = speech ?? (lenient && j > i ? pastTenseAt(tokens, j) : null);
    if (!found) continue;
    const before = skipBetween(tokens, j - 1, i);
    // The verb of a relative clause in an appositive ("X, who has not endorsed anyone, told"): read on.
    if (RELATIVES.has(lexKey(tokens[before] ?? t))) continue;
    // A passive speech verb names who is spoken to; any other passive ("can be achieved") is no attribution.
    if (isPassive(tokens, j)) {
      if (speech) return passiveAgent(body, w, j, found.verb);
      continue;
    }
    const subject = phraseEndingAt(body, w, before, i) ?? appositiveName(body, w, before, i);
    // "…," the man shouted, or "…," Trump went on: the verb's subject must start right after the quote, or be
    // the name after a description there ("…," another friend, Mariam Emara told CNN), or a name between commas
    // after a phrase there ("…," Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO).
    if (!subject || (subject.first !== i && !namesOpening(body, w, i, subject))) return null;
    if (mustEnd && !endsSoon(w, found.end)) return null;
    return { speaker: subject.speaker, verb: found.verb };
  }
  return null;
}

/** Whether `name`, after a comma, names the phrase at tokens[i] that opens an attribution: see verbAfter. */
function namesOpening(body: string, w: Window, i: number, name: Phrase): boolean {
  if (name.speaker.kind !== 'name' || w.tokens[name.first - 1]?.text !== ',') return false;
  const opening = phraseStartingAt(body, w, i);
  if (!opening) return false;
  const head = w.tokens[i] as Token;
  return (DETERMINERS.has(lexKey(head)) && opening.end === name.first - 1) || w.tokens[name.end]?.text === ',';
}

/** "X's chief of staff, Joe Kasper, told": the name between the commas before tokens[comma + 1]. */
function appositiveName(body: string, w: Window, comma: number, floor: number): Phrase | null {
  if (w.tokens[comma]?.text !== ',') return null;
  const name = phraseEndingAt(body, w, comma - 1, floor);
  return name?.speaker.kind === 'name' && w.tokens[name.first - 1]?.text === ',' ? name : null;
}

/** `X said: "…"` and friends: the words of the sentence before an opening mark. */
export function attributionBefore(body: string, w: Window): Attribution | null {
  const { tokens, from, to } = w;
  // After a colon, the quote belongs to the clause just before it ("When Trump …, Rubio fired back:").
  const clauseFrom = tokens[to - 1]?.text === ':' ? lastClauseStart(tokens, from, to - 1) : from;
  for (const start of clauseFrom > from ? [clauseFrom, from] : [from]) {
    const found = verbAttribution(body, { tokens, from: start, to });
    if (found) return found;
  }
  if (tokens[to - 1]?.text === ':') {
    // "Pollsters agree - Carl Bialik: “…”": a name alone before the colon.
    const named = phraseEndingAt(body, w, to - 2, from);
    const lead = named ? tokens[named.first - 1] : undefined;
    if (named && named.speaker.kind === 'name' && (named.first === from || lead?.text === '-' || lead?.text === '—')) {
      return { speaker: named.speaker, verb: null };
    }
    // "Trump gestured …, then leaned in and boomed: “…”": the subject of the clause, or of the sentence, speaks.
    const subject = clauseSubject(body, { tokens, from: clauseFrom, to: to - 1 })
      ?? clauseSubject(body, { tokens, from, to: to - 1 });
    if (subject) return { speaker: subject, verb: null };
  }
  return null;
}

/**
 * Prepositions whose object is not the subject of a participle after it; "of" and "from" are not among them:
 * "footage of X saying" and "From Josh Feldman writing at Mediaite:" are X speaking.
 */
const OBJECT_OF: ReadonlySet<string> = new Set(['on', 'in', 'at', 'to', 'for', 'about', 'into']);
/** "Trump was asked, “…”": the subject listens; only "by X" says who speaks. */
function passiveAgent(body: string, w: Window, j: number, verb: string): Attribution | null {
  const by = w.tokens[j + 1];
  const agent = by && lexKey(by) === 'by' ? speakerAfterVerb(body, w, j + 1)?.speaker : null;
  return { speaker: agent && agent.kind !== 'pronoun' ? agent : null, verb };
}


/** The rightmost speech verb of the window with its subject. */
export function verbAttribution(body: string, w: Window): Attribution | null {
  const { tokens, from, to } = w;
  for (let j = to - 1; j >= from; j--) {
    const t = tokens[j];
    if (t && j === from && t.capitalized && SPEECH_VERBS.has(lexKey(t))) {
      // "Said Comey, “…”": a sentence that opens with its verb names the speaker right after it.
      const named = phraseStartingAt(body, w, j + 1)?.speaker;
      if (named?.kind === 'name') return { speaker: named, verb: t.text };
    }
    if (!t || t.capitalized || !t.word) continue;
    const k = lexKey(t);
    if (k === 'to' && lexKey(tokens[j - 1] ?? t) === 'according') {
      const speaker = phraseStartingAt(body, w, j + 1)?.speaker;
      return speaker ? { speaker, verb: null } : null;
    }
    const found = speechVerbAt(body, tokens, j);
    if (found && isPassive(tokens, j)) return passiveAgent(body, w, j, found.verb);
    if (found) {
      const before = skipBetween(tokens, j - 1, from);
      // "from Mike Lee, who declared …, “…”": the relative pronoun stands for the phrase before it.
      const relative = WHO.has(lexKey(tokens[before] ?? t)) && tokens[before - 1]?.text === ',';
      const subject = phraseEndingAt(body, w, relative ? before - 2 : before, from);
      if (subject) return { speaker: subject.speaker, verb: found.verb, subjectAt: subject.first };
      // "…, said X: “…”" — inverted (only right after a comma: "X told Fox News:" names the listener); or
      // "X confirmed it and said, “…”" — the clause's subject.
      const opensClause = j === from || tokens[j - 1]?.text === ',';
      // "X's chief of staff, Joe Kasper, told POLITICO": a name between commas is the subject, not the listener.
      const appositive = opensClause && j > from ? phraseEndingAt(body, w, j - 2, from) : null;
      if (appositive?.speaker.kind === 'name' && tokens[appositive.first - 1]?.text === ',') {
        return { speaker: appositive.speaker, verb: found.verb, subjectAt: appositive.first };
      }
      const after = opensClause && !LISTENER_VERBS.has(k) ? speakerAfterVerb(body, w, found.end)?.speaker : null;
      if (after && after.kind !== 'pronoun') return { speaker: after, verb: found.verb };
      const subjectOfClause = clauseSubject(body, { tokens, from, to: j });
      return subjectOfClause ? { speaker: subjectOfClause, verb: found.verb } : null;
    }
    if (SPEECH_PARTICIPLES.has(k) && j > from) {
      // "with Trump reportedly yelling": a name right before the participle is its subject.
      const before = skipBetween(tokens, j - 1, from);
      const adjacent = tokens[before]?.word ? phraseEndingAt(body, w, before, from) : null;
      // … but not the object of a preposition: "Clinton responded on Facebook writing, “…”".
      const object = adjacent && OBJECT_OF.has(lexKey(tokens[adjacent.first - 1] ?? t));
      if (adjacent && !object && adjacent.speaker.kind !== 'description') return { speaker: adjacent.speaker, verb: t.text };
      // "X said Clinton will …, saying": the participle shares the subject of the speech verb before it.
      // "Starr said Clinton's situation reminds him of …, explaining": not of the reported clause, but of the
      // sentence's own speech verb.
      const earlier = verbAttribution(body, { tokens, from, to: j });
      const reported = earlier?.subjectAt !== undefined ? reportingVerbBefore(body, tokens, from, earlier.subjectAt) : null;
      if (reported?.speaker) return { speaker: reported.speaker, verb: t.text };
      if (earlier) return { speaker: earlier.speaker, verb: t.text };
      const subject = clauseSubject(body, { tokens, from, to: j });
      return subject ? { speaker: subject, verb: t.text } : null;
    }
  }
  return null;
}

/** The attribution whose speech verb reports the clause starting at tokens[at] ("said [that] …"), if any. */
function reportingVerbBefore(body: string, tokens: readonly Token[], from: number, at: number): Attribution | null {
  const verbAt = lexKey(tokens[at - 1] ?? (tokens[at] as Token)) === 'that' ? at - 2 : at - 1;
  if (verbAt <= from || !speechVerbAt(body, tokens, verbAt)) return null;
  return verbAttribution(body, { tokens, from, to: verbAt + 1 });
}

/** Where the last clause of tokens[from, to) starts: after its last comma (or at `from` when there is none). */
function lastClauseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (tokens[j]?.text === ',') return j + 1;
  return from;
}
