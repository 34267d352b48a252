// Turns a speaker mention into the fullest name the article gives: titles dropped ("President To Lam" → "To Lam"),
// short forms expanded ("Xi" → "Xi Jinping", "Lam" → "To Lam"), and pronouns resolved to the most recent person
// outside quotations who was the subject of a sentence and whose gender fits. When nothing fits, the answer is null,
// not a guess.
import { findNamesInTokens, type Gender, type NameMention } from '../entities/names.ts';
import { keysOf, titledAlone } from '../entities/name-keys.ts';
import type { Token } from '../entities/tokens.ts';
import { withBareSurnames } from './bare-surnames.ts';
import { roleBeforeName } from './roles.ts';
import { WrittenRoles } from './written-roles.ts';
import { mentionRole, type MentionRole } from './mention-role.ts';
import { describedOpening, genderOfDescription } from './person-descriptions.ts';
import { reportedClauseStart, sentenceTo } from './reported-clause.ts';
import { antecedent } from './antecedent.ts';
import { fullerName, genderAfterName, onlyFullerName, personCues, readsAsPerson } from './person-cues.ts';
import { honorificGender, isEpithet, joinedTitles, PersonTitles, titleQuery } from './person-titles.ts';
import {
  capitalizedAfterThe, datedTitle, endsInTheName, givenAlone, partnerBefore, senderOf, stripToName, titledAt,
} from './speaker-names.ts';
import type { SpeakerMention } from './phrases.ts';
import { PRONOUNS } from './lexicon.ts';
import { labelsNoOne } from './transcript.ts';
import { WordCase } from './word-case.ts';
import { mainSubject, PeopleByName, type Person } from './people.ts';
import { firstAtOrAfter } from './windows.ts';
import { epithetHolder, lastSubject, subjectInParagraph, type PersonMention } from './person-mentions.ts';
import { withoutCredits } from '../entities/photo-credits.ts';

// Regexes are module constants, not literals in functions, and per-call arrows go unnamed: the TypeScript loader makes a
// \p{…} literal a `new RegExp(…)` each time its line runs, and wraps a named arrow in a call naming it each time too.
const SINGLE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const WORD_START = /(?<![\p{L}'’])\p{Ll}/gu;
/** Roles in a race that a story's main person holds without the story always saying so. */
const RACE_ROLES: ReadonlySet<string> = new Set(['candidate', 'nominee', 'frontrunner', 'front-runner']);
/** Offices of a court, whose holder a story seldom makes a subject before it ("James Thomas … faced one count. The
 * judge said …" is somebody else). */
const COURT_ROLES: ReadonlySet<string> = new Set(['judge', 'justice', 'magistrate', 'coroner', 'sheriff', 'attorney',
  'lawyer']);
/** Where the last capitalized determiner inside a description stands (the space before it), or -1. */
const LOST_BREAK = / (?:The|His|Her|Their|Its) /g;
const lastLostBreak = (text: string): number => [...text.matchAll(LOST_BREAK)].at(-1)?.index ?? -1;
/** Text that spans two paragraph breaks: a paragraph between. */
const PARAGRAPHS = /\n+[^\n]+\n/;

export class SpeakerResolver {
  private readonly people = new PeopleByName();
  private readonly found: readonly NameMention[]; // what the name finder found, bare surnames added
  /** Person mentions in order of position. */
  private readonly mentions: PersonMention[] = [];
  /** An article names the same people again and again: their keys are read once per written form. */
  private readonly keysByText = new Map<string, readonly string[]>();
  /** How the article writes its words, which says whether a lone capitalized word is a name. */
  private readonly wordCase: WordCase;
  /** Who each person is, by their fullest name, from the first attribution that says it. */
  private readonly roles = new Map<string, string>();
  /** Every title word each person is written with, so that "the senator" can name them. */
  private readonly titleWords = new PersonTitles();
  /** Who each person is as the article first writes them anywhere: a title, an appositive. */
  private readonly written = new WrittenRoles();

  /**
   * `quoted`: the `[start, end)` stretches inside quotation marks, in order. A name there is somebody the speaker
   * talks about, so a later "he" or "she" does not refer to it (“Here comes Big Daddy,” she said).
   */
  constructor(private readonly body: string, tokens: readonly Token[], names?: readonly NameMention[],
    quoted: readonly (readonly [number, number])[] = []) {
    const wordCase = (this.wordCase = new WordCase(body));
    const found = (this.found = withBareSurnames(tokens, names ?? findNamesInTokens(body, tokens),
      (w, at) => wordCase.isNameAt(w, at), (name) => this.keysOfName(name)));
    // Fullest forms first, so that "Hillary Clinton" becomes a short form of "Hillary Rodham Clinton"; and a name
    // opening a sentence ("Nina Turner, a surrogate, said") whose surname a title gives elsewhere ("Ms. Turner").
    const titledSurnames = new Set(found.filter((m) => m.kind === 'person' && m.titled && !m.text.includes(' '))
      .map((m) => this.keysOfName(m.text)[0]));
    const surnamed = (m: NameMention): boolean => m.kind === 'possible-person' && titledAlone(this.keysOfName(m.text), titledSurnames);
    const people = found.filter((m) => m.kind === 'person' || surnamed(m)).map((m) => ({ m, keys: this.keysOfName(m.text) }))
      .sort((a, b) => b.keys.length - a.keys.length || a.m.start - b.m.start);
    for (const { m, keys } of people) if (!this.lookup(keys, Infinity)) this.people.add(m.text, keys, m.gender);
    let t = 0;
    let q = 0;
    for (const m of found) {
      if (m.kind !== 'person' && m.kind !== 'unknown' && m.kind !== 'possible-person') continue;
      while (t < tokens.length && (tokens[t]?.start ?? 0) < m.start) t++;
      while (q < quoted.length && (quoted[q]?.[1] ?? 0) <= m.start) q++;
      const inQuote = (quoted[q]?.[0] ?? Infinity) <= m.start;
      const { role, next, after, aged } = mentionRole(tokens, t, m.end, inQuote);
      const keys = this.keysOfName(m.text);
      // ("Mrs. Schlafly" is Phyllis, not her son John: the title's gender, else what the words after say.)
      let person = this.lookup(keys, m.start, false, keys.length === 1 ? m.gender ?? genderAfterName(tokens, after, next) : null,
        m.titled);
      // ("Mr Robertson added he did warn her": a title of the other gender is someone else of the family, whom the
      // article names no more fully than this.)
      const honorific = keys.length === 1 ? honorificGender(`${tokens[t - 1]?.text ?? ''} `) : null;
      if (person && honorific && person.gender && honorific !== person.gender) person = this.people.add(m.text, keys, honorific);
      const cues = personCues(tokens, t, m, { next, after, aged }, this.wordCase);
      if (!person && readsAsPerson(m, cues)) {
        // "Emanuel acknowledged": the "Zeke Emanuel" the article names elsewhere, if it does.
        const full = fullerName(found, m.text, this.wordCase);
        const fullKeys = full ? this.keysOfName(full.text) : keys;
        person = full ? this.lookup(fullKeys, Infinity) ?? this.people.add(full.text, fullKeys, full.gender)
          : this.people.add(m.text, keys, m.gender);
      }
      if (!person) continue;
      // ("Mr. and Mrs. Khan" tells nothing of Khizr Khan, one of two Khans.)
      // (Unless a title's gender fits only them: "Mrs. Schlafly" beside a son John Schlafly.)
      const telling = keys.length > 1 || !this.people.shared(keys) || (!!m.gender && this.people.fitting(keys, m.gender) === 1);
      if (telling) person.gender ??= m.gender ?? cues.kin ?? cues.told?.gender ?? null;
      person.titled ||= m.titled;
      this.note(person, m.start, m.end, role);
      if (cues.kin) person.asRelative.push(m.start);
      if (cues.kinAfter) person.kinOf.push(m.start);
      if (m.kind === 'person') this.titleWords.addBefore(person.name, tokens, t);
      if (m.kind === 'person') this.titleWords.addAfter(person.name, tokens, after);
      if (m.kind === 'person') this.written.note(person.name, body, tokens, t, after, inQuote);
    }
  }

  /**
   * The fullest name for `mention`, or null (pronouns that fit nobody, "I", "we", "they"). `quoted`, the words of the
   * quote: a "he" is not whom they open with ("''Rubio is not going after …,'' he said" is someone else's).
   */
  resolve(mention: SpeakerMention, quoted = ''): string | null {
    if (mention.kind === 'pronoun') return this.resolvePronoun(mention, quoted);
    if (mention.kind === 'description') {
      // "… with his Jack Russell Sam The retired charity worker said", "… onto her eyelid Her Facebook page states": a
      // capital "The" or "Her" inside a description opens a sentence whose break was lost; the description follows it.
      const lost = lastLostBreak(mention.text);
      const own = lost > 0 ? { ...mention, text: mention.text.slice(lost + 1), start: mention.start + lost + 1 } : mention;
      return this.noted(this.resolveDescription(own), own);
    }
    // (A name the name finder read whole, where it stands, is not cut down again: "Maritime and Coastguard Agency".)
    const there = this.found[firstAtOrAfter(this.found, mention.start)];
    const name = there?.start === mention.start && there.text === mention.text ? mention.text : stripToName(mention.text);
    // "Will wrote", "Read said", "From said": a word that is no name by itself, but the surname of someone named.
    if (!name) return SINGLE_WORD.test(mention.text)
      ? this.lookup(this.keysOfName(mention.text), mention.start, true)?.name ?? null : null;
    const keys = this.keysOfName(name);
    // A short name stands for the full one named before it ("Xi" after "Xi Jinping"); a full name that only comes
    // later may be someone else of the family ("Clinton, the daughter of Bill Clinton, said").
    // Failing that, the person the name finder already met under this very name at this very mention ("wrote Ben
    // Jacobs"), rather than a second one without what was learned about the first (their gender).
    // (Met anywhere in the mention: "French Prime Minister Manuel Valls" is met at "Manuel".)
    const here = this.lookup(keys, mention.start + mention.text.length, true);
    let person = this.people.younger(keys, this.body, mention.start)
      ?? this.lookup(keys, mention.start, true, honorificGender(mention.text), mention.text !== name) ?? (here?.name === name ? here : null);
    // ("Jenson Button will start 17th. … Button said": the fuller name a sentence opened with, if it reads as one and
    // is the only one; not for a title's "President Obama" when the article names Michelle Obama.)
    const bare = !person && mention.text === name && !/\s/.test(name) && !titledAt(this.body, mention.start);
    const full = bare ? onlyFullerName(this.found, name, mention.start, this.wordCase) : null;
    const fullKeys = full ? this.keysOfName(full.text) : keys;
    if (full) person = this.lookup(fullKeys, Infinity) ?? this.people.add(full.text, fullKeys, full.gender);
    if (!person) {
      if (!/\s/.test(name) && !this.wordCase.isSpeakerNameAt(name, mention.start)) return null;
      person = this.people.add(name, keys, null);
    }
    this.note(person, mention.start, mention.start + mention.text.length, 'subject');
    // The first attribution that says who the person is names their role for all their quotes; a title the name
    // was written with counts too ("Chinese President Xi Jinping" → "Chinese President").
    const written = mention.text.endsWith(name) ? mention.text.slice(0, -name.length) : '';
    const role = mention.role ?? datedTitle(this.body, mention.start, roleBeforeName(written));
    if (role && !this.roles.has(person.name)) this.roles.set(person.name, role);
    this.titleWords.addRole(person.name, `${written} ${mention.role ?? ''}`);
    // Both speak: "Mr Keys and Mr Bacon said" (a person the article names), "David and Jeanne Heidler wrote".
    const partner = partnerBefore(this.body, mention.start);
    const first = partner ? givenAlone(partner, name) ?? this.lookup(this.keysOfName(partner), mention.start, true)?.name : null;
    return first && first !== person.name ? `${first} and ${person.name}` : person.name;
  }

  /**
   * The person a transcript's label in capitals names ("CLINTON" → "Hillary Clinton"): someone the article names,
   * or a full name as the label writes it ("JOEL BENENSON"); null for a lone word it names nobody by ("VIDEO").
   */
  resolveLabel(label: string, at: number): string | null {
    const name = stripToName(label.toLowerCase().replace(WORD_START, (c) => c.toUpperCase()));
    if (!name) return null;
    const keys = this.keysOfName(name);
    let person = this.lookup(keys, at);
    // (A lone word the article names nobody by is a surname, "WALLACE:", but "VIDEO:" is no one.)
    if (!person && keys.length < 2 && labelsNoOne(name)) return null;
    person ??= this.people.add(name, keys, null);
    this.note(person, at, at + label.length, 'subject');
    return person.name;
  }

  /** Whether `name` is the fullest name of someone shown to be a person: by a full name, a gender or a title. A lone
   * word with none of them ("the Times wrote") may be an outlet, which an "it" goes on with. */
  isPerson(name: string): boolean {
    const person = this.lookup(this.keysOfName(name), Infinity);
    return person?.name === name && (person.keys.length > 1 || person.gender !== null || person.titled);
  }

  /** Who the person named `name` is, as the first attribution that says it puts it, else as the article first
   * describes them; null when nothing does. */
  roleOf(name: string): string | null {
    return this.written.roleOf(name, this.roles.get(name));
  }

  private resolvePronoun(mention: SpeakerMention, quoted: string): string | null {
    const gender = PRONOUNS.get(mention.text.toLowerCase());
    // "My mother has softened with age, but she still says": the person the sentence opens with, whom no name names.
    const described = gender && describedOpening(sentenceTo(this.body, mention.start)) === gender;
    const from = reportedClauseStart(this.body, mention.start, sentenceTo(this.body, mention.start));
    const person = gender && !described ? antecedent(this.body, this.mentions, from, gender, quoted) : null;
    if (!gender || !person) return null;
    // What the pronoun says of a name nothing else gendered: after "“Savage,” she said", Deja Stewart is no "he".
    person.gender ??= gender;
    // The pronoun mentions the person too: "she replied: …" keeps Sarandon the subject for the next "she said".
    this.note(person, mention.start, mention.start + mention.text.length, 'subject', false);
    return person.name;
  }

  /**
   * "the statement" stays a description; "The Washington Post" is a name after all. "a New Hampshire Republican"
   * stays a description: an indefinite article says the capitalized words describe somebody.
   */
  private resolveDescription(mention: SpeakerMention): string {
    // "the Florida senator and Republican presidential candidate": whom either title names, else the last subject holding either.
    const both = joinedTitles(mention.text);
    if (both) {
      const named = both.map((text) => this.resolveDescription({ ...mention, text })).find((name, k) => name !== both[k]);
      const subject = lastSubject(this.mentions, mention.start);
      const near = subject && !PARAGRAPHS.test(this.body.slice(subject.end, mention.start));
      return named ?? (near && both.some((t) => this.titleWords.holdsHeadOf(subject.person.name, t)) ? subject.person.name : mention.text);
    }
    // "the al Qaeda-linked cleric Anwar al-Awlaki": a description that ends in the full name of someone named is them
    // (not "a spokesman for Bernie Sanders": a function word makes the name somebody else's).
    const end = mention.start + mention.text.length;
    const last = this.lookup(this.keysOfName(mention.text.slice(mention.text.lastIndexOf(' ') + 1)), end, true);
    if (last && endsInTheName(mention.text, last.name)) return last.name;
    // "the senator said": someone the article gave that title (person-titles.ts says whom).
    const query = titleQuery(mention.text);
    const named = (name: string): boolean =>
      this.mentions.slice(0, this.before(mention.start)).some((m) => m.person.name === name);
    const holder = query ? this.titleWords.holderOf(query, lastSubject(this.mentions, mention.start)?.person.name ?? null, named) : null;
    if (holder) return holder;
    // "Trump and his supporters talk about the candidate's plan …. “…,” the Republican presidential candidate said":
    // when the story gives nobody that role in a race, the person it is about, if it is clearly about one. (Not
    // "the president" or "the senator": the sitting one is often somebody else than the one a story is about.)
    const untitled = query && !this.titleWords.anyHolds(query);
    const main = untitled && RACE_ROLES.has(query.head) ? mainSubject(this.mentions.slice(0, this.before(mention.start))) : null;
    if (main) return main.name;
    // "Rubio said he supports an exception. “…,” said the Florida senator": an office the article never wrote
    // before anybody's name, of the last subject named in the paragraph, if it gives them no other office; an epithet
    // ("Trump … blamed Obama. ⏎ “…,” the New York businessman said") of the last subject a paragraph back at most.
    const subject = query && untitled ? lastSubject(this.mentions, mention.start) : null;
    const between = subject ? withoutCredits(this.body.slice(subject.end, mention.start)) : '';
    const head = query?.head ?? '';
    const epithet = subject && isEpithet(head) && !PARAGRAPHS.test(between);
    if (epithet) return epithetHolder(this.body, this.mentions, subject, mention.start).person.name;
    // (A paragraph back when a place narrows the office: "Marco Rubio … stressed defense. ⏎ The Florida senator told".)
    const near = !between.includes('\n') || (!!query?.narrowed && !PARAGRAPHS.test(between));
    const office = subject && !RACE_ROLES.has(head) && !COURT_ROLES.has(head) && !isEpithet(head) && near;
    // ("… Mr. Putin …. ⏎ “…,” the Russian leader said": whatever else the article calls a country's leader.)
    const leader = head === 'leader' && this.titleWords.leadsACountry(subject?.person.name ?? '');
    if (office && (leader || !this.titleWords.holdsOffice(subject.person.name))) return subject.person.name;
    // "Bush's Facebook post", "Trump's statement": the words someone sent are that person speaking.
    const sender = senderOf(mention.text);
    if (sender) return this.resolve({ kind: 'name', text: sender, start: mention.start }) ?? mention.text;
    return capitalizedAfterThe(mention.text) ?? mention.text;
  }

  /** A description that names someone ("the Republican candidate said") mentions them: "he went on" is them too. */
  private noted(name: string, mention: SpeakerMention): string {
    // ("said the woman, who spoke on the condition of anonymity": someone unnamed, whom a later "she" may mean.)
    const gender = name === mention.text ? genderOfDescription(name) : null;
    const person = gender ? this.people.add(name, [`"${name}"`], gender) : this.lookup(this.keysOfName(name), mention.start, true);
    if (person?.name === name) this.note(person, mention.start, mention.start + mention.text.length, 'subject', false);
    return name;
  }

  /** The known person `keys` names: the one last mentioned before `at`, else (unless `before`) one named later. */
  private lookup(keys: readonly string[], at: number, before = false, gender: Gender | null = null, titled = false) {
    return this.people.find(keys, at, before, gender,
      (name) => keys.length === 1 && subjectInParagraph(this.body, this.mentions, name, at), titled);
  }

  private keysOfName(text: string): readonly string[] {
    let keys = this.keysByText.get(text);
    if (!keys) this.keysByText.set(text, keys = keysOf(text));
    return keys;
  }

  /** Index of the first mention at or after `offset`. */
  private before(offset: number): number {
    return firstAtOrAfter(this.mentions, offset);
  }

  /** `named`: the mention is by name, so it counts for which of two namesakes a bare surname means. */
  private note(person: Person, start: number, end: number, role: MentionRole, named = true): void {
    // Mentions mostly come in order of position: appended then, inserted in place otherwise.
    const at = this.before(start);
    if (at === this.mentions.length) this.mentions.push({ person, start, end, role });
    else this.mentions.splice(at, 0, { person, start, end, role });
    if (!named) return;
    if (role === 'subject') person.firstSubject = Math.min(person.firstSubject, start);
    const { seen } = person;
    const i = (seen[seen.length - 1] ?? -1) <= start ? -1 : seen.findIndex((s) => s > start);
    if (i < 0) seen.push(start);
    else seen.splice(i, 0, start);
  }
}
