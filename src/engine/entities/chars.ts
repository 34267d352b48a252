// Unicode character classes of the tokenizer, by code point. The tokenizer looks at every character of every
// article while the corpus loads; asking a Unicode property regex each time was its main cost. ASCII comes from a
// table built once; any other code point is asked of the same regexes the first time it is seen, then cached.

/** \p{Lu} */
export const UPPER = 1;
/** \p{L} */
export const LETTER = 2;
/** \p{N} */
export const DIGIT = 4;
/** \p{M} */
export const MARK = 8;
/** \s (as in a regex with the `u` flag) */
export const SPACE = 16;
/** Set on every computed entry, so that 0 in the cache means "not looked up yet". */
const KNOWN = 128;

const IS_UPPER = /^\p{Lu}$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_SPACE = /^\s$/u;

function compute(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return (IS_UPPER.test(ch) ? UPPER : 0) | (IS_LETTER.test(ch) ? LETTER : 0) | (IS_DIGIT.test(ch) ? DIGIT : 0)
    | (IS_MARK.test(ch) ? MARK : 0) | (IS_SPACE.test(ch) ? SPACE : 0) | KNOWN;
}

/** Classes of the Basic Multilingual Plane (lone surrogates included), filled in as they are met. */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
for (let c = 0; c < 128; c++) BMP[c] = compute(c);

/** The class bits of a code point: UPPER | LETTER | DIGIT | MARK | SPACE. */
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = BMP[codePoint] as number;
    if (known !== 0) return known;
    const computed = compute(codePoint);
    BMP[codePoint] = computed;
    return computed;
  }
  let astral = ASTRAL.get(codePoint);
  if (astral === undefined) {
    astral = compute(codePoint);
    ASTRAL.set(codePoint, astral);
  }
  return astral;
}

/**
 * The code point at `i` as a regex with the `u` flag reads it within `text.slice(0, to)`: a surrogate pair is one
 * code point unless `to` cuts it, a lone surrogate is one of its own.
 */
export function codePointAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
