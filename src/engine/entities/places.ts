import { lexKey } from './tokens.ts';
import { possessiveLength, withoutPossessive } from './text-checks.ts';
import type { Token } from './tokens.ts';
import { isStateAbbreviation } from './state-abbreviations.ts';
import { COMPASS_ADJECTIVE } from './word-shapes.ts';
import { COMPASS } from './lexicon.ts';

// A compact gazetteer: countries, US states, major cities and regions, plus the demonyms that must not be taken for
// places ("Chinese President Xi" names a person, not China). Lowercase; multi-word names joined by one space.

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica
ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger
nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay
uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe america britain england scotland wales korea`;

const MULTI_WORD_COUNTRIES = [
  'united states', 'united states of america', 'united kingdom', 'united arab emirates', 'south africa',
  'south korea', 'north korea', 'south sudan', 'new zealand', 'saudi arabia', 'sri lanka', 'costa rica',
  'el salvador', 'czech republic', 'dominican republic', 'central african republic', 'ivory coast', 'hong kong',
  'papua new guinea', 'sierra leone', 'north macedonia', 'east timor', 'vatican city', 'great britain',
  'northern ireland', 'puerto rico', 'soviet union', 'u.s.', 'u.s', 'us', 'usa', 'u.k.', 'uk', 'uae', 'prc', 'dprk',
];

const US_STATES = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming`;

const MULTI_WORD_STATES = [
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island',
  'south carolina', 'south dakota', 'west virginia', 'washington state', 'district of columbia',
];

const CITIES = `columbus beijing shanghai hanoi tokyo seoul moscow london paris berlin rome madrid lisbon dublin brussels
amsterdam vienna prague warsaw budapest athens istanbul ankara cairo tehran baghdad damascus beirut jerusalem
riyadh dubai doha kabul islamabad karachi delhi mumbai bangkok jakarta manila singapore sydney melbourne toronto
montreal vancouver ottawa havana caracas bogota lima santiago nairobi lagos johannesburg kyiv kiev minsk geneva
zurich stockholm oslo copenhagen helsinki washington chicago boston philadelphia houston dallas atlanta miami
seattle denver detroit baltimore cleveland phoenix milwaukee nashville orlando pittsburgh minneapolis
sacramento austin manchester birmingham liverpool edinburgh glasgow mosul aleppo gaza pyongyang taipei
guangzhou shenzhen wuhan hangzhou chongqing tianjin nanjing macau osaka kyoto hiroshima munich frankfurt
hamburg milan naples barcelona marseille lyon brasilia tijuana hollywood manhattan brooklyn harlem
benghazi tripoli sunderland newcastle southampton leeds burnley swansea cardiff norwich leicester watford
bournemouth brighton middlesbrough wigan nottingham coventry portsmouth plymouth ipswich sheffield
bristol aberdeen dundee belfast`;

// More towns and cities the news names, found missing by reading the lists (none of them a common given name,
// surname or word: no "Preston", "Reading" or "Charlotte").
const MORE_TOWNS = `brisbane perth canberra auckland queensland tasmania hobart reno charleston greenville spartanburg tucson
albuquerque memphis louisville indianapolis cincinnati portland omaha tulsa boise anchorage honolulu fresno oakland tampa
jacksonville syracuse albany newark trenton annapolis scranton toledo akron knoxville chattanooga nashua chappaqua
scottsdale tempe laredo brownsville galveston lubbock amarillo pasadena anaheim modesto bakersfield calgary edmonton
winnipeg croydon bromley orpington plumstead lewisham greenwich hackney islington camden brixton peckham kensington
westminster exeter truro torquay dawlish teignmouth okehampton barnstaple taunton swindon gloucester cheltenham
worcester hereford shrewsbury telford wolverhampton walsall northampton peterborough luton colchester chelmsford
southend canterbury maidstone folkestone margate eastbourne worthing crawley guildford woking slough huddersfield
harrogate doncaster rotherham barnsley grimsby scunthorpe blackpool warrington stockport rochdale salford gateshead
darlington hartlepool airdrie coatbridge motherwell kilmarnock falkirk inverness dumfries kirkcaldy dunfermline
wrexham aberystwyth llanelli derry londonderry galway bordeaux toulouse cannes strasbourg dusseldorf stuttgart dresden
leipzig rotterdam antwerp porto seville valencia malaga bilbao turin venice genoa palermo krakow gdansk kharkiv
donetsk luhansk mariupol homs raqqa idlib ramadi fallujah tikrit basra kirkuk erbil sanaa kandahar helmand lahore
peshawar kolkata chennai bangalore hyderabad dhaka kathmandu colombo yangon jaipur lucknow agra pune ahmedabad srinagar
amritsar gallipoli
sevastopol abkhazia palmyra ramallah hebron jenin nablus haifa chechnya dagestan grozny tbilisi yerevan baku odessa lviv
riga tallinn vilnius bucharest belgrade zagreb sarajevo pristina skopje tirana thessaloniki izmir antalya abuja mogadishu
khartoum kampala kigali kinshasa harare lusaka durban pretoria accra dakar bamako timbuktu algiers tunis rabat casablanca
marrakech luxor amman quetta bali fukushima christchurch quito mecca jeddah latakia kobani tashkent astana almaty bishkek
dushanbe phuket pattaya vientiane penang surabaya cebu davao mindanao okinawa nagasaki sapporo busan incheon harbin lhasa
urumqi kunming chengdu xiamen dalian qingdao suzhou ibadan maiduguri mombasa asmara zanzibar luanda maputo windhoek
gaborone soweto misrata sirte calais lille nantes montpellier cologne bonn hanover nuremberg bremen dortmund
gelsenkirchen wolfsburg salzburg innsbruck graz basel lausanne lugano davos bologna verona pisa catania lampedusa valletta
nicosia granada ibiza majorca tenerife benidorm magaluf algarve wroclaw poznan lodz murmansk novosibirsk vladivostok
chelyabinsk yekaterinburg sochi volgograd recife manaus medellin cartagena guadalajara monterrey acapulco cancun
culiacan managua tegucigalpa montevideo asuncion cusco valparaiso port-au-prince
dubuque roanoke sarasota tallahassee gainesville pensacola macon shreveport wichita topeka fargo spokane tacoma salem waco
lansing dearborn kalamazoo youngstown canton erie allentown harrisburg wilkes-barre hoboken yonkers ithaca utica
binghamton burlington montpelier bangor hartford stamford bridgeport springfield charlottesville arlington lynchburg
greensboro winston-salem asheville lexington frankfort evansville peoria rockford joliet naperville kenosha duluth
cheyenne missoula flagstaff yuma oxnard inglewood bloomington petaluma guantanamo
oldham basildon stevenage dartford gravesend rochester ramsgate dover hove chichester basingstoke aldershot farnborough
bracknell wokingham maidenhead kettering wellingborough nuneaton solihull sandwell accrington whitehaven workington penrith
hexham redcar chesterfield loughborough coalville tamworth lichfield cannock crewe macclesfield birkenhead wallasey
southport ormskirk widnes runcorn bootle greenock ayr rhyl neath bridgend pontypridd caerphilly lisburn newry omagh
enniskillen coleraine ballymena dungiven podgorica ljubljana bratislava chisinau reykjavik provo orem uppsala mallorca
malmo gothenburg aarhus tampere turku bruges ghent utrecht eindhoven groningen maastricht lucerne zaragoza alicante
cadiz pamplona coimbra faro funchal toulon rennes grenoble dijon reims avignon ajaccio modena trieste bergamo brescia
cagliari bari salerno dubrovnik zadar maribor brno ostrava kosice debrecen szeged cluj timisoara constanta varna plovdiv
patras heraklion limassol larnaca bursa adana gaziantep diyarbakir konya trabzon omsk rostov kaliningrad krasnodar irkutsk
zaporizhzhia dnipro kherson mykolaiv chernihiv poltava gomel flint buffalo kunduz malibu montauk westchester molenbeek
bethlehem tamarac petersburg queens zaire huntsville decatur scarsdale broward greenland nogales atherton`;

const MULTI_WORD_CITIES = [
  'new south wales', 'western australia', 'gold coast', 'colorado springs', 'santa fe', 'santa monica', 'santa barbara',
  'new haven', 'ann arbor', 'palm springs', 'virginia beach', 'long beach', 'grand rapids', 'cedar rapids',
  'sioux falls', 'fort lauderdale', 'baton rouge', 'west palm beach', 'san juan', 'quebec city', 'milton keynes',
  'tower hamlets', 'east kilbride', 'merthyr tydfil', 'phnom penh', 'santo domingo', 'dar es salaam', 'guatemala city',
  'mar del plata', 'koh tao', 'sioux city', 'council bluffs', 'myrtle beach', 'rapid city', 'las cruces', 'corpus christi',
  'atlantic city', 'bowling green', 'fort wayne', 'south bend', 'green bay', 'st. cloud', 'carson city', 'santa clara',
  'san mateo', 'santa ana',
  // Grounds and landmarks the news names without a place's noun ("at Old Trafford", "a service at Westminster Abbey",
  // "the Mar-a-Lago resort").
  'mar-a-lago', 'wembley', 'anfield', 'twickenham', 'murrayfield', 'edgbaston', 'pittodrie', 'parkhead',
  'old trafford', 'stamford bridge', 'goodison park', 'ewood park', 'celtic park', 'dens park', 'villa park',
  'st james park', 'stadium of light', 'madison square garden', 'fenway park', 'wrigley field', 'nou camp', 'camp nou',
  'hyde park corner', 'westminster abbey', 'the cenotaph',
  // Racecourses, courses, airports and academies named by their town's or estate's word ("the Grand National at
  // Aintree", "flew from Gatwick", "won at Augusta").
  'aintree', 'ascot', 'epsom', 'goodwood', 'sandown', 'kempton', 'haydock', 'newmarket', 'newbury', 'towcester',
  'wetherby', 'uttoxeter', 'musselburgh', 'heathrow', 'gatwick', 'stansted', 'wimbledon', 'hampden', 'carnoustie',
  'muirfield', 'sawgrass', 'st andrews', 'augusta', 'sandhurst', 'dartmoor',
  'new york city', 'los angeles', 'san francisco', 'san diego', 'san antonio', 'san jose', 'las vegas',
  'new orleans', 'salt lake city', 'kansas city', 'st. louis', 'st. paul', 'oklahoma city', 'washington d.c.',
  'ho chi minh city', 'new delhi', 'mexico city', 'buenos aires', 'rio de janeiro', 'sao paulo', 'tel aviv',
  'abu dhabi', 'kuala lumpur', 'cape town', 'des moines', 'ft. worth', 'st. petersburg', 'capitol hill', 'wall street', 'silicon valley',
  'the bronx', 'staten island', 'long island', 'san bernardino', 'fort worth', 'el paso', 'palm beach', 'beverly hills',
  'chapel hill', 'addis ababa', 'coral gables', 'hilton head', 'oval office', 'da nang', 'times square', 'little rock',
  'la paz', 'big ben', 'ulan bator', 'key west', 'palo alto', 'sandy hook', 'terre haute', 'palma de mallorca',
  'boca raton', 'newport news', 'world trade center', 'ground zero',
];

const REGIONS = [
  'ontario', 'quebec', 'alberta', 'manitoba', 'saskatchewan', 'british columbia', 'nova scotia', 'new brunswick',
  'europe', 'asia', 'africa', 'antarctica', 'oceania', 'eurasia', 'scandinavia', 'balkans', 'caucasus',
  // China's provinces, which name its clubs and firms too ("Henan Jianye", "Guangzhou Evergrande").
  'henan', 'guangdong', 'shandong', 'jiangsu', 'sichuan', 'hubei', 'hunan', 'zhejiang', 'hebei', 'fujian', 'yunnan',
  'anhui', 'jiangxi', 'shaanxi', 'shanxi', 'liaoning', 'heilongjiang', 'guangxi', 'guizhou', 'gansu', 'hainan', 'qinghai',
  'ningxia', 'inner mongolia',
  'siberia', 'tibet', 'xinjiang', 'crimea', 'donbas', 'kashmir', 'kurdistan', 'sahara', 'sahel', 'arctic',
  'latin america', 'south america', 'north america', 'central america', 'middle east', 'near east', 'far east',
  'east asia', 'southeast asia', 'south asia', 'central asia', 'western europe', 'eastern europe',
  'west bank', 'gaza strip', 'golan heights', 'persian gulf', 'south china sea', 'east china sea',
  'taiwan strait', 'korean peninsula', 'indo-pacific', 'asia-pacific', 'pacific', 'atlantic', 'mediterranean',
  'caribbean', 'midwest', 'new england', 'appalachia', 'rust belt', 'sun belt', 'bible belt', 'mekong', 'mideast',
  'hamptons',
  // Germany's states.
  'bavaria', 'saxony', 'lower saxony', 'saxony-anhalt', 'thuringia', 'brandenburg', 'hesse', 'saarland',
  'baden-württemberg', 'north rhine-westphalia', 'rhineland-palatinate', 'schleswig-holstein', 'mecklenburg-vorpommern',
  // English counties (not "Kent" or "Durham", which are surnames too), and the Urals.
  'hampshire', 'essex', 'surrey', 'sussex', 'devon', 'cornwall', 'yorkshire', 'lancashire', 'norfolk', 'suffolk',
  'somerset', 'dorset', 'cumbria', 'merseyside', 'leicestershire', 'lincolnshire', 'wiltshire', 'shropshire',
  'staffordshire', 'derbyshire', 'nottinghamshire', 'northamptonshire', 'cambridgeshire', 'hertfordshire', 'berkshire',
  'buckinghamshire', 'oxfordshire', 'gloucestershire', 'worcestershire', 'warwickshire', 'cheshire', 'northumberland',
  'bedfordshire', 'herefordshire', 'middlesex', 'rutland', 'west midlands', 'greater manchester', 'east sussex',
  'west sussex', 'north yorkshire', 'south yorkshire', 'west yorkshire', 'east yorkshire', 'county durham', 'isle of wight',
  // Scotland's, Wales's and Northern Ireland's counties and council areas.
  'aberdeenshire', 'lanarkshire', 'ayrshire', 'perthshire', 'renfrewshire', 'lothian', 'pembrokeshire', 'carmarthenshire',
  'gwynedd', 'powys', 'anglesey', 'monmouthshire', 'denbighshire', 'flintshire', 'ceredigion', 'conwy', 'antrim',
  'fermanagh', 'armagh', 'urals',
];

const DEMONYM_LIST = `american chinese vietnamese russian british english french german italian spanish portuguese
japanese korean indian pakistani afghan iranian iraqi syrian israeli palestinian egyptian turkish saudi mexican
canadian brazilian argentine australian irish scottish welsh dutch belgian swiss austrian swedish norwegian danish
finnish polish ukrainian hungarian greek cuban venezuelan colombian chilean peruvian nigerian kenyan ethiopian
african european asian arab arabic latin latino hispanic muslim christian jewish catholic protestant thai
filipino indonesian malaysian singaporean cambodian laotian burmese mongolian tibetan taiwanese kurdish yemeni
libyan lebanese jordanian qatari emirati kuwaiti moroccan algerian tunisian sudanese somali haitian jamaican
texan californian floridian kentuckian ohioan iowan vermonter soviet western eastern northern southern asian-american african-american
jew evangelical mormon hindu sikh buddhist shiite sunni latina scientologist tory labour
ecuadorian bolivian paraguayan uruguayan guatemalan honduran nicaraguan panamanian salvadoran dominican ghanaian
senegalese ivorian cameroonian zimbabwean ugandan tanzanian rwandan congolese angolan serbian croatian bosnian
slovenian slovak slovakian czech romanian bulgarian albanian macedonian montenegrin estonian latvian lithuanian
belarusian armenian azerbaijani kazakh uzbek icelandic maltese cypriot bangladeshi nepalese nepali chechen bahraini
omani kiwi aussie muscovite parisian londoner swede dane briton brit scot spaniard turk serb croat pole
dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman
welshwoman zealander
conservative liberal unionist nationalist socialist`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Places are looked up by their words' keys: lowercase, without a word's final period ("st louis", "u.s"). */
const asKey = (place: string): string => place.split(' ').map((w) => w.replace(/\.$/, '')).join(' ');

export const PLACES: ReadonlySet<string> = new Set([
  ...words(COUNTRIES), ...MULTI_WORD_COUNTRIES, ...words(US_STATES), ...MULTI_WORD_STATES, ...words(CITIES),
  ...words(MORE_TOWNS), ...MULTI_WORD_CITIES, ...REGIONS,
].map(asKey));

/** Countries and states: a team named after one is a nation's or a state's side, the place itself at play. */
const COUNTRIES_AND_STATES: ReadonlySet<string> = new Set([
  ...words(COUNTRIES), ...MULTI_WORD_COUNTRIES, ...words(US_STATES), ...MULTI_WORD_STATES].map(asKey));
/** Whether keys name a place the gazetteer knows that is no country or state: a town, a city, a region. */
export const isTown = (keys: readonly string[]): boolean => isPlace(keys) && !COUNTRIES_AND_STATES.has(keys.join(' '));

export const DEMONYMS: ReadonlySet<string> = new Set(words(DEMONYM_LIST));

/** First words of the gazetteer's names of more than one word: only a sequence opening with one needs joining. */
const MULTI_WORD_PLACE_STARTS: ReadonlySet<string> = new Set(
  [...PLACES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))),
);

/** Whether a key (a lowercase word) may open a place the gazetteer knows: a cheap test before joining words. */
export const mayOpenPlace = (key: string): boolean => PLACES.has(key) || MULTI_WORD_PLACE_STARTS.has(key);

/** Whether keys[from…] (lowercase words) name a place the gazetteer knows, without joining them when none can. */
export function isPlace(keys: readonly string[], from = 0): boolean {
  const first = keys[from] ?? '';
  if (keys.length - from === 1) return PLACES.has(first);
  if (keys.length - from === 0) return PLACES.has('');
  return MULTI_WORD_PLACE_STARTS.has(first) && PLACES.has(keys.slice(from).join(' '));
}

/** Last words that make a capitalized sequence a place ("Orange County", "Hubei Province", "Red Sea"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'county', 'province', 'prefecture', 'district', 'city', 'island', 'islands', 'river', 'lake', 'sea', 'ocean',
  'mountain', 'mountains', 'valley', 'bay', 'gulf', 'strait', 'peninsula', 'desert', 'coast', 'region',
  'township', 'village', 'strip', 'borough', 'parish', 'canyon', 'heights', 'hills', 'beach', 'airport', 'springs', 'rapids',
  'falls', 'refuge', 'circle', 'harbor', 'harbour', 'forest', 'canal', 'palace', 'close', 'gate', 'grove', 'castle', 'creek',
  'drive', 'cove', 'point', 'square', 'estates', 'mansion', 'street', 'avenue', 'road', 'place', 'country', 'lane',
  'theater', 'theatre', 'stadium', 'arena', 'park', 'bridge', 'shoal', 'atoll', 'reef', 'archipelago', 'glacier', 'tower',
]);

/** Heads of places that are natural features, which a body's word may open ("Church Cove"). */
export const NATURAL_FEATURES: ReadonlySet<string> = new Set(['cove', 'bay', 'beach', 'point', 'creek', 'island',
  'islands', 'lake', 'river', 'valley', 'falls', 'canyon', 'peninsula', 'springs']);

/** Heads of places that are also surnames: after a known given name, a person ("Michael Bay", "Glenn Close"). */
export const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set(['bay', 'hills', 'close', 'gate', 'grove', 'castle', 'drive',
  'lane', 'park', 'bridge']);

/**
 * Whether tokens[k] opens a place of two words ("New York", "New Hampshire"): then its capital is the place's,
 * even where a word like "New" would otherwise be capitalized only because it opens the sentence.
 */
export function opensPlaceAt(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  const second = tokens[k + 1];
  // ("New Zealand's Prime Minister": a possessive's place too.)
  return !!first && !!second && PLACES.has(`${lexKey(first)} ${withoutPossessive(lexKey(second))}`);
}

/** Prepositions that put a town before its county or state: "in Biggin Hill, Kent", "near Melton Mowbray, Leicestershire". */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'outside']);
/** Words that do so for a town of one word ("a salesman from Sumter, South Carolina", "the mayor of Oakland, California",
 * "a Hampstead, New Hampshire, coffee shop"); not for two, which may be a person's: "The wife of Mahathir Mohamad,
 * Malaysia, spoke". */
const ONE_WORD_LOCATIVES: ReadonlySet<string> = new Set(['from', 'to', 'at', 'of', 'a', 'an', 'the']);

const LOWERCASE_LETTER = /\p{Ll}/u;

/** Marks that close the county or state after a town: "in Biggin Hill, Kent, the Old Bailey heard", "in Rayne, Essex -
 * where"; and words that go on with the sentence: "landed in Syracuse, New York on Monday", "in Wittmann, Arizona and". */
const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')', 'on', 'in', 'at', 'where', 'and', '-', '–', '—']);
/** Whether a word names a part of a region: "northern", "east", "central". */
const isCompassPart = (key: string): boolean => COMPASS.has(key) || COMPASS_ADJECTIVE.test(key) || key === 'central';

/**
 * Whether tokens[first, end) are a town that a county, a state or a country follows,
 * set off by commas: "in Biggin Hill, Kent, the Old Bailey heard", "in Melton Mowbray, Leicestershire, had". Not a
 * person at the head of a clause: "confidence in Xi Jinping, China's leader", "in Mike Pence, Indiana has".
 */
export function namesTownAt(tokens: readonly Token[], first: number, end: number): boolean {
  // (And a hometown set off after a name and an age: "Edward Byatt, 39, of Buckhurst Hill, Essex, was ordered".)
  const hometown = tokens[first - 1]?.key === 'of' && tokens[first - 2]?.text === ',';
  // (Or a dateline in capitals that opens the story: "CAMBRIDGE, Mass., Dec. 11 (UPI)".)
  const dateline = first === 0 && !LOWERCASE_LETTER.test(tokens[0]?.text ?? 'a');
  const before = tokens[first - 1]?.key ?? '';
  const located = hometown || dateline || LOCATIVES.has(before) || (end - first === 1 && ONE_WORD_LOCATIVES.has(before));
  if (end - first < 1 || tokens[end]?.text !== ',') return false;
  return (located || townsOfficeAfter(tokens, end)) && regionAfter(tokens, first, end);
}

/** Offices of a town, which may follow its name and its state: "Carmel, Indiana, Mayor James Brainard". */
const TOWNS_OFFICES: ReadonlySet<string> = new Set(['mayor', 'sheriff', 'police', 'councilman', 'councilwoman', 'alderman']);
/** Whether a town's office follows the region after the comma at tokens[comma]: ", Indiana, Mayor". */
function townsOfficeAfter(tokens: readonly Token[], comma: number): boolean {
  let k = comma + 1;
  while (tokens[k]?.capitalized && k - comma <= 3) k++;
  return tokens[k]?.text === ',' && TOWNS_OFFICES.has(tokens[k + 1]?.key ?? '') && tokens[k + 1]?.capitalized === true;
}

/** Whether a region the town is in follows the comma at tokens[end], and closes the place (see namesTownAt). */
function regionAfter(tokens: readonly Token[], first: number, end: number): boolean {
  // (The region may be a part of one: "in Bydgoszcz, northern Poland", "of Newham, east London", "in Cleethorpes, North
  // East Lincolnshire".)
  let at = end + 1;
  while (at < end + 3 && isCompassPart(tokens[at]?.key ?? '') && !opensPlaceAt(tokens, at)) at++;
  const region = tokens[at];
  if (!region?.capitalized || !region.word || possessiveLength(region.text) > 0) return false;
  // (A town of one word, "in Syracuse, New York", "in Chalmette, La.", takes a region the gazetteer knows, or a state's
  // abbreviation; a region of one word is not abbreviated.)
  // (Its period may stand apart before a bracket: "RENO, Nev. (AP)".)
  const state = end - first === 1 && isStateAbbreviation(region.key.replace(/\.$/, ''));
  if (state) return true;
  if (region.text.endsWith('.')) return false;
  const words = opensPlaceAt(tokens, at) ? 2 : 1;
  if (end - first === 1 && !isPlace(tokens.slice(at, at + words).map((t) => lexKey(t)))) return false;
  const closer = tokens[at + words];
  return !closer || CLOSERS.has(closer.key);
}
