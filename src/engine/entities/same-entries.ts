// When two entries of a list of organizations or places name the same thing.
import { PAPERS_AFTER_THE } from './firm-names.ts';
import { isPlace } from './places.ts';
import { isJoinedPaperWord } from './teams.ts';

/**
 * `a.join(' ') === b.join(' ')`, compared word by word rather than by joining both for every entry a mention is
 * counted against: the same thing, since keysOf never gives an empty word or one with a space in it.
 */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
/**
 * Whether `a` is an alias of `b` in a table of names news gives one body or place besides its own (alias → name): `b`
 * is the name it stands for, or another alias of it no shorter (so the entry keeps the fuller: "Grand Old Party", not
 * "GOP"). Initials count as one word ("G.O.P."); only a name whose first word opens an alias is joined to be looked up.
 */
type SameNames = (a: readonly string[], b: readonly string[]) => boolean;
function aliasTable(entries: ReadonlyArray<readonly [string, string]>): SameNames {
  const aliases = new Map(entries);
  const openers = new Set(entries.map(([alias]) => alias.split(' ')[0] ?? ''));
  return (a, b) => {
    const alias = joinedInitials(a);
    const name = openers.has(alias.split(' ')[0] ?? '') ? aliases.get(alias) : undefined;
    if (name === undefined) return false;
    const other = joinedInitials(b);
    return other === name || (a.length <= b.length && aliases.get(other) === name);
  };
}
/** A name's words, its initials as one word: "G.O.P." (keyed "g", "o", "p") is the "gop". */
const joinedInitials = (keys: readonly string[]): string =>
  keys.join(keys.length > 1 && keys.every((k) => k.length === 1) ? '' : ' ');

/** Places news names by a name of their own: "America" is the United States, "Britain" Great Britain, "North Korea"
 * the Democratic People's Republic of Korea. */
const isPlaceAliasOf = aliasTable([['america', 'united states'], ['britain', 'great britain'],
  ['north korea', 'democratic people republic of korea']]);
/** The same place's words, "America" being the United States', and "Turkey" the "Republic of Turkey". */
export const samePlace = (a: readonly string[], b: readonly string[]): boolean => sameWords(a, b) || isPlaceAliasOf(a, b)
  || (b.length === a.length + 2 && b[0] === 'republic' && b[1] === 'of' && a.every((k, i) => k === b[i + 2]));
/**
 * "Central Committee" is "CPC Central Committee": an organization named by the end of a longer one (a paper by its
 * last word too: "the Times" is the "New York Times"); "Senate" is the "U.S. Senate", a body named with its country
 * or without; "Apple" is "Apple Inc.", a firm named with its legal form or without; "House" is the "House of
 * Representatives", a body named by the word before its "of" (but "ACLU" is not the "ACLU of Oregon", its branch);
 * the "State Department" is the "Department of State"; the "Brennan Center" the "Brennan Center for Justice", a
 * body named by the words before its "for" or "of" (not a branch's: "Young Presidents Organization of Cincinnati");
 * the "FBI" the "F.B.I.", initials with periods or without; and the "GOP" is the Republican Party (see isAliasOf).
 */
export const sameOrganization = (a: readonly string[], b: readonly string[]): boolean =>
  sameWords(a, b) || (a.length !== b.length && joinedInitials(a) === joinedInitials(b))
  || ((a.length >= 2 || PAPERS_AFTER_THE.has(a[0] ?? '') || isJoinedPaperWord(a[0] ?? '')) && a.length < b.length
    && a.every((k, i) => k === b[b.length - a.length + i]))
  || (a.length === 1 && b.length === countryLength(b) + 1 && a[0] === b[b.length - 1])
  || (b.length > a.length && opens(a, b) && b.every((k, i) => i < a.length || FIRM_FORMS.has(k)))
  || (b[1] === 'of' && (a.length === 1 ? a[0] === b[0] && !isPlace(b, 2) : b.length === a.length + 1 && headFirst(a, b)))
  || (a.length >= 2 && (b[a.length] === 'for' || (b[a.length] === 'of' && !branchAt(b, a.length + 1))) && opens(a, b))
  || isAliasOf(a, b);
/** Whether `b` opens with all of `a`'s words. */
const opens = (a: readonly string[], b: readonly string[]): boolean => a.every((k, i) => k === b[i]);
/** Whether a body's name goes on with a place below its country at keys[at], as a branch's does: "… of Cincinnati" (not
 * the body of a whole country, "Girl Scouts of America"). */
const branchAt = (keys: readonly string[], at: number): boolean => isPlace(keys, at) && keys[at] !== 'america'
  && countryLength(keys.slice(at)) === 0;

/** Bodies news names by a name of their own besides their own name: "the GOP" or "the Grand Old Party" is the
 * Republican Party, "ISIS", "ISIL" or "Daesh" the Islamic State, "HuffPost" the Huffington Post. */
const isAliasOf = aliasTable([['gop', 'republican party'], ['grand old party', 'republican party'],
  ['isis', 'islamic state'], ['isil', 'islamic state'], ['daesh', 'islamic state'], ['huffpost', 'huffington post']]);
/** Whether `b` is `a` with its last word moved before "of": "Department of State" is the "State Department". */
const headFirst = (a: readonly string[], b: readonly string[]): boolean => a.at(-1) === b[0]
  && a.slice(0, -1).every((k, i) => k === b[i + 2]);
/** What a firm's full name adds to the name news calls it by: its legal form ("Apple Inc."), its trade ("Centerview
 * Partners", "Valeant Pharmaceuticals International"); not "Ford Foundation", another body than Ford. */
const FIRM_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'plc', 'llc', 'co',
  'partners', 'pharmaceuticals', 'pharmaceutical', 'international',
  'group', 'holdings', 'capital', 'management', 'company', 'corporation', 'incorporated', 'industries', 'technologies',
  'communications', 'enterprises', 'companies', 'news', 'channel', 'action']);
/** How many first words of `keys` name the United States: "U.S.", "US", "United States" (keysOf's words, or a token's
 * lexicon key, "u.s"). */
export const countryLength = (keys: readonly string[]): number => (keys[0] === 'us' || keys[0] === 'u.s' ? 1
  : (keys[0] === 'u' && keys[1] === 's') || (keys[0] === 'united' && keys[1] === 'states') ? 2 : 0);
