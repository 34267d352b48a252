// Closed word classes that tell a capitalized word's role apart: titles come before names, organization words end
// organization names, and function words are capitalized only because a sentence starts with them.
// Everything is lowercase, without a trailing period, so lookups are `SET.has(word.toLowerCase().replace(/\.$/, ''))`.

/** Words of a title or role that may precede a person's name ("Chinese President Xi Jinping", "Sen. Ted Cruz"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'pres', 'vice', 'secretary', 'general', 'counsel', 'district', 'circuit', 'senator', 'sen', 'representative', 'rep', 'congressman',
  'congresswoman', 'gov', 'governor', 'ag', 'famer', 'lt', 'lieutenant', 'mayor', 'judge', 'justice', 'chief', 'minister', 'prime',
  'premier', 'chancellor', 'foreign', 'defense', 'defence', 'state', 'treasury', 'attorney', 'speaker', 'leader',
  'majority', 'minority', 'chairman', 'chairwoman', 'chair', 'commissioner', 'supervisor', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'rev', 'reverend', 'pastor',
  'father', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'professor', 'prof',
  'coach', 'officer', 'petty', 'sheriff', 'detective', 'sgt', 'sergeant', 'capt', 'captain', 'col', 'colonel', 'adm',
  'admiral', 'maj', 'major', 'cpl', 'pvt', 'gen', 'deputy', 'assistant', 'associate', 'executive', 'former',
  'acting', 'interim', 'first', 'senior', 'junior', 'chief', 'house', 'senate', 'white', 'press', 'campaign', 'staff', 'inspector',
  'manager', 'strategist', 'pollster', 'adviser', 'advisor', 'aide', 'founder', 'ceo', 'cfo', 'chairperson',
  'democratic', 'republican', 'democrat', 'gop', 'independent', 'candidate', 'nominee', 'presidential',
  'communist', 'party', 'central', 'committee', 'council', 'national', 'security', 'homeland', 'health',
  'commerce', 'energy', 'labor', 'education', 'agriculture', 'interior', 'transportation', 'ret', 'retired', 'emeritus',
  'finance', 'economy', 'trade', 'environment', 'culture', 'transport', 'immigration', 'housing', 'industry',
  'host', 'anchor', 'correspondent', 'editor', 'editor-in-chief', 'publisher', 'reporter', 'columnist', 'analyst',
  'economist', 'author',
  'activist', 'lawyer', 'rabbi', 'imam', 'bishop', 'cardinal', 'archbishop', 'ayatollah', 'sheikh', 'mufti', 'emir',
  'sultan', 'crown', 'duke', 'duchess', 'count', 'baron', 'u.s', 'us', 'state', 'former', 'then', 'late', 'secretary-general',
  'comedian', 'actor', 'actress', 'singer', 'rapper', 'writer', 'historian', 'businessman', 'businesswoman',
  'billionaire', 'entrepreneur', 'filmmaker', 'alderman', 'councilman', 'councilwoman', 'assemblyman',
  'assemblywoman', 'advocate', 'recorder', 'treasurer', 'secretary-treasurer', 'clerk', 'auditor', 'comptroller',
  'whip', 'journalist', 'prosecutor', 'committeeman', 'committeewoman', 'magistrate', 'matron', 'canon', 'cdr', 'insp', 'det', 'dj', 'seal', 'mp',
  'libertarian', 'veterinarian', 'architect', 'delegate', 'pensioner', 'grandmother', 'grandfather', 'teenager',
  'schoolgirl', 'schoolboy', 'widow', 'widower', 'farmer', 'nurse', 'shopkeeper', 'landlady', 'mother-of-two',
  'mother-of-three', 'father-of-two', 'father-of-three', 'vocalist', 'guitarist', 'drummer', 'bassist', 'songwriter',
  'pianist', 'composer', 'conductor', 'violinist', 'mama', 'shepherd', 'moderator', 'panelist', 'narrator',
  // British police ranks: "PC Siobhan Pellett", "DCI Jane Smith", "Supt Tom Reid".
  'pc', 'pcso', 'dci', 'supt', 'constable', 'superintendent', 'constabulary',
  // Soldiers' ranks of the British Army: "Fusilier Lee Rigby", "Guardsman Tom Smith", "Lance Corporal Jane Doe".
  'fusilier', 'guardsman', 'trooper', 'gunner', 'sapper', 'corporal', 'bombardier',
  // A team's places: "Substitute Rodrigo De Paul", "Striker Harry Kane".
  'substitute', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'keeper',
]);

/**
 * Title words that only qualify an office ("National Security Adviser", "Executive Director", "U.S. Attorney"):
 * alone before a capitalized word they make no title, so "U.S. Men's National Soccer Team" and "Executive Orders"
 * name nobody.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'national', 'security', 'homeland', 'health', 'commerce', 'energy', 'labor', 'education', 'agriculture',
  'interior', 'transportation', 'finance', 'economy', 'trade', 'environment', 'culture', 'transport', 'immigration',
  'housing', 'industry', 'executive', 'u.s', 'us', 'state', 'white', 'communist', 'central', 'foreign', 'defense',
  'defence', 'vice', 'associate', 'acting', 'interim', 'first', 'senior', 'junior', 'crown', 'district', 'circuit',
  'majority', 'minority', 'then', 'late', 'former', 'presidential',
]);

/** Plurals of people that a name's words may end in ("Democratic Women's Club", "U.S. Men's team"): no one's name. */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['women', 'men', 'people', 'children', 'kids', 'parents',
  'families', 'boomers', 'millennials', 'celebrities', 'stars', 'fans', 'voters', 'tories', 'residents', 'citizens', 'xers',
  'pilots', 'passengers', 'pows', 'ngos', 'mps', 'meps', 'ceos', 'troops', 'soldiers', 'veterans', 'workers', 'staff',
  'members', 'supporters', 'delegates', 'officials', 'leaders', 'lawmakers', 'legislators', 'staters', 'owners',
  'engineers', 'ricans', 'streeters', 'farmers', 'officers', 'teachers', 'nurses']);

/** Diseases named after who described them, which a charity's name may open: "Alzheimer's Research UK". */
export const EPONYMOUS_DISEASES: ReadonlySet<string> = new Set(['alzheimer', 'parkinson', 'huntington', 'crohn',
  'hodgkin', 'tourette']);

/** Honorifics that also tell a person's gender, for pronoun resolution. */
export const FEMALE_TITLES: ReadonlySet<string> = new Set([
  'mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'dame', 'queen', 'princess', 'duchess', 'congresswoman',
  'chairwoman', 'spokeswoman', 'businesswoman', 'sister', 'mother', 'grandmother', 'schoolgirl', 'widow', 'mama',
]);
export const MALE_TITLES: ReadonlySet<string> = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'duke', 'congressman', 'chairman', 'spokesman', 'businessman', 'father',
  'pope', 'brother', 'baron', 'grandfather', 'schoolboy', 'widower',
]);

/** Heads of an institution's name, after which "for" and "and" stay inside it ("Institute for Science and …"). */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'center', 'centre', 'centers', 'centres', 'institute', 'department', 'bureau', 'council', 'foundation', 'association',
  'society', 'trust',
  'commission', 'agency', 'coalition', 'alliance', 'league', 'office', 'academy', 'fund', 'museum', 'committee', 'school',
  'organization', 'organisation', 'college', 'project', 'club', 'board', 'academies',
]);

/** Companies and outlets known by one word: "Microsoft said", "WikiLeaks published" name no person. */
const ONE_WORD_NAMES: readonly string[] = ['microsoft', 'ibm', 'intel', 'walmart', 'exxon', 'boeing', 'verizon',
  'comcast', 'netflix', 'uber', 'politifact', 'wikileaks', 'jazeera', 'ipsos', 'yougov', 'gallup', 'w.h.o', 'mailonline',
  // Bodies known by their initials, named so in any sentence ("UEFA has ordered …", "NYPD officers").
  'upi', 'ap', 'afp', 'cnbc', 'hbo', 'mtv', 'pbs', 'npr', 'espn', 'itv', 'aol', 'tmz', 'nypd', 'lapd', 'kkk', 'irs', 'fema', 'epa',
  'fda', 'fcc', 'cdc', 'nih', 'nasa', 'noaa', 'atf', 'dea', 'tsa', 'fdic', 'cfpb', 'aipac', 'dccc', 'nrsc', 'nrcc', 'nba',
  'nfl', 'nhl', 'mlb', 'nascar', 'fifa', 'uefa', 'iaaf', 'ioc', 'wada', 'ymca', 'unicef', 'unesco', 'unhcr', 'ecb', 'hsbc',
  'rbs', 'ubs', 'nhs', 'snp', 'ukip', 'gchq', 'ofsted', 'ofcom', 'tfl', 'dup', 'sdlp', 'uup', 'psni', 'fec', 'nea', 'qpr',
  // Desks and parties named by one word: "Here, Sportsmail recounts …", "Labour, the Liberal Democrats and Ukip".
  'sportsmail', 'labour',
  // Unions known by one word: "The AFL-CIO political committee", "The Teamsters, the Firefighters and …".
  'afl-cio', 'teamsters', 'seiu'];

/** Words that make a capitalized sequence an organization ("Communist Party of China", "Fox News", "Acme Inc."). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'underground', 'party', 'committee', 'ministry', 'department', 'university', 'college', 'school', 'institute', 'institution',
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'group', 'company', 'companies', 'news', 'times', 'post',
  'journal', 'register', 'press', 'network', 'networks', 'agency', 'association', 'council', 'commission', 'foundation',
  'fund', 'bank', 'bureau', 'office', 'organization', 'organisation', 'union', 'federation', 'congress',
  'senate', 'parliament', 'assembly', 'court', 'army', 'navy', 'force', 'forces', 'police', 'administration',
  'government', 'campaign', 'center', 'centre', 'centers', 'centres', 'society', 'league', 'club', 'church', 'coalition',
  'alliance', 'brotherhood',
  'board', 'authority', 'service', 'services', 'body', 'affairs', 'resources', 'mail', 'store', 'brand', 'caucus', 'pac', 'tribune',
  'herald', 'gazette', 'gazeta', 'telegraph',
  'guardian', 'reuters', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'bbc', 'fox', 'politico', 'breitbart', 'house',
  'agency', 'airlines', 'motors', 'industries', 'holdings', 'technologies', 'systems', 'labs', 'media',
  'magazine', 'channel', 'radio', 'television', 'tv', 'daily', 'weekly', 'review', 'record', 'chronicle', 'nato',
  'fbi', 'cia', 'nsa', 'un', 'eu', 'imf', 'opec', 'aclu', 'naacp', 'nra', 'gop', 'dnc', 'rnc', 'xinhua',
  'cpc', 'pentagon', 'kremlin', 'hospital', 'museum', 'initiative', 'project', 'program', 'programme',
  'trust', 'partners', 'capital', 'securities', 'exchange', 'reserve', 'treasury', 'cabinet', 'politburo',
  'islamic', 'corps', 'communications', 'pharmaceuticals', 'sciences', 'solutions', 'entertainment', 'studios',
  'insurance', 'consulting', 'research', 'satellite', 'airways', 'images', 'show', 'books', 'films', 'globe', 'scouts',
  'llp', 'zoo', 'insider', 'management', 'team', 'front', 'enterprises',
  'chemical', 'matters', 'republic', 'illustrated', 'insights', 'observer', 'examiner', 'inquirer', 'enquirer', 'courier',
  'sentinel', 'dispatch', 'online', 'sport', 'prison', 'qaeda', 'klan', 'nations', 'anonymous', 'academy', 'aerospace', 'instituto', 'bros',
  'robotics', 'genomics', 'ventures', 'dems', 'pictures', 'records', 'monthly', 'groups', 'realty', 'outfitters', 'electric',
  'broadcasting', 'agence', 'teamsters', 'bloc', 'motor', 'footwear', 'ambulance', 'guard', 'music', 'temple', 'academies',
  'chamber', 'command', 'patrol', 'division', 'investigations',
  // Northern Ireland's parties: "Sinn Féin" ("ourselves"), "the Ulster Unionists".
  'féin', 'fein', 'unionists',
  ...ONE_WORD_NAMES,
  // Sports teams: "Chicago Bears", "Bolton Wanderers".
  'panthers', 'bears', 'giants', 'braves', 'cavaliers', 'mavericks', 'grizzlies', 'hawks', 'rovers', 'wanderers',
  'browns', 'yankees', 'mets', 'cubs', 'dodgers', 'lakers', 'celtics', 'knicks', 'bulls', 'warriors', 'patriots',
  'cowboys', 'eagles', 'steelers', 'packers', 'saints', 'rangers', 'sox',
  // Militant groups; "Ansar al-Sharia", "Ansar Dine": "supporters" of a cause; "Boko Haram".
  'ansar', 'taliban', 'hamas', 'hezbollah', 'isis', 'isil', 'al-qaeda', 'haram',
  // Bodies of musicians: "Royal Northern Sinfonia", "Portsmouth Military Wives Choir".
  'orchestra', 'sinfonia', 'philharmonic', 'choir', 'chorus',
  // Firms by their trade: "Hewlett Packard Enterprise", "Lenox Healthcare", "Crosscut Strategies".
  'enterprise', 'healthcare', 'strategies', 'scientific',
  // Firms named like people: "Royal Dutch Shell", "J.C. Penney".
  'shell', 'penney',
]);

/** Organization words that also name an organization alone ("Congress", "NATO", "Reuters"); the others need a
 * name before them ("Fox News", "Labor Party"), and alone they are just capitalized words. */
export const ORGANIZATION_NAMES: ReadonlySet<string> = new Set([
  'congress', 'senate', 'parliament', 'pentagon', 'kremlin', 'nato', 'fbi', 'cia', 'nsa', 'un', 'eu', 'imf',
  'opec', 'aclu', 'naacp', 'nra', 'gop', 'dnc', 'rnc', 'xinhua', 'cpc', 'reuters', 'cnn', 'msnbc', 'nbc', 'abc',
  'cbs', 'bbc', 'politico', 'breitbart', 'politburo', 'taliban', 'hamas', 'hezbollah', 'isis', 'isil', 'al-qaeda',
  ...ONE_WORD_NAMES,
]);

/** Capitalized at the start of a sentence only: never a name by themselves. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'to', 'of', 'from',
  'with', 'without', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'though', 'although', 'off',
  'up', 'out', 'down',
  'because', 'despite', 'during', 'amid', 'among', 'between', 'about', 'against', 'under', 'over', 'into',
  'through', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'what', 'which', 'who', 'whom',
  'whose', 'where', 'why', 'how', 'all', 'some', 'many', 'most', 'more', 'much', 'few', 'several', 'each',
  'every', 'ever', 'whatever', 'anywhere', 'any', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'also', 'still', 'even', 'just', 'only', 'then', 'now',
  'today', 'yesterday', 'tomorrow', 'tonight', 'meanwhile', 'however', 'moreover', 'furthermore', 'instead',
  'indeed', 'yes', 'oh', 'well', 'like', 'unlike', 'such', 'both', 'either', 'neither', 'other', 'another',
  'according', 'asked', 'speaking', 'looking', 'following', 'additionally', 'later', 'earlier', 'last', 'next',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'please', 'thank', 'thanks', 'read',
  'watch', 'click', 'follow', 'related', 'update', 'editor', 'note', 'photo', 'video', 'image', 'source',
  'sources', 'ap', 'afp', 'see', 'new', 'old', 'first', 'second', 'third', 'once', 'again', 'never', 'always',
  'often', 'soon', 'amen', 'okay', 'ok', 'sure', 'whether', 'unless', 'toward', 'towards', 'upon', 'within',
  'across', 'behind', 'beyond', 'near', 'around', 'via', 'per', 'than', 'very', 'too', 'far', 'ago', 'almost',
  'maybe', 'perhaps', 'outside', 'inside', 'throughout', 'beneath', 'below', 'above', 'along', 'onto', 'except', 'besides',
  'alongside',
  // Negations, which no name has: "' Don't Ask Don't Tell,' which banned …".
  "don't", 'don’t', "doesn't", 'doesn’t', "didn't", 'didn’t', "can't", 'can’t', "won't", 'won’t', "isn't", 'isn’t',
]);

/** Function words no surname is: after a given name they mean a lost sentence break ("… and Chloe If that wasn't"). */
export const GRAMMAR_WORDS: ReadonlySet<string> = new Set(['the', 'an', 'and', 'but', 'or', 'nor', 'if', 'when',
  'while', 'with', 'without', 'as', 'because', 'although', 'though', 'since', 'until', 'this', 'that', 'these', 'those',
  'there', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him',
  'them', 'us', 'me', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'in', 'on', 'at', 'to', 'of', 'now']);

/** Verbs a headline writes capitalized: "Tax Plans Would All Cost A Fortune", "Officeholders Who … Are Sellouts". */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'would', 'will', 'can', 'could', 'has',
  'have']);

/** Verbs a campaign's slogan opens with, before the name it is against or for: "Stop Trump", "Draft Biden". */
export const CAMPAIGN_VERBS: ReadonlySet<string> = new Set(['stop', 'dump', 'draft', 'impeach', 'elect', 'reelect']);

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday']);

/** The months, written out. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
/** Feasts a date may name. */
export const FEASTS: readonly string[] = ['christmas', 'easter', 'thanksgiving'];

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  ...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', ...WEEKDAYS, ...FEASTS,
]);

const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A month or a day ("June", "Monday"), or a month's abbreviation written with its period: "Jun." but not "Ai Jun". */
export function isCalendarWord(key: string, text: string): boolean {
  return MONTHS_AND_DAYS.has(key) && (!MONTH_ABBREVIATIONS.has(key) || text.endsWith('.'));
}

/** Lowercase words that may sit inside a name ("Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das',
  'ter', 'ten', 'y',
]);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'pres', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'cpl', 'pvt',
  'rev', 'prof', 'st', 'jr', 'sr', 'mt', 'ft', 'vs', 'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'd.c', 'calif', 'fla',
  'tenn', 'mass', 'conn', 'ariz', 'ill', 'wis', 'mich', 'minn', 'ore', 'wash', 'penn', 'okla', 'ky', 'ala',
  'ga', 'va', 'la', 'md', 'n.h', 'n.y', 'n.j', 'r-tenn', 'ret', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'del',
]);

/** "Der Spiegel", "Die Zeit": a German article opens the name of a paper, not of a person. */
export const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das']);
/** "La Liga", "El Madrigal", "Los Blancos": a Spanish article opens the name of a league, a ground or a paper. (Not
 * "Le", which opens surnames: "Le Pen".) */
export const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las']);
/** Last words of club names ("Manchester United", "Wigan Athletic", "Delta Air Lines"), which open other names. */
export const CLUB_ENDINGS: ReadonlySet<string> = new Set(['united', 'athletic', 'lines', 'action', 'politics', 'report',
  'reports', 'international', 'enforcement', 'parenthood', 'matter', 'sachs', 'fargo',
  // Football clubs: "Aston Villa", "Partick Thistle", "Hamilton Academical", "Swindon Town".
  'villa', 'thistle', 'academical', 'albion', 'hotspur', 'rangers', 'town', 'dons', 'orient', 'utd', 'sociedad',
  // A sport's governing body or team: "Great Britain Baseball", "British Cycling", "Oakland Athletics".
  'baseball', 'rugby', 'cycling', 'athletics', 'swimming', 'hockey', 'cricket', 'tennis', 'golf', 'fc', 'afc']);
/** Football clubs named like a place ("Manchester City", "Notts County", "St Mirren"): organizations, not places. */
export const CLUBS_NAMED_AS_PLACES: ReadonlySet<string> = new Set(['manchester city', 'leicester city', 'stoke city',
  'hull city', 'norwich city', 'swansea city', 'cardiff city', 'birmingham city', 'bristol city', 'coventry city',
  'bradford city', 'exeter city', 'lincoln city', 'york city', 'brechin city', 'elgin city', 'notts county', 'derby county',
  'stockport county', 'ross county', 'st mirren', 'st johnstone', 'mumbai city', 'melbourne city', 'west ham',
  'west brom', 'crystal palace', 'nottingham forest', 'sheffield wednesday', 'forest green', 'real madrid', 'inter milan',
  'ac milan', 'rayo vallecano', 'paris saint-germain', 'red bull', 'toro rosso', 'force india']);
/** Firms named like a person ("Morgan Stanley", "Merrill Lynch"): organizations, not people. */
const FIRMS_NAMED_AS_PEOPLE: ReadonlySet<string> = new Set(['morgan stanley', 'merrill lynch', 'jpmorgan chase',
  'dow jones', 'lehman brothers', 'bear stearns', 'cantor fitzgerald', 'charles schwab', 'smith barney', 'dean witter',
  'raymond james', 'edward jones', 'arthur andersen', 'marie claire', 'sirius xm', 'warner bros', 'anheuser busch']);
/** Two-word names that are a body's, whatever their words look like (parties named for their members too, "the Liberal
 * Democrats", though "Senate Democrats" is a group). */
export const TWO_WORD_BODIES: ReadonlySet<string> = new Set([...CLUBS_NAMED_AS_PLACES, ...FIRMS_NAMED_AS_PEOPLE,
  'liberal democrats', 'social democrats', 'usa today', 'charlie hebdo', 'carnegie mellon', 'scotland yard', 'old bailey']);
/** First words of club names ("Athletic Bilbao", "Atletico Madrid", "Borussia Dortmund"), and of a restaurant's, "Chez
 * Vachon" (French "at the place of"). */
export const CLUB_OPENERS: ReadonlySet<string> = new Set(['fc', 'athletic', 'atletico', 'borussia', 'dynamo', 'olympique',
  'lokomotiv', 'spartak', 'vitesse', 'bayern', 'dinamo', 'racing', 'inter', 'chez']);
/** Endings of abstract nouns and of "-ologist" roles, which no surname has ("Special Operations", "Oncologist"). */
export const ABSTRACT_NOUN = /(?:tions?|\p{L}{4}ments?|isms?|ships?|ities|ologies|ologists?)$/u;
/** Points of the compass, which open names of places ("South Side", "West End"). */
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);
/** Words that open names of places ("Fort Pierce", "Santa Monica", "Lake Erie", "County Kildare"). */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(['fort', 'santa', 'san', 'mount', 'mt', 'port', 'st', 'lake', 'county',
  'greater', 'upper', 'lower']);

/** Named things, not people: what a capitalized sequence ending or containing these words names. */
export const THING_WORDS: ReadonlySet<string> = new Set([
  'act', 'bill', 'law', 'code', 'amendment', 'war', 'day', 'week', 'award', 'awards', 'prize', 'convention', 'conference',
  'summit', 'debate', 'debates', 'games', 'olympics', 'series', 'show', 'festival', 'holiday', 'street', 'avenue', 'road',
  'square', 'park', 'hall', 'building', 'tower', 'stadium', 'arena', 'bridge', 'plan', 'care', 'year', 'years',
  'primary', 'primaries', 'caucuses', 'election', 'elections', 'revolution', 'treaty', 'accord', 'agreement',
  'doctrine', 'constitution', 'declaration', 'empire', 'dynasty', 'era', 'century', 'twitter', 'facebook',
  'instagram', 'youtube', 'google', 'internet', 'web', 'god', 'jesus', 'allah', 'bible', 'koran', 'quran',
  'tweet', 'email', 'emails', 'times', 'station', 'base', 'memorial', 'monument', 'cup', 'league', 'tour', 'pact',
  'rights', 'game', 'games', 'era', 'movement', 'party', 'time', 'bowl', 'bowls', 'room', 'depression', 'syndrome',
  'slam', 'effect', 'hurricane', 'realm', 'poll', 'polls', 'partnership', 'plaza', 'hotel', 'casino', 'resort',
  'statement', 'policy', 'grants', 'subtitle', 'shield', 'wars', 'file', 'files', 'clothes', 'forecast',
  'gallery', 'olympiad', 'operation', 'garden', 'gardens', 'way', 'cathedral', 'abbey', 'expo', 'division', 'concerto',
  'symphony', 'sonata', 'birthday', 'morning', 'evening', 'world', 'tree', 'dream', 'skirt', 'dress', 'spaniel', 'deco',
  'terrier', 'play', 'flight', 'pizza', 'horse', 'therapy', 'visit', 'machine', 'trophy', 'medal',
  // A record, a car or a plane named after people or things: "a new Michael Jackson LP", "her husband's Range Rover",
  // "a user of Lear Jets".
  'lp', 'album', 'rover', 'jet',
  // Medals, honours and speeches: "a replica Purple Heart", "a Gold Star mother", "President Obama Speech at …".
  'heart', 'star', 'speech',
  // Measures and reports: "the Social Progress Index", "the American Community Survey", "Pro Race Dashboard".
  'index', 'survey', 'dashboard',
  // Sporting events: "the Genesis Open", "the Ashes Test", "the British Grand Prix".
  'open', 'test', 'championship', 'championships', 'classic', 'invitational', 'prix', 'final', 'finals',
]);

/** Honorifics that only ever come before a surname. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** Honours and ranks written after a name, which they are no part of: "Jonathan Rees QC", "John Amaechi OBE". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'obe', 'mbe', 'cbe']);
/** Title words that are surnames too ("Charlie King" is "Mr. King"); "Mr. President" stays a title. */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(['king', 'major', 'bishop', 'baron', 'duke', 'prince', 'cardinal',
  'clerk', 'judge', 'white', 'house', 'lord', 'coach', 'sheriff', 'chancellor', 'pope', 'count', 'young', 'shepherd',
  'singer', 'farmer', 'nurse', 'host', 'canon', 'seal', 'writer']);

/** Words before an organization's name that are no part of it: "Interim DNC", "PAC Priorities USA Action". */
export const NOT_AN_ORGANIZATIONS_NAME: ReadonlySet<string> = new Set(['interim', 'acting', 'former', 'then', 'pac',
  'presumptive', 'islamist', 'jihadist', 'militant', 'extremist', 'top']);
