// Reads the noun phrase that names a speaker out of a window of tokens, leftwards from a verb ("MSNBC host Chris
// Matthews | said") or rightwards from one ("said | Sen. Patty Murray, a chief negotiator"). It only finds and
// classifies the mention; speakers.ts turns it into a person.
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { ARTICLES } from '../entities/name-kinds.ts';
import { isGivenName } from '../entities/first-names.ts';
import { DEMONYMS, opensPlaceAt, PLACES } from '../entities/places.ts';
import { endsSentenceAt, lexKey, type Token } from '../entities/tokens.ts';
import { DETERMINERS, GROUP_NOUNS, IRREGULAR_PAST, MAX_APPOSITIVE, NOT_A_SPEAKER_HEAD, QUOTE_MARKS, ROLE_HEADS }
  from './lexicon.ts';
import { belongs, isCardinal, isQuantifier, isTitleOnly, joined, partOf, POSSESSIVE, titlesJoinedAt } from './phrase-links.ts';
import { describesTheEmployer, roleBefore, roleText, withRole } from './roles.ts';
import { hometownBefore } from './hometown.ts';
import { describesSomeone } from './party-words.ts';
import { openingMarkBefore } from './inner-quotes.ts';
import { CONTRACTION, endsAppositiveName, endsNamedRole, inPhrase, isCap, isLinker, isOwnersApostrophe, isPaperDay,
  isPronoun, linkAfter, linkBefore, presentVerbAt, roleWithin, titleBeforeFullName } from './phrase-words.ts';

export type { Phrase, SpeakerMention, Window } from './phrase-types.ts';
import type { Phrase, SpeakerMention, Window } from './phrase-types.ts';

const MAX_PHRASE = 8;
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);
const INVERTING: ReadonlySet<string> = new Set(['came', 'comes', 'went', 'goes']);
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
const WHO_OPENS: ReadonlySet<string> = new Set(['who', 'which']);

function mention(body: string, tokens: readonly Token[], a: number, b: number, kind: SpeakerMention['kind'])
  : Phrase | null {
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last || b <= a) return null;
  const text = body.slice(first.start, last.end).replace(kind === 'pronoun' ? CONTRACTION : POSSESSIVE, '');
  return text ? { speaker: { kind, text, start: first.start }, first: a, end: b } : null;
}

/** The last run of capitalized words in tokens[a, b) that ends at b ("Clinton ally James Carville" → "James Carville"). */
function trailingName(body: string, tokens: readonly Token[], a: number, b: number): Phrase | null {
  let s = b - 1;
  if (!isCap(tokens[s])) return null;
  while (s - 1 >= a) {
    const prev = tokens[s - 1];
    const link = linkBefore(tokens, s);
    if (isCap(prev) && !POSSESSIVE.test(prev?.text ?? '')) s--;
    else if (link > 0 && isCap(tokens[s - link - 1]) && s - link - 1 >= a) s -= link + 1;
    else break;
  }
  // "a New Hampshire Republican": capitalized words after an indefinite article describe somebody, not name them.
  if (INDEFINITE.has(tokens[s - 1]?.text.toLowerCase() ?? '')) return null;
  // Nor words of party or people that describe someone: "the Republican", "one senior Democrat" (party-words.ts).
  if (describesSomeone(tokens, s, b)) return null;
  // "As Vulture put it": a word capitalized only because it opens the sentence is no part of the name. After a
  // lowercase word it is part of the name ("said New York Mayor …"), and so is one opening a place ("New York …").
  const midSentence = tokens[s - 1]?.word === true && !(tokens[s - 1] as Token).capitalized;
  while (!midSentence && s < b - 1 && FUNCTION_WORDS.has(lexKey(tokens[s] as Token)) && lexKey(tokens[s] as Token) !== 'will'
    && !opensPlaceAt(tokens, s)) s++;
  return mention(body, tokens, s, b, 'name');
}

/** From tokens[a, b), a description that opens with a determiner ("a White House spokesman"), or a bare one. */
function description(body: string, tokens: readonly Token[], a: number, b: number, bareAllowed: boolean): Phrase | null {
  const head = tokens[b - 1];
  // (Nor a number, unless a name comes before it: "of the 19 confirmed deaths, seven were …", but "Article 33".)
  if (!head || NOT_A_SPEAKER_HEAD.has(lexKey(head)) || (isCardinal(head) && !tokens[b - 2]?.capitalized)) return null;
  for (let d = a; d < b; d++) {
    const t = tokens[d] as Token;
    // A determiner, or a possessive that works as one ("Obama's former campaign strategist").
    if (DETERMINERS.has(lexKey(t)) || (t.capitalized && POSSESSIVE.test(t.text))) {
      return d < b - 1 ? mention(body, tokens, d, b, 'description') : null;
    }
    // ("European football's governing body": a possessive a capitalized word qualifies.)
    if (d > a && d < b - 1 && POSSESSIVE.test(t.text) && tokens.slice(a, d).every((x) => x.capitalized)) return mention(body, tokens, a, b, 'description');
  }
  return bareAllowed ? mention(body, tokens, a, b, 'description') : null;
}

/**
 * The speaker phrase whose last token is tokens[i], not reaching before `floor`: "he", "Xi", "the statement",
 * "MSNBC host Chris Matthews", or "X, the mayor of Y," (an appositive: X is the speaker).
 */
export function phraseEndingAt(body: string, w: Window, i: number, floor: number): Phrase | null {
  const inner = ownPhraseEndingAt(body, w, i, floor);
  if (!inner || inner.speaker.kind === 'pronoun' || !belongs(w.tokens, inner.first - 1)) return inner;
  const q = inner.first - 2;
  if (q >= floor && lexKey(w.tokens[inner.first - 1] as Token) === 'of' && isQuantifier(w.tokens[q])) {
    return partOf(body, w.tokens, q, inner);
  }
  const outer = phraseEndingAt(body, w, q, floor);
  return (outer && outer.speaker.kind !== 'pronoun' ? joined(body, w.tokens, outer, inner) : null) ?? inner;
}

/** Words that open what a sentence is about: "Regarding her server, FBI Director James Comey stated". */
const ABOUT: ReadonlySet<string> = new Set(['regarding', 'concerning', 'following', 'responding', 'referring', 'asked']);

/** The speaker before the appositive the comma at tokens[i] closes: "X, the mayor of Y," → X. `described`: only one
 * opening with a determiner or a role noun ("chairman of America Rising (a Republican PAC)"). */
export function appositiveEndingAt(body: string, w: Window, i: number, floor: number, described = false): Phrase | null {
  const { tokens } = w;
  for (let j = i - 1; j >= Math.max(floor, i - MAX_APPOSITIVE); j--) {
    const t = tokens[j];
    if (!t || endsSentenceAt(tokens, j)) return null;
    // "X, wearing “Ted Cruz” pins, said": a few quoted words inside the appositive; another quote ends it.
    if (QUOTE_MARKS.includes(t.text)) {
      const open = openingMarkBefore(tokens, j, floor);
      if (open < 0) return null;
      j = open;
      continue;
    }
    if (t.text !== ',') continue;
    // "Clinton, 35, the daughter of …, said": an age is an appositive too; the speaker stands before it.
    if (/^\d+$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',') { j -= 1; continue; }
    // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": so is a hometown.
    const home = hometownBefore(tokens, j, floor);
    if (home >= 0) { j = home + 1; continue; }
    // "Alexander Downer, Australian high commissioner to the UK, who also laid a wreath, said": a relative clause set
    // off after a described appositive is the name's.
    const beforeRelative = WHO_OPENS.has(lexKey(tokens[j + 1] ?? t)) ? appositiveEndingAt(body, w, j, floor, true) : null;
    if (beforeRelative?.speaker.kind === 'name') return { ...beforeRelative, end: i + 1 };
    const inner = phraseEndingAt(body, w, j - 1, floor);
    // "Mark Diffley, Director, Ipsos MORI Scotland, said": a title alone between commas is part of the appositive.
    if (inner && isTitleOnly(inner.speaker) && tokens[inner.first - 1]?.text === ',') { j = inner.first; continue; }
    // "Clinton, during a town hall meeting in Columbus, Ohio, said": a town a preposition introduces is no speaker.
    if (inner && PLACE_LINKS.has(lexKey(tokens[inner.first - 1] ?? t)) && hometownBefore(tokens, i, floor) === j) continue;
    const opener = lexKey(tokens[j + 1] ?? t);
    // (A described one opens with a determiner, a role, or a people's word: "Australian high commissioner"; or a role
    // comes within its first words: "Changing Places Development Officer at Mencap".)
    if (!inner || inner.speaker.kind === 'pronoun' || (described && !DETERMINERS.has(opener) && !ROLE_HEADS.has(opener)
      && !DEMONYMS.has(opener) && !roleWithin(tokens, j + 1))) return null;
    // "her senior policy adviser, Jake Sullivan, said": the name in the appositive says who the description is; so
    // it does after a description ending in a name ("His former business partner at Lenox, Lawrence B. Cummings,") and
    // after a title "the" opens ("The author of Mirreynato, the Other Inequality, Ricardo Raphael, wrote").
    const owner = inner.speaker.kind === 'name'
      ? describedBefore(body, w, inner, floor) ?? (titleBeforeFullName(tokens, inner.first, j + 1) ? inner : null) : null;
    const named = inner.speaker.kind === 'description' || owner ? phraseEndingAt(body, w, i - 1, j + 1) : null;
    // (A place is no such name, but a place set off as well: "outside of the state capital, Sacramento, said".)
    if (named && named.speaker.start === tokens[j + 1]?.start && PLACES.has(named.speaker.text.toLowerCase())) continue;
    // (Nor is one word after a description that ends in a body's name: its short name, "… of the Russian Anti-Doping
    // Agency, Rusada, told".)
    const short = named && i - j === 2 && tokens[j - 1]?.capitalized ? named.speaker.text : '';
    const shortName = !!short && (short === short.toUpperCase() || tokens.slice(inner.first, j)
      .some((x) => x.capitalized && x.text.length > 3 && short.toLowerCase().startsWith(x.text.slice(0, 3).toLowerCase())));
    // ("His biographers, David and Jeanne Heidler, wrote": two names sharing a surname, the second's mention.)
    const pair = isGivenName(tokens[j + 1]?.key ?? '') && tokens[j + 2]?.key === 'and' ? 2 : 0;
    if (named?.speaker.kind === 'name' && named.speaker.start === tokens[j + 1 + pair]?.start && !shortName) {
      // (A title's role is the description it follows: "The author of Mirreynato, the Other Inequality"; alone, none.
      // Nor is a description a word such as "Regarding" opens a role: "Regarding her server, FBI Director James Comey".)
      const role = owner === inner ? titleDescribed(body, w, inner, floor)
        : owner ? body.slice(owner.speaker.start, (tokens[j - 1] as Token).end)
          : !ABOUT.has(tokens[inner.first]?.key ?? '') ? inner.speaker.text : null;
      return { speaker: withRole(named.speaker, role), first: (owner ?? inner).first, end: i + 1 };
    }
    // "Alixandria Lapp, executive director of the PAC, a super PAC, said": a second appositive, the name before it.
    const before = inner.speaker.kind === 'description' && tokens[inner.first - 1]?.text === ','
      ? phraseEndingAt(body, w, inner.first - 2, floor)
      : null;
    if (before?.speaker.kind === 'name') {
      return { speaker: withRole(before.speaker, roleText(body, tokens, before.end + 1, i)), first: before.first, end: i + 1 };
    }
    const role = inner.speaker.kind === 'name' && !describesTheEmployer(tokens, inner.first, j) ? roleText(body, tokens, j + 1, i) : null;
    return { speaker: withRole(inner.speaker, role), first: inner.first, end: i + 1 };
  }
  return null;
}

/** The description before a title and its comma, with the title: "The author of Mirreynato, the Other Inequality". */
function titleDescribed(body: string, w: Window, title: Phrase, floor: number): string | null {
  if (w.tokens[title.first - 1]?.text !== ',') return null;
  const lead = phraseEndingAt(body, w, title.first - 2, floor);
  const last = w.tokens[title.end - 1];
  if (lead?.speaker.kind !== 'description' || !last) return null;
  // (From its determiner: "… or both The author of …" ran a caption into it.)
  let k = lead.first;
  while (k < title.first && !isCap(w.tokens[k]) && !ARTICLES.has(w.tokens[k]?.key ?? '')) k++;
  return body.slice((w.tokens[k] as Token).start, last.end);
}

/** The description a name is the object of, before a preposition: "His former business partner | at | Lenox". */
function describedBefore(body: string, w: Window, name: Phrase, floor: number): Phrase | null {
  const link = w.tokens[name.first - 1];
  if (!link?.word || link.capitalized || !OBJECT_LINKS.has(lexKey(link))) return null;
  const owner = phraseEndingAt(body, w, name.first - 2, floor);
  return owner?.speaker.kind === 'description' && DETERMINERS.has(lexKey(w.tokens[owner.first] as Token)) ? owner : null;
}
const OBJECT_LINKS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with', 'from', 'to']);
/** Prepositions that introduce a place, not a speaker ("during a town hall meeting in Columbus"). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'from']);

function ownPhraseEndingAt(body: string, w: Window, i: number, floor: number): Phrase | null {
  const { tokens } = w;
  const last = tokens[i];
  if (!last || i < floor) return null;
  if (isPronoun(last)) return mention(body, tokens, i, i + 1, 'pronoun');
  // "Gov. John Kasich (R-OH), said": step over a parenthesis after the name; but one may end a described appositive
  // ("Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), reacted").
  const closing = last.text === ')' ? i : last.text === ',' && tokens[i - 1]?.text === ')' ? i - 1 : -1;
  const bracketed = closing > 0 && closing < i ? appositiveEndingAt(body, w, i, floor, true) : null;
  if (bracketed) return bracketed;
  if (closing > 0) {
    for (let j = closing - 1; j >= Math.max(floor, closing - 8); j--) {
      if (tokens[j]?.text === '(') return phraseEndingAt(body, w, j - 1, floor);
    }
    return null;
  }
  if (last.text === ',') return appositiveEndingAt(body, w, i, floor);
  if (!inPhrase(last) || DETERMINERS.has(lexKey(last))) return null;
  let a = i;
  while (a - 1 >= floor && i - a < MAX_PHRASE) {
    const prev = tokens[a - 1];
    // "Secretary of State" joins across "of"; "Lewis of the Center" does not: that is who Lewis belongs to.
    // (A verb ends it: "A couple saw | a highway sign"; not a capitalized name's word: "the Met Police".)
    const link = linkBefore(tokens, a);
    if (link > 1 && isCap(tokens[a]) && isCap(tokens[a - link - 1])) a -= link;
    else if (inPhrase(prev) && !(IRREGULAR_PAST.has(lexKey(prev as Token)) && !prev?.capitalized)) a--;
    else if (link === 1 && isCap(tokens[a]) && isCap(tokens[a - 2])) a--;
    else if (isOwnersApostrophe(tokens, a - 1) || isPaperDay(tokens, a)) a--; // ("Sanders’ email", "Sunday Times editor")
    else break;
  }
  const named = trailingName(body, tokens, a, i + 1);
  if (named) return { ...named, speaker: withRole(named.speaker, roleBefore(body, tokens, a, named.first)), first: a };
  const clauseStart = a === floor || tokens[a - 1]?.text === ',';
  // "“Call the roll,” came shouts": a verb of motion that opens the clause inverts it; it names nobody.
  // So does a group named by whom they follow ("Andrean High School fans chanted").
  const bare = clauseStart && (i - a < 2 || GROUP_NOUNS.has(lexKey(last))) && !INVERTING.has(lexKey(tokens[a] as Token));
  const described = description(body, tokens, a, i + 1, bare);
  if (described) return { ...described, first: a };
  // "the independent Vermont senator and Democratic presidential candidate told": two roles of one person.
  const and = tokens[a - 1];
  if (!and || lexKey(and) !== 'and' || !ROLE_HEADS.has(lexKey(last)) || !ROLE_HEADS.has(lexKey(tokens[a - 2] ?? and))) return null;
  const first = ownPhraseEndingAt(body, w, a - 2, floor);
  return first?.speaker.kind === 'description' ? mention(body, tokens, first.first, i + 1, 'description') : null;
}

/** The speaker phrase starting at tokens[i]: "Sen. Patty Murray", "the senior Cruz adviser", "he". */
export function phraseStartingAt(body: string, w: Window, i: number): Phrase | null {
  if (isQuantifier(w.tokens[i]) && lexKey(w.tokens[i + 1] ?? (w.tokens[i] as Token)) === 'of') {
    const group = phraseStartingAt(body, w, i + 2);
    return group ? partOf(body, w.tokens, i, group) : null;
  }
  const outer = ownPhraseStartingAt(body, w, i);
  const extensible = outer?.speaker.kind === 'description' || (outer && isTitleOnly(outer.speaker));
  if (!outer || !((extensible && belongs(w.tokens, outer.end)) || titlesJoinedAt(w.tokens, outer))) {
    return outer && namedByAppositive(body, w, outer);
  }
  const inner = phraseStartingAt(body, w, outer.end + 1);
  const whole = (inner && inner.speaker.kind !== 'pronoun' ? joined(body, w.tokens, outer, inner) : null) ?? outer;
  return namedByAppositive(body, w, whole);
}

/**
 * "said her senior policy adviser, Jake Sullivan, …", "said his best friend at Lehigh, Bruce Turry, who …": the name
 * in the appositive after a description, which it names; else the phrase as it is.
 */
function namedByAppositive(body: string, w: Window, phrase: Phrase): Phrase {
  if (phrase.speaker.kind !== 'description' || w.tokens[phrase.end]?.text !== ',') return phrase;
  const named = ownPhraseStartingAt(body, w, phrase.end + 1);
  const after = named ? w.tokens[named.end] : undefined;
  if (named?.speaker.kind !== 'name' || !endsAppositiveName(after)) return phrase;
  return { speaker: withRole(named.speaker, phrase.speaker.text), first: phrase.first, end: named.end };
}

function ownPhraseStartingAt(body: string, w: Window, i: number): Phrase | null {
  const { tokens, to } = w;
  const first = tokens[i];
  if (!first || i >= to) return null;
  if (isPronoun(first)) return mention(body, tokens, i, i + 1, 'pronoun');
  let b = i;
  while (b < to && b - i < MAX_PHRASE) {
    const t = tokens[b];
    // "9/11 widow Terry Strada": a number joined by a slash is a modifier.
    if (t?.text === '/' && /^\d/.test(tokens[b - 1]?.text ?? '') && /^\d/.test(tokens[b + 1]?.text ?? '')) b++;
    // "Republican presidential nominee Donald Trump issued …": a past tense after a name is its verb, and so is any
    // lowercase word after a full name that a role introduced ("… candidate Jeb Bush broke down …").
    // ("The Slate technology columnist David Auerbach went so far as to say:": after a determiner too.)
    else if (t?.word && !t.capitalized && isCap(tokens[b - 1])
      && ((PAST_TENSE.test(t.text) && !DETERMINERS.has(lexKey(first))) || endsNamedRole(tokens, i, b))) break;
    else if (presentVerbAt(tokens, b)) break;
    else if (inPhrase(t) || DETERMINERS.has(lexKey(t as Token))) b++;
    else { // (Across a linker or particles to the name's next capital: "Secretary of State", "Sophie in 't Veld".)
      const link = isCap(tokens[b - 1]) ? linkAfter(tokens, b) : 0;
      if (link === 0 || b + link >= to) break;
      b += link + 1;
    }
  }
  if (b === i) return null;
  // Ends in a name: the name is its last capitalized run ("MSNBC host Chris Matthews", "Sen. Patty Murray").
  const named = trailingName(body, tokens, i, b);
  if (named) return { ...named, speaker: withRole(named.speaker, roleBefore(body, tokens, i, named.first)), first: i, end: b };
  if (DETERMINERS.has(lexKey(first))) return description(body, tokens, i, b, false);
  // Starts with a name and turns lowercase ("Trump gestured"): the name is the leading capitalized run.
  let c = i;
  while (c < b && (isCap(tokens[c]) || (isLinker(tokens[c]) && isCap(tokens[c + 1])))) c++;
  // "said Clinton's introducer, actress …", "Trump’s Virginia state director": what is owned is who speaks.
  if (c > i && c < b && tokens.slice(i, b - 1).some((t) => POSSESSIVE.test(t.text))) return description(body, tokens, i, b, false);
  if (c > i) {
    const lead = mention(body, tokens, i, c, 'name');
    return lead && !isTitleOnly(lead.speaker) ? { ...lead, end: c } : null; // "Former secretary of state …" is nobody.
  }
  // A bare word or two, unless it is the clause's verb ("…, worded it even more carefully:").
  return b - i <= 2 && !PAST_TENSE.test(first.text) ? description(body, tokens, i, b, true) : null;
}
