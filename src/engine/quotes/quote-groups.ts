// The pieces of one quote: a quote broken by its attribution (`"…," he said. "…"`), one running over paragraphs
// (each opening with the mark it opened with), or a transcript's line; each group is one quote of the article.
import { endsSentence } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { attributionBefore } from './attribution.ts';
import type { Attribution } from './attribution.ts';
import { attributionAfter } from './attribution-after.ts';
import type { AfterOptions } from './attribution-after.ts';
import { endsWithMark } from './endings.ts';
import { OPENS_SENTENCE } from './speech-shape.ts';
import type { QuotePiece } from './scan.ts';
import { afterWindow, beforeWindow, endsWithStop } from './windows.ts';

const CLAUSE_PUNCTUATION = /^[,.:;!?—–-]$/;
/** An attribution between two pieces is short: longer text there is narrative, and the pieces are two quotes. */
const MAX_INTERRUPTION_TOKENS = 30;

export interface Group {
  /** Index of the group's first piece in the scan. */
  readonly first: number;
  readonly pieces: QuotePiece[];
  attribution: Attribution | null;
  /** A transcript's label that opens the group ("RAMOS"), which says who speaks. */
  readonly label: string | null;
}

/** Whether the words between two pieces are only an attribution: `"…," he said, "…"` or `"…?" she asked. "…"`. */
function interruption(body: string, tokens: readonly Token[], a: QuotePiece, b: QuotePiece): Attribution | null {
  if (a.continues || b.open >= a.paragraphEnd) return null;
  const w = afterWindow(tokens, a, b);
  if (w.to - w.from > MAX_INTERRUPTION_TOKENS || w.to <= w.from) return null;
  // The attribution ends with its own punctuation before the next piece: `…," he said, "…` — not `told NBC's "Today"`.
  const closing = tokens[w.to - 1] as Token;
  if (!CLAUSE_PUNCTUATION.test(closing.text)) return null;
  for (let i = w.from; i < w.to - 1; i++) if (endsSentence(tokens[i] as Token)) return null;
  // After a quote that ended its sentence, words ending in a comma or colon introduce the next quote
  // (`"…." He added, "…"`): only a whole attribution sentence joins the two (`"…?" she asked. "…"`).
  if (endsWithStop(body, a) && !endsSentence(closing)) return null;
  const attribution = attributionAfter(body, w, afterOptions(body, a));
  // `"…," Cruz said as the heckler yelled: "…"`: a colon after someone else's speech verb introduces their words;
  // after a few words quoted in running text (`Scalia said they might do better at "less advanced schools," Trump
  // said: "…"`) it introduces a quote of its own.
  if (closing.text === ':' && !OPENS_SENTENCE.test(body.slice(a.start, a.end))) return null;
  const introduced = closing.text === ':' ? attributionBefore(body, w)?.speaker : null;
  const other = introduced && introduced.kind !== 'pronoun' && introduced.text !== attribution?.speaker?.text;
  return other ? null : attribution;
}

/** How to read the words after a piece: a comma promises an attribution, a period ends the quote's sentence. */
export function afterOptions(body: string, piece: QuotePiece): AfterOptions {
  return {
    lenient: piece.end > piece.start && body.charAt(piece.end - 1) === ',',
    mustEnd: endsWithMark(body, piece.start, piece.end, '.'),
    period: endsWithMark(body, piece.start, piece.end, '.'),
  };
}

/** Whether pieces[i] is followed by its own attribution (`"…," added Rodgers.`). */
function ownAttribution(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], i: number): boolean {
  const piece = pieces[i] as QuotePiece;
  if (piece.continues) return false;
  const w = afterWindow(tokens, piece, pieces[i + 1]);
  return w.to > w.from && attributionAfter(body, w, afterOptions(body, piece)) !== null;
}

/** Whether two pieces open with the same kind of mark: straight double, single (straight or curly, which pages mix:
 * "‘We have been … lifesaver. ' This is …") or other typographic. */
function sameMark(body: string, a: QuotePiece, b: QuotePiece): boolean {
  const kind = (at: number): string => (body[at] === '"' ? '"' : body[at] === "'" || body[at] === '‘' ? "'" : '“');
  return kind(a.open) === kind(b.open);
}

/** `labels[i]`: the transcript label pieces[i] opened with, which starts a group of its own. */
export function groupPieces(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[],
  labels: readonly (string | null)[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as QuotePiece;
    const prev = pieces[i - 1];
    const label = labels[i] ?? null;
    // ('Read the latest updates below: ⏎ "Sen. Bernie Sanders took the stage …. ⏎ “…,” Sanders said.': a quote goes on
    // in the next paragraph with the mark it opened with; another kind opens another quote.)
    if (current && prev?.continues && !label && sameMark(body, prev, piece) && !anotherSpeaks(body, tokens, pieces, current, i)) {
      current.pieces.push(piece);
      continue;
    }
    const between = current && prev ? interruption(body, tokens, prev, piece) : null;
    // `"…," said Collins. "…," added Rodgers.`: a piece with an attribution of its own is a quote of its own.
    if (current && between && !label && !ownAttribution(body, tokens, pieces, i)
      && !introducedByAnother(body, tokens, pieces, current, between)) {
      current.pieces.push(piece);
      current.attribution ??= between;
      continue;
    }
    current = { first: i, pieces: [piece], attribution: null, label };
    groups.push(current);
  }
  return groups;
}

/** The last word of a speaker's name ("Zwanziger" of "Theo Zwanziger"), or null for no name. */
const surnameOf = (a: Attribution | null): string | null =>
  a?.speaker?.kind === 'name' ? a.speaker.text.slice(a.speaker.text.lastIndexOf(' ') + 1) : null;

/** The attribution that words ending in `mark` right before the group's first piece make: `LaToya wrote: "…"`. */
function introductionOf(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], group: Group,
  mark: ':' | ','): Attribution | null {
  const before = beforeWindow(body, tokens, pieces, group.first);
  return before.to > before.from && before.tokens[before.to - 1]?.text === mark ? attributionBefore(body, before) : null;
}

/** The surname of whoever a colon before the group's first piece introduces: `LaToya wrote: "…"`. */
const introducerOf = (body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], group: Group): string | null =>
  surnameOf(introductionOf(body, tokens, pieces, group, ':'));

/** Whoever a speech verb and a comma right before the group's first piece introduce, not by a pronoun: `When someone
 * in the audience shouted, "…"`. */
function commaIntroducerOf(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], group: Group)
  : string | null {
  const found = introductionOf(body, tokens, pieces, group, ',');
  return found?.verb && found.speaker && found.speaker.kind !== 'pronoun' ? found.speaker.text : null;
}

/**
 * Whether the attribution between two pieces names another person than the one whose colon opened the quote:
 * `LaToya wrote: "…"Producer Mark Ronson wrote: "…"` is two quotes, which a page ran together; or than the one who
 * said the first piece: `When someone in the audience shouted, "Cruz," Beck joked, "Amen, brother!"`.
 */
function introducedByAnother(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], group: Group,
  between: Attribution): boolean {
  const named = surnameOf(between);
  const introducer = named ? introducerOf(body, tokens, pieces, group) : null;
  if (introducer) return introducer !== named;
  const sayer = named ? commaIntroducerOf(body, tokens, pieces, group) : null;
  return !!sayer && !sayer.split(' ').includes(named ?? '');
}

/**
 * Whether pieces[i], going on from the quote of `group`, ends with another person's attribution than the name whose
 * colon opened that quote: `Arne Friedrich … wrote: "… the right time. "There was also support … "Finally …," said
 * Theo Zwanziger`. A page lost its line breaks there, and the pieces are two quotes.
 */
function anotherSpeaks(body: string, tokens: readonly Token[], pieces: readonly QuotePiece[], group: Group, i: number): boolean {
  const piece = pieces[i] as QuotePiece;
  // (Only a piece that a comma ends promises an attribution: after a stop, "London Underground said …" is the story.)
  if (piece.continues || body.charAt(piece.end - 1) !== ',') return false;
  const introducer = introducerOf(body, tokens, pieces, group);
  const w = afterWindow(tokens, piece, pieces[i + 1]);
  const closer = introducer && w.to > w.from ? surnameOf(attributionAfter(body, w, afterOptions(body, piece))) : null;
  return !!closer && closer !== introducer;
}
