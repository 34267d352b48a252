// Spreading output over several messages when one cannot hold it: long content in ≤ 2,000-character pieces cut at
// natural boundaries, embeds packed in order into as few messages as the 10-embed and 6,000-character limits allow.
import { fitEmbed, embedTextLength } from './embed-fit.ts';
import { CONTENT_LIMIT, EMBEDS_PER_MESSAGE_LIMIT, EMBED_TOTAL_LIMIT } from './limits.ts';
import { noMentions } from './payload.ts';
import type { ActionRow, Embed, MessagePayload } from './payload.ts';
import { hardCut, lastSentenceEnd, lastWordBoundary, toWellFormed } from './text.ts';

/** A boundary is used only if it keeps at least this share of a message; otherwise a finer one is tried. */
const MIN_PIECE_SHARE = 0.5;

/**
 * Splits text into pieces of at most `max` units, preferring paragraph breaks, then line breaks, then sentence ends,
 * then spaces; only a word longer than `max` is cut inside. Whitespace at the cuts is dropped; no piece is empty.
 */
export function splitContent(text: string, max: number = CONTENT_LIMIT): string[] {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`splitContent: max must be an integer ≥ 2, got ${max}`);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (rest.length <= max) {
      pieces.push(rest);
      break;
    }
    const cut = bestCut(rest.slice(0, max + 1), max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return pieces;
}

/** Where to end the next piece: an index in (0, max]. `window` is the next max + 1 units of the text. */
function bestCut(window: string, max: number): number {
  const enough = Math.floor(max * MIN_PIECE_SHARE);
  const paragraph = window.lastIndexOf('\n\n', max);
  if (paragraph >= enough) return paragraph;
  const line = window.lastIndexOf('\n', max);
  if (line >= enough) return line;
  const sentence = lastSentenceEnd(window, max);
  if (sentence >= enough) return sentence;
  const word = lastWordBoundary(window, max);
  if (word > 0) return word;
  return Math.max(1, hardCut(window, max).length);
}

/** Groups embeds, in order, into as few messages as possible (each embed is first made legal on its own). */
export function packEmbeds(embeds: readonly Embed[]): Embed[][] {
  const groups: Embed[][] = [];
  let current: Embed[] = [];
  let currentLength = 0;
  for (const embed of embeds.map(fitEmbed)) {
    const length = embedTextLength(embed);
    if (current.length === EMBEDS_PER_MESSAGE_LIMIT || currentLength + length > EMBED_TOTAL_LIMIT) {
      groups.push(current);
      current = [];
      currentLength = 0;
    }
    current.push(embed);
    currentLength += length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export interface MessageParts {
  content?: string;
  embeds?: readonly Embed[];
  /** Attached to the last message, where the reader ends up. */
  components?: ActionRow[];
}

/**
 * Turns content and embeds of any size into legal messages: content pieces first, the first embed group riding
 * with the last content piece (content and embeds have separate limits), components on the last message.
 */
export function splitIntoMessages(parts: MessageParts): MessagePayload[] {
  const messages: MessagePayload[] = splitContent(toWellFormed(parts.content ?? '')).map((content) => ({
    content,
    allowed_mentions: noMentions(),
  }));
  for (const group of packEmbeds(parts.embeds ?? [])) {
    const last = messages.at(-1);
    if (last !== undefined && last.embeds === undefined) last.embeds = group;
    else messages.push({ embeds: group, allowed_mentions: noMentions() });
  }
  const last = messages.at(-1);
  if (last !== undefined && parts.components !== undefined && parts.components.length > 0) {
    last.components = parts.components;
  }
  return messages;
}
