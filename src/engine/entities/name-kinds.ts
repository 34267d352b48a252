// Tells what a capitalized sequence names (a person, an organization, a place, …) with closed word lists, on token
// indices; names.ts keeps what a run of words was found to be, but a possible run-in (run-ins.ts) reads its article.
import { DEMONYMS, isPlace, PLACE_HEADS, PLACES, SURNAME_PLACE_HEADS } from './places.ts';
import { isVenue } from './place-cues.ts';
import { leadingTitles, namesAPageant } from './leading-titles.ts';
import { genderOfGivenName, isGivenName, isVerbGivenName, monthAsName } from './first-names.ts';
import { nicknamedFrom } from './nicknames.ts';
import { ABSTRACT_NOUN, CLUB_ENDINGS, CLUB_OPENERS, COMPASS, FUNCTION_WORDS, GERMAN_ARTICLES, GRAMMAR_WORDS, INSTITUTIONS,
  ORGANIZATION_NAMES, ORGANIZATION_WORDS, PLACE_OPENERS, THING_WORDS, TITLE_WORDS, WEEKDAYS, SURNAME_TITLES, HONORIFICS,
  POST_NOMINALS, TWO_WORD_BODIES, SPANISH_ARTICLES, isCalendarWord, HEADLINE_VERBS, CAMPAIGN_VERBS } from './lexicon.ts';
import { isJoinedPaperWord, namedForItsPlace } from './teams.ts';
import { namesAFirmAt } from './firm-names.ts';
import { bodyKeyOf, hasAcronym, IN_CAPITALS, isAcronym, NOT_COMPANIES } from './acronyms.ts';
import { isGroup } from './name-context.ts';
import { endsInABodysSurname, endsInARoleOrGroup, endsOrganizationAt, hasBodyWord, organizationLead, PARTY_ADJECTIVES,
  placeOfAContest } from './organization-edges.ts';
import type { NameKind } from './names.ts';
import { type FoundName, mention, type Source } from './found-names.ts';
import { possessiveLength, someIn, withoutPossessive } from './text-checks.ts';
import { beforeHeadline } from './headlines.ts';
import { lexKey, type Token } from './tokens.ts';
import { GENERATIONS, PEERS, ROYALS } from './name-keys.ts';
import { isAnimalWord } from './kind-nouns.ts';
import { runsIntoName } from './run-ins.ts';
import { officeHolderAt } from './office-holders.ts';
import { firstNameToken, honorificWithin, isBasedBodyAt } from './sequence-openers.ts';
import { linksAName, particleTokensIn } from './name-particles.ts';
import { namesACause, ofAmerica } from './causes.ts';
import { ADJECTIVE_ENDING, COMPASS_ADJECTIVE, INITIALS, isGerund, isInitialAt, isThingsPlural, LOWERCASE_LINKED,
  ROMAN_NUMERAL } from './word-shapes.ts';

/** At most this many words in a place named by its last word ("Ronald Reagan Washington National Airport"). */
const MAX_PLACE_WORDS = 5;
const PERSONS: ReadonlySet<NameKind> = new Set(['person', 'possible-person']);
/** Things named even after a body's "of" or "for": "Bank of America Stadium", "the College for All Act" (not "School of
 * Law", a body's field). */
const LINKED_THINGS: ReadonlySet<string> = new Set(['stadium', 'act', 'bill', 'amendment']);

/** Months and verbs that are surnames too, after an honorific: "Mrs May", "Mama June", "Mr Will", "Ms Young". */
const HONORED_WORDS: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august', 'will', 'young', 'long', 'read']);
const key = (token: Token): string => withoutPossessive(lexKey(token));

/** Turns tokens[from, to) into zero, one or two mentions ("Joel Pollak of Breitbart" gives two). */
export function classifySequence(tokens: readonly Token[], from: number, end: number, sentenceInitial: boolean)
  : FoundName[] | null {
  const first = firstNameToken(tokens, from, end, sentenceInitial);
  if (first < 0) return null;
  const to = beforeHeadline(tokens, first, end);
  const later = { tokens, sentenceInitial: false, afterArticle: false };
  // ("Manhattan-based Skin Laundry": a name, no place, right after where a body is based is its; see isBasedBodyAt.)
  const based = isBasedBodyAt(tokens, from, first, to) ? classifyRange(later, first, to)[0] : undefined;
  if (based?.first === first && based.end === to && based.kind !== 'place') return [{ ...based, kind: 'organization' }];
  // ("the Court of Appeal Mr Beavis said": after a body's or a place's name an honorific opens a name; not "Saving Mr Banks".)
  const honorific = honorificWithin(tokens, first, to);
  const head = honorific > 0 ? classifySequence(tokens, from, honorific, sentenceInitial) ?? [] : [];
  if (head.at(-1)?.kind === 'organization' || head.at(-1)?.kind === 'place') {
    return head.concat(classifySequence(tokens, honorific, end, false) ?? []);
  }
  // "Jonathan Rees QC": an honour's letters after a name are no part of it, and make it a person's ("Eleanor Laws QC").
  if (to - first > 2 && POST_NOMINALS.has(key(tokens[to - 1] as Token))) {
    const honoured = (f: FoundName): boolean => f.end === to - 1 && (f.kind === 'possible-person' || f.kind === 'unknown');
    return classifyRange({ tokens, sentenceInitial: sentenceInitial && first === from, afterArticle: false }, first, to - 1)
      .map((f) => (honoured(f) ? { ...f, kind: 'person' } : f));
  }
  const opening = sentenceInitial && first === from;
  // "on the Trump Train": after an article, capitalized words without a given name or title name a thing.
  const afterArticle = first > 0 && ARTICLES.has(lexKey(tokens[first - 1] as Token));
  // "Joel Pollak of Breitbart News": split at "of" unless a title (not a surname: "Peter T. King of") or an organization.
  for (let i = first + 1; i < to - 1; i++) {
    if (key(tokens[i] as Token) !== 'of') continue;
    const before = key(tokens[i - 1] as Token);
    // ("Executive Council of Australian Jewry Robert Goot": an organization's name, then a given name and a surname.)
    if (ORGANIZATION_WORDS.has(before) && to - i >= 4 && isGivenName(key(tokens[to - 2] as Token))) {
      return mention({ tokens, sentenceInitial: opening, afterArticle }, first, to - 2, 'organization')
        .concat(classifyRange({ tokens, sentenceInitial: false, afterArticle: false }, to - 2, to));
    }
    const surname = i - 2 >= first && (INITIALS.test(tokens[i - 2]?.text ?? '') || isGivenName(key(tokens[i - 2] as Token)));
    // ("Director of National Intelligence James Clapper": the office, then the person who holds it.)
    const holder = TITLE_WORDS.has(before) && !surname ? officeHolderAt(tokens, i, to) : -1;
    if (holder > 0) return mention(later, first, holder, 'other').concat(mention(later, holder, to, 'person', true));
    // (Nor the object of an institution's "for": "Royal Society for the Protection of Birds".)
    const objectOfFor = tokens.slice(first, i).some((t, j) => t.key === 'for' && INSTITUTIONS.has(tokens[first + j - 1]?.key ?? ''));
    if ((TITLE_WORDS.has(before) && !surname) || ORGANIZATION_WORDS.has(before) || PLACE_HEADS.has(before) || objectOfFor
      || ofAmerica(tokens, i, to)) continue;
    const head = classifyRange({ tokens, sentenceInitial: opening, afterArticle }, first, i);
    // ("Paul Sperry of Counter Jihad": what a person is "of" is a body or a place, not another person; but "Fred Rogers
    // of Mister Rogers' Neighborhood" is of a thing that someone owns.)
    const owned = possessiveLength(tokens[to - 1]?.text ?? '') > 0 || /^['’]$/.test(tokens[to]?.text ?? '');
    const ofPerson = head.at(-1)?.kind === 'person' && head.at(-1)?.end === i && !owned;
    const tail = classifyRange(later, i + 1, to);
    return head.concat(ofPerson ? tail.map((f) => (PERSONS.has(f.kind) ? { ...f, kind: 'organization' } : f)) : tail);
  }
  return classifyRange({ tokens, sentenceInitial: opening, afterArticle }, first, to);
}

/** Words before a sequence that make its capitalized words a thing's name unless they name a person for sure. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

function classifyRange(src: Source, from: number, to: number): FoundName[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(key(src.tokens[i] as Token));
  // "Dayton Right to Life", "Americans for Prosperity": a cause's name (see causes.ts) is a body's.
  if (namesACause(keys, src.sentenceInitial)) return mention(src, from, to, 'organization');
  const nicknamed = nicknamedFrom(src.tokens, from, to);
  if (nicknamed >= 0) {
    return mention(src, nicknamed, to, 'person', nicknamed > from, genderOfGivenName(keys[nicknamed - from] ?? ''));
  }
  const later = { tokens: src.tokens, sentenceInitial: false, afterArticle: false };
  // "Communist Party of Vietnam Central Committee To Lam": an organization running into a person's name.
  for (let j = keys.length - 2; j >= 0; j--) {
    if (!endsOrganizationAt(keys, j)) continue;
    // ("Navy SEALS Tyrone Woods": an acronym after the organization word is still the organization's.)
    const unit = isAcronym(src.tokens[from + j + 1]?.text ?? '') && !TITLE_WORDS.has(keys[j + 1] ?? '') ? 1 : 0;
    const tail = classifyRange(later, from + j + 1 + unit, to);
    const lead = organizationLead(keys.slice(0, j + 1));
    if (tail.length === 1 && tail[0]?.kind === 'person') {
      return mention(lead > 0 ? later : src, from + lead, from + j + 1 + unit, 'organization').concat(tail);
    }
    break;
  }
  // "the chairman of BT Mike Rake": an acronym before a known given name and a surname is the person's company.
  // (Not a title or a greeting in capitals: "PC Kelly Jones", "RIP Stan Freberg"; nor a thing: "UCLA Anderson Forecast".)
  const head = keys[0] ?? '';
  if (keys.length >= 3 && IN_CAPITALS.test(src.tokens[from]?.text ?? '') && isGivenName(keys[1] ?? '')
    && !TITLE_WORDS.has(head) && !FUNCTION_WORDS.has(head) && !NOT_COMPANIES.has(head) && !someIn(keys, THING_WORDS)) {
    return mention(src, from, from + 1, 'organization').concat(classifyRange(later, from + 1, to));
  }
  // "Atlantic City Mayor Don Guardian": what stands before the last title word qualifies it; the person is the name
  // after it (after an office's abstract noun too: "Director of Public Prosecutions Alison Saunders").
  for (let j = keys.length - 3; j > 0; j--) {
    const office = TITLE_WORDS.has(keys[j] ?? '') || (ABSTRACT_NOUN.test(keys[j] ?? '') && isGivenName(keys[j + 1] ?? ''));
    if (!office || keys[j + 1] === 'of') continue;
    const tail = classifyRange(later, from + j + 1, to);
    const person = tail.length === 1 ? tail[0] : undefined;
    if (person?.kind === 'person' && person.first === from + j + 1) return [{ ...person, titled: true }];
    break;
  }
  const lastKey = keys[keys.length - 1] ?? '';
  // "Marks & Spencer", "Procter & Gamble": names joined by an ampersand are a firm's (or a club's).
  if (keys.includes('&')) return mention(src, from, to, 'organization');
  // "the Chicago Sun-Times", "the Star-Ledger": a paper, whatever place opens it.
  if (isJoinedPaperWord(lastKey)) return mention(src, from, to, 'organization');
  // Alone, "Radio" or "Party" is just a capitalized word; "NATO", "Congress" or "Tesco" is an organization.
  const firm = keys.length === 1 && namesAFirmAt(src.tokens, from);
  const alone = keys.length === 1 ? bodyKeyOf(src.tokens[from] as Token, lastKey) : '';
  if (firm || ORGANIZATION_WORDS.has(alone)) {
    return firm || ORGANIZATION_NAMES.has(alone) ? mention(src, from, to, 'organization') : [];
  }
  if (keys.length === 2 && TWO_WORD_BODIES.has(`${keys[0]} ${lastKey}`)) return mention(src, from, to, 'organization');
  // "the Obama White House": a president's name before it says whose; it is no part of the body's name.
  if (keys.length > 2 && keys.at(-2) === 'white' && lastKey === 'house') {
    return classifyRange(src, from, to - 2).concat(mention(later, to - 2, to, 'organization'));
  }
  if (placeOfAContest(keys, src.tokens[to])) return mention(src, from, to - 1, 'place');
  // "CNN Tuesday", "Netflix Friday": a day after a name dates what it did; "Fox News Chairman" names a role.
  if (keys.length > 1 && (WEEKDAYS.has(lastKey) || endsInARoleOrGroup(keys))) return classifyRange(src, from, to - 1);
  if (isPlace(keys) || isVenue(keys)) return mention(src, from, to, 'place');
  const ofIndex = keys.indexOf('of');
  // "Republic of Ireland", "Democratic People's Republic of Korea": a state, named after its place.
  if (keys[ofIndex - 1] === 'republic' && isPlace(keys, ofIndex + 1)) return mention(src, from, to, 'place');
  // "Athletic Bilbao Aritz Aduriz": a club's opener and its town, then whoever plays for it.
  if (keys.length > 2 && CLUB_OPENERS.has(keys[0] ?? '')) {
    return mention(src, from, from + 2, 'organization').concat(classifyRange(later, from + 2, to));
  }
  // "League Cup", "Fox News Poll": a thing an organization's words name is a thing (not the object of an
  // institution's "of" or "for": "Center for Security Policy", "School of Law"; but "Bank of America Stadium").
  const linked = keys.includes('of') || keys.includes('for');
  // (Nor a law's: "the College for All Act".)
  if (keys.length > 1 && THING_WORDS.has(lastKey) && !ORGANIZATION_WORDS.has(lastKey) && (!linked || LINKED_THINGS.has(lastKey))
    && someIn(keys, ORGANIZATION_WORDS)) {
    return mention(src, from, to, 'other');
  }
  // "Academy Award-winning", "Islamic State-backed": a name made an adjective describes something; it names nothing.
  // ("The Donald Trump-led Republican field": so does one inside a sequence; what follows it is read alone.)
  const adjective = keys.findIndex((k) => k.includes('-') && ADJECTIVE_ENDING.test(k));
  if (keys.length > 1 && adjective >= 0) {
    return mention(src, from, from + adjective + 1, 'other').concat(classifyRange(later, from + adjective + 1, to));
  }
  const team = keys.length > 1 && (CLUB_ENDINGS.has(lastKey) || CLUB_OPENERS.has(keys[0] ?? '') || namedForItsPlace(keys));
  // (A body's word before its "of" or "on": "Council on Foreign Relations".)
  const bodyOf = [ofIndex, keys.indexOf('on')].some((j) => j > 0 && ORGANIZATION_WORDS.has(keys[j - 1] ?? ''));
  // ("Emily Post", "Dr. House": a body's word may be a person's surname; see endsInABodysSurname.)
  const surnamed = endsInABodysSurname(keys);
  if ((team || ORGANIZATION_WORDS.has(lastKey) || bodyOf) && !surnamed) {
    const lead = organizationLead(keys);
    return mention(lead > 0 ? later : src, from + lead, to, 'organization');
  }
  // Leading titles and demonyms ("Chinese President", "Secretary of State", "Mr.") are not part of the name.
  const { count: k, titled, gender: titleGender, afterOf } = leadingTitles(keys, (j) => runsIntoName(src.tokens, from + j));
  let gender = titleGender;
  const rest = k === 0 ? keys : keys.slice(k);
  const name = k === 0 ? src : later;
  // ("the Indiana Republican primary", "an Orlando Democrat": a place before a party's word that names no one.)
  if (rest.length === 0) return PARTY_ADJECTIVES.has(lastKey) && isPlace(keys.slice(0, -1)) ? mention(src, from, to - 1, 'place') : [];
  if (namesAPageant(keys, k)) return mention(src, from, to, 'other');
  const lead = organizationLead(keys);
  if (hasBodyWord(rest) && !surnamed) return mention(lead > 0 ? later : src, from + lead, to, 'organization');
  // "Der Spiegel", "Die Zeit": a German article opens the name of a paper, not of a person.
  if (rest.length > 1 && GERMAN_ARTICLES.has(rest[0] ?? '')) return mention(src, from, to, 'organization');
  // "Fort Pierce", "Mount Vernon": a word that opens names of places (not "San Bernardino County Sheriff" or a
  // headline's "San Francisco The"). "South Side", "North East Lincolnshire": one or two compass points and a word;
  // "West Des Moines": a compass point and a place of two words.
  const compassWords = rest.length === 3 && COMPASS.has(rest[1] ?? '') ? 3 : 2;
  // ("Leicester West", "Belfast East": a town and a point of the compass, a constituency.)
  const compass = (rest.length === compassWords && COMPASS.has(rest[0] ?? '') && !DEMONYMS.has(lastKey.replace(/s$/, ''))
    && !isGivenName(lastKey)) || (rest.length === 2 && COMPASS.has(lastKey) && PLACES.has(rest[0] ?? '') && !isGivenName(rest[0] ?? ''))
    || (rest.length === 3 && COMPASS.has(rest[0] ?? '') && PLACES.has(`${rest[1]} ${lastKey}`));
  const opensPlace = (compass || (rest.length > 1 && rest.length < MAX_PLACE_WORDS && PLACE_OPENERS.has(rest[0] ?? '')))
    && !TITLE_WORDS.has(lastKey) && !FUNCTION_WORDS.has(lastKey);
  if (opensPlace) return mention(name, from + k, to, 'place');
  const surname = rest.length === 2 && SURNAME_PLACE_HEADS.has(lastKey) && isGivenName(rest[0] ?? '');
  // (A long run that ends in one is a title: "Star Asked Actors To Act Whiter To Make A Point".)
  const headed = rest.length > 1 && rest.length <= MAX_PLACE_WORDS && PLACE_HEADS.has(lastKey) && !surname;
  if (isPlace(keys, k)) return mention(name, from + k, to, 'place');
  // (A title's word is the place's own before its head: "White Hart Lane", not "Hart Lane".)
  if (headed) return someIn(keys.slice(0, k), DEMONYMS) ? mention(name, from + k, to, 'place') : mention(src, from, to, 'place');
  // (Not "Los Angeles-area …" or a headline's "LA CROSSE": a place's own opening words.)
  const spanish = rest.length > 1 && SPANISH_ARTICLES.has(rest[0] ?? '') && !PLACES.has(`${rest[0]} ${rest[1]?.split('-')[0]}`)
    && !IN_CAPITALS.test(src.tokens[from + k + 1]?.text ?? '');
  if (spanish) return mention(name, from + k, to, 'organization');
  const given = rest[0] ?? '';
  const knownGiven = isGivenName(given) || isVerbGivenName(given);
  gender ??= genderOfGivenName(given);
  // ("Yin Myint May", "April Mellody": see monthAsName.)
  const calendar = rest.some((w, j) => isCalendarWord(w, src.tokens[from + k + j]?.text ?? '')
    && !monthAsName(rest, j, src.tokens[from + k - 1]?.key ?? ''));
  // ("Mrs May", "Mr Will", "Mr. English": after an honorific, a month, a verb or a nationality may be a surname.)
  const afterHonorific = rest.length === 1 && (HONORED_WORDS.has(given) || DEMONYMS.has(given))
    && (HONORIFICS.has(keys[k - 1] ?? '') || (!!titleGender && !DEMONYMS.has(given)));
  if (rest.length === 1 && !afterHonorific && (FUNCTION_WORDS.has(given) || DEMONYMS.has(given) || isGroup(given) || (calendar && !titled))) return [];
  // "the Lord Mayor of Portsmouth", "Bishop of Durham": one word after a title's "of" names a place or a body.
  if (rest.length === 1 && afterOf) return mention(name, from + k, to, 'other');
  // "the Queen City", "Senate Chamber": one word after a title that heads places or things is no one ("Dr Hills" is).
  const placeOrThing = (PLACE_HEADS.has(given) && !SURNAME_PLACE_HEADS.has(given)) || THING_WORDS.has(given);
  if (rest.length === 1 && k > 0 && placeOrThing && !HONORIFICS.has(keys[k - 1] ?? '')) return mention(src, from, to, 'other');
  // ("Prince William", "Queen Elizabeth": a royal's title and given name are how the news names them; and a peer's
  // title and surname, "Lord Janner", who is not his son Daniel Janner.)
  if (rest.length === 1 && ((knownGiven && ROYALS.has(keys[k - 1] ?? '')) || PEERS.has(keys[k - 1] ?? ''))) {
    return mention(k === 1 ? src : later, from + k - 1, to, 'person', true, gender);
  }
  // "Middle Eastern", "South Korean": an adjective of a place ends words that name nobody (but "Mark Cuban" does).
  const adjectival = DEMONYMS.has(lastKey) || COMPASS_ADJECTIVE.test(lastKey);
  if (adjectival && !knownGiven && !afterHonorific) return mention(name, from + k, to, 'other');
  // A known given name makes a person even of "Helen Park" or "Theresa May"; otherwise a named thing is no person
  // ("Democratic National Convention"), whatever title words open it.
  // (Not three words ending in a thing's, or any after an article: "Madison Square Garden", "The Kelly File"; but
  // "Sandra Day O'Connor".)
  // ("Alexandra Gardens": the plural of a thing's word is no surname; "King Charles Spaniel Alfie", a breed inside, is
  // a pet. "Chloe If": a conjunction or pronoun after a given name is a lost sentence break, not a surname.)
  const thing = ((rest.length === 3 || src.afterArticle) && THING_WORDS.has(lastKey)) || isThingsPlural(lastKey)
    || rest.slice(1, -1).some(isAnimalWord);
  // (A generation does not count: "Joseph R. Murray II"; nor do particles: "Sophie in 't Veld".)
  const words = rest.length - (GENERATIONS.has(lastKey) ? 1 : 0) - particleTokensIn(src.tokens, from + k, to);
  if (knownGiven && rest.length > 1 && words <= 3 && !thing && !GRAMMAR_WORDS.has(lastKey) && !isGroup(lastKey)) {
    return mention(name, from + k, to, 'person', titled, gender);
  }
  // "Special Operations", "Economic Cooperation", "Republican Establishment": an abstract noun is no surname.
  const abstract = (rest.length > 1 || titled) && ABSTRACT_NOUN.test(lastKey);
  // "Mrs May", "Mama June": a month after a title that tells a gender is a name.
  if (calendar && afterHonorific) return mention(name, from + k, to, 'person', true, gender);
  if (calendar || abstract || someIn(rest, THING_WORDS)) return rest.length === 1 && !titled ? [] : mention(name, from + k, to, 'other');
  // ("Speaker Paul Ryan Joins Growing List …", "Anchor Expressed Fear About …": a headline's words after a title; an
  // office's last words, "Time's Assistant Managing Editor".)
  const headline = rest.length > 4 || (rest.length === 4 && rest.some((w, j) =>
    (FUNCTION_WORDS.has(w) && !isInitialAt(src.tokens, from + k + j)) || HEADLINE_VERBS.has(w)))
    || (!knownGiven && TITLE_WORDS.has(lastKey) && !SURNAME_TITLES.has(lastKey));
  if (titled) return mention(name, from + k, to, headline ? 'other' : 'person', true, gender);
  // "Sanders Iowa" (a headline's run-on) is a name and a place; "George Washington" stays a person. (An organization
  // and a country is its branch there: "Amnesty International UK".)
  if (!titled && rest.length > 1 && PLACES.has(lastKey) && !knownGiven) {
    const head = classifyRange(name, from + k, to - 1);
    // (So is a word no one bears before a country's letters: "Priorities USA", "Team USA".)
    const lettered = to - from - k === 2 && IN_CAPITALS.test(src.tokens[to - 1]?.text ?? '')
      && !IN_CAPITALS.test(src.tokens[to - 2]?.text ?? '');
    const branch = head.length === 1 && head[0]?.first === from + k
      && (head[0].kind === 'organization' || (head[0].kind === 'unknown' && lettered));
    return branch ? mention(name, from + k, to, 'organization') : head.concat(mention(later, to - 1, to, 'place'));
  }
  // ("English Heritage", "French Open": one word after a nationality alone, and no given name, names a thing.)
  if (rest.length === 1 && !knownGiven && k > 0 && DEMONYMS.has(keys[k - 1] ?? '')) return mention(src, from, to, 'other');
  if (rest.length === 1) return mention(name, from + k, to, 'unknown', false, gender);
  // "Type II", "Auschwitz III": a numeral after a word that is no given name numbers a thing ("George III" is a king).
  if (rest.length === 2 && !knownGiven && ROMAN_NUMERAL.test(src.tokens[to - 1]?.text ?? '')) return mention(name, from + k, to, 'other');
  // Two to four capitalized words that are none of the above: most likely a person ("Carly Fiorina"); unless a word is
  // a lowercase-linked compound ("People-to-People"), has a digit ("T20 Blast") or is a function word ("Back To Top"),
  // or the last is a title ("Presumptive Democratic") or a group ("Hill Democrats"), or the first a gerund
  // ("Closing"). At the start of a sentence the first capital proves nothing ("Young Sanders supporters"): unknown.
  // ("B.B. King", "J. Bishop", "Billie Jean King": after initials or a given name, a word that is also a title is a surname.)
  const initialsSurname = SURNAME_TITLES.has(lastKey)
    && (INITIALS.test(src.tokens[to - 2]?.text ?? '') || (rest.length > 1 && isGivenName(rest[rest.length - 2] ?? '')));
  // ("Scotland Yard", "America Rising": a place that is no given name opens a thing's name; not "Cuba Gooding Jr."; nor
  // is a slogan a person's name: "Stop Trump".)
  const placeFirst = PLACES.has(given) && !knownGiven && !GENERATIONS.has(lastKey) && lastKey !== 'sr';
  const personLike = rest.length <= 4 && (!TITLE_WORDS.has(lastKey) || initialsSurname) && !isGroup(lastKey) && !isGerund(given)
    && !placeFirst && !(isThingsPlural(lastKey) && !knownGiven) && !CAMPAIGN_VERBS.has(given)
    && !ADJECTIVE_ENDING.test(lastKey) && !hasAcronym(src.tokens, from + k, to)
    && !rest.some((w, j) => /\d/.test(w) || (w.includes('-') && LOWERCASE_LINKED.test(w)) || (FUNCTION_WORDS.has(w) && !linksAName(src.tokens, from + k + j, j < rest.length - 1)));
  const kind = !personLike || src.afterArticle ? 'unknown' : name.sentenceInitial ? 'possible-person' : 'person';
  return mention(name, from + k, to, kind, false, gender);
}
