// People, organizations and places an article mentions, each once and in its fullest form ("Xi" and "President Xi
// Jinping" are one "Xi Jinping"), most mentioned first. Built on the name finder in ./entities/: capitalized
// sequences told apart by titles, organization words and a gazetteer; sentence-initial words and months never
// become people on their own.
import type { Entities } from './types.ts';
import { familyNameFirst, keysOf, sameName } from './entities/name-keys.ts';
import { sameOrganization, samePlace, sameWords } from './entities/same-entries.ts';
import { analyzeNames } from './entities/names.ts';
import type { NameMention } from './entities/names.ts';
import { PLACES } from './entities/places.ts';
import { isGivenName, isVerbGivenName } from './entities/first-names.ts';
import { IN_CAPITALS } from './entities/acronyms.ts';
import { locatedAt, quotedTitles } from './entities/quoted-titles.ts';
import { headlineLines } from './entities/headlines.ts';
import { lowercaseWords } from './entities/caption-headers.ts';
import { photoCredits } from './entities/photo-credits.ts';
import { PLACE_ONLY_PREPOSITIONS, placeRunIn, runInSurnames } from './entities/run-ins.ts';
import { isTownNamedSoAt } from './entities/place-cues.ts';
import { joinInitials } from './entities/initials.ts';
import { joinClubNames } from './entities/club-entries.ts';
import { namedLikeAShow, namesNoBody, organizationName } from './entities/organization-edges.ts';
import { OWNERS } from './entities/kind-nouns.ts';
import { placeName } from './entities/place-names.ts';
import type { Token } from './entities/tokens.ts';
import { titlePeople } from './entities/title-people.ts';
import { hyphenPair, organizationPair } from './entities/hyphen-pairs.ts';
import { aged, agedSurname, cutAtItsInitial, epithetFor, familyOfSomeone, firmWords, joinedToAPerson, namedAfterSomeone, nicknamesIn,
  placeBySurname, joinedToASurname, playsAs, sharedSurnames, shortFor, speakingPlatforms, wordPastAside } from './entities/person-evidence.ts';
import { SPEECH_VERBS } from './quotes/lexicon.ts';
import { namesABody } from './entities/lone-words.ts';
import { KIN_AND_FRIENDS } from './quotes/person-descriptions.ts';
import { oneLine } from './entities/text-checks.ts';
import { namesAFirmAlone } from './entities/firm-names.ts';

interface Entry {
  name: string;
  keys: readonly string[];
  mentions: number;
  first: number;
}

const NO_SPEAKERS: ReadonlySet<string> = new Set();
/** Bodies known by their initials everywhere, whatever the article spells out: "UN Security Council", "the EU". */
const KNOWN_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['EU', 'European Union'], ['E.U.', 'European Union'],
]);
/** Mentions in the title count this much more than one in the body. */
const TITLE_WEIGHT = 2;
const ACRONYM = /^\(([A-Z][A-Z&]{1,7})\)/;

/** Adds a mention to `list`, merging it with the entry `same` says it names; keeps the longer form. */
function count(list: Entry[], name: string, at: number, same: (a: readonly string[], b: readonly string[]) => boolean)
  : void {
  const keys = keysOf(name);
  if (keys.length === 0) return;
  for (const entry of list) {
    const shorter = same(keys, entry.keys);
    if (!shorter && !same(entry.keys, keys)) continue;
    entry.mentions++;
    entry.first = Math.min(entry.first, at);
    // (Not a person's name with a word before it that is no given name: "Rival Hillary Clinton", "Iron Mike Tyson".)
    const [whole, part] = shorter ? [entry.keys, keys] : [keys, entry.keys];
    const trimmed = same === sameName && wordBeforeName(whole, part);
    if (shorter ? trimmed : !trimmed) {
      entry.name = name;
      entry.keys = keys;
    }
    return;
  }
  list.push({ name, keys, mentions: 1, first: at });
}

/** Whether `longer` is `name`, a given name and a surname at least, with one more word before it that is no given name. */
const wordBeforeName = (longer: readonly string[], name: readonly string[]): boolean => name.length >= 2
  && longer.length === name.length + 1 && isGivenName(name[0] ?? '') && !isGivenName(longer[0] ?? '');

/** Organization names with their parenthesized acronyms expanded ("CPC" → "Communist Party of China"). */
function acronymsOf(body: string, names: readonly NameMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of names) {
    if (m.kind !== 'organization') continue;
    const acronym = ACRONYM.exec(body.slice(m.end, m.end + 12).trimStart())?.[1];
    if (acronym) out.set(acronym, m.text.replace(/^the\s+/i, ''));
  }
  return out;
}

function expand(text: string, acronyms: ReadonlyMap<string, string>): string {
  const space = text.indexOf(' ');
  const head = space < 0 ? text : text.slice(0, space);
  const long = acronyms.get(head) ?? KNOWN_ACRONYMS.get(head);
  return long ? long + text.slice(head.length) : text;
}

/** The lowercase word right after a mention, if one is. */
const wordAfter = (body: string, m: NameMention): string | undefined => /^\s+(\p{Ll}+)/u.exec(body.slice(m.end, m.end + 24))?.[1];

/** Whether a lone capitalized word acts like a person: "Brafman said", "Lam stated". */
function speaks(body: string, m: NameMention): boolean {
  const next = wordAfter(body, m);
  return next !== undefined && SPEECH_VERBS.has(next);
}

/** Whether a lone word comes right after a speech verb: "said Johnson". */
const WORD_BEFORE = /(\p{Ll}+)\s+$/u;
const saidBefore = (body: string, m: NameMention): boolean =>
  SPEECH_VERBS.has(WORD_BEFORE.exec(body.slice(Math.max(0, m.start - 24), m.start))?.[1] ?? '');

/** Whether a lone word reports, as an outlet does: "Vocativ reported that …". */
const reports = (body: string, m: NameMention): boolean => REPORTING.has(wordAfter(body, m) ?? '');
const REPORTING: ReadonlySet<string> = new Set(['reported', 'reports']);

/** Most mentioned first (a title mention weighs more), ties by first mention. */
function ranked(list: readonly Entry[], title: string | undefined): string[] {
  const titleKeys = new Set(title ? keysOf(title) : []);
  // Scored once per entry rather than at every comparison of the sort.
  const scored = list.map((e) => ({
    e, score: e.mentions + (e.keys.some((k) => titleKeys.has(k) && k.length > 2) ? TITLE_WEIGHT : 0),
  }));
  return scored.sort((a, b) => b.score - a.score || a.e.first - b.e.first).map(({ e }) => oneLine(e.name));
}

/** "the" or an owner's word right before a mention: "the Dons", "her Islamophobic remarks". */
const DETERMINER_BEFORE = new RegExp(`\\b(?:${[...OWNERS].join('|')})\\s$`, 'i');
/** "at" right before a mention: "Development Officer at Mencap". */
const AT_BEFORE = /\bat\s$/i;
/** An owner and a kinship word, two words between at most, right before a name or two: "his Israeli-born wife, ",
 * "Ted Cruz's wife, ", "her two sons Michael and ". */
const KIN_BEFORE = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\\p{Lu}[\\p{L}-]*['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,2}`
  + `(?:${[...KIN_AND_FRIENDS, 'parent', 'child', 'twin', 'kid'].join('|')})(?:s|ren)?,?\\s(?:\\p{Lu}[\\p{L}-]+,?\\s+and\\s+)?$`, 'u');

/** Whether a mention starts within one of the `[start, end)` spans (a headline's line, a photo credit, a title). */
const within = (spans: ReadonlyArray<readonly [number, number]>) => (m: NameMention): boolean =>
  spans.some(([from, to]) => m.start >= from && m.start < to);

/**
 * Whether a name the finder took for a person's opens or ends with a common word the article also writes in lowercase,
 * with no given name or title before it: "Decision Making", "Safety Check", "Common Core" (but "Patty Judge", "Mr
 * Small", and one who speaks: "said Khin Zaw Win"); or a firm's name opens it, a product's: "Apple Music".
 */
function commonWords(body: string, m: NameMention, tokens: readonly Token[]): boolean {
  // (Not initials first: "A.E. Dick Howard".)
  if (m.titled || INITIALS_FIRST.test(m.text)) return false;
  const keys = keysOf(m.text);
  const first = keys[0] ?? '';
  if (keys.length > 1 && namesAFirmAlone(first, false)) return true;
  const lowercase = lowercaseWords(tokens);
  const given = isGivenName(first) || (m.kind === 'person' && isVerbGivenName(first));
  if (keys.length < 2 || given || (!lowercase.has(keys.at(-1) ?? '') && !lowercase.has(first))) return false;
  return !saidBefore(body, m) && !speaks(body, m);
}
const INITIALS_FIRST = /^(?:\p{Lu}\.)+\s/u;

/** People, organizations and places of an article, deduplicated, most salient first. */
export function extractEntities(body: string, title?: string, speakers: ReadonlySet<string> = NO_SPEAKERS): Entities {
  const { names, tokens } = analyzeNames(body);
  const acronyms = acronymsOf(body, names);
  const people: Entry[] = [];
  const organizations: Entry[] = [];
  const places: Entry[] = [];
  // (Words written as a firm's, looked for only when a lone word speaks.)
  let firms: ReadonlySet<string> | null = null;
  const lone = names.filter((m) => m.kind === 'unknown' && !/\s/.test(m.text));
  const loneWords = new Set(lone.map((m) => keysOf(m.text)[0]));
  // (Those inside a sentence, whose capital is their own: "lost out to Given".)
  const loneInside = new Set(lone.filter((m) => !m.sentenceInitial).map((m) => keysOf(m.text)[0]));
  const headlines = headlineLines(body);
  const inHeadline = within(headlines);
  // (Nor does a photo credit's photographer count: "Neilson Barnard via Getty Images.")
  const credits = photoCredits(body);
  const credited = within(credits);
  const shown = credits.length === 0 ? names : names.filter((m) => !credited(m));
  const running = headlines.length === 0 ? shown : shown.filter((m) => !inHeadline(m));
  // ("When Love Comes to Town": a title's words are nobody's name; but "Real Time with Bill Maher" names a host.)
  const inQuotedTitle = within(quotedTitles(body));
  const inTitle = (m: NameMention): boolean => inQuotedTitle(m) && !isGivenName(keysOf(m.text)[0] ?? '');
  // Full names first, so that a later "Xi" or "Lam" finds "Xi Jinping" or "To Lam" to join (the title's first of all).
  for (const m of titlePeople(title, running)) count(people, m.text, 0, sameName);
  const ranIn = runInSurnames(running, tokens);
  // (Surnames a title gives: "Mr Wang" makes "Wang Dongming", opening a sentence, a person.)
  const titled = new Set(running.filter((m) => m.kind === 'person' && m.titled && !/\s/.test(m.text)).map((m) => keysOf(m.text)[0]));
  let joined: ReadonlySet<number> | null = null;
  for (const m of running) {
    // (A name with a common word is no person's, unless it is a quote's speaker: "Promise Tamang"; nor a letter that
    // hides one, "known in court as Mr X".)
    if (m.kind === 'person' && !inTitle(m) && m.text.length > 1 && (speakers.has(m.text) || !commonWords(body, m, tokens))) {
      // ("the Los Angeles-San Francisco route", "the Muhammad Ali-Joe Frazier fight": two places or two people.)
      const pair = hyphenPair(m.text);
      if (pair?.kind === 'places') for (const p of pair.parts) count(places, placeName(p), m.start, samePlace);
      else for (const p of pair?.parts ?? [ranIn.get(m) ?? m.text]) count(people, p, m.start, sameName);
    }
  }
  for (const [j, m] of running.entries()) {
    if (m.kind === 'organization') {
      // ("Super PAC donations": a kind of body, which names none.)
      // (Nor a show's title in quotation marks, "“Full House”", "“The Rachel Maddow Show”"; but "“The Wall Street
      // Journal”".)
      const keys = keysOf(m.text);
      if (!namesNoBody(keys, body.slice(Math.max(0, m.start - 12), m.start))
        && !(namedLikeAShow(keys, m.text) && inQuotedTitle(m))) {
        const name = organizationName(body, m);
        for (const part of organizationPair(name) ?? [name]) count(organizations, expand(part, acronyms), m.start, sameOrganization);
      }
    } else if (m.kind === 'place') {
      // (Not a place in a title in quotation marks, "“Good Morning America”"; but "from “Buffalo to Albany.”".)
      const titled = inQuotedTitle(m) && !locatedAt(body, m.start);
      if (!placeBySurname(body, m, people) && !titled) count(places, placeName(m.text), m.start, samePlace);
    }
    else if (m.kind === 'possible-person' && !inTitle(m)) {
      // "Lena Fischer met …" opens a sentence: a person if the article goes on calling them "Fischer" (and the
      // surname is no one else's full name's), if they speak, or if an age follows them.
      const keys = keysOf(m.text);
      // "Dave Camp, a broadly respected Republican" opens a sentence, and the article has called him "Mr. Camp":
      // a given name before a surname someone is known by is that person's full name.
      const same = people.some((p) => sameName(keys, p.keys) || (isGivenName(keys[0] ?? '') && sameName(p.keys, keys)))
        || familyNameFirst(keys, titled);
      const surname = keys.at(-1) ?? '';
      const isSomeoneElses = people.some((p) => p.keys.length > 1 && p.keys.at(-1) === surname);
      // (Not a place's or a club's word the article writes after "at", after no given name: "Maverick Tottenham
      // striker …", "at Tottenham"; but "Rival Hillary Clinton", "directed at Clinton".)
      const surnameAt = m.start + m.text.lastIndexOf(' ') + 1;
      const club = !isGivenName(keys.at(-2) ?? '') && placeRunIn(tokens, surname, surnameAt, PLACE_ONLY_PREPOSITIONS);
      // ("''Big Coal vs. virtuous wind'' … Coal consumption is growing": not a word the article writes in lowercase too,
      // unless it is capitalized inside a sentence too: "Shay Given … lost out to Given".)
      const lowercase = lowercaseWords(tokens);
      const calledBySurname = !club && ((loneWords.has(surname) && (!lowercase.has(surname) || loneInside.has(surname)))
        || people.some((p) => p.keys.length === 1 && p.keys[0] === surname));
      // ("Young Sanders voters came …. “…,” Sanders said of young people": a first word the article writes in
      // lowercase too is no given name.)
      const common = lowercase.has(keys[0] ?? '');
      // (An age is proof enough, though someone else bears the surname: "Lizzi Crawford, 32," beside her "Mary Crawford";
      // unless that someone is this name's last words, a word run into them: "Resident Louisa Irving, 94,".)
      const endsInSomeone = people.some((p) => p.keys.length < keys.length
        && p.keys.every((k, j) => keys[keys.length - p.keys.length + j] === k));
      const speaking = speaks(body, m) || wordPastAside(body, m, SPEECH_VERBS)
        || (joined ??= joinedToAPerson(body, running)).has(m.start);
      // (A quote's speaker is a person, common words or not: "Promise Tamang … she writes: '…'".)
      if (same || speakers.has(m.text)
        || (!common && ((!isSomeoneElses && (calledBySurname || speaking)) || ((aged(body, m) || playsAs(body, m)) && !endsInSomeone)))) {
        count(people, m.text, m.start, sameName);
      }
    } else if (m.kind === 'unknown') {
      const keys = keysOf(m.text);
      const person = people.find((p) => sameName(keys, p.keys));
      if (person) {
        person.mentions++;
        person.first = Math.min(person.first, m.start);
      }
      else if (acronyms.has(m.text)) count(organizations, acronyms.get(m.text) ?? m.text, m.start, sameOrganization);
      // "his Israeli-born wife, Miriam", "her son David": a given name a kinship word introduces is a person's.
      else if (keys.length === 1 && isGivenName(keys[0] ?? '') && KIN_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start))) {
        count(people, m.text, m.start, sameName);
      }
      else if (agedSurname(body, m)) count(people, m.text, m.start, sameName);
      else if (keys.length === 1 && isTownNamedSoAt(body, m.start, keys[0] ?? '')) count(places, m.text, m.start, samePlace);
      else if (namesABody(body, m, keys[0] ?? '')) count(organizations, m.text, m.start, sameOrganization);
      else if (joinedToASurname(body, running, j, people, lowercaseWords(tokens))) count(people, m.text, m.start, sameName);
      else if (m.text.includes('-')) {
        // "China-Vietnam ties": a hyphenated pair of places.
        const parts = m.text.split('-');
        if (parts.every((p) => PLACES.has(p.toLowerCase()))) for (const p of parts) count(places, placeName(p), m.start, samePlace);
      } else if (!m.sentenceInitial && !/\s/.test(m.text) && (speaks(body, m) || (speakers.has(m.text) && saidBefore(body, m)))) {
        // A lone capitalized word that speaks ("Brafman said") is a person known by surname; an acronym that does
        // ("the FEC said", "the S.E.C. said") is an organization; any other word after "the" a group ("the Dons
        // predicted"), or after an owner a word describing what follows ("her Islamophobic remarks").
        const acronym = IN_CAPITALS.test(m.text.replaceAll('.', ''));
        const before = body.slice(Math.max(0, m.start - 6), m.start);
        if (DETERMINER_BEFORE.test(before) && !acronym) continue;
        // (And an outlet the article has named as one: "Forbes magazine started …. Forbes says"; or one that reports:
        // "Vocativ reported that …".)
        // (Or the place someone works: "Development Officer at Mencap says" — a person is never "at" another.)
        // (Or the first word of a body's name the article gave, and so that body: "the Hurun Report … Hurun said".)
        const opened = organizations.find((o) => o.keys.length > 1 && o.keys[0] === keys[0]);
        const outlet = organizations.some((o) => sameWords(o.keys, keys)) || reports(body, m) || AT_BEFORE.test(before);
        if (opened) count(organizations, opened.name, m.start, sameOrganization);
        else if (acronym || outlet || (firms ??= firmWords(tokens)).has(keys[0] ?? '')) count(organizations, m.text, m.start, sameOrganization);
        else count(people, m.text, m.start, sameName);
      }
    }
  }
  for (const p of speakingPlatforms(tokens, SPEECH_VERBS)) count(organizations, p.text, p.start, sameOrganization);
  for (const p of sharedSurnames(body, running)) count(people, p.text, p.start, sameName);
  // In a headline every word is capitalized, so where a name ends is a guess ("Rand Paul Scores Direct Hit"): only
  // the places the gazetteer knows count (and not in a title: "“Broad City” Star Asked …").
  for (const m of headlines.length === 0 ? [] : names.filter(inHeadline)) {
    if (m.kind === 'place' && !inQuotedTitle(m)) count(places, placeName(m.text), m.start, samePlace);
  }
  const nicknames = nicknamesIn(people);
  return {
    people: ranked(people.filter((p) => !namedAfterSomeone(p, people) && !shortFor(p, organizations) && !nicknames.has(p.name)
      && !epithetFor(p, people) && !familyOfSomeone(p, people) && !cutAtItsInitial(p, people)), title),
    organizations: ranked(joinInitials(joinClubNames(organizations)), title),
    places: ranked(places, title),
  };
}
