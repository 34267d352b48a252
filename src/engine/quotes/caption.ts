// A caption line that names who speaks, whose line break the page lost: BBC sport reports put a speaker's name on a
// line of its own above their words ("Six-time Olympic gold medallist Sir Chris Hoy" ⏎ "I don't think …"), and the
// text we get glues the two together ("… Sir Chris Hoy"I don't think …"). With no verb, the line is the attribution.
import { endsSentenceAt, lexKey } from '../entities/tokens.ts';
import { CREDIT_AGENCIES } from '../entities/photo-credits.ts';
import type { Token } from '../entities/tokens.ts';
import { AUXILIARIES, isPastTense, QUOTE_MARKS, SPEECH_VERBS } from './lexicon.ts';
import { phraseEndingAt } from './phrases.ts';
import type { SpeakerMention, Window } from './phrases.ts';

/** How many tokens a caption line may run. */
const MAX_CAPTION_TOKENS = 16;
/** What may follow the name on its line: where they said it ("Danny Murphy on Match of the Day"). */
const WHERE: ReadonlySet<string> = new Set(['on', 'to', 'at']);
const LETTER = /[\p{L}.]/u;

const isVerb = (t: Token): boolean => isPastTense(t) || (t.word && !t.capitalized && (AUXILIARIES.has(lexKey(t)) || SPEECH_VERBS.has(lexKey(t))));

/**
 * The person a verbless caption names, when the quote's opening mark at `open` is glued to its last word: the window
 * `w` is the words before the mark, back to a sentence's end or a quote.
 */
export function captionSpeaker(body: string, w: Window, open: number): SpeakerMention | null {
  const { tokens, from, to } = w;
  if (to <= from || to - from > MAX_CAPTION_TOKENS || !LETTER.test(body[open - 1] ?? ' ')) return null;
  const words = tokens.slice(from, to);
  if (words.some(isVerb) || words.some((t) => !t.word && t.text !== '-' && t.text !== '&')) return null;
  // The name ends the line, or comes before where they said it.
  let end = to - 1;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.capitalized && WHERE.has(lexKey(t)) && tokens.slice(k + 1, to).every((x) => x.capitalized || lexKey(x) === 'of' || lexKey(x) === 'the')) {
      end = k - 1;
      break;
    }
  }
  const named = phraseEndingAt(body, w, end, from);
  return named?.speaker.kind === 'name' ? named.speaker : null;
}

/** Words that say where someone stands in a photo: "(left)", "(second right)", "(centre)", "(pictured)". */
const IN_THE_PHOTO: ReadonlySet<string> = new Set(['left', 'right', 'centre', 'center', 'pictured', 'above', 'below',
  'front', 'back', 'second', 'third', 'far', 'inset', 'top', 'bottom', 'file']);
/** How far either way a caption's marker is looked for. */
const MAX_CAPTION_SCAN = 40;

/**
 * Whether the name at tokens[t] stands in a photo's caption that the page ran into the story ("Tottenham striker
 * Emmanuel Adebayor celebrates his goal by saluting Sherwood (right) and Ramsey (centre)"): a caption says who is in
 * a picture, and the "he said" after it is not about them. The sentence (to a stop or a quotation mark) holds a
 * bracketed place in the photo, or follows the photo's credit.
 */
export function inPhotoCaption(tokens: readonly Token[], t: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = t + step, n = 0; k >= 0 && k < tokens.length && n < MAX_CAPTION_SCAN; k += step, n++) {
      const x = tokens[k] as Token;
      // (Or it follows a photo's credit: "Carlos Barria / Reuters. ⏎ President Barack Obama and … place flowers".)
      if (endsSentenceAt(tokens, k) && step < 0 && creditEndsAt(tokens, k)) return true;
      if (endsSentenceAt(tokens, k) || QUOTE_MARKS.includes(x.text)) break;
      if (x.text === '(' && IN_THE_PHOTO.has(lexKey(tokens[k + 1] ?? x))) return true;
    }
  }
  return false;
}

/** The words of the agencies a photo's credit ends with (photo-credits.ts), as token keys. */
const AGENCY_KEYS: ReadonlyArray<readonly string[]> = CREDIT_AGENCIES.map((a) => a.toLowerCase().split(' '));

/** Whether the stop at tokens[k] ends a photo's credit: "Carlos Barria / Reuters.", "Scott Olson via Getty Images.". */
function creditEndsAt(tokens: readonly Token[], k: number): boolean {
  const words = AGENCY_KEYS.find((w) => w.every((key, i) => tokens[k - w.length + i]?.key === key));
  if (!words) return false;
  const before = tokens[k - words.length - 1];
  return before?.text === '/' || (words.length > 1 && before?.key === 'via');
}
