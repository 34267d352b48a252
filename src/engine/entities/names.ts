// Finds capitalized name sequences and tells people, organizations and places apart with closed word lists: the
// shared ground of entity extraction and of quote speakers. Heuristic by design; it errs towards "unknown" rather
// than calling a sentence-initial word or a month a person.
import { EPONYMOUS_DISEASES, FUNCTION_WORDS, INSTITUTIONS, NAME_PARTICLES, PEOPLE_PLURALS } from './lexicon.ts';
import { agencyAfter, campusGoesOnAt, institutionGoesOnAt, listGoesOnAt } from './institution-links.ts';
import { ARTICLES, classifySequence } from './name-kinds.ts';
import type { FoundName } from './found-names.ts';
import { isGivenName } from './first-names.ts';
import { hasLineBreak, hasNonSpace, possessiveLength, withoutPossessive } from './text-checks.ts';
import { nicknameAfterGiven } from './nicknames.ts';
import { isArticleJoined, particlesGoOnAt } from './name-particles.ts';
import { ordinalBefore } from './word-shapes.ts';
import { inPeerage, placeInTitle, placeMention, placeOfOriginAt } from './title-places.ts';
import { endsAtAbbreviation, opensSentence } from './sentence-starts.ts';
import { linksACause } from './causes.ts';
import { lowercaseWords, opensCaptionHeader } from './caption-headers.ts';
import { isPlace, isTown, namesTownAt } from './places.ts';
import { keysOf } from './name-keys.ts';
import { inSquadBrackets, isClubAt, isLoneClubAt, isPlaceWordBefore } from './clubs.ts';
import { namedAfterItsKind } from './appositive-bodies.ts';
import { possessedAt, possessiveMarkInName } from './possessed-names.ts';
import { isStateAbbreviation, stateAbbreviationAt } from './state-abbreviations.ts';
import { mayRunIn } from './run-ins.ts';
import { lexKey, tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';
import {
  isAnimalAfter, isBodyAfter, isBodyBefore, isCompanyBefore, isInOrAtBefore, isOutletAfter, isOwnedAt, isPlaceAfter,
  isPlaceOutletAfter, isRegionAfter, isVenueAfter, isWorkRoleAfter, isYearAfter, namesAnAnimalAt, titlesAWorkAt,
} from './kind-nouns.ts';
import { isPlaceBefore, isPlaceKindBefore } from './place-cues.ts';
import { initialsFollow } from './initials.ts';
import { GREETINGS, PRONOUN_CONTRACTION, SENTENCE_OPENERS, STATION_NUMBER, STATIONS } from './sequence-words.ts';

/**
 * What a name names. `unknown`: a lone capitalized word, a person only if it matches one named in full elsewhere.
 * `possible-person`: shaped like a person's name, but opening a sentence, so its first capital proves nothing.
 */
export type NameKind = 'person' | 'possible-person' | 'organization' | 'place' | 'other' | 'unknown';
export type Gender = 'female' | 'male';

export interface NameMention {
  /** The name as written, without leading titles, demonyms or sentence-initial function words. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: NameKind;
  /** A person title or honorific came right before it ("President", "Mr."). */
  readonly titled: boolean;
  readonly gender: Gender | null;
  /** The mention opens a sentence (so its capital letter proves nothing). */
  readonly sentenceInitial: boolean;
}

/** All name mentions of `body`, in order. */
export function findNames(body: string): readonly NameMention[] {
  return analyzeNames(body).names;
}

export interface NameAnalysis {
  readonly tokens: readonly Token[];
  readonly names: readonly NameMention[];
}

// Quotes and entities of one briefing read the same body one after the other: the last analysis is kept so that the
// second reader does not tokenize and classify it again. Strings are immutable, so equality is a safe key.
let last: { body: string; analysis: NameAnalysis } | null = null;

/** Tokens and name mentions of `body`, computed once for the most recent body. */
export function analyzeNames(body: string): NameAnalysis {
  if (last?.body === body) return last.analysis;
  const tokens = tokenize(body);
  const analysis = { tokens, names: findNamesInTokens(body, tokens) };
  last = { body, analysis };
  return analysis;
}

/** Name mentions among already computed tokens of `body`. */
export function findNamesInTokens(body: string, tokens: readonly Token[]): NameMention[] {
  const out: NameMention[] = [];
  // (Read only when a caption's header is in question, which most bodies never raise.)
  let lowercase: ReadonlySet<string> | null = null;
  const lowercaseOf = (): ReadonlySet<string> => (lowercase ??= lowercaseWords(tokens));
  // Towns that a county or state after them, or their kind or their people before them, showed to be places ("in Biggin
  // Hill, Kent", "villagers from Shoma Ying"): so are their other mentions.
  const towns = new Set<string>();
  // Names that an animal's noun or a work's showed to be no person's ("his horse Monbeg Dude", "a book … called Zero
  // Night"): nor are their other mentions.
  const nobodies = new Set<string>();
  // Names the kind of body around them showed to be a body's ("Patriot Coal, one of the … coal companies"): so are
  // their other mentions ("the obligations that Patriot Coal was seeking to get rid of").
  const bodies = new Set<string>();
  // Towns that stood for their club ("Liverpool manager"): so do their other mentions, unless a preposition of place
  // brings them in (whose starts `placed` keeps).
  const clubs = new Set<string>();
  const placed = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // (A name may open with an Arabic article in lowercase: "al-Qaeda".)
    const opens = token?.capitalized || (token !== undefined && isArticleJoined(token.text));
    if (!opens || PRONOUN_CONTRACTION.test(token.text) || GREETINGS.has(token.key)) { i++; continue; }
    const end = sequenceEnd(body, tokens, i, lowercaseOf);
    const found = sequenceNames(tokens, i, end, opensSentence(body, tokens, i));
    const bodyAfter = isOutletAfter(tokens, i, end) || isBodyAfter(tokens, i, end) || initialsFollow(tokens, i, end);
    const company = isCompanyBefore(tokens, i) || ((isBodyBefore(tokens, i, end) || namedAfterItsKind(tokens, i, end))
      && found.length === 1);
    const work = titlesAWorkAt(tokens, i);
    const animal = namesAnAnimalAt(tokens, i);
    const animalAfter = isAnimalAfter(tokens, end);
    const noOneAfter = isPlaceAfter(tokens, end) || isWorkRoleAfter(tokens, end) || animalAfter;
    // ("Former Florida Gov. Jeb Bush": the place a person's title is for is named too.)
    const office = found[0]?.titled && found[0].kind === 'person' ? placeInTitle(tokens, i, i + found[0].first) : null;
    if (office) out.push(placeMention(body, tokens, office));
    const origin = placeOfOriginAt(body, tokens, i, end);
    if (origin) out.push(origin);
    for (const f of found) {
      const startToken = tokens[i + f.first] as Token;
      const numbered = f.kind === 'organization' || f.kind === 'place' ? ordinalBefore(tokens, i + f.first) : 0;
      const start = (tokens[i + f.first - numbered] as Token).start;
      const endToken = tokens[i + f.end - 1] as Token;
      const mentionEnd = endToken.end - possessiveLength(endToken.text);
      const text = body.slice(start, mentionEnd);
      // "told El Universal newspaper": a name the kind of outlet follows names the outlet, whatever its shape (a place's
      // too, unless the gazetteer knows it: "Family Circle magazine", not "the Boston newspaper"); so does
      // one an appositive calls a body, "OHorizons Global, a private investment firm".
      // So does one the kind of firm comes right before: "Italian company Atlantica di Navigazione"; or the kind of
      // body, if the name is all the words ("the advocacy group Autism Speaks", not "… Progress" of "Progress Iowa").
      const named = (bodyAfter && f.end === end - i) || (company && f.first === 0 && !f.titled);
      // (Or "in Sirnak province": a part of a country its noun follows; or a given name alone before its state: "in
      // Charlotte, North Carolina".)
      const given = isGivenName(startToken.key);
      const town = (f.kind === 'person' || (f.kind === 'unknown' && f.end - f.first === 1)) && !f.titled
        && (isPlaceKindBefore(tokens, i + f.first) || (f.end === end - i && isRegionAfter(tokens, end))
        // (And a venue, "at Pulse nightclub", but not a word that opens a sentence: "Unionized casino workers".)
        || (f.end === end - i && !f.sentenceInitial && isVenueAfter(tokens, end))
        || ((!given || f.end - f.first === 1) && namesTownAt(tokens, i + f.first, i + f.end))
        || (!given && isPlaceBefore(tokens, i + f.first)));
      // ("the dog named Foxxy Cleopatra", "Monbeg Dude, the horse", "Sabiha Gokcen airport": nor does an animal's name,
      // or a place's after someone.)
      // ("Spion Kop 1906 fan groups": nor does a name a year follows; but "Obama 2008", "J.K. Rowling's 2007 book".)
      const year = f.end === end - i && isYearAfter(tokens, end) && !given
        && mentionEnd === endToken.end;
      const nobody = ((work || animal) && f.first === 0) || (noOneAfter && f.end === end - i) || year;
      // (A work's title may read as a body's name: "the film Fight Club".)
      const titled = nobody && f.kind !== 'place' && (f.kind !== 'organization' || (work && f.first === 0));
      // ("on a beach in Koh Tao", "at Turf Moor": a name of no known given name after "in" or "at" is nobody's; but
      // not an owner's, "in Ayn Rand's Atlas Shrugged".)
      const where = f.kind === 'person' && !f.titled && f.first === 0 && !given
        && isInOrAtBefore(tokens, i) && mentionEnd === endToken.end;
      // ("his Jack Russell", "in his Animal Farm": what someone owns is a thing, though it bears a person's name.)
      const owned = (f.kind === 'person' || f.kind === 'possible-person') && f.first === 0 && !f.titled
        && isOwnedAt(tokens, i);
      // ("Tottenham striker Harry Kane": a town the gazetteer knows is its club, there; its other mentions stay the
      // town's. Not a country or a state, "England captain", whose side is the place at play.)
      const club = f.kind === 'place' && f.end === end - i
        && (inSquadBrackets(tokens, i + f.first, end) || (isClubAt(tokens, i + f.first, end) && isTown(keysOf(text))));
      const side = f.kind === 'unknown' && f.first === 0 && f.end === end - i && isLoneClubAt(tokens, i, end);
      // ("the Duke of Edinburgh": a peer's title names the person, not the place.)
      const peerage = f.kind === 'place' && inPeerage(tokens, i + f.first);
      const kind = town ? 'place' : titled || owned || peerage ? 'other'
        : (named && (f.kind !== 'place' || !isPlace(keysOf(text)) || isPlaceOutletAfter(tokens, i, end))) || club || side
          ? 'organization' : where ? 'unknown' : f.kind;
      if (town) towns.add(text);
      if (club) clubs.add(text);
      if (f.kind === 'place' && isPlaceWordBefore(tokens, i + f.first)) placed.add(start);
      if (kind === 'organization' && (named || side)) bodies.add(text);
      if (titled && (animal || animalAfter || (work && !given))) {
        nobodies.add(text);
      }
      out.push({ text, start, end: mentionEnd, kind, titled: f.titled, gender: f.gender, sentenceInitial: f.sentenceInitial });
      // ("the mayor of Burlington, Vt.,", "PURCHASE, N.Y. —": the state after a place is named too.)
      const state = kind === 'place' && tokens[i + f.end]?.text === ',' ? stateAbbreviationAt(tokens, i + f.end + 1) : null;
      if (state) out.push({ ...placeMention(body, tokens, [i + f.end + 1, state.end]), text: state.name });
    }
    i = end;
  }
  if (towns.size === 0 && nobodies.size === 0 && bodies.size === 0 && clubs.size === 0) return out;
  return out.map((m) => (clubs.has(m.text) && m.kind === 'place' && !placed.has(m.start) ? { ...m, kind: 'organization' }
    : towns.has(m.text) && m.kind !== 'organization' ? { ...m, kind: 'place' }
    : nobodies.has(m.text) && m.kind !== 'organization' && m.kind !== 'place' ? { ...m, kind: 'other' }
      : bodies.has(m.text) && m.kind !== 'place' && !m.titled ? { ...m, kind: 'organization' } : m));
}

// What a sequence names depends only on its words, on whether it opens a sentence and on whether an article stands
// before it; and articles name the same people and places again and again: the mentions found in a sequence are kept
// by its words, with token indices relative to its start. Bounded: cleared when it fills up.
const SEQUENCES_LIMIT = 20_000;
// One table for sequences that open a sentence, one for the others; keyed by the sequence's words.
const openingSequences = new Map<string, readonly FoundName[]>();
const innerSequences = new Map<string, readonly FoundName[]>();

/** Forgets every sequence kept (tests use it to compare with a cold start). */
export function forgetSequences(): void {
  openingSequences.clear();
  innerSequences.clear();
}

/** classifySequence of tokens[from, to), with indices relative to `from`, from the tables when the words were seen. */
function sequenceNames(tokens: readonly Token[], from: number, to: number, sentenceInitial: boolean): readonly FoundName[] {
  const table = sentenceInitial ? openingSequences : innerSequences;
  // Most sequences are one word, whose text is its own key. Words never hold a space, so a space joins several;
  // an article before the sequence changes what it names ("the Trump Train"), so it opens the key.
  const article = tokens[from - 1];
  let words = article && ARTICLES.has(article.key) ? ` ${(tokens[from] as Token).text}` : (tokens[from] as Token).text;
  for (let i = from + 1; i < to; i++) words += ` ${(tokens[i] as Token).text}`;
  const contextual = mayRunIn(tokens, from, to);
  const known = contextual ? undefined : table.get(words);
  if (known) return known;
  const found = (classifySequence(tokens, from, to, sentenceInitial) ?? [])
    .map((f) => ({ ...f, first: f.first - from, end: f.end - from }));
  if (contextual) return found;
  if (table.size >= SEQUENCES_LIMIT) table.clear();
  table.set(words, found);
  return found;
}

/** Index after the last token of the capitalized sequence starting at `from`. */
function sequenceEnd(body: string, tokens: readonly Token[], from: number, lowercase: () => ReadonlySet<string>): number {
  let i = from;
  // "Center for Strategic and International Studies", "Department of Health and Human Services": after an
  // institution's head, "for" links too, and "and" does once "of" or "for" has.
  let institution = false;
  let linked = false;
  // (Where a nickname in single marks brought the run to the surname: its closing mark is no possessive.)
  let surnameAfterNickname = -1;
  const before = tokens[from - 1];
  const opensLine = !before || hasLineBreak(body, before.end, (tokens[from] as Token).start);
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (i > from) {
      const prev = tokens[i - 1];
      if (prev && hasLineBreak(body, prev.end, token.start)) break;
      // "Clinton's State Department" is two names; "the Democratic Women's Club", "People's Liberation Army" one.
      // ("King's College London", "St Thomas' Hospital": nor a saint's or a king's institution, which a place's is not:
      // "Britain's Parliament".)
      const owner = prev && possessiveLength(prev.text) > 0 ? withoutPossessive(prev.key) || (tokens[i - 2]?.key ?? '') : null;
      if (owner !== null && i !== surnameAfterNickname && !PEOPLE_PLURALS.has(owner) && !EPONYMOUS_DISEASES.has(owner)
        && !possessedAt(tokens, i, owner)) break;
      if (prev && prev.end !== token.start && hasNonSpace(body, prev.end, token.start)) break;
      // "told the Herald Sun  Daniel said", "Cheers, Ms. Yellen  The Federal Reserve chairwoman": two spaces before a
      // function word, or before a given name a lowercase word follows, are a sentence's lost stop.
      if (prev && token.start - prev.end > 1
        && (FUNCTION_WORDS.has(token.key) || (isGivenName(token.key) && tokens[i + 1]?.capitalized === false))) break;
      if (prev && endsAtAbbreviation(prev, token)) break;
      // (Not in a heading of its own line: "Veto Power Impedes Peace Efforts: …".)
      if (!opensLine && opensCaptionHeader(tokens, i, lowercase)) break;
      // "… a priceless goal for Sunderland Sunderland boss Dick Advocaat", "Sebastian Vettel Vettel": a place or a
      // surname said twice is a caption's lost break (not "Abdullah Abdullah" or initials: "J. J. Price").
      if (prev?.text === token.text && !token.text.endsWith('.') && (i - from >= 2 || isPlace([token.key]))) break;
      // "at Bedminster, N.J. Roger Ailes, the former chairman": a state after a town closes the place.
      if (i === from + 1 && tokens[from - 1]?.text === ',' && isStateAbbreviation(prev?.key ?? '') && prev?.text.endsWith('.')) break;
    }
    if (PRONOUN_CONTRACTION.test(token.text)) break;
    // "… for the Champions League There are others", "… the defeat of Villarreal Elsewhere, …": a sentence's first
    // word after a name whose stop a caption lost, not the name's last word.
    if (i > from && token.capitalized && SENTENCE_OPENERS.has(token.key)) break;
    // (So is "The" before a lowercase word: "a report by the United Nations The number of fighters"; not "Jane The Virgin".)
    if (i > from && token.text === 'The' && tokens[i + 1]?.word === true && !tokens[i + 1]?.capitalized) break;
    if (token.capitalized) { institution ||= INSTITUTIONS.has(lexKey(token)); i++; continue; }
    if (i > from && possessiveMarkInName(tokens, i, from)) { i++; continue; }
    // "BBC Radio 4", "Sydney Radio 2GB", "Channel 4": a station's number is part of its name.
    if (i > from && STATIONS.has(tokens[i - 1]?.key ?? '') && STATION_NUMBER.test(token.text)) { i++; continue; }
    const particles = i > from ? particlesGoOnAt(tokens, i) : 0;
    if (particles > 0) { i += particles; continue; }
    // 'Juan "Chico" Manriquez': a nickname in quotation marks between a given name and a surname.
    const nickname = i > from ? nicknameAfterGiven(tokens, i, from) : -1;
    if (nickname > 0) { i = surnameAfterNickname = nickname; continue; }
    // Lowercase links inside a name: "Bank of America", "Osama bin Laden". Only when a capitalized word follows.
    const key = lexKey(token);
    const next = tokens[i + 1];
    // ("Marks & Spencer", "Dagenham & Redbridge": an ampersand set off by spaces between capitalized words joins a
    // firm's or a club's name; not "Ann & I". A glued one, "AT&T", is left as it was: "… AT&T. And …" ends nowhere.)
    const ampersand = token.text === '&' && (tokens[i - 1]?.end ?? 0) < token.start && next?.text !== 'I';
    // ("Council on Foreign Relations": see institutionGoesOnAt.)
    const on = (key === 'on' && institutionGoesOnAt(tokens, i)) || (key === 'at' && campusGoesOnAt(tokens, from, i));
    const inInstitution = (key === 'for' && institution) || ampersand || on
      || (key === 'and' && (linked || agencyAfter(tokens, from, i, lowercase)));
    // ("Centre for the Study of Radicalisation", "Department of the Interior": "the" after an institution's "of"/"for".)
    const third = tokens[i + 2];
    if (institution && (key === 'of' || key === 'for') && next?.key === 'the' && !next.capitalized && third?.capitalized
      && next.start - token.end <= 1 && third.start - next.end <= 1) {
      linked = true;
      i += 2;
      continue;
    }
    // ("Department for Environment, Food and Rural Affairs": a list an institution's "for" or "of" brings in.)
    if (linked && token.text === ',' && listGoesOnAt(tokens, i)) { i++; continue; }
    // ("Right to Rise", "Americans for Prosperity": a cause's name, a right to something, people for something.)
    const cause = linksACause(tokens, i);
    const linkable = i > from && (key === 'of' || NAME_PARTICLES.has(key) || inInstitution || cause) && (token.word || key === '&');
    if (linkable && next?.capitalized && next.start - token.end <= 1) {
      linked ||= institution && (key === 'of' || key === 'for' || on);
      i++;
      continue;
    }
    break;
  }
  return Math.max(i, from + 1);
}
