// Common given names, with their usual gender. They make a capitalized pair a person ("Carly Fiorina") and tell
// "she" from "he" when a pronoun needs its antecedent. Deliberately small: a hint, not a census.
import { MONTHS_AND_DAYS } from './lexicon.ts';

const FEMALE = `mary sylvia patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel
carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
brittany charlotte marie kayla alexis lori hillary hilary carly sarah nikki condoleezza madeleine nancy elizabeth
michele kellyanne megyn ivanka melania chelsea huma debbie dianne kirsten tulsi jill kamala amy claire hope
theresa angela marine christine federica yulia nadia aung benazir indira golda tsai sonia oprah
maxine nancy barbara sheila ruth loretta janet susana jeanne jan penny katie kate andrea mika rachel brooke
gretchen dana laura ana mayra keiko yoko mei ling hua maggie kathy jane sally molly ellen wendy jenny betsy
elaine lynn erin tammy tina kristen liz sue juanita rosa carmen lucia becky peggy patty cathy carrie tory
sophie sofia roberta claudia giulia francesca chiara elena marta beatriz isabel ines ursula frauke beata segolene christiane ingrid
birgit heidi greta marine nathalie valerie anne margrethe theresa emine dilma cristina michelle marisol
lucy chloe zoe amelia ella holly jade kirsty gemma leanne tracey tracy joanne nicola fiona siobhan sian bethan rhian
louise katy harriet imogen rosie abbie ellie millie freya poppy isla phoebe eleanor alison gillian yvonne lesley
shona mhairi catriona caroline natasha tanya vanessa naomi miriam esther rebekah bridget jemima camilla pippa
beatrice eugenie zara priti yvette nadine helena leah lily stacey paula jackie joanna sydney hayley kylie serena marianne
jenna alexandra natalia olga svetlana irina tatiana anastasia priyanka sunita aisha fatima zainab malala jo
astrid sigrid ulrike heike anke katja sabine silke stefanie angelika monika renate hannelore mette hanne lene inger marit
annika elin frida maja agnieszka katarzyna malgorzata małgorzata magdalena ewa zofia lenka marketa markéta jana
ekaterina yelena oksana pilar rocio alessandra giovanna isabelle camille manon aurelie aurélie sandrine veronique
véronique delphine brigitte amelie amélie pam monica marla joni alicia julia gwen eva erica jillian patti angie adelle
gabby brigid bette kelli vanita zeynep ivana tashfeen carla
kelsey roseann melanne phyllis dottie angelique lena lorna sandy roxana marjorie melinda`;

const MALE = `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith
christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
barack bernie bill ted marco jeb ben chris mitt mike rand rick newt reince mitch harry lindsey rudy dick al
vladimir xi jinping li keqiang kim shinzo narendra recep bashar benjamin emmanuel boris justin angela hassan
ali mohammed muhammad ahmed abdullah omar osman hamid tony gordon nigel jean pierre francois jacques sergei dmitry
alexei viktor volodymyr petro luong nguyen to pham tran shigeru fumio moon yoon jae hu wen jiang deng mao
sean tucker rush glenn bret lou hugh wolf anderson jake chuck jim tim tom bob dan steve ken greg jeff doug
matt nick pat ron ed fred hank herman jon josh kurt lyndon marty newt orrin rahm reid rob stan ty vance
pete chad clint andy danny jimmy tommy phil ray sam cory corey troy travis todd derek charlie lester dave walt nate zach
howard matteo giuseppe luigi giovanni francesco alessandro silvio beppe mario sergio paolo enrico nicolas
manuel carlos miguel pedro pablo mariano enrique luis jorge antonio fernando ricardo javier alejandro felipe rafael
jurgen wolfgang helmut klaus sigmar horst gerhard olaf geert mark mohamed hosni recep ahmet binyamin yitzhak ehud
martin neil ian iain simon graham stuart stewart colin adrian owen rhys gareth liam callum darren craig kieran
declan niall connor conor luke max oliver leo toby felix hugo oscar archie alfie freddie kenny dominic marcus julian
rupert piers keir rishi sajid hamish angus duncan alistair alasdair fraser ewan euan gavin rory shane sebastian
tobias stefan andreas markus thierry didier arsene diego lionel cristiano wilfried zlatan wes wesley trevor clive
malcolm barry geoff geoffrey brendan ross robbie bradley dale lewis elliot elliott joel neville novak ahmad abdul
khalid tariq imran rahul arvind amit ravi raj sanjay vijay anil sunil ashok hiroshi takeshi kenji ivan igor yuri
oleg andrei nikolai pavel mikhail hans karl franz otto lloyd joey bubba harvey brad karim yusuf hamza rashid samir
kristian kristoffer henrik lars anders mikkel sven nils jens jorgen jørgen bjorn bjørn magnus torsten thorsten dieter
gunther uwe matthias florian lukas jonas niklas fabian marek tomasz piotr krzysztof pawel jakub dmitri vladislav
joachim jochen rainer reinhard ulrich volker manfred werner bernd mats erik anton emil oskar johan jesper rasmus mads
morten soren søren kasper niels pieter joost bram sander ruud wouter arjen luca lorenzo riccardo stefano massimo
fabio davide gianluca alberto alvaro álvaro joaquin joaquín ignacio iker xavi gonzalo raul raúl joao joão tiago rui
nuno goncalo gonçalo olivier jerome jérôme sebastien sébastien laurent benoit benoît yannick arnaud françois marc
antonin robby merrick jared tad trey eddie clarence dwight sheldon morton darrell alastair ari federico marcel
arturo xavier lamar isaac calvin bernard laurence maurice rudolph manny terence woodrow jonah winston raheem
dylann akhil dinesh daron trayvon tyrone dante muammar fidel saddam osama lebron jenson kimi sherrod
raynard holger johnnie darran edmund nelson leon brett edwin edgar ernest leonard sergey yevgeny jay garry hubert francis
ira frederic channing`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(words(FEMALE));
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(words(MALE).filter((w) => !FEMALE_FIRST_NAMES.has(w)));

/** Given names common to women and men ("Terry Strada", "Marty Walz", "Pat Miller"): a name, but no gender. */
export const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set(words(
  'terry jordan chris pat kim lindsey dana jean marty leslie robin sam alex jamie taylor casey lee sasha kerry morgan nicky jaime',
));

/** Every given name the lists know, in one set: whether a word is one is asked of most capitalized words. */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES, ...UNISEX_FIRST_NAMES]);

/** Short forms of given names, and the names they are short for: "Bill Clinton" is William Clinton, "Jeb Bush" John
 * Ellis Bush. */
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  bill: ['william'], billy: ['william'], will: ['william'], bob: ['robert'], bobby: ['robert'], rob: ['robert'],
  pat: ['patrick', 'patricia'], mike: ['michael'], jim: ['james'], jimmy: ['james'], tom: ['thomas'], dick: ['richard'],
  rick: ['richard'], ted: ['edward', 'theodore'], chuck: ['charles'], charlie: ['charles'], joe: ['joseph'],
  dan: ['daniel'], dave: ['david'], steve: ['steven', 'stephen'], ben: ['benjamin'], chris: ['christopher'],
  matt: ['matthew'], nick: ['nicholas'], tony: ['anthony'], andy: ['andrew'], alex: ['alexander', 'alexandra'],
  greg: ['gregory'], jeff: ['jeffrey'], ken: ['kenneth'], larry: ['lawrence'], liz: ['elizabeth'], kate: ['katherine',
    'catherine'], kathy: ['kathleen', 'katherine'], sue: ['susan'], debbie: ['deborah'], jeb: ['john'], mitt: ['willard'],
  newt: ['newton'], condi: ['condoleezza'],
}));

/** Whether two given names are one person's, the same or one short for the other: "Bill" and "William". */
export const sameGivenName = (a: string, b: string): boolean => a === b || !!SHORT_FORMS.get(a)?.includes(b)
  || !!SHORT_FORMS.get(b)?.includes(a);

/** Whether a lowercase word is a given name the lists know, of whatever gender. */
export const isGivenName = (key: string): boolean => GIVEN_NAMES.has(key);

/**
 * Whether a lowercase word is a given name that is far more often a verb, so the lists leave it out: a given name
 * inside a sentence ("said Will Doyle", "Editing by Will Dunham"); opening one, a verb ("Will Smith attend?").
 */
export const isVerbGivenName = (key: string): boolean => key === 'will';

/** The gender a given name tells, when it tells one. */
export function genderOfGivenName(given: string): 'female' | 'male' | null {
  if (UNISEX_FIRST_NAMES.has(given)) return null;
  return FEMALE_FIRST_NAMES.has(given) ? 'female' : MALE_FIRST_NAMES.has(given) ? 'male' : null;
}

/**
 * Whether the month at keys[j] of a name's words is a name: "May" as the third word or later, a surname ("Yin Myint
 * May"); a month that is a given name too, first of two words no date word stands before ("April Mellody, a
 * spokeswoman", "'Mama' June Shannon"; not "In August Trump met", "At a June Trump campaign event").
 */
export function monthAsName(keys: readonly string[], j: number, before: string): boolean {
  return (keys[j] === 'may' && j >= 2) || (j === 0 && keys.length === 2 && GIVEN_MONTHS.has(keys[0] ?? '')
    && !MONTHS_AND_DAYS.has(keys[1] ?? '') && !DATE_LEADS.has(before));
}
const GIVEN_MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);
/** Words a date follows: "in August", "a June event", "last May". */
const DATE_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'a', 'an', 'the', 'of', 'on', 'by', 'since', 'until', 'from',
  'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'during', 'before', 'after']);
