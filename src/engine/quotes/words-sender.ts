// "Obama released a statement Thursday night. … ⏎ “…,” the statement said": words someone sent speak for whoever
// sent them, named where the words were first mentioned: the one who sent, issued or put them out ("The Cruz campaign
// sent a fundraising email"), the name after "from" or "by" ("a handwritten note from Donald J. Trump", "The email …
// was sent … by Jeremy Bash", in the words' own sentence too), the subject
// after "In a statement," or the one who emailed or tweeted them. Only within the last three sentences, and only a
// sentence that names those words: farther back, "the statement" may be anybody's, and it stays a description.
import { endsSentence, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { hasLineBreak, possessiveLength } from '../entities/text-checks.ts';
import { clauseSubject } from './clause-subject.ts';
import { phraseEndingAt, phraseStartingAt } from './phrases.ts';
import type { SpeakerMention, Window } from './phrases.ts';
import { senderOf } from './speaker-names.ts';
import { tokenAt } from './windows.ts';

/** Words sent that a quote's attribution may name ("the email read"), with the verb that sends them, if any. */
const SENT_NOUNS: ReadonlyMap<string, string | null> = new Map([
  ['email', 'emailed'], ['e-mail', 'e-mailed'], ['statement', null], ['letter', null], ['note', null],
  ['memo', null], ['tweet', 'tweeted'], ['release', 'announced'], ['message', null], ['report', null], ['briefing', null],
  // and what is filed in a court: "Nunberg filed a petition … . The petition accuses the Trump campaign of “…”".
  ['petition', null], ['suit', null], ['lawsuit', null], ['complaint', null],
]);
/** Verbs whose subject sends the words that follow them ("released a statement", "sent out an email"). */
const SENDING_VERBS: ReadonlySet<string> = new Set(['sent', 'issued', 'released', 'provided', 'put', 'posted', 'wrote',
  'published', 'signed', 'delivered', 'fired', 'sends', 'issues', 'releases', 'writes', 'posts', 'filed', 'files']);
const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up']);
const SENT_BY: ReadonlySet<string> = new Set(['from', 'by']);
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const MAX_SENTENCES_BACK = 3;
/** Words between the article and the noun: "a written statement", "a fundraising email". */
const MAX_MODIFIERS = 3;
const DESCRIPTION = /^the ([\p{L}-]+)$/iu;
/**
 * Who sent the words a description such as "the statement" names, or null when none of the three sentences before
 * offset `before` (where the quote opens, or the description if it comes first) says.
 */
export function senderOfWords(body: string, tokens: readonly Token[], mention: SpeakerMention, before: number)
  : SpeakerMention | null {
  // ("the IMF report", "A British Basketball statement", "OpenAI's website": words that name their sender.)
  const name = senderOf(mention.text);
  if (name) return { kind: 'name', text: name, start: mention.start + mention.text.indexOf(name) };
  const noun = DESCRIPTION.exec(mention.text)?.[1]?.toLowerCase() ?? '';
  if (!SENT_NOUNS.has(noun)) return null;
  // ("The email, released by Judicial Watch, was sent … by Jeremy Bash. ⏎ “…,” it reads": the words' own sentence.)
  const h = tokenAt(tokens, mention.start) + 1;
  let stop = h;
  while (stop < tokens.length && !endsSentence(tokens[stop] as Token)) stop++;
  const writer = writtenBy(body, { tokens, from: h - 1, to: stop }, h);
  if (writer) return writer;
  const at = tokenAt(tokens, before);
  let end = at;
  let sentences = 0;
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (prev && !endsSentence(prev) && !hasLineBreak(body, prev.end, token.start)) continue;
    const sender = senderIn(body, { tokens, from: i, to: end }, noun);
    if (sender) return sender;
    end = i;
    if (++sentences >= MAX_SENTENCES_BACK) return null;
  }
  return null;
}

/** The sender the sentence `w` names for the words `noun` (see senderOfWords). */
function senderIn(body: string, w: Window, noun: string): SpeakerMention | null {
  const { tokens } = w;
  const verbForm = SENT_NOUNS.get(noun);
  for (let h = w.from; h < w.to; h++) {
    const key = lexKey(tokens[h] as Token);
    // "Huma Abedin … emailed supporters on Monday evening".
    if (verbForm && key === verbForm) return subjectBefore(body, w, h);
    if (key !== noun) continue;
    // "a handwritten note from Donald J. Trump".
    // "A statement on OpenAI's website said".
    const site = siteOwnerAt(body, tokens, h + 1);
    if (site) return site;
    if (SENT_BY.has(lexKey(tokens[h + 1] ?? (tokens[h] as Token)))) {
      const phrase = phraseStartingAt(body, { ...w, from: h + 2 }, h + 2);
      if (phrase?.speaker.kind === 'name') return phrase.speaker;
    }
    // "The email, released by Judicial Watch, was sent at 7:19 p.m. by … Jeremy Bash".
    const writer = writtenBy(body, w, h);
    if (writer) return writer;
    let article = h - 1;
    while (article > w.from && h - article <= MAX_MODIFIERS && !INDEFINITE.has(lexKey(tokens[article] as Token))) article--;
    if (!INDEFINITE.has(lexKey(tokens[article] as Token))) continue;
    // "In a statement, the business mogul announced …" ("In a statement announcing the pick, the Association of …").
    const comma = article === w.from + 1 && lexKey(tokens[w.from] as Token) === 'in' ? commaAfter(tokens, h, w.to) : -1;
    if (comma > 0) return clauseSubject(body, { ...w, from: comma + 1 });
    // "Obama released a statement", "his campaign sent out a fundraising email".
    const verb = PARTICLES.has(lexKey(tokens[article - 1] ?? (tokens[h] as Token))) ? article - 2 : article - 1;
    // (Not "The couple were sent an email": who is sent the words is not who sent them.)
    const passive = PASSIVE.has(lexKey(tokens[verb - 1] ?? (tokens[verb] as Token)));
    if (verb > w.from && SENDING_VERBS.has(lexKey(tokens[verb] as Token)) && !passive) return subjectBefore(body, w, verb);
  }
  return null;
}

/** Verbs whose passive names who wrote or sent the words after "by" or "from": "was sent … by", "was sent from". */
const WRITTEN: ReadonlySet<string> = new Set(['sent', 'written', 'signed', 'penned', 'authored']);
/** How many tokens may stand between the verb and its "by" or "from": "was sent at 7:19 p.m. EST by". */
const MAX_BEFORE_BY = 8;

/** The name after "by" or "from" of a passive sending the words at tokens[h], in their sentence: "The email … was sent
 * … by X", "an email was sent from the club's executive director, Jeremy Boreing". */
function writtenBy(body: string, w: Window, h: number): SpeakerMention | null {
  const { tokens } = w;
  let verb = h + 1;
  while (verb < w.to && !(WRITTEN.has(tokens[verb]?.key ?? '') && PASSIVE.has(tokens[verb - 1]?.key ?? ''))) verb++;
  if (verb >= w.to) return null;
  for (let k = verb + 1; k < Math.min(w.to, verb + 2 + MAX_BEFORE_BY); k++) {
    if (!SENT_BY.has(tokens[k]?.key ?? '')) continue;
    const phrase = phraseStartingAt(body, { ...w, from: k + 1 }, k + 1);
    return phrase?.speaker.kind === 'name' ? phrase.speaker : null;
  }
  return null;
}

/** The subject of the verb at tokens[verb]: the phrase right before it ("The Times said Cook provided"), else the
 * subject of its clause ("Obama on Thursday released"). */
function subjectBefore(body: string, w: Window, verb: number): SpeakerMention | null {
  const phrase = phraseEndingAt(body, w, verb - 1, w.from);
  if (phrase && phrase.speaker.kind !== 'pronoun') return phrase.speaker;
  const subject = clauseSubject(body, { ...w, to: verb });
  if (!subject || subject.kind === 'pronoun') return null;
  // (A description may be an appositive to the names before it: "Patricia Smith and Charles Woods, the parents of two
  // Americans killed …, have filed a lawsuit".)
  const comma = subject.kind === 'description' ? tokenAt(w.tokens, subject.start) - 1 : -1;
  const named = w.tokens[comma]?.text === ',' ? phraseEndingAt(body, w, comma - 1, w.from) : null;
  return named?.speaker.kind === 'name' ? named.speaker : subject;
}

/** Where words were put up, after their owner's name: "on OpenAI's website". */
const SITES: ReadonlySet<string> = new Set(['website', 'site', 'blog', 'page']);
const MAX_OWNER_WORDS = 4;

/** The owner named in "on X's website" at tokens[on]. */
function siteOwnerAt(body: string, tokens: readonly Token[], on: number): SpeakerMention | null {
  if (tokens[on]?.key !== 'on' || !tokens[on + 1]?.capitalized) return null;
  for (let k = on + 1; k <= on + MAX_OWNER_WORDS && tokens[k]?.capitalized; k++) {
    const owner = tokens[k] as Token;
    const length = possessiveLength(owner.text);
    if (length === 0) continue;
    if (!SITES.has(tokens[k + 1]?.key ?? '')) return null;
    const start = (tokens[on + 1] as Token).start;
    return { kind: 'name', text: body.slice(start, owner.end - length), start };
  }
  return null;
}

/** How many words may tell more of the words sent before the comma after them: "In a statement announcing the pick,". */
const MAX_BEFORE_COMMA = 12;
/** The comma after the words sent at tokens[h], past a few words, within the sentence; or -1. */
function commaAfter(tokens: readonly Token[], h: number, to: number): number {
  for (let k = h + 1; k < Math.min(to, h + 2 + MAX_BEFORE_COMMA); k++) if (tokens[k]?.text === ',') return k;
  return -1;
}
