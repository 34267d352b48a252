// Finds the stretches of a body that sit between quotation marks. Straight quotes are told open from close by
// their neighbours rather than by counting, so one missing mark cannot flip every later quote inside out; and a
// quote never runs past its paragraph unless the next paragraph opens with a quotation mark (news style for a
// quote that goes on), so an unbalanced mark cannot swallow the article.
import { hasNonSpace, isSpaceUnit } from '../entities/text-checks.ts';
import { quotesWithSingleMarks, singleRoleOf } from './single-marks.ts';
import { CLOSED_BEFORE, closesAfterNext, opensNext, reopensAt, STOP_BEFORE, WORD_CHARACTER } from './glued-marks.ts';
import { withDoubledMarks } from './doubled-marks.ts';
import type { MarkRole } from './single-marks.ts';
import { ATTRIBUTED, ATTRIBUTION_REACH, readsAsStory } from './story-voice.ts';

export interface QuotePiece {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or of the paragraph's end when the quote goes on in the next paragraph. */
  readonly close: number;
  /** The words inside the marks, whitespace trimmed: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Start and end of the paragraph the piece sits in. */
  readonly paragraphStart: number;
  readonly paragraphEnd: number;
  /** The quote goes on in the next piece (next paragraph), without a closing mark here. */
  readonly continues: boolean;
}

const OPENING = '“„«';
const CLOSING = '”»';
/** Characters after which a straight quote opens ("(" or a dash before it, or nothing at all). */
const BEFORE_OPENING = /[\s([{—–\-/:;,]/;
/** Characters before which a straight quote closes. */
const AFTER_CLOSING = /[\s,.;:!?)\]}—–\-/…]/;

/** Marks that look the same whether they open or close a quote. */
const STRAIGHT = '"\'';
/** Whether two opening marks are of one kind, single or double: a page that mixes "‘" and "'" opens its quote's
 * paragraphs with either ("‘We have been calling … lifesaver. ' This is a policy …"). */
const sameKind = (a = '', b = ''): boolean => a === b || (SINGLE_OPENERS.includes(a) && SINGLE_OPENERS.includes(b));
const SINGLE_OPENERS = '\'‘';
const WORDS_AFTER = /^\s?[\p{L}\p{N}]/u;
const SPACE_AFTER = /[ \t]/;
/** Feet and a number of inches right before a mark: 6’2, 5'11. */
const FEET_AND_INCHES = /\d['’′]\d{1,2}$/;

function roleOf(body: string, i: number, paragraphStart: number, paragraphEnd: number): MarkRole | null {
  const mark = body[i] ?? '';
  // "“It's unusual,“ said Larry Noble": an opening mark typed after a quote's last comma may be its closing one.
  if (mark === '“' && CLOSED_BEFORE.test(body[i - 1] ?? '') && SPACE_AFTER.test(body[i + 1] ?? '')) return 'either';
  if (OPENING.includes(mark)) return 'open';
  // "he's like 6’2”": after feet, a mark is inches, no quotation mark.
  if (FEET_AND_INCHES.test(body.slice(Math.max(paragraphStart, i - 5), i))) return null;
  // A closing mark that opens its paragraph is an opening one typed the wrong way round
  // ("” … in the case of Wyoming, the Cruz train has left,” wrote Time magazine.").
  if (CLOSING.includes(mark)) return opensParagraph(body, i, paragraphStart, paragraphEnd) ? 'open' : 'close';
  if (mark !== '"') return null;
  const prev = i > paragraphStart ? (body[i - 1] ?? '') : '';
  const next = i + 1 < paragraphEnd ? (body[i + 1] ?? '') : '';
  // 'wall "four times in two weeks. ""It's getting …': a quote's close and the next one's opening, run together where
  // a line break was lost.
  if (next === '"' && prev !== '"' && WORD_CHARACTER.test(body[i + 2] ?? '')) return 'close';
  const mayOpen = prev === '' || BEFORE_OPENING.test(prev);
  const mayClose = next === '' || AFTER_CLOSING.test(next);
  // 'audiences,"Katie Packer said' and 'said,"We …': a comma before a mark with no space after it goes either way.
  if (mayOpen && !mayClose && prev !== ',') return 'open';
  if (mayClose && !mayOpen) return 'close';
  return 'either';
}

/** Invisible marks of direction or width that may stand before a paragraph's first character. */
const FORMAT = /^[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*$/;

function opensParagraph(body: string, i: number, paragraphStart: number, paragraphEnd: number): boolean {
  return i + 1 < paragraphEnd && FORMAT.test(body.slice(paragraphStart, i));
}

/** Paragraphs as `[start, end)` ranges, split at line breaks, blank ones left out. */
export function paragraphs(body: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let start = 0; start < body.length;) {
    const lineBreak = body.indexOf('\n', start);
    const end = lineBreak < 0 ? body.length : lineBreak;
    const [s, e] = trimmed(body, start, end);
    if (e > s) out.push([s, e]);
    start = end + 1;
  }
  return out;
}

const MARKS = /["“”„«»]/g;
/** In an article that quotes with single marks, those are its quotation marks (double ones are quotes within). */
const SINGLE_MARKS = /['‘’]/g;

/** Offsets of every quotation mark of `body`, found in one pass rather than paragraph by paragraph. */
function markOffsets(body: string, marks: RegExp): number[] {
  const out: number[] = [];
  marks.lastIndex = 0;
  for (let m = marks.exec(body); m !== null; m = marks.exec(body)) out.push(m.index);
  return out;
}

/** A paragraph's pieces as the scan finds them (module-level functions, not closures made anew per paragraph). */
interface ParagraphPieces { readonly body: string; readonly out: QuotePiece[]; readonly start: number; readonly end: number }

function piece({ body, out, start, end }: ParagraphPieces, o: number, c: number): void {
  const [s, e] = trimmed(body, o + 1, c);
  if (e > s) out.push({ open: o, close: c, start: s, end: e, paragraphStart: start, paragraphEnd: end, continues: false });
}

// "He added: 'He was not … a gambling problem. The midfielder pictured last week ' This gambling problem …'": a
// quote that never closed, whose first quote within opens like a paragraph (a space after the mark, then a capital),
// goes on there; what stands between its last sentence and that mark is no part of it (a photo caption). So does one
// whose first quote within comes right after a caption's "(file picture)", however it opens.
function goesOn({ body, out, start, end }: ParagraphPieces, o: number, within: Array<readonly [number, number]>): void {
  // (Past a word or two quoted in the caption itself, which are then no quote of their own: "… pictured, described the
  // figure as 'shameful' ‘ It is only …’"; not a caption's quote with a speaker of its own.)
  const [first = -1, close = -1] = within[0] ?? [];
  const inCaption = first > 0 && close > first && close - first <= CAPTION_WORDS_REACH
    && !PARAGRAPH_OPENER.test(body.slice(first, first + 3)) && PICTURED.test(body.slice(o + 1, first));
  const at = (inCaption ? within[1]?.[0] : first) ?? -1;
  if (at < 0 || (!PARAGRAPH_OPENER.test(body.slice(at, at + 3)) && !FILE_PICTURE.test(body.slice(o + 1, at)))) return;
  if (inCaption) within.shift();
  // (Nor a caption that ends with a full stop: "… that Thursday morning. Summer pictured volunteering in Africa. …".)
  const caption = body.slice(o + 1, at).search(PICTURED);
  const beforeCaption = caption > 0 ? lastStop(body, o + 1, o + 1 + caption) : o + 1;
  const stop = beforeCaption > o + 1 ? beforeCaption : lastStop(body, o + 1, at);
  const [s, e] = trimmed(body, o + 1, stop);
  if (e > s) out.push({ open: o, close: stop, start: s, end: e, paragraphStart: start, paragraphEnd: end, continues: true });
}

function trimmed(body: string, start: number, end: number): readonly [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceUnit(body.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(body.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Every quoted stretch of `body`, in order; pieces of one quote running over paragraphs are flagged `continues`. */
export function scanQuotes(text: string): QuotePiece[] {
  const body = text.includes("''") ? withDoubledMarks(text) : text;
  const out: QuotePiece[] = [];
  const paras = paragraphs(body);
  const single = quotesWithSingleMarks(body);
  const marks = markOffsets(body, single ? SINGLE_MARKS : MARKS);
  const roleAt = single ? singleRoleOf : roleOf;
  let next = 0;
  // An unclosed quote at the end of the previous paragraph, waiting to see if this one opens with a mark.
  let pending: { open: number; paragraphStart: number; paragraphEnd: number } | null = null;
  for (const [index, [pStart, pEnd]] of paras.entries()) {
    const firstRole = roleAt(body, pStart, pStart, pEnd);
    // Whether a quote goes on into this paragraph (or, see below, the one before introduced it with a colon).
    let continued = false;
    if (pending) {
      if (firstRole === 'open' || firstRole === 'either') {
        continued = true;
        const [s, e] = trimmed(body, pending.open + 1, pending.paragraphEnd);
        if (e > s) out.push({ ...pending, close: pending.paragraphEnd, start: s, end: e, continues: true });
      }
      pending = null;
    }
    let open = -1;
    // Quotes opened inside the open one: straight marks nested in straight marks ('says, "I'd like …," you know'),
    // or a quote that never closed followed by others.
    let inner: Array<[number, number]> = [];
    const para: ParagraphPieces = { body, out, start: pStart, end: pEnd };
    while (next < marks.length && (marks[next] as number) < pStart) next++;
    for (; next < marks.length && (marks[next] as number) < pEnd; next++) {
      const i = marks[next] as number;
      const role = roleAt(body, i, pStart, pEnd);
      if (role === null) continue;
      if (open < 0) {
        if (role !== 'close') open = i;
        continue;
      }
      const last = inner[inner.length - 1];
      // '"“You don’t win …”': an opener right after the open mark doubles it.
      if (role === 'open' && inner.length === 0 && !hasNonSpace(body, open + 1, i)) { open = i; continue; }
      const stopThenWords = role === 'open' && inner.length === 0 && sameKind(body[i], body[open])
        && STOP_BEFORE.test(body.slice(Math.max(open, i - 3), i)) && WORDS_AFTER.test(body.slice(i + 1, Math.min(pEnd, i + 3)));
      // "… back to Aberdeen. "Sheerin played for … device"For me, …": a straight mark glued to the words after it, when
      // the next mark opens a quote or the words up to it read as the story's, closed the quote before it, its line
      // break lost after it rather than before. (A curly one, or one that a space follows, "… anyone. ‘ The best way
      // …", opens a paragraph of the quote going on.)
      const glued = stopThenWords && STRAIGHT.includes(body[i] ?? '') && WORD_CHARACTER.test(body[i + 1] ?? '');
      if (glued && (opensNext(body, marks, next + 1, [pStart, pEnd], roleAt)
        || readsAsStory(body.slice(i + 1, Math.min(pEnd, marks[next + 1] ?? pEnd))) || closesAfterNext(body, marks, next, pEnd))) {
        piece(para, open, i);
        open = -1;
        continue;
      }
      if (stopThenWords) {
        // "'As you may be aware, … some inappropriate material. ' We take this matter seriously …'": a sentence's
        // end, then an opener, is a quote going on in a paragraph whose line break was lost on the way to us.
        // (It ends at the space before the new mark, which is the next piece's.)
        const [s, e] = trimmed(body, open + 1, i - 1);
        if (e > s) out.push({ open, close: i - 1, start: s, end: e, paragraphStart: pStart, paragraphEnd: pEnd, continues: true });
        open = i;
        continue;
      }
      if (role === 'open') {
        // A clear opener inside a quote opens a quote within it; a second one before that closes means the one
        // around them never closed: the quotes within that closed are quotes, and the last one, still open, is the
        // open quote the new mark meets ("obtained 'dossiers' about … said: 'The 100 … targets.' ' In some …").
        if (last && last[1] < 0) {
          // (The one around them may go on past a caption, as at a paragraph's end: see goesOn.)
          goesOn(para, open, inner);
          for (const [o, c] of inner) if (c >= 0) piece(para, o, c);
          open = last[0];
          inner = [];
          next--;
        } else inner.push([i, -1]);
        continue;
      }
      if (last && last[1] < 0) {
        last[1] = i;
        // "' This has been a nightmare. Now … ' My love, where are you?' he asked.": a quote within a quote, opened
        // with the same mark, that has an attribution of its own is none; the quote around it never closed. What
        // closed within it are the quotes. (Not one in the other kind of mark: '"… “They have not done it,” he said …"'.)
        if (body[last[0]] === body[open] && ATTRIBUTED.test(body.slice(i + 1, Math.min(pEnd, i + ATTRIBUTION_REACH)))) {
          goesOn(para, open, inner);
          for (const [o, c] of inner) piece(para, o, c);
          open = -1;
          inner = [];
        }
        continue;
      }
      // (Unless the open quote's mark was a stray one, and this one, glued to the words, opens: see reopensAt.)
      if (inner.length === 0 && reopensAt(body, marks, next, open, pEnd)) { open = i; continue; }
      piece(para, open, i);
      open = -1;
      inner = [];
    }
    // An open quote whose quotes within closed never closed itself: those are the quotes (as a quote that never
    // closes and the quotes after it read); an unclosed one within goes on as the open quote.
    if (open >= 0 && inner.length > 0 && !((continued || INTRODUCED.test(body.slice(Math.max(0, pStart - 8), pStart)))
      && paragraphGoesOn(body, open, inner, [pStart, pEnd], paras[index + 1], roleAt))) {
      goesOn(para, open, inner);
      for (const [o, c] of inner) if (c >= 0) piece(para, o, c);
      const tail = inner[inner.length - 1] as [number, number];
      open = tail[1] < 0 ? tail[0] : -1;
    }
    if (open >= 0) pending = { open, paragraphStart: pStart, paragraphEnd: pEnd };
  }
  // A doubled mark opens at its first single mark and closes at its last, so the words around stand clear of it.
  if (body === text) return out;
  // (Where the two differ, a single mark of the text became the space of a doubled one.)
  return out.map((p) => ({ ...p, open: body[p.open - 1] !== text[p.open - 1] ? p.open - 1 : p.open,
    close: body[p.close + 1] !== text[p.close + 1] ? p.close + 1 : p.close }));
}

/** A colon that ends a paragraph, introducing what the next one quotes. */
const INTRODUCED = /:\s*$/;

/**
 * Whether a paragraph that opens with a mark, and holds quotes within it of the other kind that all closed, is one of
 * a quote going on in the next paragraph, which opens with a mark too ("Dr. Ward stated: ⏎ "The Department … isn’t
 * about “Equal Justice Under Law” anymore. … ⏎ "The latest example …"). (The quotes within are no quotes of their own
 * then, as in a quote that closes.) Only where a colon introduced it or a quote goes on into it: a paragraph of a
 * story quoted with no such mark may have left its closing mark out ("“… animals,” Kelly charged. ⏎ "Trump tried to
 * laugh it off by interjecting, “Only Rosie O’Donnell.” But Kelly was relentless. ⏎ “Does that …"").
 */
function paragraphGoesOn(body: string, open: number, inner: ReadonlyArray<readonly [number, number]>,
  [pStart, pEnd]: readonly [number, number], following: readonly [number, number] | undefined,
  roleAt: (body: string, i: number, start: number, end: number) => MarkRole | null): boolean {
  if (!following || !opensParagraph(body, open, pStart, pEnd)) return false;
  if (!inner.every(([o, c]) => c >= 0 && !sameKind(body[o], body[open]))) return false;
  const role = roleAt(body, following[0], following[0], following[1]);
  return role === 'open' || role === 'either';
}

/** The word by which a caption says who is in the photo. */
const PICTURED = /\bpictured\b/;
/** How long a caption's own quoted words may be (a scare quote, "'shameful'"), marks included. */
const CAPTION_WORDS_REACH = 30;
/** A caption's last words, right before a mark: "… a lack of religious tolerance and crime (file picture) ‘The UK …". */
const FILE_PICTURE = /\((?:file|stock) (?:picture|photo|image)\)\s*$/;
/** A mark that opens a paragraph of a quote going on, in pages that lost their line breaks: "' This …". */
const PARAGRAPH_OPENER = /^['‘"“] \p{Lu}/u;

/** The offset right after the last sentence's end in `[from, to)`, or `from` when there is none. */
function lastStop(body: string, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if ('.!?'.includes(body[k] ?? '') && isSpaceUnit(body.charCodeAt(k + 1))) return k + 1;
  return from;
}
