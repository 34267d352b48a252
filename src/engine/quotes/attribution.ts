// Reads who says a quote from the words around it, the way news writing attributes speech; here, the words before
// it — `X said: "…"` · `X said that "…"` · `X says the plan is "…"` · `X: "…"` · `…, noting that "…"` — and what
// both directions share (attribution-after.ts reads the words after it). It only finds the mention (a name, a
// pronoun or a description); speakers.ts resolves it to a person.
import { possessiveLength } from '../entities/text-checks.ts';
import { endsSentenceAt, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import {
  BETWEEN_SUBJECT_AND_VERB, CLAIMED, DASHES, isPastTense, isVerbInIng, SPEECH_PARTICIPLES, SPEECH_VERBS, TIME_BETWEEN, WORDS_SENT,
} from './lexicon.ts';
import { senderOf } from './speaker-names.ts';
import { appositiveEndingAt, phraseEndingAt, phraseStartingAt } from './phrases.ts';
import { beforeListener } from './phrase-links.ts';
import { isDateWord } from './name-parts.ts';
import type { Phrase, SpeakerMention, Window } from './phrases.ts';
import { clauseSubject, relativeSubject } from './clause-subject.ts';
import { actorOfReportedClause } from './reported-clause.ts';
import { isPassive, receivedBy } from './voice.ts';
import { ownerOfSaying } from './owned-words.ts';
import { nameBeforeRelative, namesARole, nameBeforeTitle, nameBeforeUnmarkedPart, relativeHead, unclosedAppositive, WHO }
  from './relative-clauses.ts';
import { speechVerbAt } from './speech-verbs.ts';
import { commaJoinedClauseStart, lastClauseStart, lastColonStart, lastJoinedClauseStart } from './clause-starts.ts';

export type { SpeakerMention, Window } from './phrases.ts';

export interface Attribution {
  /** Null when the words attribute the quote to someone they do not name ("Trump was asked, “…”"). */
  readonly speaker: SpeakerMention | null;
  readonly verb: string | null;
  /** Where the speaker's phrase starts, when the verb's subject came before it. */
  readonly subjectAt?: number;
  /** Read from the words after the quote ("…," she said), which sign it as somebody's words. */
  readonly signed?: boolean;
}

/** Skips leftwards over "also", "has", "later", -ly adverbs and time words between a subject and its verb. */
export function skipBetween(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  for (let n = 0; n < 5 && j >= floor; n++) {
    const t = tokens[j];
    if (!t || !t.word) break;
    const k = lexKey(t);
    if (k === 'to' && CLAIMED.has(lexKey(tokens[j - 1] ?? t))) { j -= 2; continue; }
    const when = TIME_BETWEEN.has(k) || isDateWord(t);
    if (!when && (t.capitalized || !(BETWEEN_SUBJECT_AND_VERB.has(k) || /ly$/.test(t.text)))) break;
    j--;
  }
  return j;
}

/** The speaker after a verb: "said Trump", "was asked by host Bill Maher", "according to the newspaper". */
export function speakerAfterVerb(body: string, w: Window, i: number): Phrase | null {
  const t = w.tokens[i];
  // "interrupted me to announce": an object after the verb is the one spoken to.
  if (t && OBJECT_PRONOUNS.has(lexKey(t))) return null;
  if (t && lexKey(t) === 'by') return phraseStartingAt(body, w, i + 1);
  return phraseStartingAt(body, w, i);
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'us', 'them', 'you']);
const HERE: ReadonlySet<string> = new Set(["here's", 'here']);


/** Words that open a clause of time or condition: "when asked", "if pressed". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'if', 'after', 'before', 'while', 'unless', 'as']);

/** Verbs whose object is who listens: "…, told Fox News" never names the speaker after it. */
const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'ask',
  // and verbs of sending, whose object is a listener or the thing sent ("emailed a link to the video"), and of naming,
  // whose object is who is named (", calls Cruz "a chameleon": …"):
  'emailed', 'texted', 'messaged', 'posted', 'calls', 'called', 'call', 'dubbed', 'labeled', 'labelled', 'branded',
  // and of judging, whose object is who is judged (", accused the Democratic leadership in Nevada of using “…”").
  'accused', 'accuses', 'criticized', 'criticizes', 'praised', 'praises', 'hailed', 'hails', 'mocked', 'mocks']);

/** `X said: "…"` and friends: the words of the sentence before an opening mark. */
export function attributionBefore(body: string, w: Window): Attribution | null {
  const { tokens, from, to } = w;
  // "X responded to Clinton's claim that “…”": whose saying it is, whatever verb comes before.
  const owner = ownerOfSaying(body, w);
  if (owner) return { speaker: owner, verb: null };
  // After a colon, the quote belongs to the clause just before it ("When Trump …, Rubio fired back:").
  const clauseFrom = tokens[to - 1]?.text === ':' ? lastClauseStart(tokens, from, to - 1) : from;
  // ("…,' commented Tracy Ayre while Suzi Force believes …, saying:": or to the clause after a joiner.)
  // (Before any quote: "Wilshaw said …, while a number of head teachers had reported an “…”".)
  const joinedFrom = tokens[to - 1]?.text === ':' ? lastJoinedClauseStart(tokens, from, to - 1) : commaJoinedClauseStart(tokens, from, to - 1);
  // ("Bleak picture: Abu Ibrahim Raqqawi … wrote the accompanying message:": or to the words after a caption's label.)
  const labelFrom = tokens[to - 1]?.text === ':' ? lastColonStart(tokens, from, to - 1) : from;
  for (const start of new Set([clauseFrom, joinedFrom, labelFrom, from].filter((s, k) => k === 3 || s > from))) {
    const found = verbAttribution(body, { tokens, from: start, to });
    if (!found) continue;
    // ("Mr. Slinker, whose start-up, Paradata, uses big data, said:": not a subject within a relative clause.)
    const owner = found.speaker ? nameBeforeRelative(body, w, found.speaker.start) : null;
    if (owner) return { ...found, speaker: owner.speaker, subjectAt: owner.first };
    const clause = start > from && found.subjectAt === start;
    // ("Mark Diffley, Director, Ipsos MORI Scotland said:": the employer after the title is not who speaks.)
    const employer = clause && found.speaker?.kind === 'name' ? found.speaker : null;
    const titled = employer ? nameBeforeTitle(body, { tokens, from, to }, start, employer.start + employer.text.length) : null;
    if (titled) return { ...found, speaker: titled.speaker, subjectAt: titled.first };
    // ("Mr Cortes, leader of the Transport Salaried Staffs Association said:": nor is an appositive whose closing comma
    // is missing, after the name the sentence opens with; a capitalized title too: "…, Development Officer at X says:".)
    const whole = clause && namesARole(found.speaker) ? verbAttribution(body, { tokens, from, to }) : null;
    return whole?.speaker?.kind === 'name' && whole.subjectAt === from && whole.verb === found.verb ? whole : found;
  }
  const inWords = inTheWordsOf(body, w);
  if (inWords) return inWords;
  if (tokens[to - 1]?.text === ':') {
    // "Here's Clinton in December 1992: “…”": who is brought on speaks.
    const here = HERE.has((tokens[from]?.key ?? '').replace('’', "'")) ? phraseStartingAt(body, w, from + 1) : null;
    if (here?.speaker.kind === 'name') return { speaker: here.speaker, verb: null };
    // "Pollsters agree - Carl Bialik: “…”": a name alone before the colon.
    const named = phraseEndingAt(body, w, to - 2, from);
    // (Past a plural owner, "by Times' Ben Sisario:", or a partner, "- Frank Newport and Jim Harter:".)
    const lead = named ? tokens[pastPluralOwner(tokens, named.first - 1)] : undefined;
    // "From Bush's Facebook post: “…”": so are the words someone sent, and a digest's "by DNAinfo's Nicole Levy: “…”".
    const sent = named?.speaker.kind === 'description' && senderOf(named.speaker.text) !== null;
    const opens = named && (named.first === from || lead?.text === '-' || lead?.text === '—'
      || (lead?.word === true && (lexKey(lead) === 'from' || lexKey(lead) === 'by')));
    if (named && (named.speaker.kind === 'name' || sent) && opens) return { speaker: named.speaker, verb: null };
    // "this new headline from the Washington Post, which hits liberals where they live:": the relative stands for
    // the phrase before it.
    const relative = WHO.has(lexKey(tokens[clauseFrom] as Token)) ? phraseEndingAt(body, w, clauseFrom - 2, from) : null;
    if (relative && relative.speaker.kind !== 'pronoun') return { speaker: relative.speaker, verb: null };
  }
  // "Trump issued a statement, “…”": the words someone sent, then the words.
  const sent = tokens[to - 1]?.text === ',' && WORDS_SENT.has(lexKey(tokens[to - 2] ?? (tokens[to - 1] as Token)));
  if (tokens[to - 1]?.text === ':' || DASHES.includes(tokens[to - 1]?.text ?? 'x') || sent) {
    // "Trump gestured …, then leaned in and boomed: “…”" or "Trump also embraced waterboarding -- “…”": the subject
    // of the clause, or of the sentence, speaks.
    const end = tokens[to - 2]?.text === '-' ? to - 2 : to - 1;
    const subject = clauseSubject(body, { tokens, from: clauseFrom, to: end })
      ?? clauseSubject(body, { tokens, from, to: end });
    if (subject) return { speaker: subject, verb: null };
  }
  return null;
}

/** Whether the phrase's speaker comes right after a gerund, within the phrase or before it. */
function afterGerund(tokens: readonly Token[], phrase: Phrase): boolean {
  let k = phrase.first;
  while (k < phrase.end && (tokens[k] as Token).start < phrase.speaker.start) k++;
  return isVerbInIng(tokens[k - 1]);
}

/**
 * Prepositions whose object is not the subject of a participle after it ("made by Trump calling for"); "of" and
 * "from" are not among them: "footage of X saying" and "From Josh Feldman writing at Mediaite:" are X speaking.
 */
const OBJECT_OF: ReadonlySet<string> = new Set(['on', 'in', 'at', 'to', 'for', 'about', 'into', 'by']);
/** "Trump was asked, “…”": the subject listens; only "by X" says who speaks. */
export function passiveAgent(body: string, w: Window, j: number, verb: string): Attribution | null {
  const by = w.tokens[j + 1];
  const agent = by && lexKey(by) === 'by' ? speakerAfterVerb(body, w, j + 1)?.speaker : null;
  return { speaker: agent && agent.kind !== 'pronoun' ? agent : null, verb };
}


/** The rightmost speech verb of the window with its subject. */
export function verbAttribution(body: string, w: Window): Attribution | null {
  const { tokens, from, to } = w;
  let aside: Attribution | null = null;
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
    // "Lynch, who told Congress when asked about it:": a verb right after "when" or "if" has no subject of its own.
    if (found && SUBORDINATORS.has(lexKey(tokens[j - 1] ?? t))) continue;
    if (found && isPassive(tokens, j)) return passiveAgent(body, w, j, found.verb);
    if (found) {
      // "he laughed and said", "Eugenie looked delighted and said": the subject of the first of two verbs.
      const and = skipBetween(tokens, j - 1, from);
      let first = and - 1;
      while (first > from && isPastTense(tokens[first])) first--;
      const before = lexKey(tokens[and] ?? t) === 'and' && isPastTense(tokens[and - 1]) ? skipBetween(tokens, first, from) : and;
      // "from Mike Lee, who declared …, “…”" or "a tweet from Rikkie Wells who tweeted": the relative pronoun stands
      // for the phrase before it.
      const comma = tokens[before - 1]?.text === ',';
      const relative = WHO.has(lexKey(tokens[before] ?? t)) && (comma || !!tokens[before - 1]?.capitalized);
      // ("David Coleman, professor of demography at Oxford University, who said": the name before a described
      // appositive.)
      const described = relative && comma ? appositiveEndingAt(body, w, before - 1, from, true) : null;
      const nearest = (described?.speaker.kind === 'name' ? described : null)
        ?? phraseEndingAt(body, w, relative ? before - (comma ? 2 : 1) : before, from);
      // ("A letter from the American Legion obtained by The Associated Press warns": not who obtained the words.)
      const head = nearest && receivedBy(tokens, nearest.first) ? phraseEndingAt(body, w, nearest.first - 3, from) : nearest;
      const listener = head ? beforeListener(tokens, head.first) : -1;
      const phrase = listener >= from ? phraseEndingAt(body, w, listener, from) : head;
      const subject = relativeHead(body, w, phrase, relative);
      // "White America embracing Obama announced “…”": a name after a gerund is its object, and the phrase is no one.
      if (phrase && (!subject || afterGerund(tokens, phrase))) return { speaker: null, verb: found.verb };
      const unclosed = subject && !relative ? unclosedAppositive(body, w, subject, before) : null;
      if (unclosed) return { speaker: unclosed.speaker, verb: found.verb, subjectAt: unclosed.first };
      const said = subject ? { speaker: subject.speaker, verb: found.verb, subjectAt: subject.first } : null;
      // "Rubio said Sunday as the crowd roared.": the verb of a clause of time is no attribution when the sentence
      // has its own, earlier; unless the quote goes on from it ("…, after Clinton argued that “…”").
      const aClause = said && SUBORDINATORS.has(lexKey(tokens[said.subjectAt - 1] ?? t));
      const ended = endsSentenceAt(tokens, to - 1) || endsSentenceAt(tokens, to);
      if (aClause && ended && !aside) { aside = said; continue; }
      // "President Obama said it would tell an American story, one of “…”": what "it" tells, the one who says so says.
      const it = said?.speaker?.kind === 'pronoun' && lexKey(tokens[said.subjectAt ?? 0] ?? t) === 'it';
      const reporting = it ? reportingVerbBefore(body, tokens, from, said?.subjectAt ?? 0) : null;
      if (reporting?.speaker) return reporting;
      if (said) return said;
      // "…, said X: “…”" — inverted (only right after a comma: "X told Fox News:" names the listener); or
      // "X confirmed it and said, “…”" — the clause's subject.
      const opensClause = j === from || tokens[j - 1]?.text === ',';
      // "X's chief of staff, Joe Kasper, told POLITICO": a name between commas is the subject, not the listener.
      const appositive = opensClause && j > from ? phraseEndingAt(body, w, j - 2, from) : null;
      // ("Ms Rusoff-Hoen, said: “…”": a stray comma after a name that opens the sentence.)
      const setOff = appositive && (tokens[appositive.first - 1]?.text === ',' || appositive.first === from);
      const named = setOff && appositive.speaker.kind === 'name' ? appositive : nameBeforeUnmarkedPart(body, w, appositive);
      if (named) return { speaker: named.speaker, verb: found.verb, subjectAt: named.first };
      const after = opensClause && !LISTENER_VERBS.has(k) ? speakerAfterVerb(body, w, found.end)?.speaker : null;
      // (", wrote the accompanying message:": the words written are what the verb takes, not who writes.)
      const written = after?.kind === 'description' && WORDS_SENT.has(after.text.split(' ').at(-1)?.toLowerCase() ?? '');
      if (after && after.kind !== 'pronoun' && !written) return { speaker: after, verb: found.verb };
      const subjectOfClause = clauseSubject(body, { tokens, from, to: j });
      return subjectOfClause ? { speaker: subjectOfClause, verb: found.verb } : aside;
    }
    if (SPEECH_PARTICIPLES.has(k) && j > from) {
      // "The Times quoted Barack Obama as saying": who is quoted as saying speaks.
      const quoted = lexKey(tokens[j - 1] ?? t) === 'as' ? phraseEndingAt(body, w, j - 2, from) : null;
      if (quoted && quoted.speaker.kind !== 'pronoun' && tokens[quoted.first - 1]?.word) {
        return { speaker: quoted.speaker, verb: t.text };
      }
      // "with Trump reportedly yelling": a name right before the participle is its subject.
      const before = skipBetween(tokens, j - 1, from);
      const adjacent = tokens[before]?.word ? phraseEndingAt(body, w, before, from) : null;
      // … but not the object of a preposition: "Clinton responded on Facebook writing, “…”".
      const object = adjacent && OBJECT_OF.has(lexKey(tokens[adjacent.first - 1] ?? t));
      // A description only after "with": "The ad ends with a narrator saying: “…”".
      const withDescription = lexKey(tokens[(adjacent?.first ?? 0) - 1] ?? t) === 'with';
      if (adjacent && !object && (adjacent.speaker.kind !== 'description' || withDescription)) {
        return { speaker: adjacent.speaker, verb: t.text };
      }
      // "X said Clinton will …, saying": the participle shares the subject of the speech verb before it.
      // "Starr said Clinton's situation reminds him of …, explaining": not of the reported clause, but of the
      // sentence's own speech verb.
      const earlier = verbAttribution(body, { tokens, from, to: j });
      const reported = earlier?.subjectAt !== undefined ? reportingVerbBefore(body, tokens, from, earlier.subjectAt) : null;
      if (reported?.speaker) return { speaker: reported.speaker, verb: t.text };
      const actor = earlier ? actorOfReportedClause(body, { tokens, from, to: j }) : null;
      if (earlier) return { speaker: actor ?? earlier.speaker, verb: t.text };
      const subject = relativeSubject(body, { tokens, from, to: j }) ?? clauseSubject(body, { tokens, from, to: j });
      return subject ? { speaker: subject, verb: t.text } : aside;
    }
  }
  return aside;
}

/** The attribution whose speech verb reports the clause starting at tokens[at] ("said [that] …"), if any. */
function reportingVerbBefore(body: string, tokens: readonly Token[], from: number, at: number): Attribution | null {
  const verbAt = lexKey(tokens[at - 1] ?? (tokens[at] as Token)) === 'that' ? at - 2 : at - 1;
  if (verbAt <= from || !speechVerbAt(body, tokens, verbAt)) return null;
  return verbAttribution(body, { tokens, from, to: verbAt + 1 });
}

/** `in Forbes' words, "…"` or `in the words of X, "…"`: X speaks. */
function inTheWordsOf(body: string, w: Window): Attribution | null {
  const { tokens, from } = w;
  let end = w.to - 1;
  if (tokens[end]?.text === ',' || tokens[end]?.text === ':') end--;
  const last = tokens[end];
  if (!last || lexKey(last) !== 'words') return null;
  // "Forbes’" may come as the name and its apostrophe.
  const o = APOSTROPHES.includes(tokens[end - 1]?.text ?? 'x') ? end - 2 : end - 1;
  const owner = tokens[o];
  const possessive = owner && (o === end - 2 || possessiveLength(owner.text) === 2);
  let first = o;
  while (first > from && tokens[first - 1]?.capitalized) first--;
  if (!possessive || lexKey(tokens[first - 1] ?? last) !== 'in') return null;
  const named = phraseEndingAt(body, { tokens, from: first, to: o + 1 }, o, first);
  return named ? { speaker: named.speaker, verb: null } : null;
}
const APOSTROPHES = '’\'';

/** The index before a plural owner whose apostrophe is tokens[k] ("the New York Times' "), or before a partner whose
 * "and" it is ("- Frank Newport and "), or k when there is neither. */
function pastPluralOwner(tokens: readonly Token[], k: number): number {
  const mark = tokens[k];
  const owner = tokens[k - 1];
  const partner = mark?.key === 'and' && owner?.capitalized;
  const plural = !!mark && !!owner && APOSTROPHES.includes(mark.text) && owner.end === mark.start && /s$/.test(owner.text);
  if (!partner && !plural) return k;
  let j = k - 1;
  while (j > 0 && tokens[j - 1]?.capitalized) j--;
  return partner || tokens[j - 1]?.key !== 'the' ? j - 1 : j - 2;
}
