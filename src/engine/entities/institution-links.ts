// Lowercase words inside an institution's name: the "and" of an agency ("Food and Drug Administration") and the "on"
// after its head word ("Council on Foreign Relations").
import { IN_CAPITALS } from './acronyms.ts';
import { isGivenName } from './first-names.ts';
import { ABSTRACT_NOUN, INSTITUTIONS, MONTHS_AND_DAYS, ORGANIZATION_WORDS } from './lexicon.ts';
import { isGroup } from './name-context.ts';
import { ARTICLES } from './name-kinds.ts';
import { isPlace, isTown } from './places.ts';
import { withoutPossessive } from './text-checks.ts';
import type { Token } from './tokens.ts';

/**
 * Whether the "on" at tokens[on] goes on with the institution whose head word stands before it: "Council on Foreign
 * Relations", "Project on Government Secrecy"; not a date, "the Council on Monday".
 */
export const institutionGoesOnAt = (tokens: readonly Token[], on: number): boolean =>
  INSTITUTIONS.has(tokens[on - 1]?.key ?? '') && !MONTHS_AND_DAYS.has(tokens[on + 1]?.key ?? '');

/** How many words a state university's name may have before the "at" of its campus: "University of North Carolina". */
const MAX_UNIVERSITY_WORDS = 4;

/**
 * Whether the "at" at tokens[at] goes on with a state university's campus: "the University of Texas at Austin", "the
 * University of California at San Diego"; not a date, "the University of Iowa at Christmas".
 */
export const campusGoesOnAt = (tokens: readonly Token[], from: number, at: number): boolean =>
  tokens[from]?.key === 'university' && tokens[from + 1]?.key === 'of' && at - from <= MAX_UNIVERSITY_WORDS && isPlace([tokens[from + 2]?.key ?? ''])
  && tokens[at + 1]?.capitalized === true && !MONTHS_AND_DAYS.has(tokens[at + 1]?.key ?? '');

/** At most this many capitalized words after "and" in an agency's name ("… and Human Rights Commission"). */
const MAX_AGENCY_TAIL = 3;
/** Last words of an agency's, a committee's or a school's name, which two nouns joined by "and" may open. */
const AGENCY_HEADS: ReadonlySet<string> = new Set(['committee', 'commission', 'administration', 'agency', 'service',
  'services', 'council', 'fund', 'coalition', 'department', 'program', 'programme', 'project', 'school', 'institute',
  'board', 'authority', 'office', 'bureau', 'foundation', 'association', 'society', 'trust', 'police', 'centre', 'center',
  'enforcement']);

/** A lowercase compound of words and hyphens: "tax-writing", "state-run". */
const COMPOUND = /^\p{Ll}+(?:-\p{Ll}+)+$/u;

/**
 * Whether the "and" at tokens[and] joins one agency's name: "Food and Drug Administration", "Fish and Wildlife
 * Service", "Maritime and Coastguard Agency". One word before it that the article also writes in lowercase (a common
 * noun, not "Obama", "CNN" or "Senate"), or an abstract noun ("a division of Immigration and Customs Enforcement"), or
 * after "the", and two or three after it that end in an organization's word.
 */
export function agencyAfter(tokens: readonly Token[], from: number, and: number, lowercase: () => ReadonlySet<string>): boolean {
  const head = tokens[and - 1];
  if (!head?.word || IN_CAPITALS.test(head.text) || isGivenName(head.key)) return false;
  // (A body's word may open it, "the Securities and Exchange Commission", but not end a name of its own: "Oldknow Academy
  // and Golden Hillock School" are two.)
  if (ORGANIZATION_WORDS.has(head.key) && and - 2 >= from && tokens[and - 2]?.capitalized && tokens[and - 2]?.key !== 'the') {
    return false;
  }
  // The capitalized words right after it, each one space from the one before.
  let j = and + 1;
  const nextWord = (k: number): boolean => !!tokens[k]?.capitalized && tokens[k - 1]?.end === (tokens[k]?.start ?? 0) - 1;
  while (j < tokens.length && j - and <= MAX_AGENCY_TAIL && nextWord(j)) j++;
  const last = tokens[j - 1];
  // (The last word may own what follows: "the England and Wales Cricket Board's managing director".)
  if (j - and < 3 || !last || !AGENCY_HEADS.has(withoutPossessive(last.key)) || tokens[j]?.capitalized) return false;
  // (Or "the" opens it, "the Food and Drug Administration"; not "the Tories and Lib Dems", a group, nor "the … and
  // Boston Police", whose place opens a name of its own.)
  // (Or a country's name, "U.S. Immigration and Customs Enforcement".)
  // (Past a compound that describes it: "the tax-writing Ways and Means Committee".)
  const compound = COMPOUND.test(tokens[from - 1]?.text ?? '') ? 1 : 0;
  const opened = ARTICLES.has(tokens[from - 1 - compound]?.key ?? '') || tokens[from]?.key === 'the'
    || (from < and - 1 && isPlace([tokens[from]?.key ?? '']));
  const placeAfter = isPlace([tokens[and + 1]?.key ?? '']);
  const the = opened && !isGroup(head.key) && !placeAfter;
  // ("the England and Wales Cricket Board": but two places, joined, may name one body; not one police force, which is
  // each place's own, "the Massachusetts and Boston Police".)
  const places = opened && placeAfter && isPlace([head.key]) && withoutPossessive(last.key) !== 'police';
  // (Two counties or towns joined are one body's, a force's too: "Devon and Cornwall Police", "Kingston and Richmond
  // Council"; a state's and a city's are two.)
  const towns = isTown([head.key]) && isTown([tokens[and + 1]?.key ?? '']);
  return the || places || towns || lowercase().has(head.key) || ABSTRACT_NOUN.test(head.key);
}

/** How many tokens a list in an institution's name may run past a comma before its "and". */
const MAX_LIST = 10;

/**
 * Whether the comma at tokens[comma] goes on with a list of capitalized words that "and" closes, one word after the
 * comma and right after each other: "Department for Environment, Food and Rural Affairs", "for Culture, Media, and Sport".
 */
export function listGoesOnAt(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma + 1; k < Math.min(tokens.length, comma + MAX_LIST); k++) {
    const t = tokens[k] as Token;
    if (t.key === 'and' && !t.capitalized) return k > comma + 1 && tokens[k + 1]?.capitalized === true;
    if (t.text === ',' ? !(tokens[k + 1]?.capitalized || tokens[k + 1]?.key === 'and') : !t.capitalized) return false;
  }
  return false;
}
