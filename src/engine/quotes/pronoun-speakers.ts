// Who a "he", "she" or "they" that speaks is, where the story says more than the nearest person of that gender: the
// speaker of the quote it answers on from ("'…100 per cent.' '…,' he added"), the role that spoke in the sentence
// before ("The judge said … . '…,' he said"), or the spokesperson a "they" stands for.
import type { Token } from '../entities/tokens.ts';
import { roleThatSpokeBefore, spokespersonBefore } from './described-subject.ts';
import type { Previous } from './inherited-speaker.ts';
import type { SpeakerMention } from './phrases.ts';
import type { QuotePiece } from './scan.ts';
import { quotesWithSingleMarks } from './single-marks.ts';

/** What a pronoun's speaker is read from: the body, its tokens, the quote's first piece and the last quote kept. */
export interface PronounContext {
  readonly body: string;
  readonly tokens: readonly Token[];
  readonly first: QuotePiece;
  readonly kept: Previous | null;
  readonly resolve: (mention: SpeakerMention) => string | null;
}

/** A single mark that opens a paragraph, a space on each side ("… game is?'. ' He said"; not a closing one, "… day.' He added"). */
const QUOTED_OPENING = /(?:^|\s)['‘] $/;

/** Only marks and spaces between two quotes: nothing of the story comes between them. */
const NOTHING_BETWEEN = /^[\s'"‘’“”]*$/;

/**
 * The speaker of a quote attributed to `pronoun`, given `speaker`, the person the resolver found for it: a "he" or
 * "she" after the quote that follows right on another quote goes on with that quote's speaker; one after a sentence
 * whose subject is a role that spoke is that role; a "they" after a spokesperson is the spokesperson.
 */
export function pronounSpeaker(ctx: PronounContext, pronoun: SpeakerMention, speaker: string | null): string | null {
  const { body, tokens, first, kept } = ctx;
  const word = pronoun.text.toLowerCase();
  // "… how important this game is?'. ' He said, '…'": a pronoun right after a mark that opens a paragraph of a quote
  // going on is inside that quote, someone its speaker tells of; the reading cannot name them.
  if (QUOTED_OPENING.test(body.slice(Math.max(0, pronoun.start - 3), pronoun.start)) && quotesWithSingleMarks(body)) return null;
  if (word === 'they') {
    const spokesperson = spokespersonBefore(body, tokens, first.open);
    return spokesperson ? ctx.resolve(spokesperson) : speaker;
  }
  if (word !== 'he' && word !== 'she') return speaker;
  const after = pronoun.start > first.open;
  if (after && kept?.speaker && kept.last.paragraphStart === first.paragraphStart
    && NOTHING_BETWEEN.test(body.slice(kept.last.close + 1, first.open))) {
    return kept.speaker;
  }
  return roleThatSpokeBefore(body, tokens, Math.min(first.open, pronoun.start), speaker, ctx.resolve, word === 'he' ? 'male' : 'female')
    ?? speaker;
}
