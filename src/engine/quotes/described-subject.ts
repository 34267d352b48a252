// "The judge said Ms O'Neill had "an appalling record" …. "This was as bad a case …," he said.": a "he" or "she" that
// speaks right after a sentence whose subject is a role ("The judge", "A police spokesman") and whose verb is a speech
// verb is that role, not the last person named before it (here Mr Thomas, fined in the sentence before). The resolver
// turns the role into its holder when the story gives one ("the senator" → the senator named), or keeps it as written.
// Likewise a "they" after a spokesperson spoke is that spokesperson (BBC style: "its spokesperson said they …").
import { endsSentenceAt, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { ASKING_VERBS, DETERMINERS, ROLE_HEADS, SENTENCE_ADVERBS, SPEECH_VERBS } from './lexicon.ts';
import type { SpeakerMention } from './phrases.ts';
import { headNounAfter, sentenceStart, tokenAt } from './windows.ts';
import { GENDERED_PEOPLE, genderOfDescription, KIN_AND_FRIENDS } from './person-descriptions.ts';
import { isAdverb } from './verb-objects.ts';

/** A participle that opens a sentence with a phrase of its own ("Discussing …,"), and how long that phrase may be. */
const PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;
const MAX_OPENING_PHRASE = 15;
/** How many words may stand between the determiner and the role: "The Foreign Office spokesman". */
const MAX_MODIFIERS = 3;

/**
 * The role that opens the sentence before the quote opening at `open`, followed by a speech verb, and the name an
 * appositive between them gives it; or null.
 */
function roleSubjectBefore(body: string, tokens: readonly Token[], open: number)
  : { role: SpeakerMention; named: SpeakerMention | null } | null {
  // (A sentence may end inside a quotation of its own: "… said she had seen it "four times in two weeks." "…".)
  const mark = CLOSING.test(tokens[tokenAt(tokens, open) - 1]?.text ?? '') ? 1 : 0;
  const stop = tokenAt(tokens, open) - 1 - mark;
  if (!tokens[stop] || !endsSentenceAt(tokens, stop)) return null;
  let s = sentenceStart(tokens, stop - 1);
  // ("The head teacher … said she heard parents …. She said she came close to quitting. “…,” she said": past a
  // sentence in which the pronoun already speaks on, to the role that opened the one before it.)
  const pronoun = tokens[s];
  if (pronoun && (pronoun.key === 'he' || pronoun.key === 'she') && speaksOn(tokens, s, stop)) {
    return s > 0 ? roleSubjectBefore(body, tokens, pronoun.start) : null;
  }
  // ("… poverty and homelessness' One resident, …": a quotation closed without a stop ends its sentence too.)
  // (Nor does a paragraph break a page lost its stop at: "… other news from Essex ⏎ A woman who lives …".)
  for (let p = stop - 1; p > s; p--) {
    const closed = CLOSING.test(tokens[p - 1]?.text ?? '') || body.slice(tokens[p - 1]?.end, tokens[p]?.start).includes('\n');
    if (tokens[p]?.capitalized && closed) { s = p; break; }
  }
  // "Discussing the show's success in an interview, the actor explained …": past an opening participle's phrase.
  if (PARTICIPLE.test(tokens[s]?.text ?? '')) {
    const comma = tokens.slice(s + 1, Math.min(stop, s + 1 + MAX_OPENING_PHRASE)).findIndex((t) => t.text === ',');
    if (comma >= 0) s += comma + 2;
  }
  // ("Instead, the businessman has insisted …": past an adverb set off by a comma.)
  if (tokens[s]?.capitalized && tokens[s + 1]?.text === ',' && SENTENCE_ADVERBS.has(lexKey(tokens[s] as Token))) s += 2;
  const determiner = tokens[s];
  if (!determiner || !DETERMINERS.has(lexKey(determiner))) return null;
  let h = headNounAfter(tokens, s, (key) => ROLE_HEADS.has(key) || KIN_AND_FRIENDS.has(key) || PEOPLE.has(key), MAX_MODIFIERS, stop);
  if (h < 0) return null;
  // ("The head teacher": the last of two nouns of a role.)
  if (ROLE_HEADS.has(tokens[h + 1]?.key ?? '') && !tokens[h + 1]?.capitalized) h++;
  // ("One resident, named only as Jassem, told …": past an appositive set off by commas, whose name is who; "A woman
  // who lives near the prison, who did not want to be named, said …": past relative clauses.)
  const relative = pastRelatives(tokens, h, stop);
  const close = relative > h ? relative : tokens[h + 1]?.text === ',' ? appositiveClose(tokens, h + 1, stop) : h;
  // ("The Harry Potter author previously tweeted that …": past an adverb.)
  // ("… has insisted": past the auxiliary of a present perfect; "had posted" tells of something before.)
  const v = close < 0 ? -1 : close + (isAdverb(tokens[close + 1]) ? 2 : 1);
  const verb = tokens[PERFECT.has(tokens[v]?.key ?? '') ? v + 1 : v];
  // (Whom a role asks answers next, not the role: "A reporter asked Sanders how he's feeling. He replied: …".)
  if (!verb || !SPEECH_VERBS.has(lexKey(verb)) || ASKING_VERBS.has(lexKey(verb))) return null;
  const role: SpeakerMention = { kind: 'description', text: body.slice(determiner.start, (tokens[h] as Token).end),
    start: determiner.start };
  // (The appositive's first name: "Another pollster, David Woodard of Clemson University, said".)
  let a = h + 2;
  while (a < close && !tokens[a]?.capitalized) a++;
  let b = a;
  while (b < close && tokens[b]?.capitalized) b++;
  const named = b > a ? { kind: 'name' as const, text: body.slice((tokens[a] as Token).start,
    (tokens[b - 1] as Token).end), start: (tokens[a] as Token).start, role: role.text } : null;
  return { role, named };
}

const PERFECT: ReadonlySet<string> = new Set(['has', 'have']);

/** Whether the pronoun at tokens[k] speaks in its sentence (ending at `stop`): right after it ("He said …") or in an
 * aside ("He was unable to find a taker, he said, on condition of anonymity."). */
function speaksOn(tokens: readonly Token[], k: number, stop: number): boolean {
  if (SPEECH_VERBS.has(tokens[k + 1]?.key ?? '')) return true;
  for (let c = k + 2; c + 3 < stop; c++) {
    if (tokens[c]?.text === ',' && tokens[c + 1]?.key === tokens[k]?.key && SPEECH_VERBS.has(tokens[c + 2]?.key ?? '')
      && tokens[c + 3]?.text === ',') return true;
  }
  return false;
}

/** Nouns for somebody the story does not name: "A woman who lives near the prison said …". */
const PEOPLE: ReadonlySet<string> = new Set([...GENDERED_PEOPLE, 'teenager', 'youngster', 'pensioner',
  'neighbour', 'neighbor', 'passenger', 'customer', 'shopper', 'fan', 'victim', 'patient', 'parent', 'mum', 'dad',
  'motorist', 'pedestrian', 'onlooker', 'bystander', 'eyewitness', 'homeowner']);
/** How many tokens a relative clause after a role may run before its speech verb. */
const MAX_RELATIVE = 14;

/**
 * The last token of the relative clauses after the role at tokens[h], the comma that closes one if any ("A woman who
 * lives near the prison, who did not want to be named, said"); h when no relative clause follows.
 */
function pastRelatives(tokens: readonly Token[], h: number, stop: number): number {
  let k = h;
  for (;;) {
    const comma = tokens[k + 1]?.text === ',' ? 1 : 0;
    if (tokens[k + 1 + comma]?.key !== 'who') return k;
    // (From the clause's second word: its own verb may be one of speech, "a man who said he saw it told …".)
    let e = k + 3 + comma;
    while (e < stop && e - k < MAX_RELATIVE && tokens[e]?.text !== ',' && !SPEECH_VERBS.has(tokens[e]?.key ?? '')) e++;
    if (e >= stop || e - k >= MAX_RELATIVE) return h;
    if (tokens[e]?.text !== ',') return e - 1;
    k = e;
    if (tokens[k + 1]?.key !== 'who' && SPEECH_VERBS.has(tokens[k + 1]?.key ?? '')) return k;
  }
}

const CLOSING = /^['’"”]$/;
/** At most this many tokens in an appositive between a role and its verb. */
const MAX_APPOSITIVE = 8;

/** The comma that closes the appositive the comma at tokens[open] opens, or -1. */
function appositiveClose(tokens: readonly Token[], open: number, stop: number): number {
  for (let k = open + 1; k < Math.min(stop, open + 1 + MAX_APPOSITIVE); k++) if (tokens[k]?.text === ',') return k;
  return -1;
}

const OFFICE = /\b(?:president|secretary|minister|senator|governor|mayor|chancellor|premier)$/i;
/** How far before a role a person's surname counts as named just before it. */
const JUST_BEFORE = 200;
const namedJustBefore = (body: string, name: string, at: number): boolean =>
  body.slice(Math.max(0, at - JUST_BEFORE), at).includes(name.slice(name.lastIndexOf(' ') + 1));

/**
 * Who the "he" or "she" of a quote opening at `open` is when the sentence before it opens with a role that spoke:
 * the role's holder (by `resolve`), or the role as written; null to keep `speaker`, the pronoun's person. An office the
 * story gives no name keeps the pronoun's person if they were named just before it ("… toast Mrs May. The home
 * secretary told officers …" is her).
 */
export function roleThatSpokeBefore(body: string, tokens: readonly Token[], open: number, speaker: string | null,
  resolve: (mention: SpeakerMention) => string | null, gender: 'male' | 'female'): string | null {
  const subject = roleSubjectBefore(body, tokens, open);
  const role = subject?.role;
  // (Not a role of the other gender: "The boy's mother told the BBC … . “…,” he said" is someone else.)
  const told = role ? genderOfDescription(role.text) : null;
  if (told && told !== gender) return null;
  const holder = subject ? (subject.named ? resolve(subject.named) : null) ?? resolve(subject.role) : null;
  if (!role || !holder) return null;
  const office = OFFICE.test(role.text) && holder === role.text && !!speaker && namedJustBefore(body, speaker, role.start);
  return office ? null : holder;
}

/** Roles one person holds for a body, whom a story may call "they": "its spokesperson said they could not comment". */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'source']);
/** Words of the body a spokesperson speaks for: "A spokesman for Park View School". */
const BODY_WORDS = /^(?:for|of|at|from|the|and)$/;
const MAX_BODY_WORDS = 6;
/** How many sentences back a "they" may reach, through sentences where "they" speaks on. */
const MAX_SENTENCES_BACK = 3;

/** "its spokesperson said", "A spokesman for Park View School told": the role from tokens[d], if a speech verb follows. */
function spokespersonAt(body: string, tokens: readonly Token[], d: number, stop: number): SpeakerMention | null {
  const determiner = tokens[d] as Token;
  const h = headNounAfter(tokens, d, (key) => SPOKESPEOPLE.has(key), MAX_MODIFIERS, stop);
  if (h < 0) return null;
  let end = h;
  while (end + 1 < stop && end - h < MAX_BODY_WORDS && tokens[end + 1]?.word
    && ((tokens[end + 1] as Token).capitalized || BODY_WORDS.test(lexKey(tokens[end + 1] as Token)))) end++;
  while (end > h && !(tokens[end] as Token).capitalized) end--;
  const verb = tokens[end + 1];
  if (!verb || !SPEECH_VERBS.has(lexKey(verb))) return null;
  return { kind: 'description', text: body.slice(determiner.start, (tokens[end] as Token).end), start: determiner.start };
}

/**
 * The spokesperson a "they" who speaks at `open` stands for: the last one who spoke in the sentences before, reaching
 * back past sentences where "they" speaks on ("A spokesman for Park View School said they would challenge it. They
 * said … . “…,” they said"). Null when a sentence between says nothing of them.
 */
export function spokespersonBefore(body: string, tokens: readonly Token[], open: number): SpeakerMention | null {
  let k = tokenAt(tokens, open) - 1;
  for (let back = 0; back < MAX_SENTENCES_BACK && k >= 0; back++) {
    const s = sentenceStart(tokens, k);
    let found: SpeakerMention | null = null;
    for (let d = s; d <= k; d++) {
      if (DETERMINERS.has(lexKey(tokens[d] as Token))) found = spokespersonAt(body, tokens, d, k + 1) ?? found;
    }
    if (found) return found;
    const theySpeak = tokens.slice(s, k + 1).some((t, j) => lexKey(t) === 'they' && SPEECH_VERBS.has(lexKey(tokens[s + j + 1] ?? t)));
    if (!theySpeak) return null;
    k = s - 1;
  }
  return null;
}
