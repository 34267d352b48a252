// Direct quotations of an article with their speakers: scan the quotation marks, glue the pieces of a quote broken
// by its attribution or running over paragraphs, read the attribution around it, resolve the speaker.
import type { Quote, Span } from '../types.ts';
import { analyzeNames } from '../entities/names.ts';
import { runInSurnames } from '../entities/run-ins.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { attributionBefore, verbAttribution } from './attribution.ts';
import { captionSpeaker } from './caption.ts';
import { organizationBefore } from './organization-subject.ts';
import { describedBody } from './described-body.ts';
import { namedDescription, namedKin } from './named-kin.ts';
import { ownedSpokesperson } from './spokesperson.ts';
import { pronounSpeaker } from './pronoun-speakers.ts';
import { clauseSubject } from './clause-subject.ts';
import type { Attribution, SpeakerMention, Window } from './attribution.ts';
import { attributionAfter, attributionClosing, opensWithDash } from './attribution-after.ts';
import { endsWithMark, PUNCTUATION } from './endings.ts';
import { isNamedWork, isSpeech, OPENS_SENTENCE } from './speech-shape.ts';
import type { Signature } from './speech-shape.ts';
import { scanQuotes } from './scan.ts';
import { senderBeforeColon, senderOfWordsRead, sentWordsBefore } from './sent-words-subject.ts';
import type { QuotePiece } from './scan.ts';
import { markNameParts } from './name-parts.ts';
import { SpeakerResolver } from './speakers.ts';
import { transcriptLabel } from './transcript.ts';
import { afterOptions, groupPieces } from './quote-groups.ts';
import type { Group } from './quote-groups.ts';
import { crowdWordsAt, inheritedSpeaker } from './inherited-speaker.ts';
import { namesItsSpeaker } from './self-named.ts';
import type { Previous } from './inherited-speaker.ts';
import { senderOfWords } from './words-sender.ts';
import { opensSentenceAt } from './word-case.ts';
import { answerer } from './voice.ts';
import { ROLE_HEADS } from './lexicon.ts';
import { senderOf } from './speaker-names.ts';
import { oneLine } from '../entities/text-checks.ts';
import { isInitials, namesByInitials, spelledOut } from '../entities/initials.ts';
import { shownRole } from './roles.ts';
import { dashedAside } from './dashed-aside.ts';
import { afterWindow, beforeWindow, closesSentence, endsWithStop, nextParagraph, nextQuoteAfter, previousSentence, runsIntoLowercase }
  from './windows.ts';

/** A transcript's line is attributed by its label, with no verb. */
const LABELLED: Attribution = { speaker: null, verb: null };

const colonBefore = (w: Window): boolean => w.to > w.from && w.tokens[w.to - 1]?.text === ':';

/**
 * The attribution of the sentence before a quote that opens its own sentence, by its reporter rather than anyone it
 * reports: "CNN reported that night Ex-CIA chief Petraeus testifies … attack was terrorism. ⏎ “The hearing was closed
 * …”" is CNN's report.
 */
function reporterOf(body: string, previous: Window): Attribution | null {
  const said = verbAttribution(body, previous);
  const at = said?.subjectAt;
  // (Not across a colon: "The statement went on to point out two incidents: Phyllis Lee … says that …" is Lee.)
  const clause = at !== undefined && at > previous.from
    && !previous.tokens.slice(previous.from, at).some((t) => t.text === ':' || t.text === ';');
  const outer = clause ? verbAttribution(body, { ...previous, to: at }) : null;
  return outer?.speaker && outer.speaker.kind !== 'pronoun' ? outer : said;
}

function attribute(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], group: Group)
  : Attribution | null {
  if (group.attribution) return group.attribution;
  const open = (group.pieces[0] as QuotePiece).open;
  // ("Mr. Christie roused the crowd to spontaneous chants of “Lock her up!”": a crowd's words are no one's.)
  if (crowdWordsAt(body, open, true)) return { speaker: null, verb: null };
  const last = group.pieces[group.pieces.length - 1] as QuotePiece;
  const before = beforeWindow(body, tokens, pieces, group.first);
  const aside = dashedAside(body, before, last.close);
  if (aside) return aside;
  // `Clinton responded: "…?" Her critics cited it …`: a quote that a colon introduces and that ends its sentence
  // belongs to the words before it; the sentence after it is about it.
  const introduced = colonBefore(before) && endsWithStop(body, last) && !runsIntoLowercase(tokens, last);
  const sender = introduced ? senderBeforeColon(body, before) : null;
  const introduction = sender ? { speaker: sender, verb: null } : introduced ? attributionBefore(body, before) : null;
  if (introduction) return introduction;
  // `X wrote the accompanying message: '… homelessness' One resident … told the group how …`: a quote a colon
  // introduces and no comma ends is the introducer's, when the introduction names someone with a verb, whatever the
  // next sentence says.
  const unpunctuated = colonBefore(before) && !endsWithMark(body, last.start, last.end, PUNCTUATION)
    && !runsIntoLowercase(tokens, last) ? attributionBefore(body, before) : null;
  if (unpunctuated?.speaker?.kind === 'name' && unpunctuated.verb) return unpunctuated;
  // The words after the quote, to the next quote (none after a piece that goes on into the next paragraph).
  const w = last.continues ? null : afterWindow(tokens, last, nextQuoteAfter(body, pieces, group.first + group.pieces.length));
  if (w) {
    // After a quote that ends its sentence, only a sentence that ends soon is its attribution ("…right?" Trump
    // went on.), or one that sets off what follows with a comma ("…right?" Clinton remarked, alluding to "…").
    // One that runs into another quote with a comma or colon introduces that one instead.
    const runsOn = endsWithStop(body, last) && !closesSentence(w) && !opensWithDash(w);
    const introducesNext = runsOn && w.to > w.from && INTRODUCING.test(tokens[w.to - 1]?.text ?? '');
    const after = introducesNext ? null
      : attributionAfter(body, w, runsOn ? { ...afterOptions(body, last), mustEnd: true } : afterOptions(body, last));
    // `One message … said: “…,” according to a letter from …` or `Clinton … pledged to “…” the Sentinel reported`:
    // who said it, rather than whose report it is in.
    // (Or a quote a speech verb's "that" introduces: "even as Trump claimed that “…,” a prosecutor said the cases …".)
    const that = THAT_BEFORE.test(body.slice(Math.max(0, open - 6), open));
    // (Or a quote a speech verb and a comma introduce, when the attribution after it introduces the next quote: "When
    // someone in the audience shouted, “…,” Beck joked, “…”".)
    const handedOn = w.to > w.from && INTRODUCING.test(tokens[w.to - 1]?.text ?? '')
      && before.tokens[before.to - 1]?.text === ',';
    const report = after && (after.verb === null ? colonBefore(before) : REPORTED.test(after.verb) || that || handedOn);
    const introducer = report ? attributionBefore(body, before) : null;
    if (after) return introducer?.speaker && introducer.verb ? introducer : { ...after, signed: true };
    // A quote that its sentence runs on from: the attribution may close the sentence.
    const closing = endsWithMark(body, last.start, last.end, PUNCTUATION) ? null : attributionClosing(body, w);
    if (closing) return closing;
    // A quote that ends its paragraph may be signed in the next one: `"…"⏎⏎- Sanders.`
    const next = w.to === w.from ? nextParagraph(body, tokens, last) : null;
    const byline = next && opensWithDash(next) ? attributionAfter(body, next) : null;
    if (byline) return byline;
  }
  // (An introduction that named nobody was read above.) Failing the words before, a caption glued to the quote or the
  // words closing the sentence after a comma.
  if (before.to > before.from) {
    return introduced ? null
      : attributionBefore(body, before) ?? captionBefore(body, before, group) ?? closingAfterComma(body, w, last);
  }
  const closing = closingAfterComma(body, w, last);
  if (closing) return closing;
  // A quote that opens its sentence: "Rubio responded first, ripping into Obama.⏎⏎“I have been warning …”".
  // A quote after "Hannity asked Trump how high the wall would be." is the answer: Trump's.
  const previous = previousSentence(body, tokens, pieces, group.first);
  const said = answerer(body, previous) ?? reporterOf(body, previous);
  if (said) return said;
  // "Sherman wants to use the platform as a fact check. “I think …”": a quote that goes on a paragraph about a
  // person is theirs (not one that opens its own paragraph, which may be anybody's).
  const first = pieces[group.first] as QuotePiece;
  const subject = first.open > first.paragraphStart ? lastClauseSubject(body, previous) : null;
  return subject ? { speaker: subject, verb: null } : null;
}

/** "“…,” since so many cases were decided by 5-to-4 votes, said Lee Epstein": the words closing the sentence. */
function closingAfterComma(body: string, w: Window | null, last: QuotePiece): Attribution | null {
  return w && endsWithMark(body, last.start, last.end, ',') ? attributionClosing(body, w) : null;
}

/** "… Sir Chris Hoy"I don't think …": a caption line glued to the quote names its speaker. */
function captionBefore(body: string, before: Window, group: Group): Attribution | null {
  const speaker = captionSpeaker(body, before, (group.pieces[0] as QuotePiece).open);
  return speaker ? { speaker, verb: null } : null;
}

/** The named subject of the last clause of `w` that has one ("Playbook won't go that far, but Sherman wants …"). */
function lastClauseSubject(body: string, w: Window): SpeakerMention | null {
  for (let k = w.to - 1; k >= w.from - 1; k--) {
    if (k >= w.from && w.tokens[k]?.text !== ',' && w.tokens[k]?.text !== ';') continue;
    const opener = w.tokens[k + 1];
    const from = opener && CONJUNCTIONS.has(lexKey(opener)) ? k + 2 : k + 1;
    const subject = clauseSubject(body, { ...w, from });
    // ("The General did not blink. “In my view, yes.”": or the one a title names; or words someone sent, "Donald
    // Trump's first tweet Sunday was a measured comment. “Really bad shooting in Orlando. …”".)
    const sent = subject?.kind === 'description' && senderOf(subject.text) !== null;
    if (subject) return subject.kind === 'name' || namesATitle(subject) || sent ? subject : null;
  }
  return null;
}
const CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'while', 'though', 'although']);
/** "The General", "the senator": "the" and a role's noun, with at most one word between. */
const namesATitle = (s: SpeakerMention): boolean => s.kind === 'description' && TITLE.test(s.text)
  && ROLE_HEADS.has(s.text.split(' ').at(-1)?.toLowerCase() ?? '');
const TITLE = /^the(?: \S+)? \S+$/i;

// Regexes are module constants rather than literals in the functions: a literal with \p{…} is compiled to
// `new RegExp(…)` by the TypeScript loader, a new object every time the line runs.
const INTRODUCING = /^[,:]$/;
const REPORTED = /^report(?:ed|s)$/;
const THAT_BEFORE = /\bthat\s*$/;

/**
 * The words of a broken quote as one text. The comma before an attribution stands for the full stop of a
 * sentence that the next piece does not go on with: `"It is going well," Ross said. "Police are out."` reads
 * "It is going well. Police are out.", while `"We tried," he said, "and failed."` keeps its comma.
 */
function joinPieces(texts: readonly string[]): string {
  let joined = texts[0] ?? '';
  for (let i = 1; i < texts.length; i++) {
    const next = texts[i] as string;
    if (joined.endsWith(',') && OPENS_SENTENCE.test(next)) joined = `${joined.slice(0, -1)}.`;
    joined += ` ${next}`;
  }
  return joined;
}

const IT = /^it$/i;
const READS = /^reads?$/i;

/**
 * Whether `mention`, the attribution of the quote from `first` to `last`, stands in the sentence of a piece's
 * attribution or the one after it, not farther; the sentences of the quote itself count for nothing
 * (`“…,” the article read. ⏎ “…,” it added`).
 */
function nextSentence(body: string, piece: QuotePiece, first: QuotePiece, last: QuotePiece, mention: SpeakerMention): boolean {
  const between = mention.start > last.close
    ? body.slice(piece.close + 1, first.open) + body.slice(last.close + 1, mention.start)
    : body.slice(piece.close + 1, mention.start);
  return (between.match(SENTENCE_ENDS) ?? []).length <= 1;
}
const SENTENCE_ENDS = /[.!?]["”’)]*\s/g;


/** How the attribution's speech verb signs the quote starting with `first` (see Signature). */
function signature(body: string, attribution: Attribution | null, first: QuotePiece): Signature {
  const verb = attribution?.verb;
  if (!verb) return null;
  if (attribution.signed) return opensSentenceAt(body, first.start) ? 'after' : null;
  const lead = body.slice(Math.max(0, first.open - verb.length - MAX_GAP), first.open).trimEnd();
  return INTRODUCED.test(lead) && lead.slice(0, -1).trimEnd().endsWith(verb) ? 'before' : null;
}
const MAX_GAP = 3;
const INTRODUCED = /[,:]$/;

/** Every direct quotation of `body`, in order of appearance, with its speaker and speech verb. */
export function extractQuotes(body: string): Quote[] {
  const scanned = scanQuotes(body);
  if (scanned.length === 0) return [];
  const labelled = scanned.map((p) => transcriptLabel(body, p));
  const pieces = scanned.map((p, i) => labelled[i]?.piece ?? p);
  const labels = labelled.map((l) => l?.label ?? null);
  const { tokens, names } = analyzeNames(body);
  markNameParts(tokens, names);
  // ("against Valencia Enrique said:": a caption's place run into the surname of someone named in full is that person.)
  const ranIn = new Map([...runInSurnames(names, tokens)].map(([m, full]) => [m.text, full]));
  const resolver = new SpeakerResolver(body, tokens, names, pieces.map((p) => [p.start, p.end] as const));
  const out: Array<Omit<Quote, 'role'>> = [];
  let kept = null as Previous | null;
  let dropped = null as Previous | null;
  for (const group of groupPieces(body, tokens, pieces, labels)) {
    const first = group.pieces[0] as QuotePiece;
    const last = group.pieces[group.pieces.length - 1] as QuotePiece;
    const attribution = group.label ? LABELLED : attribute(body, tokens, pieces, group);
    let speaker = group.label ? resolver.resolveLabel(group.label, first.start)
      : attribution?.speaker ? resolver.resolve(attribution.speaker, body.slice(first.start, first.end)) : null;
    // "… the company wrote in its statement. ⏎ It added, “…”": "it" goes on with the speaker before, if no person (or
    // the person who sent the words "it" stands for: "The email … was sent by Jeremy Bash. ⏎ “…,” it reads. ⏎ “…,” it said").
    const it = attribution?.speaker?.kind === 'pronoun' && IT.test(attribution.speaker.text);
    let sentWords = false;
    if (it && kept?.speaker && (!resolver.isPerson(kept.speaker) || kept.sentWords)
      && nextSentence(body, kept.last, first, last, attribution.speaker)) {
      speaker = kept.speaker;
      sentWords = kept.sentWords === true;
    }
    // ("The judge said … . “…,” he said": the role that spoke in the sentence before, and more: see pronounSpeaker.)
    if (attribution?.speaker?.kind === 'pronoun') {
      speaker = pronounSpeaker({ body, tokens, first, kept, resolve: (m) => resolver.resolve(m) }, attribution.speaker, speaker);
    }
    const sent = it && !speaker ? sentWordsBefore(body, tokens, Math.min(first.open, attribution.speaker.start)) : null;
    if (sent) speaker = resolver.resolve(sent);
    if (it && !speaker) speaker = organizationBefore(tokens, names, Math.min(first.open, attribution.speaker.start), pieces);
    const writer = it && !speaker && READS.test(attribution.verb ?? '') ? senderOfWordsRead(body, tokens, first.open) : null;
    if (writer) speaker = resolver.resolve(writer);
    // "… the statement said": the words' sender, where the story names one.
    const words = sent ?? attribution?.speaker ?? null;
    const sender = words?.kind === 'description' ? senderOfWords(body, tokens, words, Math.min(first.open, words.start)) : null;
    if (sender) speaker = resolver.resolve(sender) ?? speaker;
    // "… the company said": the organization the story last made a subject, if it can be called so.
    const described = attribution?.speaker && speaker === attribution.speaker.text
      ? describedBody(tokens, names, attribution.speaker, pieces) : null;
    if (described) speaker = described;
    // ("… before her daughter signs off: '…'", after "Her daughter Tamara Rusoff-Hoen": the relative the article named.)
    const kin = speaker && attribution?.speaker?.kind === 'description' && speaker === attribution.speaker.text
      ? namedKin(body, names, speaker, first.open) ?? namedDescription(body, names, speaker, first.open) : null;
    if (kin) speaker = kin;
    // ("… the spokesperson said", after "A spokesperson for Merivale": whose spokesperson the story said.)
    const owned = !kin && speaker && speaker === attribution?.speaker?.text ? ownedSpokesperson(body, speaker, first.open) : null;
    if (owned) speaker = owned;
    speaker = (speaker && ranIn.get(speaker)) ?? speaker;
    const inherited = attribution ? null : inheritedSpeaker(body, kept, dropped, first);
    if (inherited) speaker = inherited.speaker;
    const joined = joinPieces(group.pieces.map((p) => body.slice(p.start, p.end)));
    if (speaker && namesItsSpeaker(joined, speaker)) speaker = null;
    const signed = signature(body, attribution, first);
    if (isNamedWork(body, first) || !isSpeech(joined, group.pieces.length, attribution !== null || inherited !== null, signed)) {
      dropped = attribution && speaker ? { last, speaker } : null;
      continue;
    }
    kept = { last, speaker, sentWords: sentWords || (sender ?? writer) !== null };
    dropped = null;
    const spans: Span[] = group.pieces.map((p) => [p.start, p.end] as const);
    out.push({ text: joined.endsWith(',') ? joined.slice(0, -1) : joined, speaker, verb: attribution?.verb ?? null, spans });
  }
  // A role named at any attribution of a person goes with every quote of theirs. (Written as a line of text: the
  // source's runs of spaces, "a Fed governor  since 2014", are one.)
  // ("the latest WHO report said", after "The latest World Health Organization Report": a body's initials, spelled out;
  // the article's bodies are read by their initials only if some speaker is written so.)
  const byInitials = out.some((q) => q.speaker !== null && isInitials(q.speaker))
    ? namesByInitials(names.filter((m) => m.kind === 'organization'), (m) => m.text) : new Map<string, null>();
  return out.map((q) => {
    const role = q.speaker === null ? null : resolver.roleOf(q.speaker);
    const speaker = q.speaker && (spelledOut(byInitials, q.speaker)?.text ?? q.speaker);
    return { ...q, speaker: speaker && oneLine(speaker), role: role && shownRole(role) };
  });
}
