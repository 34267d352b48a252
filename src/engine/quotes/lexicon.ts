// Words of attribution: the verbs that introduce speech, the participles that hang a quote on the sentence's
// subject, and the little words allowed between a speaker and their verb. Lowercase.
import type { Token } from '../entities/tokens.ts';

const FINITE = `said says say told tells tell added adds stated states wrote writes tweeted tweets asked asks explained
explains noted notes argued argues declared declares insisted insists continued continues replied replies responded
responds answered answers claimed claims warned warns announced announces affirmed affirms emphasized emphasizes
emphasised stressed stresses remarked remarks recalled recalls joked jokes quipped quips cracked admitted admits
acknowledged acknowledges conceded concedes predicted predicts suggested suggests urged urges shouted shouts yelled
yells exclaimed exclaims complained complains vowed vows promised promises pledged pledges observed observes
countered counters retorted retorts concluded concludes posted posts boasted boasts charged charges contended
contends maintained maintains mused muses offered offers reads read began begins thundered cried cries screamed
chanted chants sang sings blasted blasts slammed slams lamented laments griped gripes wondered wonders opined
reiterated reiterates repeated repeats agreed agrees confirmed confirms denied denies testified testifies described
describes called calls interjected interrupted demanded demands proclaimed proclaims cautioned cautions assured
assures reminded reminds informed advised concluded summarized texted emailed messaged whispered muttered
pleaded pleads begged noticed writes wrote explained recounted recounts elaborated acknowledged commented comments
mocked mocks accused accuses criticized criticizes praised praises hailed hails stated estimated predicted
responded tweeted retweeted quoted cited cites declared announced explained suggested insisted
snapped scoffed sighed laughed smiled nodded shrugged sneered roared barked growled gushed raved ranted
reported reports echoed echoes boomed spoke speaks reasoned questioned chided scolded conceded lectured quip
pressed beamed fumed marveled marvelled gasped groaned crowed bragged teased reacted reacts write argue
warn insist explain respond contend maintain predict shout yell scream whisper written dubbed dubs
nicknamed`;

const PARTICIPLES = `saying adding noting telling writing arguing explaining declaring warning stating calling describing
insisting claiming asking urging predicting suggesting tweeting recalling joking referring vowing promising boasting
observing complaining acknowledging admitting announcing lamenting charging replying responding answering
continuing concluding stressing emphasizing reminding shouting chanting quipping countering declaring opining
proclaiming reiterating repeating accusing criticizing mocking praising pleading cautioning assuring confirming
denying reporting echoing yelling screaming shouting crying responding tweeting writing advising encouraging
imploring instructing pledging conceding musing asserting recounting chiding scolding taunting teasing lecturing
sneering bragging`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Finite speech verbs: "said", "says", "told", "tweeted". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(words(FINITE));
/** Participles that attach a quote to the sentence's subject: "…, noting that they have “…”". */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(words(PARTICIPLES));

/** Speech verbs that put a question to someone, who answers next: "Hannity asked Trump how high the wall would be." */
export const ASKING_VERBS: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned']);

/** Pronouns that can stand for a speaker, with the gender they imply (null: anyone). */
export const PRONOUNS: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', null], ['i', null], ['we', null], ['it', null], ['you', null],
]);

/** Words allowed between a subject and its speech verb: "he also said", "Trump has repeatedly said". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'once', 'still', 'again', 'further', 'previously', 'recently', 'has', 'have', 'had',
  'would', 'will', 'had', 'did', 'does', 'do', 'was', 'were', 'is', 'quickly', 'simply', 'just', 'even', 'often',
  'repeatedly', 'flatly', 'famously', 'reportedly', 'allegedly', 'publicly', 'privately', 'bluntly', 'frankly',
  'openly', 'angrily', 'calmly', 'firmly', 'recently', 'already', 'since', 'never', 'always', 'ever', 'told',
  'subsequently', 'immediately', 'curtly', 'tersely', 'succinctly', 'finally', 'first', 'initially', 'only',
  'emphatically', 'proudly', 'confidently', 'sarcastically', 'dryly', 'jokingly', 'quietly', 'loudly', 'not',
  'could', 'can', 'may', 'might', 'must', 'should',
  // "Cruz himself said": a reflexive after the subject only stresses it.
  'himself', 'herself', 'themselves',
]);

/** "Nancy Perry is alleged to have told", "Smith is understood to have said": what is claimed of a subject, before
 * "to". */
export const CLAIMED: ReadonlySet<string> = new Set(['alleged', 'understood', 'believed', 'thought', 'reported',
  'rumoured', 'rumored', 'supposed', 'known']);

/** Determiners that open a descriptive speaker ("the statement", "a spokesman", "one protester"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'some', 'many', 'several',
  'two', 'three', 'both', 'other', 'most', 'few',
]);

/** Lowercase words that cannot be the head of a descriptive speaker ("that", "it", verbs of the clause). */
export const NOT_A_SPEAKER_HEAD: ReadonlySet<string> = new Set([
  'that', 'this', 'it', 'which', 'who', 'what', 'there', 'here', 'and', 'or', 'but', 'as', 'if', 'so', 'not',
  'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'is', 'was', 'be', 'been', 'being', 'are', 'were',
]);

/** Nouns that end a role written before a name: "Clinton campaign *manager* Robby Mook", "MSNBC *host* Chris Matthews". */
export const ROLE_HEADS: ReadonlySet<string> = new Set(words(`president secretary senator representative congressman
congresswoman governor mayor judge justice chief minister premier chancellor attorney speaker leader chairman
chairwoman chair chairperson commissioner director spokesman spokeswoman spokesperson ambassador pastor pope king
queen prince princess professor coach officer sheriff detective sergeant captain colonel admiral major general deputy
assistant executive inspector manager strategist pollster adviser advisor aide founder co-founder ceo cfo democrat
republican candidate nominee host anchor correspondent editor reporter columnist analyst economist author activist
lawyer rabbi imam bishop cardinal archbishop ayatollah sheikh emir sultan ally supporter backer critic official
operative consultant lawmaker member delegate expert scientist historian organizer volunteer student owner worker
staffer treasurer counsel counselor commentator commander negotiator prosecutor investigator researcher lobbyist
donor fundraiser chairs economist president-elect writer producer comedian actor actress singer rapper journalist photographer blogger pundit teacher nurse doctor
physician surgeon engineer farmer businessman businesswoman entrepreneur investor banker artist musician filmmaker
pilot soldier veteran resident voter protester demonstrator witness survivor tourist retiree employee psychologist
psychiatrist sociologist attendee graduate native guru head`));

/** Plural nouns for people that a name before them qualifies: "Andrean High School fans", "Sanders supporters". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(words(`fans supporters voters aides officials staffers delegates
protesters students workers residents members leaders activists critics allies advisers backers donors`));

/** Irregular past tenses: a verb, which ends a speaker's phrase ("his campaign sent out", "A couple saw | a sign"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(words(`sent went made took gave came wrote told got had said
put began spoke left saw met found heard knew thought brought felt kept held lent won lost led paid sold ran fought
built bought caught taught sought threw chose drew struck became swore understood withdrew`));

/** Adverbs that open a sentence before its subject, with a comma or without: "Meanwhile Rihanna", "Instead, the
 * businessman has insisted". */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'then', 'later', 'now', 'still', 'instead',
  'however', 'indeed']);

/** Auxiliaries: a verb follows ("Clinton has emerged"), so the words before them are a subject. */
export const AUXILIARIES: ReadonlySet<string> = new Set(words(`is was are were has have had will would can could did
does`));

/** Quotation marks, as single tokens. */
export const QUOTE_MARKS = '"“”„«»';
/** How many tokens an appositive may run ("X, the mayor of Y, said"). */
export const MAX_APPOSITIVE = 24;

/** What someone's words come in: "a statement from Trump" is Trump speaking. */
export const WORDS_SENT: ReadonlySet<string> = new Set([
  'statement', 'statements', 'endorsement', 'tweet', 'tweets', 'letter', 'email', 'e-mail', 'message', 'response',
  'comment', 'comments', 'quote', 'memo', 'note', 'post', 'reply', 'answer', 'remarks', 'word', 'words', 'video',
  'ad', 'speech', 'interview', 'release', 'transcript', 'text', 'announcement', 'op-ed', 'column', 'essay', 'blog',
  'headline', 'editorial', 'report', 'study', 'paper', 'footage', 'clip', 'recording', 'audio', 'tape',
  // Sayings someone is known by: "Barrett's dictum".
  'motto', 'dictum', 'mantra', 'slogan', 'catchphrase', 'maxim', 'credo', 'refrain', 'advice',
]);

/** Parties whose members a story calls by them: "the Utah Republican", "the New York Democrat". */
export const PARTIES: ReadonlySet<string> = new Set(['republican', 'democrat']);

/** Time words that may sit between a subject and its verb: "Priebus later Thursday told", "X on Monday said". */
export const TIME_BETWEEN: ReadonlySet<string> = new Set([
  'on', 'last', 'this', 'early', 'late', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'today', 'yesterday', 'tonight', 'earlier',
]);

const GERUND = /^\p{Ll}{3,}ing$/u;
/** Words in -ing that are no verb: nouns a name may follow as its subject ("On Tuesday morning Obama said"), and
 * prepositions ("during", "according"). */
const NOT_VERBS_IN_ING: ReadonlySet<string> = new Set(['morning', 'evening', 'meeting', 'briefing', 'hearing',
  'building', 'spring', 'thing', 'something', 'nothing', 'anything', 'everything', 'during', 'wedding', 'ruling',
  'filing', 'king', 'being', 'according']);
const PAST_IN_ED = /^\p{Ll}{3,}ed$/u;
/** A lowercase past tense, in -ed or irregular ("quieted", "went"). */
export const isPastTense = (t: Token | undefined): boolean =>
  !!t?.word && !t.capitalized && (PAST_IN_ED.test(t.text) || IRREGULAR_PAST.has(t.key));
/** A lowercase verb in -ing ("rebuking", "embracing"), whose object a name after it is. */
export const isVerbInIng = (t: Token | undefined): boolean =>
  !!t?.word && !t.capitalized && GERUND.test(t.text) && !NOT_VERBS_IN_ING.has(t.key);

/** An age written as a noun or adjective: "the 43-year-old", "a 40-year-old Muscovite". */
export const AGE_WORD = /^\d{1,3}-year-old$/;
/** An age written as a number between commas after a name: "Shocked Terry Cooper, 79, was …". */
export const AGE = /^\d{1,3}$/;

/** Words before a name that make it an object, a complement or a modifier ("at a Trump rally"). */
export const BEFORE_OBJECT: ReadonlySet<string> = new Set([
  'of', 'to', 'for', 'with', 'from', 'by', 'against', 'about', 'at', 'on', 'in', 'than', 'like', 'between',
  'over', 'under', 'toward', 'towards', 'whom', 'and', 'a', 'an', 'the', 'other', 'same',
  'across', 'near', 'around', 'through', 'into', 'onto', 'behind', 'beyond', 'inside', 'outside', 'within', 'during',
]);

/** A lowercase word in -ed: a past tense or a participle ("backed", "claimed"). */
export const PAST_TENSE = /^\p{Ll}{3,}ed$/u;

/** Words that open a relative clause: the verb after them is not the attribution's. */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** Dashes, as pages type them ("--" comes as two hyphens). */
export const DASHES = '—–―-';

/** A name's capitalized words, "of", "and" or "for" between them, as a regex's source: "Bank of England", "Club for Growth". */
export const NAME_WORDS = String.raw`\p{Lu}[\p{L}.&’'-]*(?:\s+(?:(?:of|and|for)\s+)?\p{Lu}[\p{L}.&’'-]*){0,4}`;
