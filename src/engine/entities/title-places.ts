// The place a title before a name holds office for: "Former Florida Gov. Jeb Bush", "New York Congressman Pete King".
// The title is no part of the person's name, but the place is named all the same; and so is the place a body is based
// in or someone was born in, run into a word by a hyphen ("Los Angeles-based", "Cuba-born").
import { namedForItsPlace } from './teams.ts';
import { isPlace, mayOpenPlace } from './places.ts';
import type { NameMention } from './names.ts';
import { lexKey, type Token } from './tokens.ts';
import { possessiveLength, withoutPossessive } from './text-checks.ts';
import { WHERE_FROM } from './word-shapes.ts';

/** How many words a place in a title may have ("New York", "North Carolina", "Washington D.C."). */
const MAX_PLACE_WORDS = 3;

/** The first place the gazetteer knows among tokens[from, to), the titles before a name, as [first, end); or null. */
export function placeInTitle(tokens: readonly Token[], from: number, to: number): readonly [number, number] | null {
  // (Most titles hold no place: "Mr.", "President". Asked of every titled name, so a cheap test first.)
  let opens = false;
  for (let k = from; k < to && !opens; k++) opens = mayOpenPlace(withoutPossessive(lexKey(tokens[k] as Token)).replace(/\.$/, ''));
  if (!opens) return null;
  const keys = tokens.slice(from, to).map((t) => (t.capitalized ? withoutPossessive(lexKey(t)).replace(/\.$/, '') : ''));
  for (let a = 0; a < keys.length; a++) {
    for (let b = Math.min(keys.length, a + MAX_PLACE_WORDS); b > a; b--) {
      const words = keys.slice(a, b);
      // (Not a team's town: "Indiana Pacers President Larry Bird".)
      if (!words.includes('') && isPlace(words)) return namedForItsPlace(keys.slice(a, b + 1)) ? null : [from + a, from + b];
    }
  }
  return null;
}

/** The mention of a place tokens[first, end) name, as the name finder lists it. */
export function placeMention(body: string, tokens: readonly Token[], [first, end]: readonly [number, number]): NameMention {
  const start = (tokens[first] as Token).start;
  const last = tokens[end - 1] as Token;
  const stop = last.end - possessiveLength(last.text);
  return { text: body.slice(start, stop), start, end: stop, kind: 'place', titled: false, gender: null, sentenceInitial: false };
}

/** Titles of the peerage and the royal family, whose "of" names a place the title is no mention of. */
const PEERS: ReadonlySet<string> = new Set(['duke', 'duchess', 'prince', 'princess', 'earl', 'countess', 'marquess',
  'marchioness', 'viscount', 'viscountess', 'baron', 'baroness', 'lord', 'lady']);

/** Whether the place at tokens[i] is the one a peer's title is "of": "the Duke of Edinburgh", "the Prince of Wales". */
export const inPeerage = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.key === 'of'
  && !!tokens[i - 2]?.capitalized && PEERS.has(tokens[i - 2]?.key ?? '');

/** The place such a word at the start of the sequence tokens[i…end) names, one word or two ("Los Angeles-based"). */
export function placeOfOriginAt(body: string, tokens: readonly Token[], i: number, end: number): NameMention | null {
  for (let k = i; k < Math.min(end, i + 2); k++) {
    const t = tokens[k] as Token;
    const prefix = WHERE_FROM.exec(t.text)?.[1];
    if (!prefix) continue;
    const key = prefix.toLowerCase().replace(/\.$/, '');
    const two = k > i && isPlace([lexKey(tokens[i] as Token), key]);
    if (!two && !isPlace([key])) return null;
    const start = two ? (tokens[i] as Token).start : t.start;
    return { text: body.slice(start, t.start + prefix.length), start, end: t.start + prefix.length, kind: 'place', titled: false,
      gender: null, sentenceInitial: false };
  }
  return null;
}
