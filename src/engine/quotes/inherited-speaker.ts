// The speaker a quote with no attribution of its own goes on with: in news style, an unattributed quote right after
// another is the same person's (`“…,” Sanders said. ⏎ “…”`).
import { countWords } from '../entities/text-checks.ts';
import { SPEECH_PARTICIPLES } from './lexicon.ts';
import type { QuotePiece } from './scan.ts';
import { LETTER } from './speech-shape.ts';
import { REPORTING_VERBS } from './story-voice.ts';

/** Whether `b` goes on from `a` in news style: it opens the next paragraph, or follows in the same one. */
function continuesFrom(body: string, a: QuotePiece, b: QuotePiece, speaker?: string): boolean {
  // (In the same paragraph, not past many words that end no sentence: a page whose line breaks were lost runs a
  // caption of sixty words without a period between one speaker's quote and another's.)
  if (a.paragraphStart === b.paragraphStart) {
    const between = body.slice(a.close + 1, b.open);
    // A sentence of the story between, that the quote is a part of, is no going on: `… going home." The release came
    // after the board determined "that …"`, `…," he said. The attack began at 09:00. One staff member saw an attacker
    // "wearing …"`; unless it is a word or two ("Indeed, “…”") or about the speaker ("…." Specifically, he thought
    // that "…"`).
    const stops = [...between.matchAll(SENTENCES_END)].at(-1);
    const story = stops ? between.slice((stops.index ?? 0) + stops[0].length) : STOPPED.test(body.slice(a.start, a.end)) ? between : '';
    // (Only for words that run on from the story's: a quote that opens its own sentence after a caption, or one
    // after a clause the speaker set off with a comma ("Unless rivals quit the race, “it's …”"), goes on.)
    const runsOn = LOWERCASE_START.test(body.slice(b.start, b.end)) && WORD_END.test(story);
    if (runsOn && countWords(story) >= MIN_STORY_WORDS && !THIRD_PERSON.test(story)) return false;
    // (Nor past someone else brought on to speak, whose own quote lost its closing mark: `The Smiths told MailOnline
    // Travel: 'We have located 102 arrows … 'Our interest grew …`.)
    if (INTRODUCED_SPEAKER.test(between)) return false;
    return countWords(between) <= MAX_WORDS_BETWEEN || SENTENCE_END.test(between);
  }
  if (b.open !== b.paragraphStart) return false;
  // (Past paragraphs of a word or three that only set the scene: "She pauses.", "Pause."; or past one that is about
  // the speaker, named as its subject: `…,” Viguerie notes. ⏎ Viguerie is upbeat about … ⏎ “Not only …”`.)
  const story = body.slice(a.paragraphEnd, b.paragraphStart).split('\n').filter((line) => !BEAT.test(line));
  return story.length === 0 || (story.length === 1 && aboutTheSpeaker(story[0] ?? '', speaker));
}
/** Whether a paragraph opens with the speaker's surname doing something, and quotes no one: "Viguerie is upbeat …"
 * (not "Trump supporters cheered."). */
function aboutTheSpeaker(line: string, speaker: string | undefined): boolean {
  const surname = speaker ? surnameOf(speaker) : '';
  const text = line.trimStart();
  return !!surname && text.startsWith(surname) && SUBJECT_VERB.test(text.slice(surname.length)) && !/["“”]/.test(text);
}
/** A speaker's last word, as the story names them alone: "Viguerie" of "Richard Viguerie". */
const surnameOf = (speaker: string): string => speaker.slice(speaker.lastIndexOf(' ') + 1);
const SUBJECT_VERB = /^ (?:is|was|has|had|also|then|\p{Ll}+ed)\b/u;
/** A line between two quotes of one speaker: empty, or a beat of a few words with no quotation mark ("She pauses."). */
const BEAT = /^\s*(?:[^\s"“”‘’']+(?:\s+[^\s"“”‘’']+){0,2})?\s*$/u;

const MAX_WORDS_BETWEEN = 30;
/** A speech verb and a colon that open someone's words: "told MailOnline Travel: '". */
const INTRODUCED_SPEAKER = new RegExp(`\\b(?:${REPORTING_VERBS})\\b[^.!?:"“”]{0,40}:\\s*["“‘']`, 'u');
const SENTENCE_END = /[.!?]["”’)]*\s/;
const SENTENCES_END = new RegExp(SENTENCE_END.source, 'g');
const TRAILING_STOP = /[.!?]["”’)]*\s*$/;
const STOPPED = /[.!?]$/;
/** A sentence's end and nothing else between two quotes: `"wasted opportunity". "Although …`. */
const PUNCTUATION_ONLY = /^\s*[.!?]\s*$/;
const LOWERCASE_START = /^\p{Ll}/u;
const WORD_END = /[\p{L}\p{N}]\s*$/u;
const MIN_STORY_WORDS = 5;
const THIRD_PERSON = /\b(?:he|she|they|his|her|their)\b/i;

/** A quote already read, and who says it. */
export interface Previous {
  readonly last: QuotePiece;
  readonly speaker: string | null;
  /** The speaker is who sent the words the quote's attribution named ("the email", "it reads"). */
  readonly sentWords?: boolean;
}

/**
 * The speaker an unattributed quote right after another one goes on with (news style): the last quote kept's; or,
 * opening the next paragraph, that of a partial quote too short to keep that ended its own (`Trump shot back, saying
 * he's "made a lot of money."⏎⏎"Frankly, …"`).
 * `{ speaker: null }` for words a crowd shouted after a speaker's, which are speech but no one's; null when it goes on
 * with no one.
 */
export function inheritedSpeaker(body: string, kept: Previous | null, dropped: Previous | null, first: QuotePiece)
  : { speaker: string | null } | null {
  const speaker = goesOnWith(body, kept, dropped, first);
  // (Not words about the speaker's own work, by someone else: `… David Byler pointed out, “…” ⏎ "One of the
  // shortcomings of Byler's otherwise excellent piece …"`.)
  if (speaker && ownedBySpeaker(body.slice(first.start, first.end), speaker)) return null;
  // ("… as shouts of “Watch out, Tiger's back” rang out": a crowd's words, whoever spoke before; kept where the
  // speaker's would have been, as nobody's.)
  return speaker ? { speaker: crowdWordsAt(body, first.open) ? null : speaker } : null;
}

/** Whether a quote names the speaker's surname as an owner: "Byler's otherwise excellent piece". */
function ownedBySpeaker(quote: string, speaker: string): boolean {
  const surname = surnameOf(speaker);
  return surname.length > 1 && (quote.includes(`${surname}'s `) || quote.includes(`${surname}’s `));
}

/** Whether the quote opening at `open` is what a crowd, a sign or a banner says: "shouts of “Watch out, …”"; with
 * `sounds`, only what a crowd chants or shouts ("chants of “Lock her up!”"; a sign may be the one holding it's). */
export const crowdWordsAt = (body: string, open: number, sounds = false): boolean =>
  (sounds ? CROWD_SOUNDS : CROWD_WORDS).test(body.slice(Math.max(0, open - CROWD_REACH), open));
/** What a crowd sends up, and what it holds up: "chants of", "a sign reading". */
const SOUNDS = 'shouts|chants|cries|cheers|screams|yells|jeers|boos|chorus';
const CROWD_SOUNDS = new RegExp(`\\b(?:${SOUNDS})\\s+of\\s*$`, 'i');

function goesOnWith(body: string, kept: Previous | null, dropped: Previous | null, first: QuotePiece): string | null {
  // (Not when someone this reading cannot name speaks it: `"…," a voice over says as …`.)
  if (SOMEONE_SPEAKS.test(body.slice(first.close + 1, first.close + 1 + SOMEONE_REACH))) return null;
  // (Or the next sentence, where a page lost the paragraph's break: `… a "wasted opportunity". "Although we …"`.)
  const nextSentence = dropped && dropped.last.paragraphStart === first.paragraphStart
    && PUNCTUATION_ONLY.test(body.slice(dropped.last.close + 1, first.open));
  const nextParagraph = dropped && (nextSentence || dropped.last.paragraphEnd < first.paragraphStart)
    && continuesFrom(body, dropped.last, first);
  const endsParagraph = !!dropped && !LETTER.test(body.slice(dropped.last.close + 1, dropped.last.paragraphEnd));
  if (dropped?.speaker && nextParagraph && (nextSentence || endsParagraph)) {
    return dropped.speaker;
  }
  // "Maher stated that the report “wasn’t good.” Adding, “…”": a participle alone goes on with the quote before.
  const participle = dropped ? PARTICIPLE_ONLY.exec(body.slice(dropped.last.close + 1, first.open))?.[1] : undefined;
  if (dropped?.speaker && participle && SPEECH_PARTICIPLES.has(participle.toLowerCase())) return dropped.speaker;
  // (Not past someone else's partial quote between: `… "much more effective rehabilitation" - … "It's …"` is the one
  // who wanted it, if anyone's.)
  if (dropped?.speaker && kept && dropped.last.close > kept.last.close && dropped.speaker !== kept.speaker) {
    return goesOnInSentence(body, dropped.last, first) ? dropped.speaker : null;
  }
  return kept?.speaker && continuesFrom(body, kept.last, first, kept.speaker) ? kept.speaker : null;
}
const CROWD_WORDS = new RegExp(`\\b(?:${SOUNDS}|calls|sign|signs|banner|banners|placards?)\\s+(?:of|reading|saying)\\s*$`, 'i');
const CROWD_REACH = 30;
const SOMEONE_SPEAKS = /^[,.!?]? +(?:a|an|the|one|another) +(?:[\p{L}-]+ +){1,3}(?:says|said|adds|added|tells|told|explains|explained)\b/iu;
const SOMEONE_REACH = 60;
const PARTICIPLE_ONLY = /^\s*(\p{Lu}\p{Ll}+ing),\s*$/u;

/** Whether `b` follows `a` in one sentence of the same paragraph, the words between going on from it: `"much more
 * effective rehabilitation" - which had to start with … did not. "It's …"` (not `… feet." This prompted …`). */
function goesOnInSentence(body: string, a: QuotePiece, b: QuotePiece): boolean {
  const between = body.slice(a.close + 1, b.open);
  // (A sentence's end only at the very end: no new sentence with a subject of its own began between.)
  const onlyAtEnd = !SENTENCE_END.test(between.replace(TRAILING_STOP, ''));
  return a.paragraphStart === b.paragraphStart && !STOPPED.test(body.slice(a.start, a.end)) && onlyAtEnd
    && countWords(between) <= MAX_WORDS_BETWEEN;
}

