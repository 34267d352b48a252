// Words that open a capitalized run without belonging to the name in it: an article, a hyphenated modifier
// ("Chicago-based"), a party tag ("D-N.J."), a sentence's first function word or participle, a numeral in capitals.
import { isGivenName } from './first-names.ts';
import { afterHeadline, isAllCapitals } from './headlines.ts';
import { FUNCTION_WORDS, HONORIFICS, ORGANIZATION_WORDS } from './lexicon.ts';
import { isPlace } from './places.ts';
import { withoutPossessive } from './text-checks.ts';
import { lexKey, type Token } from './tokens.ts';
import { ED, isGerund, isModifierOrPartyTag, ROMAN_NUMERAL, WHERE_FROM } from './word-shapes.ts';

const key = (token: Token): string => withoutPossessive(lexKey(token));

/** Words in -ing or -en that open a sentence as a preposition would, which no list of function words can hold since a
 * name may end in them ("Shay Given"): "Given Obama's strong job approval rating, …". */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['given', 'regarding', 'considering', 'concerning', 'including']);

/** The first token of tokens[from, end) that the name may open with, after a headline and such words; -1 if none. */
export function firstNameToken(tokens: readonly Token[], from: number, end: number, sentenceInitial: boolean): number {
  let first = afterHeadline(tokens, from, end);
  if (first < 0) return -1;
  const to = end;
  while (first < to) {
    const k = key(tokens[first] as Token);
    const token = tokens[first] as Token;
    // Dropped: an article, a hyphenated modifier ("Chicago-based"), a party tag ("D-N.J.") and a sentence-initial function
    // word, unless it opens a place ("New Hampshire Gov. Maggie Hassan").
    const opensPlace = first + 1 < to && isPlace([k, key(tokens[first + 1] as Token)]);
    // So is a word in -ed or -ing opening a sentence before a given name ("Shocked Terry Cooper, 79, was enjoying …",
    // "Entrusting Donald Trump with our economic future").
    const described = sentenceInitial && first === from && first + 2 < to && (ED.test(k) || isGerund(k)) && !isGivenName(k)
      && isGivenName(key(tokens[first + 1] as Token));
    // And one in -ing before a place the gazetteer knows, opening a sentence or a caption run into one ("Addressing New
    // York State Republican Party's gala", "… for video Ditching Wall Street"); not "Working Families Party" or
    // "Wyoming Republican Party".
    const gerund = first === from && isGerund(k) && !isPlace([k]) && placeOpensAt(tokens, first + 1, to);
    // And a numeral in capitals before a name that is not ("predicted the starting XI McInnes would select").
    const numeral = first === from && first + 1 < to && ROMAN_NUMERAL.test(token.text)
      && !isAllCapitals(tokens[first + 1]?.text ?? '');
    // Or a temperature's scale ("zero degrees Celsius Wrong move:", a caption run in; not "Kelvin Meadows").
    const scale = first === from && tokens[first - 1]?.key === 'degrees';
    // (But "Our Principles PAC" is a body's name.)
    const ourBody = k === 'our' && ORGANIZATION_WORDS.has(key(tokens[to - 1] as Token));
    // (And a place of two words run into a modifier: "Los Angeles-based Hulu".)
    const placed = first + 1 < to && isModifierOrPartyTag(tokens[first + 1]?.text ?? '')
      && isPlace([k, (tokens[first + 1]?.key ?? '').replace(/-.*$/, '')]);
    const droppable = k === 'the' || k === 'a' || k === 'of' || described || gerund || numeral || scale || placed
      || (sentenceInitial && first === from && (FUNCTION_WORDS.has(k) || OPENING_PREPOSITIONS.has(k)) && !opensPlace
        && !ourBody)
      || (first > from && !token.capitalized) || (isModifierOrPartyTag(token.text) && !isPlace([k]));
    if (!droppable) break;
    first++;
  }
  // ("the State of the Union Address": the name of a speech, nobody's and nowhere.)
  const stateOfTheUnion = key(tokens[first] ?? (tokens[from] as Token)) === 'union'
    && ['state', 'of', 'the'].every((w, j) => tokens[first - 3 + j]?.key === w);
  return first < to && !stateOfTheUnion ? first : -1;
}

/** Whether a place of one or two words the gazetteer knows opens tokens[at, to) (nothing past `to`: what a sequence names
 * is kept by its words alone). */
function placeOpensAt(tokens: readonly Token[], at: number, to: number): boolean {
  const first = tokens[at];
  const second = tokens[at + 1];
  return !!first && at < to && (isPlace([key(first)]) || (!!second && at + 1 < to && isPlace([key(first), key(second)])));
}

/** Honorifics that always open a name of their own (not "Miss", which may be inside one: "Little Miss Sunshine"). */
const OPENING_HONORIFICS: ReadonlySet<string> = new Set([...HONORIFICS].filter((h) => h !== 'miss'));

/** "the Court of Appeal Mr Beavis": the index of an honorific inside tokens(first, to) that opens a new name, or -1. */
export function honorificWithin(tokens: readonly Token[], first: number, to: number): number {
  for (let i = first + 1; i < to - 1; i++) if (OPENING_HONORIFICS.has(key(tokens[i] as Token))) return i;
  return -1;
}

/** "Manhattan-based Skin Laundry", "Dublin-based Shire": a name right after where it is based, whose first word is no
 * given name ("Texas-based Matt Mackowiak" is a person), is a body's; unless a link cuts it short, "Meals" of "Meals on
 * Wheels". */
export const isBasedBodyAt = (tokens: readonly Token[], from: number, first: number, to: number): boolean => first > from
  && WHERE_FROM.exec(tokens[first - 1]?.text ?? '')?.[2] === 'based' && !isGivenName(key(tokens[first] as Token))
  && !(CUT_BY.has(tokens[to]?.text ?? '') && tokens[to + 1]?.capitalized);
const CUT_BY: ReadonlySet<string> = new Set(['of', 'on', 'for']);
