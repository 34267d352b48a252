// What a noun next to a name says it names, whatever its words look like: a firm ("shipping company Atlantica di
// Navigazione"), an outlet ("El Universal newspaper"), the title of a work ("his book Going Home to Glory", "a book
// about the escape called Zero Night"), a place called after someone ("Sabiha Gokcen airport") or an animal ("the dog
// named Foxxy Cleopatra", "Monbeg Dude, the horse whom he owns"), which names no person; and a place its kind or its
// people name before it ("the village of Shoma Ying", "villagers from Shoma Ying").
import { possessiveLength, withoutPossessive } from './text-checks.ts';
import type { Token } from './tokens.ts';
import { YEAR } from './word-shapes.ts';
import { isGivenName } from './first-names.ts';

/** Kinds of firm that, written right before a name, make it the firm's: "shipping company Atlantica di Navigazione". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'airline', 'conglomerate',
  'carmaker', 'retailer', 'insurer', 'supermarket', 'chain', 'startup', 'start-up', 'subsidiary', 'giant', 'lender',
  'contractor']);
/**
 * Kinds of body that, written right before a name, make it the body's if nothing says otherwise: "the advocacy group
 * Autism Speaks", "the tech news site Pando". A relative clause may follow them too, whose subject is a person's name
 * ("a group Barack Obama won", "the organization Bill Clinton used"): not a name that a given name opens.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['group', 'website', 'site', 'outlet', 'publication', 'newspaper',
  'agency', 'charity', 'organization', 'organisation', 'nonprofit', 'non-profit', 'watchdog', 'network', 'broadcaster',
  'daily', 'tabloid', 'paper', 'club', 'band']);
/** A word that says what follows is no name of a body: "Visit site Finders Keepers" (a shop's link), "group B". */
const SHOPS_OR_LEAGUES = /^(?:visit|shop|buy|qualifying)$/;

/**
 * Whether the capitalized words tokens[i, end) are a body's name, as the kind of body written right before them says
 * (see BODY_NOUNS); not when a small word and more capitals go on with its name: "the group Democracy for America",
 * "the group Raqqa is Being Slaughtered Silently".
 */
export function isBodyBefore(tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i];
  const named = (BODY_NOUNS.has(tokens[i - 1]?.key ?? '') && !SHOPS_OR_LEAGUES.test(tokens[i - 2]?.key ?? ''))
    || calledABody(tokens, i);
  const example = !named && isExampleOfBodies(tokens, i);
  if (!first || !(named || example)) return false;
  // (In a list of examples, "and" or "or" brings in the next one: "employers including Marriott and AT&T".)
  const goesOn = tokens[end]?.word && !tokens[end]?.capitalized && tokens[end + 1]?.capitalized
    && !(example && LIST_JOINERS.has(tokens[end]?.key ?? ''));
  // ("groups like … Students for a Democratic Society", "groups like Emily's List": nor a name that goes on past
  // "a", or an owner's.)
  const owner = possessiveLength(tokens[end - 1]?.text ?? '') > 0;
  const goesOnPastA = tokens[end]?.key === 'for' && tokens[end + 1]?.key === 'a' && tokens[end + 2]?.capitalized;
  return (!isGivenName(first.key) || calledABody(tokens, i)) && !goesOn && !(example && (owner || goesOnPastA));
}

/** "a firm called Cambridge Analytica", "a group called Citizens for Trump": a body a kind of body is called (after
 * "a", so not a verb's object: "the group called Trump a liar"). */
function calledABody(tokens: readonly Token[], i: number): boolean {
  const kind = tokens[i - 2]?.key ?? '';
  return tokens[i - 1]?.key === 'called' && (tokens[i - 3]?.key === 'a' || tokens[i - 3]?.key === 'an')
    && (BODY_NOUNS.has(kind) || COMPANY_NOUNS.has(kind) || CALLED_KINDS.has(kind));
}
const CALLED_KINDS: ReadonlySet<string> = new Set(['pac', 'coalition', 'campaign', 'movement',
  'foundation', 'union', 'association']);

/** Kinds of body, in the plural, whose examples a list after "such as", "like" or "including" names. */
const BODIES: ReadonlySet<string> = new Set(['companies', 'firms', 'employers', 'retailers', 'groups', 'organizations',
  'organisations', 'brands', 'businesses', 'outlets', 'chains', 'banks', 'airlines', 'charities', 'networks',
  'websites', 'newspapers', 'publications', 'broadcasters', 'insurers', 'carmakers', 'manufacturers', 'corporations',
  'conglomerates', 'nonprofits', 'startups', 'publishers', 'platforms', 'supermarkets', 'unions', 'giants']);
/** Words that bring in examples: "like", "including", "such as" (its "as"). */
const EXAMPLES: ReadonlySet<string> = new Set(['like', 'including', 'as']);
/** Words between two examples of a list: "Pfizer, GlaxoSmithKline and Eli Lilly". */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** Words inside an example's name besides its capitals: "Wisconsin Club for Growth", "Johnson & Johnson". */
const INSIDE_NAMES: ReadonlySet<string> = new Set(['of', 'for', '&', 'the', 'and']);
/** How many examples back the list's opening is looked for. */
const MAX_EXAMPLES = 6;

/**
 * Whether the name at tokens[i] is one of the examples a kind of body brings in ("employers such as Monsanto",
 * "companies like Alphabet, Amazon and Apple", "groups, including Black Lives Matter"): each is a body.
 */
function isExampleOfBodies(tokens: readonly Token[], i: number, kinds: ReadonlySet<string> = BODIES): boolean {
  let k = i - 1;
  if (tokens[k]?.key === 'the') k--;
  for (let examples = 0; examples < MAX_EXAMPLES; examples++) {
    const key = tokens[k]?.key ?? '';
    if (EXAMPLES.has(key)) {
      // ("such as": its "as" after "such".)
      const intro = key === 'as' ? (tokens[k - 1]?.key === 'such' ? k - 1 : -1) : k;
      const noun = tokens[intro - 1]?.text === ',' ? intro - 2 : intro - 1;
      return intro > 0 && kinds.has(tokens[noun]?.key ?? '') && !tokens[noun]?.capitalized;
    }
    if (!LIST_JOINERS.has(tokens[k]?.text ?? '')) return false;
    // The example before: its joiners ("Pfizer, and"), then its name.
    while (k > 0 && LIST_JOINERS.has(tokens[k]?.text ?? '')) k--;
    if (!tokens[k]?.capitalized) return false;
    while (k > 0 && (tokens[k - 1]?.capitalized || INSIDE_NAMES.has(tokens[k - 1]?.key ?? ''))
      && !EXAMPLES.has(tokens[k - 1]?.key ?? '')) k--;
    k--;
  }
  return false;
}

/** Kinds of outlet that, written right after a name, make it the outlet's: "El Universal newspaper". */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'magazine', 'tabloid', 'website', 'broadcaster',
  'channel']);

/**
 * Whether the words tokens[from, end) name an outlet, as the noun after them says: "El Universal newspaper", but not
 * "a Baton Rouge newspaper" (a place), "Clinton's website" (a person's) or "a New York-based newspaper".
 */
export function isOutletAfter(tokens: readonly Token[], from: number, end: number): boolean {
  const noun = tokens[end];
  const last = tokens[end - 1];
  // (The outlet's noun may own what follows: "Family Circle magazine's poll".)
  if (!noun || !last || !MEDIA_NOUNS.has(withoutPossessive(noun.key)) || possessiveLength(last.text) > 0) return false;
  const before = tokens[from - 1];
  return !(before && (before.key === 'a' || before.key === 'an')) && !/-\p{Ll}/u.test(last.text);
}

/** Who plays for, runs or follows a club, written right after a town that is the club's name: "Liverpool manager". */
export const CLUB_PEOPLE: ReadonlySet<string> = new Set(['midfielder', 'striker', 'defender', 'goalkeeper', 'keeper', 'winger',
  'full-back', 'centre-back', 'manager', 'boss', 'captain', 'team-mate', 'teammate']);

/** Whether the place named right before tokens[end] is a club there, as who plays for it says: "Tottenham striker". */
export const isClubAfter = (tokens: readonly Token[], end: number): boolean => CLUB_PEOPLE.has(tokens[end]?.key ?? '')
  && tokens[end]?.capitalized === false && possessiveLength(tokens[end - 1]?.text ?? '') === 0;

/** Kinds of body an appositive may give a name ("OHorizons Global, a private investment firm"); not the kinds that are
 * people too ("Jay Rayner, the broadcaster and writer"). */
const BODIES_AFTER: ReadonlySet<string> = new Set([...COMPANY_NOUNS, 'group', 'organization', 'organisation', 'charity',
  'nonprofit', 'non-profit', 'watchdog', 'agency', 'newspaper', 'website', 'outlet', 'publication', 'network', 'tabloid']);
/** Words that may follow the kind of body in such an appositive: "a private investment firm based in San Juan"; not "of",
 * which makes it a crowd ("in the Capitol, a group of Republicans"). */
const AFTER_THE_KIND: ReadonlySet<string> = new Set([',', '.', ';', 'based', 'that', 'which', 'whose', 'with', 'in',
  'from', 'owned', 'run', 'founded', 'headquartered', 'backed', 'for']);
/** Words that make a group a people, not a body: "Oromos, a minority group". */
const PEOPLES: ReadonlySet<string> = new Set(['minority', 'ethnic', 'religious', 'tribal', 'indigenous']);
/** Adjectives at most between the article and the kind of body: "a private investment firm". */
const MAX_DESCRIBING = 3;

/**
 * Whether the capitalized words tokens[i, end) are a body's name, as an appositive after them says: "OHorizons Global, a
 * private investment firm based in San Juan"; not when the kind of body describes the next noun ("Ann Lee, a firm
 * believer"), nor a word opening a sentence ("Likewise, a paper …"), nor the end of a longer name ("the Caucus of Rank
 * and File Educators, a group").
 */
export function isBodyAfter(tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const before = tokens[i - 1];
  if (!before || /^[.!?:]$/.test(before.text) || (tokens[i - 2]?.capitalized && NAME_JOINERS.has(before.key))) return false;
  // ("Patriot Coal, one of the nation's largest coal companies,": one of a kind of body, before anything else is said.)
  if (tokens[end + 1]?.key === 'one' && tokens[end + 2]?.key === 'of') {
    for (let k = end + 3; k <= end + 5 + MAX_DESCRIBING && tokens[k]?.word && !ONE_OF_STOPS.has(tokens[k]?.key ?? ''); k++) {
      if (BODIES.has(tokens[k]?.key ?? '')) return true;
    }
    return false;
  }
  const article = tokens[end + 1]?.key ?? '';
  if (!(article === 'a' || article === 'an' || article === 'the' || article === 'another')) return false;
  for (let k = end + 2; k <= end + 2 + MAX_DESCRIBING; k++) {
    const t = tokens[k];
    if (!t?.word || t.capitalized || PEOPLES.has(t.key)) return false;
    if (BODIES_AFTER.has(t.key)) {
      const next = tokens[k + 1];
      return next !== undefined && !next.capitalized && AFTER_THE_KIND.has(next.key);
    }
  }
  return false;
}
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for', '&']);
/** Words after "one of the" that end the kind before a body's: "one of the founders of the companies". */
const ONE_OF_STOPS: ReadonlySet<string> = new Set(['of', 'who', 'that', 'which', 'in', 'at', 'for', 'with', 'and', 'to']);

/** Jobs at a firm, written before "at" and its name: "a partner at Winckworth Sherwood", "an analyst at Jefferies". */
const JOBS_AT_FIRMS: ReadonlySet<string> = new Set(['partner', 'analyst', 'economist', 'strategist', 'solicitor',
  'accountant', 'consultant', 'banker', 'trader', 'associate']);

/** Players' positions, before the club a list of transfers gives in brackets: "Josh Parker, midfielder (Red Star Belgrade)". */
export const POSITIONS: ReadonlySet<string> = new Set(['midfielder', 'defender', 'forward', 'goalkeeper', 'striker', 'winger',
  'keeper', 'full-back', 'centre-back']);

/** Whether the name at tokens[i] is a firm's, as the kind of firm, or a job at one, written right before it says; or a
 * club's, in brackets after a player's position. */
export const isCompanyBefore = (tokens: readonly Token[], i: number): boolean => COMPANY_NOUNS.has(tokens[i - 1]?.key ?? '')
  || (tokens[i - 1]?.key === 'at' && JOBS_AT_FIRMS.has(tokens[i - 2]?.key ?? ''))
  || (tokens[i - 1]?.text === '(' && POSITIONS.has(tokens[i - 2]?.key ?? ''));

/** Kinds of work whose title comes right after them (not words that are verbs too, whose object is a person: "to play
 * Dolvett Quince", "show Ross Kemp at his best"). */
const WORK_NOUNS: ReadonlySet<string> = new Set(['book', 'books', 'novel', 'memoir', 'film', 'films', 'movie', 'movies',
  'documentary', 'series', 'sitcom', 'programme', 'album', 'song', 'musical', 'opera', 'poem', 'painting', 'thriller',
  'biopic', 'blockbuster', 'sequel', 'drama', 'comedy']);
const EXAMPLE_WORKS: ReadonlySet<string> = new Set([...WORK_NOUNS, 'shows']);
/** Words that give a work its title: "a book called Zero Night". */
const TITLING: ReadonlySet<string> = new Set(['called', 'titled', 'entitled', 'dubbed']);
/** How many words may stand between the kind of work and the word that titles it: "a book about the escape called". */
const MAX_BETWEEN = 8;

/** Whether the words starting at tokens[i] are the title of a work the words before them name. */
export function titlesAWorkAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // ("shows like Empire, Luke Cage and …": so are the examples of works.)
  if (isExampleOfBodies(tokens, i, EXAMPLE_WORKS)) return true;
  if (!before?.word || before.capitalized) return false;
  if (WORK_NOUNS.has(before.key)) return true;
  if (!TITLING.has(before.key)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - MAX_BETWEEN); k--) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (WORK_NOUNS.has(t.key)) return true;
  }
  return false;
}

/** Places and buildings that, written right after a name, are called after that person: "Sabiha Gokcen airport". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['airport', 'stadium', 'arena', 'station', 'bridge', 'camp', 'prison',
  'museum', 'hospital']);

/** Whether the name ending before tokens[end] names a place or a building, as the noun after it says (not a
 * possessive's: "Hillary Clinton's camp"). */
export const isPlaceAfter = (tokens: readonly Token[], end: number): boolean => nounAfterName(tokens, end, PLACE_NOUNS);

/** Parts of a country that, written right after a name, make it the part's: "in Sirnak province", "the Oromia region". */
const REGION_NOUNS: ReadonlySet<string> = new Set(['province', 'region', 'governorate', 'prefecture']);

/** Whether the name ending before tokens[end] names a part of a country, as the noun after it says. */
export const isRegionAfter = (tokens: readonly Token[], end: number): boolean => nounAfterName(tokens, end, REGION_NOUNS);

/** Venues that, written right after a name, make it the venue's: "at Pulse nightclub", "The Venetian hotel". */
export const VENUE_NOUNS: ReadonlySet<string> = new Set(['hotel', 'casino', 'nightclub', 'resort', 'restaurant']);
/** Whether the name ending before tokens[end] names a venue, as the noun after it says. */
export const isVenueAfter = (tokens: readonly Token[], end: number): boolean => nounAfterName(tokens, end, VENUE_NOUNS);

/** Whether the place tokens[from, end) is an outlet named after it, as a kind of outlet after it says, with a
 * preposition or "told" before it and no name after: "told New York magazine", "in New York magazine"; not "a widely
 * read Washington newspaper", "the Boston newspaper", "in New York newspaper Newsday". */
export function isPlaceOutletAfter(tokens: readonly Token[], from: number, end: number): boolean {
  return BEFORE_AN_OUTLET.has(tokens[from - 1]?.key ?? '') && isOutletAfter(tokens, from, end)
    && tokens[end + 1]?.capitalized !== true;
}
const BEFORE_AN_OUTLET: ReadonlySet<string> = new Set(['in', 'to', 'for', 'with', 'by', 'from', 'told']);

/** Whether a lowercase noun among `nouns` follows the name ending before tokens[end], which owns nothing (past a
 * closing quotation mark too: "the “Jane The Virgin” actress"). */
function nounAfterName(tokens: readonly Token[], end: number, nouns: ReadonlySet<string>): boolean {
  const noun = CLOSING_QUOTES.has(tokens[end]?.text ?? '') ? tokens[end + 1] : tokens[end];
  const last = tokens[end - 1];
  return !!noun?.word && !noun.capitalized && nouns.has(noun.key) && !!last && possessiveLength(last.text) === 0;
}

const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’', "'"]);

/** Who makes or stars in a work, or its parts, written right after its title: "The Harry Potter author", "his Top Gear
 * colleagues", "the Harry Potter books". */
const WORK_ROLES: ReadonlySet<string> = new Set(['author', 'creator', 'presenter', 'presenters', 'actress', 'actor',
  'actors', 'star', 'director', 'novelist', 'colleagues', 'cast', 'books', 'novels', 'films', 'movies', 'franchise']);

/** Whether the name ending before tokens[end] is a work's title, as a role in making it (or its parts) after it says. */
export const isWorkRoleAfter = (tokens: readonly Token[], end: number): boolean =>
  nounAfterName(tokens, end, WORK_ROLES);

/** Animals whose name comes after "named" or "called": "the dog named Foxxy Cleopatra", "The Chihuahua named …". */
const ANIMALS: ReadonlySet<string> = new Set(['dog', 'cat', 'horse', 'pony', 'lamb', 'puppy', 'kitten', 'parrot', 'pig',
  'rabbit', 'tortoise', 'snake', 'ram', 'bull', 'cow', 'sheep', 'goat', 'hamster', 'lizard', 'reptile', 'chihuahua',
  'terrier', 'spaniel', 'labrador', 'poodle', 'collie', 'retriever', 'greyhound', 'mare', 'stallion', 'gelding', 'colt',
  'filly', 'tiger', 'lion', 'elephant', 'gorilla', 'monkey', 'bear', 'panda']);

/** Whether a word (a key) names a kind of animal or a breed: "spaniel" of "King Charles Spaniel Alfie". */
export const isAnimalWord = (key: string): boolean => ANIMALS.has(key);

/** Whether the name ending before tokens[end] is an animal's, as an appositive after it says: "Monbeg Dude, the horse". */
export function isAnimalAfter(tokens: readonly Token[], end: number): boolean {
  // (Or a breed's: "Jack Russell terrier", "King Charles spaniel".)
  if (ANIMALS.has(tokens[end]?.key ?? '') && !tokens[end]?.capitalized) return true;
  const article = tokens[end + 1]?.key ?? '';
  return tokens[end]?.text === ',' && (article === 'the' || article === 'a' || article === 'his' || article === 'her')
    && ANIMALS.has(tokens[end + 2]?.key ?? '');
}

/** Whether the name at tokens[i] is an animal's, as the words right before it say: "the dog named Foxxy Cleopatra". */
export function namesAnAnimalAt(tokens: readonly Token[], i: number): boolean {
  const naming = tokens[i - 1];
  if (!naming || naming.capitalized) return false;
  // ("his horse Monbeg Dude", "the dog Max": the animal's noun right before its name, after a determiner.)
  if (ANIMALS.has(naming.key)) return OWNERS.has(tokens[i - 2]?.key ?? '');
  return (naming.key === 'named' || naming.key === 'called') && ANIMALS.has(tokens[i - 2]?.key ?? '');
}
export const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'its', 'my', 'our', 'your']);

/**
 * Whether an owner's word stands right before the name at tokens[i]: "his Jack Russell", "his Animal Farm", a thing;
 * not a relative the name opens with ("her Aunt Mary Smith").
 */
export const isOwnedAt = (tokens: readonly Token[], i: number): boolean =>
  OWNERS.has(tokens[i - 1]?.key ?? '') && tokens[i - 1]?.key !== 'the' && !RELATIVES.has(tokens[i]?.key ?? '');
const RELATIVES: ReadonlySet<string> = new Set(['aunt', 'auntie', 'uncle', 'cousin', 'grandma', 'grandpa', 'granny', 'nana']);

/** Whether a year stands right after the name ending before tokens[end]: "Spion Kop 1906 fan groups". */
export const isYearAfter = (tokens: readonly Token[], end: number): boolean => YEAR.test(tokens[end]?.text ?? '');

/** Whether "in" or "at" stands right before the name at tokens[i]: "on a beach in Koh Tao", "at Turf Moor". */
export const isInOrAtBefore = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.key === 'in' || tokens[i - 1]?.key === 'at';
