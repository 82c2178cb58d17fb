import { nameKey } from '../../model/names.js';
import type { EntityType } from '../../model/enriched.js';

/**
 * General word lists for typing names. They name kinds of things (suffix words, titles), never
 * the names of any test document; each list is the common English usage for its kind.
 */

/** Last words that make a name a program, law, plan, war or operation. */
export const OTHER_HEADS = new Set([
  'act',
  'acts',
  'convention',
  'battle',
  'initiative',
  'strategy',
  'program',
  'programme',
  'plan',
  'policy',
  'doctrine',
  'agreement',
  'treaty',
  'accord',
  'accords',
  'amendment',
  'bill',
  'law',
  'directive',
  'regulation',
  'protocol',
  'pact',
  'deal',
  'framework',
  'declaration',
  'resolution',
  'charter',
  'credit',
  'war',
  'operation',
  'project',
  'mission',
  'system',
  'scheme',
  'action',
  'reform',
  'reforms',
  'agenda',
  'package',
  'order',
  'summit',
  'index',
  'compact',
  'crisis',
  'revolution',
  'campaign',
  'show',
  'games',
  'olympics',
  'cup',
  'award',
  'prize',
  'vision',
  'era',
  'facility',
  // instruments and craft: "Very Large Telescope", "Sentinel-2 Satellite"
  'telescope',
  'satellite',
  'partnership',
  'regulations',
  'rules',
  'survey',
  'report',
  'mechanism',
  'pipeline',
  'interconnector',
  'statute',
]);

/** Last words of codes of law and conduct, founding texts and qualifications ("Takeover Code",
 *  "Penal Code", "Federal Constitution", "Charter Oath", "Secondary School Certificate"); after a
 *  name in lower case they say whose or what it is ("Linux code", "the Kenya constitution"),
 *  so they type only the names they end. */
export const TEXT_HEADS: ReadonlySet<string> = new Set([
  'code',
  'constitution',
  'oath',
  'manifesto',
  'handbook',
  'certificate',
  'diploma',
  'baccalaureate',
  'manual',
  'questionnaire',
  'guidelines',
]);

/** Lower-case nouns that a name before them makes the name of a dynasty, a doctrine or a rule of
 *  its own: "the Han dynasty", "the Monroe doctrine", "the Barnett formula", "the Washington consensus". */
export const NAMING_NOUNS: ReadonlySet<string> = new Set(['dynasty', 'doctrine', 'formula', 'consensus']);

/** Last words of events of history named by what happened ("Taiping Rebellion", "Meiji
 *  Restoration", "Millennium Drought", "Siege of Leningrad"); after a name in lower case they
 *  say where it happened ("the Somalia drought"), so they type only the names they end. */
export const HISTORY_HEADS: ReadonlySet<string> = new Set([
  'rebellion',
  'restoration',
  'uprising',
  'insurrection',
  'revolt',
  'mutiny',
  'massacre',
  'siege',
  'blockade',
  'airlift',
  'famine',
  'drought',
  'reformation',
  'affair',
]);

/** Last words that make a name an organization. */
export const ORG_HEADS = new Set([
  // "Appellate Body", "Central Command": a standing body, a military command
  'body',
  'command',
  'trust',
  'choir',
  'ensemble',
  'treasury',
  'fleet',
  'hospital',
  'clinic',
  'society',
  'alliance',
  'laboratories',
  'laboratory',
  'observatory',
  'lab',
  'labs',
  'exchange',
  // watchdogs and newspapers: "Human Rights Watch", "Asahi Shimbun", "Jakarta Post"
  'watch',
  'shimbun',
  'zeitung',
  'gazette',
  'times',
  'post',
  'herald',
  'tribune',
  'chronicle',
  'endowment',
  'union',
  'council',
  'organization',
  'organisation',
  'association',
  'commission',
  'committee',
  'panel',
  'directorate',
  'agency',
  'bank',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'group',
  'party',
  'ministry',
  'department',
  'parliament',
  'legislature',
  'chamber',
  'congress',
  'senate',
  'assembly',
  'court',
  'forum',
  'institute',
  'institution',
  'university',
  'federation',
  'coalition',
  'league',
  'nations',
  'community',
  'market',
  'cabinet',
  'office',
  'bureau',
  'service',
  'forces',
  'force',
  'army',
  'navy',
  'chiefs',
  'guard',
  'police',
  'board',
  'authority',
  'reserve',
  'foundation',
  'center',
  'centre',
  'secretariat',
  'fund',
  'times',
  'post',
  'journal',
  'network',
  'industries',
  'motors',
  'airlines',
  'airways',
  'railways',
  'technologies',
  // a company by its trade in the plural: "Kaamos Devices", "Vertex Pharmaceuticals", "EQT Ventures"
  'devices',
  'therapeutics',
  'pharmaceuticals',
  'biosciences',
  'robotics',
  'semiconductors',
  'electronics',
  'ventures',
  'minerals',
  'holdings',
  'partners',
  'administration',
  'government',
  'house',
  'corps',
  'club',
  'movement',
  'front',
  'brigade',
  'brigades',
  'cartel',
  'consortium',
  'college',
  'school',
  'museum',
  'gallery',
  'library',
  'orchestra',
  'polytechnic',
  // head words of German, Dutch and Nordic names, which end in them: "Karolinska Institutet",
  // "Technische Universität München", "Deutsche Forschungsgemeinschaft" aside
  'institutet',
  'instituttet',
  'universitet',
  'universitetet',
  'universiteit',
  'universität',
  'hochschule',
  'högskola',
  'högskolan',
  'ministerium',
  'ministerie',
  'kunsthall',
  'kunsthalle',
  'kunsthaus',
  'museet',
  'museum',
  'stiftung',
  'stichting',
  'verband',
  'gesellschaft',
  'partei',
  'partiet',
  'academy',
  'press',
]);

/** Last words that make a name a place. */
/** Head words of buildings and venues ("BOK Sports Hall", "Wembley Stadium", "Topkapı Palace"),
 *  which are also surnames after a first name ("Stuart Hall", "Barbara Castle"). */
export const BUILDING_HEADS: ReadonlySet<string> = new Set([
  'hall',
  'stadium',
  'arena',
  'palace',
  'castle',
  'cathedral',
  'mosque',
  'abbey',
  'basilica',
]);

export const PLACE_HEADS = new Set([
  // airports and airfields are places, as stations and ports are
  'airport',
  'airfield',
  'aerodrome',
  'cape',
  'isle',
  'port',
  'sea',
  'ocean',
  'gulf',
  'river',
  'mountains',
  'mountain',
  'island',
  'islands',
  'province',
  'peninsula',
  'strait',
  'straits',
  'bay',
  'valley',
  'coast',
  'city',
  'county',
  'region',
  'republic',
  'kingdom',
  'lake',
  'desert',
  'basin',
  'canal',
  'state',
  'states',
  'territory',
  'territories',
  'emirates',
  'east',
  'west',
  'asia',
  'africa',
  'america',
  'europe',
  'street',
  'square',
  'avenue',
  'district',
  'village',
  'town',
  'route',
  'passage',
  'corridor',
  'delta',
  'plateau',
  'highlands',
  'lowlands',
  'oblast',
  'krai',
  'prefecture',
  'governorate',
  'municipality',
  // former states and the works and features of a landscape; a housing estate; the waterfront
  'quay',
  'wharf',
  'pier',
  'estate',
  'empire',
  'caliphate',
  'sultanate',
  'khanate',
  'dam',
  'reservoir',
  'embankment',
  'esplanade',
  'promenade',
  'sanctuary',
  'boulevard',
  'shoal',
  'reef',
  'atoll',
  'archipelago',
  'glacier',
  'lagoon',
  'steppe',
  // and more of a landscape's features: "Solway Firth", "Suwałki Gap", "Lower Mainland", "Olkaria Gorge"
  'firth',
  'fjord',
  'gap',
  'mainland',
  'volcano',
  'crater',
  'gorge',
  'canyon',
  'estuary',
  'headland',
  'massif',
  'swamp',
  'wetlands',
  'plain',
  'plains',
  'oasis',
  'islet',
  ...BUILDING_HEADS,
]);

/**
 * Endings of place names in many languages ("-grad", "-sk", "-burg", "-stan", "-abad", "-pur"):
 * an otherwise unknown single word with one is more likely a place than a body.
 */
export const TOPONYM_ENDING = /\p{L}{2,}(?:grad|gorod|[nmtvly]sk|burg|bourg|borough|ville|polis|stan|abad|pur|shire|ovo|evo)$/u;

/** Singular nouns that, right before a name or before "called"/"named", say what it is ("the company X"). */
export const APPOSITION_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  // people by office or trade: "the sociologist Arlie Hochschild", "X, the market commissioner"
  ...(
    'commissioner minister president chancellor senator governor mayor ambassador envoy spokesman spokeswoman spokesperson ' +
    'economist sociologist historian philosopher novelist writer author journalist professor scientist physicist chemist ' +
    'biologist lawyer diplomat activist poet actor actress singer composer founder chairman chairwoman lawmaker congressman ' +
    'congresswoman politician candidate judge pope king queen prince princess admiral colonel researcher physician leader ' +
    'fellow lecturer analyst editor correspondent reporter executive adviser advisor consultant epidemiologist director ' +
    // players by position: "centre-back Lachlan Bright", "goalkeeper Sam Kirkwood"
    // ("full-back", "centre-back": the word before the name is their "back")
    'striker midfielder defender goalkeeper keeper winger forward back substitute captain ' +
    'coach batsman batter bowler all-rounder skipper referee ' +
    // and by calling: "the shipowner X", "the glaciologist X", "the soprano X"
    'shipowner tycoon billionaire entrepreneur businessman businesswoman banker investor industrialist ' +
    'runner sprinter marathoner cyclist swimmer boxer golfer jockey grandmaster athlete ' +
    'artist painter sculptor illustrator illuminator photographer filmmaker architect designer curator ' +
    'pianist violinist cellist guitarist conductor soprano mezzo-soprano tenor baritone bass-baritone ' +
    'mathematician astronomer engineer geologist glaciologist climatologist oceanographer archaeologist ' +
    'anthropologist linguist psychologist psychiatrist surgeon nurse priest bishop cardinal imam rabbi ' +
    'abbess abbot monk nun legislator councillor councilor alderman prosecutor attorney barrister solicitor magistrate'
  )
    .split(' ')
    .map((noun): [string, EntityType] => [noun, 'person']),
  ['company', 'organization'],
  ...'maker manufacturer carmaker automaker producer retailer supplier contractor airline bank publisher newspaper broadcaster startup brand marque subsidiary division venture chain'
    .split(' ')
    .map((noun): [string, EntityType] => [noun, 'organization']),
  ['corporation', 'organization'],
  ['firm', 'organization'],
  ['group', 'organization'],
  ['fund', 'organization'],
  ['conglomerate', 'organization'],
  ['insurer', 'organization'],
  ['lender', 'organization'],
  ['operator', 'organization'],
  ['party', 'organization'],
  ['movement', 'organization'],
  ['agency', 'organization'],
  ['militia', 'organization'],
  ...(
    'cooperative co-operative utility gazette broadsheet tabloid miner shipbuilder regulator watchdog charity union ministry club ' +
    // ("the Athens daily Kathimerini", "the Piraeus consultancy Argo Maritime Advisors")
    'daily weekly magazine consultancy exporter importer refiner laboratory think-tank thinktank nonprofit non-profit foundation institute'
  )
    .split(' ')
    .map((noun): [string, EntityType] => [noun, 'organization']),
  ['city', 'place'],
  ['town', 'place'],
  ['village', 'place'],
  ['port', 'place'],
  ['river', 'place'],
  ['region', 'place'],
  ['province', 'place'],
  ['island', 'place'],
  ['exclave', 'place'],
  ['enclave', 'place'],
  ['capital', 'place'],
  ['pollster', 'organization'],
  ['charity', 'organization'],
  ['county', 'place'],
  ['district', 'place'],
  ['reservoir', 'place'],
  ['canal', 'place'],
  // products and vessels: "the shingles vaccine Shingrix", "the destroyer USS Dewey"
  ...'vaccine drug medicine app smartphone chip destroyer frigate cutter corvette warship submarine vessel ship boat tanker freighter hatchback sedan saloon airliner'
    .split(' ')
    .map((noun): [string, EntityType] => [noun, 'other']),
  ['festival', 'other'],
  ['exhibition', 'other'],
  ['mission', 'other'],
  ['operation', 'other'],
  ['programme', 'other'],
  ['program', 'other'],
  ['initiative', 'other'],
  ['project', 'other'],
  ['plan', 'other'],
  ['scheme', 'other'],
  ['exercise', 'other'],
  ['campaign', 'other'],
  // measures and rules: "WIBOR, the Warsaw interbank rate", "the consumer price index IPCA"
  ...'rate index benchmark regulation directive regime treaty law statute levy tax tariff subsidy treatment therapy'
    .split(' ')
    .map((noun): [string, EntityType] => [noun, 'other']),
]);

/** Words that may introduce "of" inside a name ("House of Representatives", "Bank of England"). */
export const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...OTHER_HEADS,
  ...PLACE_HEADS,
  'secretary',
  'minister',
  'university',
  // gatherings of members named by whom they gather: "National Conference of State
  // Legislatures", "Summit of the Americas", "Congress of Vienna"
  'conference',
  'summit',
  'congress',
  'statue',
  'chamber',
  'republic',
  'united',
  'people',
  "people's",
  'war',
  'battle',
  'treaty',
  'bill',
  'declaration',
  'strait',
]);

/** Titles that only ever stand before a person's name (not "Secretary of State"). */
export const PERSON_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'president',
  'senator',
  'sen',
  'governor',
  'gov',
  'general',
  'gen',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'admiral',
  'commodore',
  'cllr',
  'councillor',
  'councilor',
  'colonel',
  'col',
  'captain',
  'professor',
  'prof',
  'sir',
  'lord',
  'lady',
  'sheikh',
  'chancellor',
  'premier',
  'mayor',
  'judge',
  'justice',
  'justices',
  'lieutenant',
  'lt',
  'ambassador',
  'secretary',
  'minister',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'rep',
  'representative',
  'rev',
  'revd',
  'reverend',
  'rabbi',
  'imam',
  'corporal',
  'officer',
  'sergeant',
  'sgt',
  // ("Advocate Naledi Mokoena": a barrister's title where the law names them so)
  'advocate',
]);
/** Words that make a rank or an office of the title after them ("Staff Sergeant", "Petty
 *  Officer", "Attorney General", "Assistant Solicitor General"). */
export const RANK_MODIFIERS = new Set([
  'staff',
  'attorney',
  'solicitor',
  'inspector',
  'surgeon',
  'auditor',
  'comptroller',
  'postmaster',
  'adjutant',
  'assistant',
  'additional',
  'associate',
  'acting',
  'master',
  'lance',
  'petty',
  'rear',
  'brigadier',
  'command',
  'gunnery',
  'technical',
  'warrant',
]);

/** Words of an office's name before its title word: "Prime Minister", "Foreign Minister", "Vice President". */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'prime',
  'vice',
  'managing',
  'executive',
  'deputy',
  'acting',
  'foreign',
  'finance',
  'defence',
  'defense',
  'interior',
  'health',
  'trade',
  'economy',
  'energy',
  'justice',
  'education',
  'home',
  'labour',
  'labor',
  'transport',
  'agriculture',
  'environment',
  'treasury',
  'state',
]);
/** Words that finish an office's title after its title word: "Chief Executive", "Chief Financial Officer". */
export const TITLE_ENDS: ReadonlySet<string> = new Set([
  'executive',
  'financial',
  'operating',
  'officer',
  'economist',
  'strategist',
  'secretary',
]);

/** Titles before or after a person's name, the person's own titles among them; stripped from the name. */
export const TITLES = new Set([
  ...PERSON_TITLES,
  'secretary-general',
  'director-general',
  'attorney-general',
  'commissioner',
  'vice',
  'prime',
  'emir',
  'ceo',
  'commander',
  'leader',
  'director',
  'senior',
  'deputy',
  'foreign',
  'defense',
  'defence',
  'first',
  'supreme',
  'chief',
  'former',
  'crown',
  'saint',
  'st',
  'founder',
  'his',
  'her',
  'their',
  'majesty',
  'highness',
  'excellency',
  'holiness',
  'imperial',
  'royal',
]);

/** Collective nouns whose possessive stays inside a name ("People's Bank", "Workers' Party"). */
export const COLLECTIVE_POSSESSORS = new Set([
  'people',
  'peoples',
  'women',
  'men',
  'children',
  'workers',
  'veterans',
  'farmers',
  'citizens',
  'nations',
  'soldiers',
  'sailors',
  'teachers',
  'employers',
  'consumers',
  'states',
  'martyrs',
  'students',
  'youth',
]);

/** Legislatures by the names news copy in English gives them. */
const LEGISLATURES = [
  'Bundestag',
  'Bundesrat',
  'State Duma',
  'Knesset',
  'Sejm',
  'Senedd',
  'Storting',
  'Stortinget',
  'Riigikogu',
  'Saeima',
  'Seimas',
  'Eduskunta',
  'Riksdag',
  'Folketing',
  'Althing',
  'Alþingi',
  'Oireachtas',
  'Dáil',
  'Dáil Éireann',
  'Seanad',
  'Cortes Generales',
  'Sabor',
  'Verkhovna Rada',
  'Majlis',
  'Lok Sabha',
  'Rajya Sabha',
  'Jatiya Sangsad',
  'National Diet',
  'Mazhilis',
  'Jogorku Kenesh',
  'Great Khural',
  'Nationalrat',
  'Hluttaw',
  'Dewan Rakyat',
  'Wolesi Jirga',
  'Sobranie',
  'Sobranje',
  'Tynwald',
];

/** News agencies and credit-rating agencies, which news copy cites by name alone. */
const NEWS_AGENCIES = [
  'Reuters',
  'Bloomberg',
  'Agence France-Presse',
  'Associated Press',
  'Xinhua',
  'TASS',
  'Interfax',
  'Kyodo',
  'Kyodo News',
  'Yonhap',
  'Anadolu',
  'Anadolu Agency',
  'EFE',
  'ANSA',
  'Press Trust of India',
  'Bernama',
  'Antara',
  'Jiji Press',
  'Lusa',
  'Ukrinform',
  'Prensa Latina',
  "Moody's",
  'Fitch',
  'Fitch Ratings',
  "Standard & Poor's",
  'S&P Global',
  'S&P Global Ratings',
];

/** Single capitalised words that name a legislature or executive body. */
export const INSTITUTIONS: ReadonlyMap<string, EntityType> = new Map([
  ['congress', 'organization'],
  ['senate', 'organization'],
  ['house', 'organization'],
  ['parliament', 'organization'],
  ['cabinet', 'organization'],
  ['pentagon', 'organization'],
  ['treasury', 'organization'],
  ['kremlin', 'organization'],
  ['pentagon', 'organization'],
  ['politburo', 'organization'],
  ['bundestag', 'organization'],
  ['duma', 'organization'],
  ['knesset', 'organization'],
  ['nato', 'organization'],
]);

/** Seas, oceans and world regions compromise does not tag as places. */
export const GEO_NAMES = new Set([
  'atlantic',
  'pacific',
  'arctic',
  'antarctic',
  'antarctica',
  'mediterranean',
  'caribbean',
  'baltic',
  'adriatic',
  'aegean',
  // the planets and the moons texts name ("on Earth", "Jupiter's moon Europa")
  'earth',
  'mars',
  'venus',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
  'europa',
  'ganymede',
  'callisto',
  'enceladus',
  'phobos',
  'deimos',
  'ionian',
  'sahara',
  'sinai',
  'balkans',
  'sahel',
  'caucasus',
  'himalayas',
  'andes',
  'alps',
  'levant',
  'maghreb',
  'indo-pacific',
  'eurasia',
  // states of the past that texts of history name, which no list of today's countries holds
  'yugoslavia',
  'czechoslovakia',
  'prussia',
  'persia',
  'siam',
  'rhodesia',
  'zaire',
  'ceylon',
  'abyssinia',
  'dahomey',
  'byzantium',
  'mesopotamia',
  'austria-hungary',
  'manchuria',
  'formosa',
  'bohemia',
  'transvaal',
]);

/** Nouns after a capitalised word that make it a weapons system or vehicle ("Patriot missile"); a
 *  fighter jet, but not "fighters", who belong to a group. */
export const WEAPON_NOUNS =
  /^(?:missiles?|rockets?|tanks?|jets?|fighter|bombers?|drones?|submarines?|carriers?|aircraft|helicopters?|systems?|warships?|frigates?|destroyers?|satellites?|vaccines?)$/i;

/** Last words of military operation names ("Desert Storm"). */
export const OPERATION_WORDS = new Set([
  'storm',
  'shield',
  'freedom',
  'fury',
  'resolve',
  'dawn',
  'sword',
  'thunder',
  'eagle',
  'lion',
  'spear',
  'guardian',
  'sentinel',
  'anaconda',
  'barbarossa',
  'overlord',
  'torch',
  'rolling',
  'enduring',
]);

/** Singular trade words that end a company's name after a place or a family name ("Kenya Power",
 *  "Tata Steel", "Nordhavn Pharma", "Seoul Metro"); a name of ordinary words alone ("Nuclear
 *  Power") is no company's. */
export const TRADE_HEADS: ReadonlySet<string> = new Set([
  'power',
  'pharma',
  'cement',
  'steel',
  'logistics',
  'metro',
  'telecom',
  'telecoms',
  'mobility',
  'auto',
  'bahn',
  'rail',
  'shipping',
  'petroleum',
  'aerospace',
  'biotech',
  'automobile',
  'automotive',
  'sciences',
  // "Riyadh Air", "Qatar Airways": an airline after its home's name
  'air',
  // "Orion Semiconductor", "Pareto Securities", "McNamara Construction", "Jinlong Engineering"
  'semiconductor',
  'securities',
  'solutions',
  'resources',
  'chemicals',
  'foods',
  'investments',
  'laboratories',
  'labs',
  'studios',
  'capital',
  'mining',
  'manufacturing',
  'engineering',
  'construction',
  'consulting',
  'textiles',
  'entertainment',
  'breweries',
  'freight',
  'properties',
  // a trade in the language of the company's country: "Cierzo Renovables", "Kaleva Energia",
  // "Yüksel İnşaat", "Kartal Yapı", "Lagune Courtage"
  'studio',
  'lithium',
  'cargo',
  'renovables',
  'energia',
  'energía',
  'energie',
  'énergie',
  'inşaat',
  'yapı',
  'courtage',
  'maritime',
]);

/** First words that make a name a place: a port, a mountain, a lake, a cape, and their Malay and
 *  Thai words ("Port Klang", "Mount Kenya", "Tanjung Priok", "Pulau Bukom", "Laem Chabang"). */
export const PLACE_OPENERS: ReadonlySet<string> = new Set([
  'port',
  'mount',
  'lake',
  'cape',
  // and the Spanish and Portuguese words for a hill, a mountain, a lake, an island, a bay: "Cerro
  // Tololo", "Isla Mujeres", "Ilha Grande" (a name opened by them with "de" is a place already)
  'cerro',
  'monte',
  'lago',
  'laguna',
  'isla',
  'ilha',
  'bahía',
  'volcán',
  'tanjung',
  'pulau',
  'bukit',
  'kuala',
  'sungai',
  'teluk',
  'kampung',
  'laem',
  // "Gran Rosario", "Gran Canaria", "Gran Chaco": Spanish "Greater"
  'gran',
  // Malay and Indonesian words for a town, a port, a stone, a park and a mountain ("Kota Kinabalu",
  // "Bandar Hilir", "Ayer Keroh", "Batu Pahat", "Gunung Agung"); Thai for a city ("Nakhon Pathom");
  // streets named head first ("Rue Sainte-Catherine", "Calle Mayor", "Rua Augusta", "Jalan Besar")
  'kota',
  'bandar',
  'ayer',
  'batu',
  'taman',
  'gunung',
  'danau',
  'nakhon',
  'rue',
  'calle',
  'rua',
  'jalan',
]);

/** Compass words: "the West", "the South" are used as metonyms, not listed as entities. */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/** Words that name a road by its number ("Highway 97", "Route 23"). */
export const ROAD_WORDS: ReadonlySet<string> = new Set([
  'highway',
  'route',
  'interstate',
  'motorway',
  'autobahn',
  'expressway',
  'freeway',
  'turnpike',
  // Bangkok's side streets by number: "Sukhumvit Soi 11"
  'soi',
]);

/** First words that make a different, smaller region of a place ("Western Europe" is not "Europe"). */
export const REGION_MODIFIERS = new Set([
  ...COMPASS,
  'central',
  'latin',
  'middle',
  'southeast',
  'southeastern',
  'northeast',
  'northeastern',
  'southwest',
  'northwest',
  'upper',
  'lower',
  'greater',
  'new',
  'sub-saharan',
  'inner',
  'outer',
]);

/** Plural class nouns that type the names listed after "such as" / "like" / "including". */
export const CLASS_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ['companies', 'organization'],
  ['firms', 'organization'],
  ['corporations', 'organization'],
  ['banks', 'organization'],
  ['organizations', 'organization'],
  ['organisations', 'organization'],
  ['groups', 'organization'],
  ['parties', 'organization'],
  ['manufacturers', 'organization'],
  ['countries', 'place'],
  ['nations', 'place'],
  ['states', 'place'],
  ['regions', 'place'],
  ['provinces', 'place'],
  ['cities', 'place'],
  ['economies', 'place'],
  ['territories', 'place'],
  ['leaders', 'person'],
  ['politicians', 'person'],
  ['figures', 'person'],
  ['presidents', 'person'],
  ['insurers', 'organization'],
  ['lenders', 'organization'],
  ['operators', 'organization'],
  ['funds', 'organization'],
  ['carriers', 'organization'],
  ['airlines', 'organization'],
  ['agencies', 'organization'],
  ['retailers', 'organization'],
  ['brands', 'organization'],
  ['carmakers', 'organization'],
  ['automakers', 'organization'],
  ['broadcasters', 'organization'],
  ['newspapers', 'organization'],
  ['universities', 'organization'],
  ['charities', 'organization'],
  ['clubs', 'organization'],
  ['unions', 'organization'],
  ['ministries', 'organization'],
  ['villages', 'place'],
  ['districts', 'place'],
  ['suburbs', 'place'],
  ['neighbourhoods', 'place'],
  ['neighborhoods', 'place'],
  ['ports', 'place'],
  ['towns', 'place'],
  ['rivers', 'place'],
  ['islands', 'place'],
  ['capitals', 'place'],
]);

/** Known-variant entries of names that are their own canonical form. */
const namedAs = (type: EntityType, names: readonly string[]): [string, readonly [string, EntityType]][] =>
  names.map((name) => [nameKey(name), [name, type]]);

/** Well-known variants of a few names: alias (lower case, no periods) → canonical name and type. */
export const KNOWN_VARIANTS: ReadonlyMap<string, readonly [string, EntityType]> = new Map([
  ['us', ['United States', 'place']],
  ['usa', ['United States', 'place']],
  ['america', ['United States', 'place']],
  ['united states', ['United States', 'place']],
  ['united states of america', ['United States', 'place']],
  ['uk', ['United Kingdom', 'place']],
  ['britain', ['United Kingdom', 'place']],
  ['great britain', ['United Kingdom', 'place']],
  ['united kingdom', ['United Kingdom', 'place']],
  // "Washington, D.C.": the district names the city
  ['dc', ['Washington', 'place']],
  ['eu', ['European Union', 'organization']],
  ['european union', ['European Union', 'organization']],
  ['un', ['United Nations', 'organization']],
  ['united nations', ['United Nations', 'organization']],
  ['ussr', ['Soviet Union', 'place']],
  ['soviet union', ['Soviet Union', 'place']],
  ['prc', ['China', 'place']],
  ["people's republic of china", ['China', 'place']],
  ['uae', ['United Arab Emirates', 'place']],
  ['dprk', ['North Korea', 'place']],
  // the forums of leaders named by their number of members
  ['g7', ['G7', 'organization']],
  ['g8', ['G8', 'organization']],
  ['g20', ['G20', 'organization']],
  ['g77', ['G77', 'organization']],
  // public programmes and treaties compromise's lexicon files as organisations, and their other names
  ['medicare', ['Medicare', 'other']],
  ['medicaid', ['Medicaid', 'other']],
  ['nafta', ['NAFTA', 'other']],
  ['north american free trade agreement', ['NAFTA', 'other']],
  ['usmca', ['USMCA', 'other']],
  ['no child left behind', ['No Child Left Behind', 'other']],
  // a group that names itself a state
  ['islamic state', ['Islamic State', 'organization']],
  ['isis', ['Islamic State', 'organization']],
  ['isil', ['Islamic State', 'organization']],
  ['daesh', ['Islamic State', 'organization']],
  // armed and political movements news copy names by one word, which compromise does not know
  ...namedAs('organization', [
    'Hamas',
    'Hezbollah',
    'Fatah',
    'Taliban',
    'al-Shabaab',
    'Boko Haram',
    'al-Qaeda',
    'Houthis',
    'Jemaah Islamiyah',
    'Hayat Tahrir al-Sham',
  ]),
  ['hizbullah', ['Hezbollah', 'organization']],
  ['al qaeda', ['al-Qaeda', 'organization']],
  ['houthi', ['Houthis', 'organization']],
  ['marshall plan', ['Marshall Plan', 'other']],
  ['european recovery program', ['Marshall Plan', 'other']],
  // a building, whatever its occupants do ("the White House said")
  ['white house', ['White House', 'place']],
  // eras, events and founding texts named by ordinary words, capitalised ("the Great Depression",
  // "the Constitution"): names only as such
  ...namedAs('other', [
    'Great Depression',
    'Great Recession',
    'Great Society',
    'Great Leap Forward',
    'Cultural Revolution',
    'Arab Spring',
    'Space Race',
    'Holocaust',
    'Reformation',
    'Enlightenment',
    'Prohibition',
    'Brexit',
    'Constitution',
  ]),
  // bodies news copy names by one word nothing else types: legislatures, news and rating agencies
  // (a possessive's "'s" is no part of the name as the rules read it: "Moody's" is read "Moody")
  ...[...LEGISLATURES, ...NEWS_AGENCIES].map(
    (name) => [nameKey(name).replace(/'s$/, ''), [name, 'organization']] as [string, readonly [string, EntityType]],
  ),
]);

/** Whether a word is one of the head words, or the plural of one ("Centers", "Laboratories" aside). */
export const isHeadWord = (heads: ReadonlySet<string>, word: string): boolean =>
  heads.has(word) || (word.endsWith('s') && heads.has(word.slice(0, -1)));

/** A company's legal form, written after its name ("Meta Platforms, Inc."). */
export const LEGAL_FORM =
  /^(?:inc|incorporated|ltd|llc|llp|plc|corp|co|gmbh|ag|sa|s\.a|nv|n\.v|bv|b\.v|pty|lp|oy|oyj|ab|asa|aps|a\/s|s\.p\.a|srl|s\.r\.l|sarl|kgaa|ltda|bhd|tbk|jsc|pjsc|ojsc)\.?$/i;

/** Last words of the names of laws and treaties ("Freedom of Information Act"). */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  'act',
  'law',
  'treaty',
  'accord',
  'accords',
  'convention',
  'agreement',
  'charter',
  'amendment',
  // "Declaration on the Conduct of Parties …", "Code of Conduct for …", "Protocol on …"
  'declaration',
  'code',
  'protocol',
  'covenant',
  'statute',
]);

/** Statutes known by a number after their head word ("House Bill 3410", "Executive Order 14110",
 *  "Law 21.202"). */
export const NUMBERED_STATUTES: ReadonlySet<string> = new Set([
  'act',
  'bill',
  'law',
  'order',
  'decree',
  // "Decree-Law No. 21 of 2012": Portugal's, Italy's and Egypt's decrees with force of law
  'decree-law',
  'ordinance',
  'directive',
  'regulation',
]);

/** Last words of a statute's title a year may follow ("the Competition Act, 2002", "Land Code of
 *  1858"); a treaty's year is no part of its name ("the Maastricht Treaty of 1992"). */
export const STATUTE_HEADS: ReadonlySet<string> = new Set([...NUMBERED_STATUTES, 'code', 'sanhita', 'rules', 'regulations']);

/** The words of a set, capitalised, as a regular expression's alternatives ("Act|Bill|…"). */
export const capitalisedAlternatives = (words: ReadonlySet<string>): string =>
  [...words].map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|');

/** Last words of the names of recurring events ("Madaraka Day", "AHR Expo", "Cannes Film Festival"). */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'conference',
  'summit',
  'day',
  'expo',
  'festival',
  'olympics',
  'fair',
  'biennale',
  'marathon',
  'championships',
  'championship',
  'week',
  'fringe',
  'biennial',
  'triennale',
  'carnival',
  'gala',
  'trophy',
  'tournament',
  'regatta',
  // tennis and golf tournaments: "US Open", "Mutua Madrid Open"
  'open',
  // motor races: "Dutch Grand Prix", "Monaco Grand Prix"
  'prix',
  // ("the Uruguay Round", "the Doha Round": a round of trade talks)
  'round',
]);

/** Plural nouns that end a party's name ("Social Democrats", "Sweden Democrats", "Free Democrats"). */
export const PARTY_PLURALS: ReadonlySet<string> = new Set([
  'democrats',
  'republicans',
  'socialists',
  'liberals',
  'conservatives',
  'greens',
  'communists',
  'nationalists',
  'progressives',
]);

/** Prefixes of ships' names: navies' and coast guards' ("USS Dewey", "HMS Queen Elizabeth", "BRP Sierra Madre"). */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'USS',
  'USNS',
  'USCGC',
  'HMS',
  'HMAS',
  'HMCS',
  'HMNZS',
  'INS',
  'BRP',
  'RFS',
  'ROKS',
  'JS',
  'PNS',
  'KRI',
  'TCG',
  'FGS',
  'MV',
  'RV',
]);

/** First words that make a body of a name in Spanish, Portuguese, French and Italian, where the
 *  head word comes first ("Banco de la República", "Partido Liberal", "Pacto Histórico"); English
 *  words ("Union", "Front") are left to the head-last rules. */
export const ROMANCE_ORG_OPENERS: ReadonlySet<string> = new Set(
  (
    'banco banca banque partido partito parti alianza alleanza frente movimiento movimento mouvement pacto centro ' +
    'unión unione unidad consejo conseil consiglio instituto istituto institut universidad universidade università ' +
    'université ministerio ministério ministero ministère secretaría secretaria fuerzas forças ejército exército ' +
    'comisión comissão commissione corte tribunale asamblea assemblée assembleia congreso senado cámara câmara camera ' +
    'fundación fundação fondazione fondation empresa compañía companhia grupo gruppo groupe sociedad sociedade società ' +
    'société agencia agência agenzia agence servicio serviço servizio policía polícia polizia guardia sindicato ' +
    'confederación confederação federación federação asociación associação associazione caja cooperativa ' +
    // and in English: "Radio Bío-Bío", "Radio Free Europe"
    'radio televisión televisão télévision televisione compagnie compagnia sistema ' +
    // schools, museums and theatres named head first: "Escola Nacional de Belas Artes"
    'escola escuela école scuola colegio colégio collège liceo lycée museo museu musée teatro théâtre orquesta orchestre ' +
    // publishers: "Ediciones Era", "Éditions Gallimard", "Edições Cotovia"
    'ediciones editorial editora éditions edições edizioni ' +
    // fashion houses and sports teams named head first: "Maison Kesi", "Equipo Aralar"
    'maison equipo ' +
    // Malay and Indonesian bodies, also named head first: "Barisan Nasional", "Perikatan Nasional",
    // "Parti Warisan", "Universiti Malaya", "Lembaga Hasil Dalam Negeri", "Badan Pusat Statistik"
    'barisan pakatan perikatan gerakan gabungan partai persatuan pertubuhan angkatan majlis kementerian kementrian universiti ' +
    'universitas lembaga dewan suruhanjaya jabatan badan perbadanan syarikat yayasan ' +
    // Irish bodies, named head first after the article "An": "An Bord Pleanála", "An Garda Síochána"
    'bord coimisiún údarás comhairle roinn garda'
  ).split(' '),
);

/** Abbreviations of US states as newspapers write them after a town ("Ann Arbor, Mich."). */
export const AP_STATES: ReadonlySet<string> = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev n.h n.j n.m ' +
    'n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo'
  ).split(' '),
);

/** First words that make a place of a name in French, Spanish, Portuguese and Italian, where the
 *  head word comes first ("Place de l'Obélisque", "Plaza de Mayo", "Praça da Sé"). */
export const ROMANCE_PLACE_OPENERS: ReadonlySet<string> = new Set(
  (
    'place plaza praça piazza rue avenida avenue calle rua via paseo parque porto puerto isla ilha île sierra cerro ' +
    'palais palacio palazzo casa casino château chateau castillo castelo salar ponta praia playa parc pont puente quai ' +
    'boulevard lago lac monte mont cabo bahía bahia río rio pico gare estación hôtel ' +
    // mountain passes and summits: "Col de la Bonette", "Cime de la Bonette", "Passo dello Stelvio"
    'col cime pic passo'
  ).split(' '),
);
