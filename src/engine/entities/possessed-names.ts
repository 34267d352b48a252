// Names that open with someone's possessive and go on past it: "King's College", "St Thomas' Hospital", "St James's
// Palace", "Regent's Park"; where "Clinton's State Department" and "Britain's Parliament" are two names.
import { INSTITUTIONS, PEOPLE_PLURALS } from './lexicon.ts';
import { isPlace } from './places.ts';
import { withoutPossessive } from './text-checks.ts';
import type { Token } from './tokens.ts';

/** Institutions named after the one whose possessive opens their name: "King's College", "Guy's Hospital". */
const POSSESSED_INSTITUTIONS: ReadonlySet<string> = new Set(['college', 'hospital', 'cathedral', 'church', 'school',
  'federations', 'federation', 'university']);
/** Places named so, which end the name: "St James's Palace", "Regent's Park" (not "Trump's Park Avenue"). */
const POSSESSED_PLACES: ReadonlySet<string> = new Set(['palace', 'park']);

/** Whether a possessive opens an institution's name: a saint's or a king's, not a place's or another institution's
 * ("Johns Hopkins University's School of …"). */
const possessesOne = (key: string): boolean => !isPlace([key]) && !POSSESSED_INSTITUTIONS.has(key) && !INSTITUTIONS.has(key);

/** An office's words, which an office holder's possessive opens: "Maricopa County Sheriff's Office", "the Manhattan
 * District Attorney's Office" (a body, where "Clinton's Office" is hers). */
const OFFICES: ReadonlySet<string> = new Set(['office', 'department']);
/** Those whose office is a body of its own (not the White House's "Office of …", a part of the place). */
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['sheriff', 'attorney', 'coroner', 'prosecutor', 'examiner', 'mayor',
  'governor', 'comptroller', 'auditor', 'clerk', 'treasurer']);

/** Whether tokens[i] goes on the name of tokens[i - 1], the possessive of `owner` (its word without the mark). */
export function possessedAt(tokens: readonly Token[], i: number, owner: string): boolean {
  const key = tokens[i]?.key ?? '';
  const place = POSSESSED_PLACES.has(key) && tokens[i + 1]?.capitalized !== true;
  return ((POSSESSED_INSTITUTIONS.has(key) || place) && possessesOne(owner))
    || (OFFICES.has(key) && OFFICE_HOLDERS.has(owner));
}

/** Whether tokens[i] is the lone mark of a plural's possessive inside such a name, a saint's or one that opens it
 * (from tokens[from]): "St James' Park", "St Thomas' Hospital", "Leaders' College"; not "Sen. Bernie Sanders' College
 * for All Act", a person's. */
export function possessiveMarkInName(tokens: readonly Token[], i: number, from: number): boolean {
  const mark = tokens[i];
  if (mark?.text !== "'" && mark?.text !== '’') return false;
  const owner = tokens[i - 1];
  const next = tokens[i + 1];
  if (!owner || !next || owner.end !== mark.start || !owner.text.endsWith('s')) return false;
  if (!next.capitalized || next.start - mark.end !== 1) return false;
  // ("National Farmers' Union", "Reserve Officers' Training Corps": people's plural goes on in any name.)
  if (PEOPLE_PLURALS.has(owner.key)) return true;
  if (i - 1 !== from && !SAINTS.has(tokens[i - 2]?.key ?? '')) return false;
  return possessedAt(tokens, i + 1, withoutPossessive(owner.key));
}
const SAINTS: ReadonlySet<string> = new Set(['st', 'st.', 'saint']);
