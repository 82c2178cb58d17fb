import type { EntityType } from '../model/enriched.js';

/**
 * General word lists for typing names. They name kinds of things (suffix words, titles), never
 * the names of any test document; each list is the common English usage for its kind.
 */

/** Last words that make a name a program, law, plan, war or operation. */
export const OTHER_HEADS = new Set([
  'act', 'acts', 'initiative', 'strategy', 'program', 'programme', 'plan', 'policy', 'doctrine', 'agreement',
  'treaty', 'accord', 'accords', 'amendment', 'bill', 'law', 'directive', 'regulation', 'protocol', 'pact',
  'deal', 'framework', 'declaration', 'resolution', 'charter', 'credit', 'war', 'operation', 'project', 'mission',
  'system', 'scheme', 'action', 'reform', 'reforms', 'agenda', 'package', 'order', 'summit', 'index', 'compact',
  'crisis', 'revolution', 'campaign', 'show', 'games', 'olympics', 'cup', 'award', 'prize', 'vision', 'era',
  'facility', 'partnership', 'regulations', 'rules', 'survey', 'report', 'mechanism', 'pipeline', 'interconnector',
]);

/** Last words that make a name an organization. */
export const ORG_HEADS = new Set([
  'alliance', 'union', 'council', 'organization', 'organisation', 'association', 'commission', 'committee',
  'agency', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'party', 'ministry', 'department',
  'parliament', 'congress', 'senate', 'assembly', 'court', 'forum', 'institute', 'institution', 'university',
  'federation', 'coalition', 'league', 'nations', 'community', 'market', 'cabinet', 'office', 'bureau', 'service',
  'forces', 'force', 'army', 'navy', 'chiefs', 'guard', 'police', 'board', 'authority', 'reserve', 'foundation',
  'center', 'centre', 'secretariat', 'fund', 'times', 'post', 'journal', 'network', 'industries', 'motors',
  'airlines', 'technologies', 'holdings', 'partners', 'administration', 'government', 'house', 'corps', 'club',
  'movement', 'front', 'brigade', 'brigades', 'cartel', 'consortium', 'college', 'school', 'academy', 'press',
]);

/** Last words that make a name a place. */
export const PLACE_HEADS = new Set([
  'sea', 'ocean', 'gulf', 'river', 'mountains', 'mountain', 'island', 'islands', 'province', 'peninsula',
  'strait', 'straits', 'bay', 'valley', 'coast', 'city', 'county', 'region', 'republic', 'kingdom', 'lake',
  'desert', 'basin', 'canal', 'state', 'states', 'territory', 'territories', 'emirates', 'east', 'west',
  'asia', 'africa', 'america', 'europe', 'street', 'square', 'avenue', 'district', 'village', 'town',
  'route', 'passage', 'corridor', 'delta', 'plateau', 'highlands', 'lowlands', 'oblast', 'krai', 'prefecture',
]);

/**
 * Endings of place names in many languages ("-grad", "-sk", "-burg", "-stan", "-abad", "-pur"):
 * an otherwise unknown single word with one is more likely a place than a body.
 */
export const TOPONYM_ENDING = /\p{L}{2,}(?:grad|gorod|[nmtvl]sk|burg|bourg|borough|ville|polis|stan|abad|pur|shire|ovo|evo)$/u;

/** Singular nouns that, right before a name or before "called"/"named", say what it is ("the company X"). */
export const APPOSITION_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ['company', 'organization'], ['firm', 'organization'], ['group', 'organization'], ['fund', 'organization'],
  ['conglomerate', 'organization'], ['insurer', 'organization'], ['lender', 'organization'], ['operator', 'organization'],
  ['party', 'organization'], ['movement', 'organization'], ['agency', 'organization'], ['militia', 'organization'],
  ['city', 'place'], ['town', 'place'], ['village', 'place'], ['port', 'place'], ['river', 'place'], ['region', 'place'],
  ['province', 'place'], ['island', 'place'], ['exclave', 'place'], ['enclave', 'place'], ['capital', 'place'],
  ['mission', 'other'], ['operation', 'other'], ['programme', 'other'], ['program', 'other'], ['initiative', 'other'],
  ['project', 'other'], ['plan', 'other'], ['scheme', 'other'], ['exercise', 'other'], ['campaign', 'other'],
]);

/** Words that may introduce "of" inside a name ("House of Representatives", "Bank of England"). */
export const OF_HEADS = new Set([
  ...ORG_HEADS, ...OTHER_HEADS, ...PLACE_HEADS, 'secretary', 'minister', 'university', 'statue', 'chamber',
  'republic', 'united', 'people', "people's", 'war', 'battle', 'treaty', 'bill', 'declaration', 'strait',
]);

/** Titles before or after a person's name; stripped from the name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'gen',
  'senator', 'sen', 'governor', 'gov', 'chairman', 'chairwoman', 'chair', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'admiral', 'colonel', 'col', 'captain', 'representative', 'rep', 'ambassador',
  'judge', 'justice', 'speaker', 'professor', 'prof', 'sir', 'lord', 'lady', 'sheikh', 'emir', 'ceo',
  'commander', 'lieutenant', 'lt', 'sergeant', 'premier', 'leader', 'director', 'mayor', 'senior', 'deputy',
  'foreign', 'defense', 'defence', 'first', 'supreme', 'chief', 'former', 'crown', 'saint', 'st', 'founder',
  'his', 'her', 'their', 'majesty', 'highness', 'excellency', 'holiness', 'imperial', 'royal',
]);

/** Titles that only ever stand before a person's name (not "Secretary of State"). */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'president', 'senator', 'sen', 'governor', 'gov', 'general', 'gen',
  'king', 'queen', 'prince', 'princess', 'pope', 'admiral', 'colonel', 'col', 'captain', 'professor', 'prof',
  'sir', 'lord', 'lady', 'sheikh', 'chancellor', 'premier', 'mayor', 'judge', 'justice', 'lieutenant', 'lt',
  'ambassador', 'secretary', 'minister', 'chairman', 'chairwoman', 'chair', 'speaker', 'rep', 'representative',
]);

/** Collective nouns whose possessive stays inside a name ("People's Bank", "Workers' Party"). */
export const COLLECTIVE_POSSESSORS = new Set([
  'people', 'peoples', 'women', 'men', 'children', 'workers', 'veterans', 'farmers', 'citizens', 'nations',
  'soldiers', 'sailors', 'teachers', 'employers', 'consumers', 'states', 'martyrs', 'students', 'youth',
]);

/** Single capitalised words that name a legislature or executive body. */
export const INSTITUTIONS: ReadonlyMap<string, EntityType> = new Map([
  ['congress', 'organization'], ['senate', 'organization'], ['house', 'organization'],
  ['parliament', 'organization'], ['cabinet', 'organization'], ['pentagon', 'organization'],
  ['kremlin', 'organization'], ['politburo', 'organization'], ['bundestag', 'organization'],
  ['duma', 'organization'], ['knesset', 'organization'], ['nato', 'organization'],
]);

/** Seas, oceans and world regions compromise does not tag as places. */
export const GEO_NAMES = new Set([
  'atlantic', 'pacific', 'arctic', 'antarctic', 'antarctica', 'mediterranean', 'caribbean', 'baltic',
  'balkans', 'sahel', 'caucasus', 'himalayas', 'andes', 'alps', 'levant', 'maghreb', 'indo-pacific', 'eurasia',
]);

/** Nouns after a capitalised word that make it a weapons system or vehicle ("Patriot missile"). */
export const WEAPON_NOUNS = /^(?:missiles?|rockets?|tanks?|jets?|fighters?|bombers?|drones?|submarines?|carriers?|aircraft|helicopters?|systems?|warships?|frigates?|destroyers?|satellites?|vaccines?)$/i;

/** Last words of military operation names ("Desert Storm"). */
export const OPERATION_WORDS = new Set([
  'storm', 'shield', 'freedom', 'fury', 'resolve', 'dawn', 'sword', 'thunder', 'eagle', 'lion', 'spear',
  'guardian', 'sentinel', 'anaconda', 'barbarossa', 'overlord', 'torch', 'rolling', 'enduring',
]);

/** Compass words: "the West", "the South" are used as metonyms, not listed as entities. */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/** First words that make a different, smaller region of a place ("Western Europe" is not "Europe"). */
export const REGION_MODIFIERS = new Set([
  ...COMPASS, 'central', 'latin', 'middle', 'southeast', 'southeastern', 'northeast', 'northeastern', 'southwest',
  'northwest', 'upper', 'lower', 'greater', 'new', 'sub-saharan', 'inner', 'outer',
]);

/** Plural class nouns that type the names listed after "such as" / "like" / "including". */
export const CLASS_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ['companies', 'organization'], ['firms', 'organization'], ['corporations', 'organization'],
  ['banks', 'organization'], ['organizations', 'organization'], ['organisations', 'organization'],
  ['groups', 'organization'], ['parties', 'organization'], ['manufacturers', 'organization'],
  ['countries', 'place'], ['nations', 'place'], ['states', 'place'], ['regions', 'place'],
  ['provinces', 'place'], ['cities', 'place'], ['economies', 'place'], ['territories', 'place'],
  ['leaders', 'person'], ['politicians', 'person'], ['figures', 'person'], ['presidents', 'person'],
  ['insurers', 'organization'], ['lenders', 'organization'], ['operators', 'organization'], ['funds', 'organization'],
  ['carriers', 'organization'], ['airlines', 'organization'], ['agencies', 'organization'], ['ports', 'place'],
  ['towns', 'place'], ['rivers', 'place'], ['islands', 'place'], ['capitals', 'place'],
]);

/** Well-known variants of a few names: alias (lower case, no periods) → canonical name and type. */
export const KNOWN_VARIANTS: ReadonlyMap<string, readonly [string, EntityType]> = new Map([
  ['us', ['United States', 'place']], ['usa', ['United States', 'place']], ['america', ['United States', 'place']],
  ['united states', ['United States', 'place']], ['united states of america', ['United States', 'place']],
  ['uk', ['United Kingdom', 'place']], ['britain', ['United Kingdom', 'place']],
  ['great britain', ['United Kingdom', 'place']], ['united kingdom', ['United Kingdom', 'place']],
  ['eu', ['European Union', 'organization']], ['european union', ['European Union', 'organization']],
  ['un', ['United Nations', 'organization']], ['united nations', ['United Nations', 'organization']],
  ['ussr', ['Soviet Union', 'place']], ['soviet union', ['Soviet Union', 'place']],
  ['prc', ['China', 'place']], ["people's republic of china", ['China', 'place']],
  ['uae', ['United Arab Emirates', 'place']], ['dprk', ['North Korea', 'place']],
 
]);
