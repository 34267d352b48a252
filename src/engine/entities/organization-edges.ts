// Where an organization's name begins and ends among the capitalized words around it: "Interim DNC" is the DNC,
// "President of CNN Worldwide" is CNN Worldwide, "Fox News Chairman" names a role at Fox News; and the name it is
// listed by ("the Breitbart.com" is Breitbart).
import type { NameMention } from './names.ts';
import type { Token } from './tokens.ts';
import { IN_CAPITALS } from './acronyms.ts';
import { HONORIFICS, INSTITUTIONS, NOT_AN_ORGANIZATIONS_NAME, ORGANIZATION_NAMES, ORGANIZATION_WORDS, TITLE_WORDS } from './lexicon.ts';
import { DATE_MONTHS, DATED_AFTER } from './place-names.ts';
import { isGroup } from './name-context.ts';
import { DEMONYMS, isPlace, NATURAL_FEATURES } from './places.ts';
import { countryLength } from './same-entries.ts';
import { namesAFirmAlone } from './firm-names.ts';
import { isGivenName } from './first-names.ts';

/** How many of the first `keys` are no part of the organization's name ("President of CNN Worldwide": two; "Party" of
 * "Party Chairman Reince Priebus": all, since a kind of body names none alone). */
export function organizationLead(keys: readonly string[]): number {
  if (keys.length === 1 && KINDS_OF_BODY.has(keys[0] ?? '')) return 1;
  if (keys.length > 1 && NOT_AN_ORGANIZATIONS_NAME.has(keys[0] ?? '')) return 1;
  // ("the Republican Senate", "a Democratic Congress", "Republican U.S. House Speaker": a body a party holds is the body.)
  if (PARTY_ADJECTIVES.has(keys[0] ?? '') && keys.length === countryLength(keys.slice(1)) + 2) {
    const body = keys.at(-1) ?? '';
    if (ORGANIZATION_NAMES.has(body) || body === 'house') return 1;
  }
  const title = keys[0] ?? '';
  return keys.length > 2 && keys[1] === 'of' && TITLE_WORDS.has(title) && !ORGANIZATION_WORDS.has(title) ? 2 : 0;
}

/** Whether a place and "GOP" say where a party's contest is, before the contest's noun (`next`): "the New Hampshire
 * GOP primary", "a top Tallahassee GOP operative" (not "the Iowa GOP said", the state's party). */
export const placeOfAContest = (keys: readonly string[], next: Token | undefined): boolean => keys.at(-1) === 'gop'
  && keys.length > 1 && isPlace(keys.slice(0, -1)) && CONTESTS.has(next?.key ?? '');
/** What a party's contest or its people are: "primary", "caucuses", "operative". */
const CONTESTS: ReadonlySet<string> = new Set(['primary', 'primaries', 'caucus', 'caucuses', 'debate', 'race',
  'nomination', 'presidential', 'operative', 'operatives', 'voters', 'electorate', 'contest', 'ballot', 'field']);

/** A party's words, as adjectives or for one of its people: "the Republican Senate", "the Kentucky Democrat". */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(['democratic', 'republican', 'gop', 'democrat']);
/** Bodies' words that name a kind of body, and no body alone: "Council Speaker …", "Police Commissioner …". */
const KINDS_OF_BODY: ReadonlySet<string> = new Set([...INSTITUTIONS, 'party', 'police', 'court', 'trust', 'management',
  'ministry', 'union', 'group', 'company', 'team', 'university', 'hospital', 'campaign', 'government', 'administration',
  'service', 'prison', 'church']);

/** Roles held at an organization, written after its name with no person after them. */
const ROLES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'president', 'ceo', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'anchor', 'host', 'reporter', 'correspondent', 'editor', 'columnist', 'analyst', 'founder',
  'commissioner', 'treasurer', 'ig']);
/** Words that grade a role, and go with it: "Fox News Vice President", "CNN Senior Correspondent", "United Nations High
 * Commissioner". */
const GRADES: ReadonlySet<string> = new Set(['vice', 'deputy', 'executive', 'managing', 'senior', 'chief', 'assistant',
  'high']);

/**
 * "Fox News Chairman": an organization's name, then a role at it (or a report of it) (not "White House Press Secretary", a title); or a
 * group of its people, after a name of two words or more ending in an organization's word: "Oversight Committee
 * Republicans", "Cleveland Police Patrolmen" (not "College Republicans" or "Log Cabin Republicans").
 */
export function endsInARoleOrGroup(keys: readonly string[]): boolean {
  const before = keys[keys.length - 2] ?? '';
  const last = keys[keys.length - 1] ?? '';
  // (Or a document of it: "The latest World Health Organization Report confirmed"; not the "Drudge Report". Or a
  // party's adjective for an event of it: "the CNN Democratic debate", "the Senate Republican leader".)
  // (After a body named alone, two words are enough: "SNP MPs".)
  const body = keys.length > 2 || ORGANIZATION_NAMES.has(before);
  const after = isGroup(last) || PEOPLE_OF.test(last) || last === 'report' || PARTY_ADJECTIVES.has(last);
  if (body && ORGANIZATION_WORDS.has(before) && after) return true;
  // (Not a title of two words, "Clinton Communications Director", whose first word reads as a body's.)
  // (Or a firm known by one word: "the former Hewlett-Packard CEO".)
  const firm = keys.length === 2 && namesAFirmAlone(before, false);
  return (ROLES.has(last) || GRADES.has(last)) && (!TITLE_WORDS.has(before) || GRADES.has(before))
    && !TITLES_OF_TWO.has(`${before} ${last}`) && (firm || keys.slice(0, -1).some((k) => ORGANIZATION_WORDS.has(k)));
}
/** Plurals of people in "-men" the lists of groups leave out: "patrolmen", "linemen". */
const PEOPLE_OF = /^\p{Ll}+men$/u;

/** Titles whose first word is an organization's word too: "White House Press Secretary Josh Earnest". */
const TITLES_OF_TWO: ReadonlySet<string> = new Set(['press secretary', 'press officer', 'press aide',
  'communications director']);

/**
 * Whether an organization's name may end at keys[j], a person's name after it ("Communist Party of Vietnam Central
 * Committee To Lam"): an organization's word, not before "of" or "on", nor opening a title ("White House | Press
 * Secretary"); or the last word of an institution's name linked by "for" or "of", a title after it ("Institute for
 * Fiscal Studies | Director Paul Johnson").
 */
export function endsOrganizationAt(keys: readonly string[], j: number): boolean {
  const next = keys[j + 1] ?? '';
  if (next === 'of' || next === 'on') return false;
  if (ORGANIZATION_WORDS.has(keys[j] ?? '')) return !TITLES_OF_TWO.has(`${keys[j]} ${next}`);
  // (A firm known by one word before a role: "Former Hewlett-Packard CEO Carly Fiorina".)
  if ((ROLES.has(next) || TITLE_WORDS.has(next)) && namesAFirmAlone(keys[j] ?? '', false)) return true;
  return TITLE_WORDS.has(next) && keys.slice(1, j).some((k, i) => (k === 'for' || k === 'of') && INSTITUTIONS.has(keys[i] ?? ''));
}

/**
 * Whether an organization's words name no body: a kind of body ("Super PAC donations", "a Republican PAC"), one
 * described by whom it backs ("the Ted Cruz Super PAC", "A pro-Newt Gingrich PAC", whose `before` text ends in
 * "pro-Newt "), a plane ("Air Force One", "Trump Force One"), a numbered court ("Court Two") or an adjective ("Radical
 * Islamic").
 */
export function namesNoBody(keys: readonly string[], before: string): boolean {
  const last = keys.at(-1);
  // (Not a name of its own after "pro-…": "the pro-Trump Great America PAC".)
  const described = keys.length === 2 && (PARTY_ADJECTIVES.has(keys[0] ?? '') || PRO.test(before));
  if (last === 'pac') return keys.at(-2) === 'super' || described;
  // (Or a court a number names, at a tennis club: "Court Two".)
  if (keys.length === 2 && keys[0] === 'court' && NUMBERED.test(last ?? '')) return true;
  // (Nor is "TV" after a place, a people or a genre: "an Orlando TV reporter", "Chechen TV presenters", "Reality TV
  // star"; but "Current TV", "Sky TV".)
  const first = keys[0] ?? '';
  if (keys.length === 2 && last === 'tv') return isPlace([first]) || DEMONYMS.has(first) || first === 'reality';
  // (Nor does a body's adjective that ends the words, describing what follows: "Radical Islamic terrorism".)
  if (last === 'islamic') return true;
  return keys.length > 1 && keys.at(-2) === 'force' && (last === 'one' || last === 'two');
}
const NUMBERED = /^(?:one|two|three|\d+)$/;
/** "pro-Newt ", before the rest of a backed name. */
const PRO = /\bpro-\p{L}*\s*$/iu;

/** Whether a body's word among `words` (a name's, past its titles) makes it a body's name: "Fox News", "Labor Party";
 * not a natural feature's named after one, "Church Cove", "Police Point"; nor a person's initials, "AP McCoy". */
export const hasBodyWord = (words: readonly string[]): boolean => words.some((w) => ORGANIZATION_WORDS.has(w)
  && !(w === 'ap' && words.length > 1)) && !NATURAL_FEATURES.has(words.at(-1) ?? '') && !endsInABodysSurname(words);

/** Words of a body's name that are surnames too: the "Washington Post", but "Emily Post", "Robert Music"; "Goldman
 * Sachs", but "Jeffrey D. Sachs". */
const SURNAME_BODY_WORDS: ReadonlySet<string> = new Set(['post', 'music', 'temple', 'sachs']);
/** Whether a name of a given name and a word or two ends in such a word, or an honorific stands before one body's word
 * ("Dr. House", "Mr. Church"): then it is a person's. */
export const endsInABodysSurname = (keys: readonly string[]): boolean => (keys.length === 2 && HONORIFICS.has(keys[0] ?? ''))
  || (SURNAME_BODY_WORDS.has(keys.at(-1) ?? '') && keys.length <= 3 && isGivenName(keys[0] ?? ''));

/** An organization's name without "the", nor the period of a web address ("the conservative Breitbart.com"). */
export function organizationName(body: string, m: NameMention): string {
  const end = m.start + m.text.length;
  // ("Radio Times TV editor Alison Graham": the medium opens the role after the name.)
  // (Only when what is left names a body by itself, "BBC" or two words: not "British" of "a British TV channel".)
  const rest = m.text.replace(/\s+TV$/, '');
  const medium = TV_ROLE_AFTER.test(body.slice(end, end + 16)) && (/\s/.test(rest) || IN_CAPITALS.test(rest)) ? rest : m.text;
  const name = medium.replace(/^the\s+/i, '').replace(MONTH_AT_EDGE, '').replace(PEOPLE_BEFORE_ACRONYM, '');
  const named = name.endsWith('.') && DOMAIN_AFTER.test(body.slice(end, end + 4)) ? name.slice(0, -1) : name;
  return foundersBefore(body, m.start, named) + named;
}

/** The given names of the others a foundation is named for, before the last one's name: "Bill, Hillary and " of "the
 * Bill, Hillary and Chelsea Clinton Foundation", "William and " of "the William and Flora Hewlett Foundation". */
function foundersBefore(body: string, start: number, name: string): string {
  if (!INSTITUTIONS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return '';
  const founders = FOUNDERS_BEFORE.exec(body.slice(Math.max(0, start - FOUNDERS_REACH), start))?.[1] ?? '';
  const given = founders.split(/,? and |, /).filter((w) => w !== '');
  return given.length > 0 && given.every((w) => isGivenName(w.toLowerCase())) ? founders : '';
}
const FOUNDERS_BEFORE = /(?<![\p{L}'’.-])((?:\p{Lu}\p{Ll}+, )*\p{Lu}\p{Ll}+,? and )$/u;
const FOUNDERS_REACH = 40;
const DOMAIN_AFTER = /^(?:com|org|net|gov|edu)\b/;
/** A month run into the start of a name ("the July NATO summit"), as "All" is ("All CNN"), or a date into its end. */
const MONTH_AT_EDGE = new RegExp(`^(?:${DATE_MONTHS}|All)\\s+(?=\\S)|${DATED_AFTER.source}`);
/** A role or a kind of show that "TV" at a name's end opens: "Radio Times TV editor", "the Sky TV programme". */
const TV_ROLE_AFTER = /^\s+(?:editor|presenter|producer|critic|programme|program|show|series|documentary|channel)\b/;
/** Who among an acronym's members, run into its name: "African-American RNC members", "Hispanic GOP voters". */
const PEOPLE_BEFORE_ACRONYM = /^(?:\p{Lu}\p{Ll}+-Americans?|Hispanic|Latino|Latina|Black|White|Asian|Arab)\s+(?=\p{Lu}{2,}$)/u;

/** Last words of a show's title: "“The Late Show”", "“MSNBC Live”", "“House of Cards”", "“Prison Break”". */
const SHOW_ENDINGS: ReadonlySet<string> = new Set(['show', 'live', 'reports', 'report', 'unplugged', 'break', 'house',
  'cards', 'newshour', 'hour']);
/** Whether a name ends as a show's title does ("The Late Show"), or joins two words with "&" ("“Fox & Friends”"), which,
 * in quotation marks, names no body (a firm so named is seldom quoted: Procter & Gamble). */
export const namedLikeAShow = (keys: readonly string[], text: string): boolean => SHOW_ENDINGS.has(keys.at(-1) ?? '')
  || text.includes(' & ');
