// The stretches of text around a quote where its attribution may sit, as windows of tokens: the rest of the
// sentence after the closing mark, and the sentence before the opening mark (with any earlier quote of that same
// sentence folded into one placeholder, so its words are never read as attribution).
import { endsSentence, endsSentenceAt } from '../entities/tokens.ts';
import { endsWithMark, STOPS } from './endings.ts';
import type { Token } from '../entities/tokens.ts';
import type { Window } from './phrases.ts';
import type { QuotePiece } from './scan.ts';
import { isFewWords } from './inner-quotes.ts';

/** Index of the first of `items`, in order of `start`, that starts at or after `offset` (a binary search). */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `offset`. */
export const tokenAt = (tokens: readonly Token[], offset: number): number => firstAtOrAfter(tokens, offset);

/**
 * Index of the lowercase noun that `isHead` accepts and that heads the phrase a determiner at tokens[d] opens, past at
 * most `modifiers` words ("the three-page internal memo", "The Catholic school"), before tokens[stop]; -1 when a mark
 * comes first or no such noun does. (A capitalized word is a name's, not the noun that describes: "the Labour Party".)
 */
export function headNounAfter(tokens: readonly Token[], d: number, isHead: (key: string) => boolean, modifiers: number,
  stop: number): number {
  for (let h = d + 1; h <= d + 1 + modifiers && h < stop; h++) {
    const t = tokens[h] as Token;
    if (!t.word) return -1;
    if (!t.capitalized && isHead(t.key)) return h;
  }
  return -1;
}

/** The first token of the sentence that holds tokens[k], or of the one `back` - 1 sentences before it. */
export function sentenceStart(tokens: readonly Token[], k: number, back = 1): number {
  let left = back;
  for (; k > 0; k--) if (endsSentenceAt(tokens, k - 1) && --left === 0) break;
  return Math.max(0, k);
}

/** Whether a piece's words end a sentence ("…nation." or "…right?"). */
export function endsWithStop(body: string, piece: QuotePiece): boolean {
  return endsWithMark(body, piece.start, piece.end, STOPS);
}

/** The tokens between a closing mark and the next opening mark (or the paragraph's end). */
export function afterWindow(tokens: readonly Token[], piece: QuotePiece, next: QuotePiece | undefined): Window {
  const from = tokenAt(tokens, piece.close + 1);
  const limit = next && next.open < piece.paragraphEnd ? next.open : piece.paragraphEnd;
  return { tokens, from, to: tokenAt(tokens, limit) };
}

/**
 * The piece after pieces[k - 1] that may end the words after it: the next one, past a few quoted words set inside
 * an attribution ("…,” Bill Eastland, wearing “Ted Cruz” pins, said).
 */
export function nextQuoteAfter(body: string, pieces: readonly QuotePiece[], k: number): QuotePiece | undefined {
  let i = k;
  while (pieces[i] && isFewWords(body, pieces[i] as QuotePiece)) i++;
  return pieces[i];
}

/** Whether a lowercase word follows a piece's closing mark: `"…?" a reporter asked` goes on with its sentence. */
export function runsIntoLowercase(tokens: readonly Token[], piece: QuotePiece): boolean {
  const next = tokens[tokenAt(tokens, piece.close + 1)];
  return !!next?.word && !next.capitalized && next.start < piece.paragraphEnd;
}

/** Whether a sentence ends inside the window (rather than the window running into the next quote). */
export function closesSentence(w: Window): boolean {
  for (let i = w.from; i < w.to; i++) if (endsSentence(w.tokens[i] as Token)) return true;
  return false;
}

function placeholder(open: number, close: number): Token {
  return { text: '"…"', start: open, end: close + 1, word: false, capitalized: false, key: '"…"' };
}

/**
 * The sentence before pieces[index]'s opening mark. A quote that opens its paragraph after a paragraph ending in a
 * colon ("Breitbart News responded:") takes that paragraph's last sentence instead.
 */
export function beforeWindow(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], index: number)
  : Window {
  const piece = pieces[index] as QuotePiece;
  let k = tokenAt(tokens, piece.open) - 1;
  let floor = piece.paragraphStart;
  const colonBefore = tokens[k];
  if (k >= 0 && colonBefore && colonBefore.start < floor && colonBefore.text === ':') {
    floor = body.lastIndexOf('\n', colonBefore.start) + 1;
  }
  const out: Token[] = [];
  let p = index - 1;
  while (p >= 0 && (pieces[p]?.open ?? 0) > (tokens[k]?.start ?? 0)) p--;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.start < floor) break;
    const prev = pieces[p];
    if (prev && t.start <= prev.close && t.start >= prev.open) {
      if (endsWithStop(body, prev) || prev.continues) break;
      // `author of ''America's Unwritten Constitution,'' put it,`: a comma inside the marks is the sentence's too.
      if (body.charAt(prev.end - 1) === ',') out.push({ text: ',', start: prev.close, end: prev.close + 1, word: false, capitalized: false, key: ',' });
      out.push(placeholder(prev.open, prev.close));
      k = tokenAt(tokens, prev.open) - 1;
      p--;
      continue;
    }
    if (endsSentenceAt(tokens, k)) break;
    out.push(t);
    k--;
  }
  out.reverse();
  return { tokens: out, from: 0, to: out.length };
}

/**
 * The sentence before a quote that opens its own sentence, in the same or the previous paragraph, when it has no
 * quotation of its own (empty otherwise): where news writing names who goes on to speak.
 */
export function previousSentence(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], index: number)
  : Window {
  const piece = pieces[index] as QuotePiece;
  let end = tokenAt(tokens, piece.open) - 1;
  // ("Richards also spoke about the case. (The laws require ….) “…”": past a sentence in brackets, an aside.)
  if (tokens[end]?.text === ')' && endsSentence(tokens[end - 1] ?? (tokens[end] as Token))) {
    let open = end - 1;
    while (open > 0 && tokens[open]?.text !== '(' && tokens[open]?.text !== ')') open--;
    if (tokens[open]?.text === '(' && endsSentence(tokens[open - 1] ?? (tokens[end] as Token))) end = open - 1;
  }
  const stop = tokens[end];
  const none = { tokens, from: 0, to: 0 };
  if (!stop || !endsSentence(stop)) return none;
  const previous = pieces[index - 1];
  const floor = Math.max(body.lastIndexOf('\n', stop.start) + 1, previous ? previous.close + 1 : 0);
  let from = end;
  while (from > 0) {
    const t = tokens[from - 1] as Token;
    // endsSentenceAt: a party tag's period ("Sen. Ted Cruz (R-Tex.), a Republican …") ends no sentence.
    if (t.start < floor || endsSentenceAt(tokens, from - 1)) break;
    from--;
  }
  return from < end ? { tokens, from, to: end } : none;
}

/** The paragraph after the one a piece ends, as a window (empty when there is none): it may hold a byline. */
export function nextParagraph(body: string, tokens: readonly Token[], piece: QuotePiece): Window {
  const from = tokenAt(tokens, piece.paragraphEnd);
  const start = tokens[from]?.start ?? body.length;
  const lineBreak = body.indexOf('\n', start);
  return { tokens, from, to: tokenAt(tokens, lineBreak < 0 ? body.length : lineBreak) };
}
