import type { EntityType } from '../../model/enriched.js';
import {
  BUILDING_HEADS,
  EVENT_HEADS,
  GEO_NAMES,
  KNOWN_VARIANTS,
  OPERATION_WORDS,
  ORG_HEADS,
  HISTORY_HEADS,
  LAW_HEADS,
  OTHER_HEADS,
  PARTY_PLURALS,
  PLACE_HEADS,
  PLACE_OPENERS,
  REGION_MODIFIERS,
  ROAD_WORDS,
  ROMANCE_ORG_OPENERS,
  ROMANCE_PLACE_OPENERS,
  SHIP_PREFIXES,
  TEXT_HEADS,
  TRADE_HEADS,
  WEAPON_NOUNS,
  LEGAL_FORM,
  NAMING_NOUNS,
  isHeadWord,
} from './lexicon.js';
import { countryCode } from './country.js';
import { isGazetteerPlace, isKnownPlace } from './places.js';
import { type Candidate, isRegionWord } from './name-refine.js';
import { isDictionaryWord } from './name-tokens.js';
import { CLUB_LETTERS } from './context.js';
import { isCalendarWord } from '../../model/months.js';

/** A type and how sure the rule that gave it is: a default can be overridden by context. */
export interface Typing {
  readonly type: EntityType;
  readonly rule: string;
  readonly isDefault: boolean;
}

/** Verbs after a full name that people, not bodies, do ("Xi Jinping visited …"). */
const PERSON_VERBS =
  /^(?:visited|greeted|travel(?:l)?ed|flew|resigned|died|married|wrote|thanked|smiled|shook|hosted|met|toured|campaigned|testified|tweeted|posted|replied|spoke)$/i;

/** Verbs after a bare name that make it a person ("Putin said"). */
const SPEECH_VERBS =
  /^(?:said|says|argued|argues|thinks|believes|claimed|claims|told|wrote|writes|announced|stated|insisted|insists|warned|warns)$/i;
/** Verbs after a one-word name that a publisher or an agency does. */
const SOURCE_VERBS = /^(?:reported|reports|estimates|estimated|calculated|calculates|publishes|published|forecasts|forecast)$/i;
/** Nouns after a person's name that make it a condition's ("Parkinson's disease"). */
const EPONYM_NOUN = /^(?:disease|syndrome)$/i;
/** Words besides the region modifiers that make a part, a time or a regime of a country, not a
 *  body of it ("Mainland China", "Nazi Germany"). */
const REGIME_WORDS = new Set([
  'mainland',
  'old',
  'imperial',
  'soviet',
  'nazi',
  'communist',
  'occupied',
  'free',
  'rural',
  'urban',
  'coastal',
]);
const isRegionOrRegimeWord = (word: string): boolean => REGION_MODIFIERS.has(word.toLowerCase()) || REGIME_WORDS.has(word.toLowerCase());
/** Words that make a fund a scheme that pays out rather than a body that invests. */
const SCHEME_WORDS =
  /^(?:Relief|Response|Insurance|Recovery|Support|Assistance|Compensation|Damage|Resilience|Sustainability|Transformation|Guarantee)$/;
/** Plural head words of agreements between states. */
const LAW_PLURALS = /^(?:conventions|agreements|protocols|treaties|declarations|resolutions)$/;
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;
/** Words of a body's sites: "RAAF Base Amberley", "RAF Station Northolt". */
const SITE_WORDS = /^(?:Base|Station|Barracks|Camp|Garrison|Airbase|Depot)$/;
/** A model code of capitals and digits: "X3", "S2", "P-8A", "A320neo". */
const MODEL_CODE = /^\p{Lu}{1,3}-?\d{1,4}\p{L}{0,3}$/u;
/** Words after a model code that name a variant of the model ("Falcon X3 Pro"). */
const MODEL_VARIANT = /^(?:Pro|Max|Plus|Ultra|Mini|Lite|Neo|Air|Sport|Turbo|Edge|Prime)$/;

/** Words before a code that place or sort, not name: "Room W12", "Gate B4", "Phase 2A". */
const PLACING_WORDS =
  /^(?:Room|Floor|Gate|Terminal|Platform|Building|Block|Unit|Suite|Hall|Level|Bay|Pier|Berth|Stand|Zone|Sector|Lot|Plot|Flat|Apartment|Box|Exit|Door|Office|Ward|Wing|Line|Grade|Class|Type|Group|Category|Phase|Stage|Round|Form|Schedule|Section|Table|Figure|Annex|Appendix|Article|Rule|Item|Part|Chapter|Volume|Tier)$/;

/** "Falcon X3", "Kestrel M2 Pro", "Airbus A320neo": a name, then a model code and maybe its
 *  variant, names a product; not a body ("Group B7 Council"), a room or a category ("Room W12",
 *  "Phase 2A"), nor a code alone. */
function isModelName(c: Candidate): boolean {
  const words = c.tokens.map((t) => t.text);
  const at = MODEL_VARIANT.test(words[words.length - 1] ?? '') ? words.length - 2 : words.length - 1;
  const code = words[at] ?? '';
  return (
    at >= 1 &&
    MODEL_CODE.test(code) &&
    /\d/.test(code) &&
    words.slice(0, at).every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !isHeadWord(ORG_HEADS, w.toLowerCase()) && !PLACING_WORDS.test(w))
  );
}

import { nameKey } from '../../model/names.js';
import { isCommonWords } from './score.js';

export { nameKey };

/** An acronym of three letters or more, then capitalised words, the whole no town the gazetteer holds. */
const isAcronymLed = (c: Candidate): boolean =>
  c.tokens.length > 1 &&
  /^\p{Lu}{3,}$/u.test(c.tokens[0]?.text ?? '') &&
  c.tokens.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) &&
  !isGazetteerPlace(c.text);

/** A country's name, a place the gazetteer holds, or one compromise's lexicon knows as a place. */
const isPlaceName = (c: Candidate): boolean =>
  countryCode(c.text) !== undefined || isGazetteerPlace(c.text) || (c.tags.has('LexPlace') && !c.tags.has('Person'));

/** The head word: the last word before "of", else the last word that is not a number or numeral. */
function headOf(c: Candidate): string {
  const words = c.tokens.map((t) => t.text);
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  const body = (of > 0 ? words.slice(0, of) : words).filter((w) => !/^\d/.test(w) && !ROMAN.test(w));
  return (body[body.length - 1] ?? '').toLowerCase();
}

const rule = (type: EntityType, name: string, isDefault = false): Typing => ({ type, rule: name, isDefault });

function byTags(tags: ReadonlySet<string>): Typing | null {
  const person = ['Person', 'FirstName', 'LastName', 'Honorific'].filter((t) => tags.has(t)).length;
  const place = ['Place', 'Country', 'City', 'Region'].filter((t) => tags.has(t)).length;
  const org = tags.has('Organization') ? 1 : 0;
  if (!person && !place && !org) return null;
  if (place >= person && place >= org) return rule('place', 'tag:place');
  return person >= org ? rule('person', 'tag:person') : rule('organization', 'tag:organization');
}

/** Last words of the names of sites and features that compromise reads as places: "Berlin Wall",
 *  "Prague Castle", "Suncorp Stadium", "East End", "Bell Creek", "Neptun Deep". */
const SITE_HEADS: ReadonlySet<string> = new Set(
  (
    'wall zone end road lane way hill hills creek palace arena stadium castle park hall station area place deep ville ' +
    'gardens garden bridge gate tower cathedral temple mosque church market quarter heights point beach falls forest ' +
    'woods field fields ground grounds crossing junction harbour harbor docks plaza mall trail pass ridge springs well ' +
    'wells mine mines camp fort base'
  ).split(' '),
);

/** First words of places' names that compromise reads as places already ("Fort Nelson", "County
 *  Kildare", "San Pedro de Atacama"), which keep the place in placeWordsOf. */
const NAMED_PLACE_OPENERS: ReadonlySet<string> = new Set(['fort', 'county', 'mt', 'st', 'san', 'santa', 'são', 'saint']);

/**
 * A name of several words compromise reads as a place for a place word inside it, that the
 * gazetteer does not hold whole, and that neither ends in a site's word ("Prague Castle") nor
 * opens with a place's ("Upper Assam", "Fort Nelson", "San Pedro de Atacama"): after a place or
 * a nationality, an ordinary English word names what belongs to it, a body more often than not ("Oxford
 * Economics", "Wellington Water", "Michigan Medicine", "Oregon State Fire Marshal"); a place's
 * name after other words is a body's or a phrase's name that ends in it ("Imperial College
 * London", "Agri-Food Canada", "February Brazil"), typed as a guess. Null: the place stands.
 */
function placeWordsOf(c: Candidate): Typing | null {
  const words = c.tokens.map((t) => t.text);
  const first = (words[0] ?? '').toLowerCase();
  const lastToken = c.tokens[c.tokens.length - 1];
  const last = (lastToken?.text ?? '').toLowerCase();
  if (isKnownPlace(c.text) || SITE_HEADS.has(last)) return null;
  // ("Rome Statute", "Doha Round": a law's or an event's head word after the place decides)
  if (LAW_HEADS.has(last) || OTHER_HEADS.has(last) || EVENT_HEADS.has(last)) return null;
  if (REGION_MODIFIERS.has(first) || PLACE_OPENERS.has(first) || NAMED_PLACE_OPENERS.has(first)) return null;
  // (a person's name compromise also reads a place in: "Teodora Marsh")
  if (c.tags.has('FirstName') || c.tags.has('Person')) return null;
  const lastIsPlace = isKnownPlace(lastToken?.text ?? '');
  const firstIsPlace = isKnownPlace(words[0] ?? '');
  if (lastIsPlace) return firstIsPlace ? null : rule('organization', 'ends-in-place', true);
  const placeFirst = firstIsPlace || c.tags.has('Demonym') || c.tags.has('LexDemonym');
  if (placeFirst && lastToken && /^\p{Lu}\p{Ll}+$/u.test(lastToken.text) && isDictionaryWord(lastToken))
    return rule('organization', 'place-and-noun');
  return null;
}

/** Services a district of that name is a body to provide: "Water District", "School District". */
const SERVICE_DISTRICT =
  /^(?:Water|Irrigation|School|Schools|Sanitation|Sanitary|Utility|Utilities|Fire|Hospital|Transit|Conservation|Drainage|Sewer|Library|Port|Reclamation|Flood|Park|Parks|Air)$/;

/** Words that make "… Health" a field of medicine or of policy, not a health system's name. */
const HEALTH_FIELDS =
  /^(?:Public|Mental|Global|Women's|Men's|Child|Children's|Maternal|Animal|Environmental|Occupational|Reproductive|Sexual|Population|Digital|Planetary|One|Oral|Dental|Community|Primary|Rural|Urban|Behavioral|Behavioural|Indigenous|Universal|Allied|Department|Ministry|Minister|Secretary|National|Federal|State)$/;

/** Texts every body keeps one of ("Aircraft Maintenance Manual", "Patient Questionnaire"): a
 *  name of ordinary words ending in them is a kind of document, one with a proper word a named
 *  text ("Tallinn Manual", "Leicester Cough Questionnaire"). */
const GENERIC_TEXT_HEADS: ReadonlySet<string> = new Set(['manual', 'questionnaire', 'guidelines']);

/** Words that name a storm before its name: "Typhoon Yagi", "Tropical Storm Kristine". */
const STORM_WORDS = /^(?:Typhoon|Hurricane|Cyclone|Storm|Superstorm)$/;

/** Head words of streets, waterfronts, sanctuaries and a country's divisions, which no surname is
 *  ("King County", "Prince Edward County"). */
const STREET_HEADS =
  /^(?:embankment|esplanade|promenade|boulevard|avenue|quay|wharf|sanctuary|county|province|prefecture|oblast|canton|governorate|municipality)$/;

/** The names of the continents, which end regions' names as well as bodies'. */
const CONTINENTS = /^(?:Africa|America|Asia|Europe|Oceania|Antarctica|Australasia|Eurasia)$/;
/** Endings of adjectives that qualify a place: "Equatorial", "Francophone", "Tropical", "Eastern". */
const QUALIFIER_ENDING = /(?:al|ern|an|ian|ese|ish|ic|ine|phone|ed|ist)$/;

/**
 * "Yiaga Africa", "Cricket South Africa", "Battery Show Europe", "Health Canada": capitalised
 * words that neither place nor qualify the continent or country after them ("Southern Africa",
 * "Sub-Saharan Africa", "Nazi Germany", "Equatorial Africa") name a body of it, or an event by
 * the event's own head word; after a body's head word, a town does too ("University Hospital
 * Zurich"). Null when the words do qualify it or the whole is a known place.
 */
function bodyBeforePlace(c: Candidate): Typing | null {
  const words = c.tokens.map((t) => t.text);
  if (words.length < 2 || isKnownPlace(c.text) || words.some((w) => !/^\p{Lu}/u.test(w))) return null;
  const bodyHead = (k: number): boolean => words.slice(0, k).some((w) => isHeadWord(ORG_HEADS, w.toLowerCase()));
  // ("University Hospital Zurich": a town too, after a body's head word)
  const at = words.findIndex((_, k) => {
    const tail = words.slice(k).join(' ');
    return k > 0 && (CONTINENTS.test(tail) || countryCode(tail) !== undefined || (bodyHead(k) && isGazetteerPlace(tail)));
  });
  if (at < 1) return null;
  const before = words.slice(0, at);
  // ("National Transmission Company South Africa": a body's head word before the place decides)
  if (bodyHead(at)) return rule('organization', 'body-of-place');
  if (before.some((w) => isRegionOrRegimeWord(w) || QUALIFIER_ENDING.test(w.toLowerCase()) || isKnownPlace(w) || isCalendarWord(w)))
    return null;
  if (c.tags.has('Demonym') || c.tags.has('LexDemonym')) return null;
  const head = (before[before.length - 1] ?? '').toLowerCase();
  return EVENT_HEADS.has(head) || OTHER_HEADS.has(head) ? rule('other', 'event') : rule('organization', 'body-of-place');
}

/** Types a candidate from its own words and compromise's tags; `next` is the word after it,
 *  `possessed` the word after its possessive. */
export function typeCandidate(c: Candidate, next: string, possessed = ''): Typing {
  const known = KNOWN_VARIANTS.get(nameKey(c.text));
  if (known) return rule(known[1], 'known-variant');
  const words = c.tokens.map((t) => t.text);
  // "the Han dynasty", "the Barnett formula": a name and the lower-case noun that names it so
  if (c.tokens.length > 1 && NAMING_NOUNS.has(words[words.length - 1] ?? '')) return rule('other', 'suffix:other');
  const last = words[words.length - 1] ?? '';
  // ("an Indian Air Force aircraft": a body's name before the noun is the body's)
  const bodyHead = c.tokens.length > 1 && isHeadWord(ORG_HEADS, last.toLowerCase());
  if (WEAPON_NOUNS.test(next) && !bodyHead) return rule('other', 'weapon-noun');
  // "Parkinson's disease", "Down syndrome": a condition named after a person
  if (EPONYM_NOUN.test(next) || EPONYM_NOUN.test(possessed)) return rule('other', 'eponym');
  // "Hamas fighters", "Houthi rebels": the group the fighters belong to
  if (c.tokens.length <= 3 && /^(?:fighters|militants|rebels|gunmen|militiamen|insurgents)$/i.test(next)) {
    return rule('organization', 'member-noun');
  }
  // ("the Ukraine war", "the Gaza crisis": a place before the noun says where, and stays a place)
  // ("the Red Sea crisis": a name that ends in a place's head word is a place too)
  const placeHead = c.tokens.length > 1 && PLACE_HEADS.has(last.toLowerCase());
  if (OTHER_HEADS.has(next.toLowerCase()) && !bodyHead && !isPlaceName(c) && !placeHead) return rule('other', 'programme-noun'); // "SDI program"
  // "USS Dewey", "BRP Sierra Madre": a ship, by its navy's prefix
  if (c.tokens.length > 1 && SHIP_PREFIXES.has(words[0] ?? '')) return rule('other', 'vessel');
  // "Roe v. Wade", "State v Mulaudzi": a court case, by its parties
  if (c.tokens.length > 2 && words.slice(1, -1).some((w) => /^vs?\.?$/.test(w))) return rule('other', 'case');
  // "Place de l'Obélisque", "Plaza de Mayo": a place whose head word comes first, before its particle
  if (
    c.tokens.length > 2 &&
    ROMANCE_PLACE_OPENERS.has((words[0] ?? '').toLowerCase()) &&
    /^(?:de|du|des|del|da|do|dos|das|di|della)$/.test(words[1] ?? '')
  )
    return rule('place', 'suffix:place');
  // "Banco de la República", "Partido Liberal": a body whose head word comes first
  if (c.tokens.length > 1 && ROMANCE_ORG_OPENERS.has((words[words[0] === 'An' ? 1 : 0] ?? '').toLowerCase()))
    return rule('organization', 'org-opener');
  // "F-35", "MiG-29", "COVID-19": a designation of letters and a number, a model or a disease
  if (c.tokens.length === 1 && /^\p{Lu}[\p{L}]{0,4}-\d{1,4}[A-Z]{0,2}$/u.test(last)) return rule('other', 'designation');
  // "the Murray–Darling": two names set close with an en dash, one of them a place the gazetteer
  // holds, name a region or a river system
  if (c.tokens.length === 1 && last.includes('\u2013') && last.split('\u2013').some((p) => isGazetteerPlace(p)))
    return rule('place', 'gazetteer');
  if (isModelName(c)) return rule('other', 'model');
  // "Virginia-class", "Type 45-class": a class of ships or aircraft
  if (/-class$/.test(last)) return rule('other', 'model');
  // "Highway 97", "State Highway 1", "Route 23": a road is a place, whatever its number
  if (/^\d/.test(last) && words.some((w) => ROAD_WORDS.has(w.toLowerCase()))) return rule('place', 'road');
  // "BBC Radio 3", "Channel 4": a broadcaster's numbered station
  if (/^\d/.test(last) && words.some((w) => /^(?:Radio|Channel)$/.test(w))) return rule('organization', 'suffix:organization');
  // ("Board of Control for Cricket in India": a body's head word before its "in" keeps it a body)
  const head = headOf(c);
  if (/^\d/.test(last) || (words.includes('in') && !isHeadWord(ORG_HEADS, head))) return rule('other', 'numbered-name');
  // "Dáil Éireann", "Uisce Éireann", "Iarnród Éireann": Irish names of the state's bodies end in "of Ireland"
  if (c.tokens.length > 1 && last === 'Éireann') return rule('organization', 'suffix:organization');
  // "Port of Rotterdam Authority", "Isle of Man Government": a body's head word ends the name after its "of"
  if (c.tokens.length > 2 && words.includes('of') && ORG_HEADS.has(last.toLowerCase())) return rule('organization', 'suffix:organization');
  // "Prevention of Money Laundering Act": a law's name ends in its head word, whatever comes before "of"
  if (c.tokens.length > 2 && /^(?:Act|Bill|Ordinance)$/.test(last) && words.includes('of')) return rule('other', 'suffix:other');
  // "Lakeshore Health", "Prairie Ridge Health System", "Atrium Health": a health system goes by
  // its name and "Health" ("Public Health", "Mental Health", "Menstrual Health": a field of it)
  if (
    c.tokens.length > 1 &&
    /^Health(?:\s+(?:System|Systems|Network|Partners|Alliance))?$/.test(words.slice(words.indexOf('Health')).join(' ')) &&
    !HEALTH_FIELDS.test(words[0] ?? '') &&
    !c.tags.has('Adjective')
  )
    return rule('organization', 'suffix:organization');
  // "Social Democrats", "Sweden Democrats": a party named by its members
  if (c.tokens.length > 1 && PARTY_PLURALS.has(head)) return rule('organization', 'party');
  // "Madaraka Day", "AHR Expo": a recurring event
  if (c.tokens.length > 1 && EVENT_HEADS.has(head)) return rule('other', 'event');
  // ("World Food Programme", "UN Development Programme": the UN's programmes are its agencies)
  if (/^program(?:me)?$/.test(head) && /^(?:World|UN|United)$/.test(words[0] ?? '')) return rule('organization', 'suffix:organization');
  // "Energy Bill Relief Fund", "Deposit Insurance Fund": a fund named for what it pays out is a
  // scheme ("Public Investment Fund", "Green Climate Fund" invest: bodies)
  if (head === 'fund' && words.some((w) => SCHEME_WORDS.test(w))) return rule('other', 'suffix:other');
  // "Nasdaq Composite", "Dow Jones Industrial Average", "Consumer Price Index": an index, no body
  if (c.tokens.length > 1 && /^(?:index|average|composite)$/.test(head)) return rule('other', 'suffix:other');
  // "Champions League", "Nations League": a competition, where "Arab League" is a body
  if (head === 'league' && words.some((w) => /^(?:Champions|Europa|Conference|Nations|Pro)$/.test(w))) return rule('other', 'event');
  // "US Geological Survey", "Ordnance Survey": the agencies that map a country, not a study
  if (head === 'survey' && words.some((w) => /^(?:Geological|Ordnance|Hydrographic)$/.test(w)))
    return rule('organization', 'suffix:organization');
  // ("Geneva Conventions", "Oslo Accords": a law's head word in the plural; not "Information Systems")
  // ("Ingrid Storm": an operation's word after a first name ends a person's name)
  // ("Tony Awards": the awards in the plural, after a first name too)
  if (
    OTHER_HEADS.has(head) ||
    (c.tokens.length > 1 && /^(?:awards|prizes)$/.test(head)) ||
    (c.tokens.length > 1 && TEXT_HEADS.has(head) && (!GENERIC_TEXT_HEADS.has(head) || c.tokens.some((t) => !isDictionaryWord(t)))) ||
    LAW_PLURALS.test(head) ||
    (OPERATION_WORDS.has(head) && !c.tags.has('FirstName'))
  )
    return rule('other', 'suffix:other');
  // ("a group called “Extinction Rebellion”": a class noun before the name still decides)
  if (c.tokens.length > 1 && HISTORY_HEADS.has(head)) return rule('other', 'suffix:other', true);
  // "Typhoon Yagi", "Cyclone Chido", "Super Typhoon Man-yi", "Storm Babet": a storm by its name
  if (c.tokens.length > 1 && words.slice(0, -1).some((w) => STORM_WORDS.test(w)) && /^\p{Lu}/u.test(last)) return rule('other', 'event');
  // "Tour de France", "Giro d'Italia", "Vuelta a España": a stage race named for the country it tours
  if (c.tokens.length > 1 && /^(?:Tour|Giro|Vuelta)$/.test(words[0] ?? '') && /^(?:de|d'|d’|a|of)/.test(words[1] ?? ''))
    return rule('other', 'event');
  // "Operation Just Cause", "Project Maven": named by the word that opens them
  if (c.tokens.length > 1 && /^(?:Operation|Project)$/.test(c.tokens[0]?.text ?? '')) return rule('other', 'suffix:other');
  // "Macarthur FC", "Bodø FK": a club's letters after its name
  if (c.tokens.length > 1 && CLUB_LETTERS.test(last) && /^\p{Lu}\p{Ll}/u.test(words[0] ?? ''))
    return rule('organization', 'suffix:organization');
  // ("Centers for Disease Control", "Laboratories": a body's head word in the plural)
  if (isHeadWord(ORG_HEADS, head) || c.legalFormAfter || (c.tokens.length > 1 && LEGAL_FORM.test(last))) {
    return rule('organization', 'suffix:organization');
  }
  // "Kenya Power", "Tata Steel": a company named by its trade after a place or a family name
  // ("Nuclear Power": ordinary words before the trade word name no company)
  if (
    c.tokens.length > 1 &&
    TRADE_HEADS.has(last.toLowerCase()) &&
    (c.tokens.slice(0, -1).some((t) => !isDictionaryWord(t)) || isGazetteerPlace(words[0] ?? ''))
  )
    return rule('organization', 'suffix:organization');
  // "Imperial Irrigation District", "Metropolitan Water District of Southern California": a
  // district named for the service it runs is the body that runs it
  if (head === 'district' && words.some((w) => SERVICE_DISTRICT.test(w))) return rule('organization', 'suffix:organization');
  const bodyOfPlace = bodyBeforePlace(c);
  if (bodyOfPlace) return bodyOfPlace;
  // ("Victoria Embankment", "Carlos Anwandter Nature Sanctuary": a head word no surname is, after a first name)
  if (
    PLACE_HEADS.has(head) &&
    (!c.tags.has('Person') || STREET_HEADS.test(head)) &&
    // ("Barbara Castle", "Stuart Hall": a building's head word after a first name is a surname)
    !(BUILDING_HEADS.has(head) && c.tags.has('LexFirstName'))
  )
    return rule('place', 'suffix:place');
  // "Port Klang", "Mount Kenya", "Tanjung Priok": a place named by the word that opens it
  if (c.tokens.length > 1 && PLACE_OPENERS.has((words[0] ?? '').toLowerCase())) return rule('place', 'opener:place');
  // "Bundesbank", "Danmarks Nationalbank", "Rabobank": a bank by its name's own ending
  if (/^\p{Lu}\p{L}{2,}bank$/u.test(last)) return rule('organization', 'suffix:organization');
  // "Gemini 1.5 Pro", "Claude 3 Opus": a number inside a name no head word types is a model's
  if (
    c.tokens.length > 2 &&
    c.tokens.length <= 4 &&
    c.tokens.slice(1, -1).some((t) => t.isNumber) &&
    /^\p{Lu}\p{L}{2,}$/u.test(words[0] ?? '') &&
    /^\p{L}{2,}$/u.test(last) &&
    !LEGAL_FORM.test(words[0] ?? '')
  )
    return rule('other', 'numbered-name');
  // "FNV Havens", "CNV Vakmensen": a name opened by an acronym is a body's (its branch, its union),
  // whatever the verb after it, when a word after the acronym is no English word ("FIFO Gross
  // Margin Rate", "COVER It": before ordinary words it opens a heading or a term) and none is a
  // site of the body ("RAAF Base Amberley" is a place)
  if (
    isAcronymLed(c) &&
    !countryCode(words[0] ?? '') &&
    c.tokens.slice(1).every((t) => !PLACE_HEADS.has(t.text.toLowerCase()) && !SITE_WORDS.test(t.text)) &&
    c.tokens.slice(1).some((t) => !isDictionaryWord(t))
  )
    return rule('organization', 'acronym-name');
  if (c.hasPersonTitle) return rule('person', 'title');
  if (GEO_NAMES.has(head) || isRegionWord(c.tokens)) return rule('place', 'geo-name');
  // a country's name (i18n-iso-countries and the common forms it lacks) is a place
  if (countryCode(c.text)) return rule('place', 'lexicon:place');
  // compromise's context rules can retag a country ("the government of Venezuela" → Organization);
  // its lexicon entry for a one-word name is the surer reading
  if (c.tokens.length === 1 && c.tags.has('LexPlace') && !c.tags.has('Person')) return rule('place', 'lexicon:place');
  // a company compromise's lexicon names ("Intel", "Visa"): its entry decides, English word or not
  if (c.tokens.length === 1 && c.tags.has('LexProper') && c.tags.has('Organization') && !c.tags.has('Person')) {
    return rule('organization', 'lexicon:organization');
  }
  // "Mehmed II", "Henry VIII": a name and a regnal numeral (a head word has typed "World War II" above)
  if (
    c.tokens.length === 2 &&
    ROMAN.test(last) &&
    last !== 'I' &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') &&
    !isCommonWords(words[0] ?? '')
  ) {
    return rule('person', 'regnal-numeral');
  }
  // "Park Min-jae", "Moon Jae-in": a short family name and a hyphenated given name of two
  // syllables, the way Korean names are romanised
  if (c.tokens.length === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0] ?? '') && /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u.test(last)) {
    return rule('person', 'romanised-name');
  }
  // "Health Canada", "Statistics Norway", "Business Finland": a common noun before a country's
  // name makes the name of that country's agency or body ("Northern Ireland", "Nazi Germany":
  // an adjective or a nationality makes a region or a regime, and stays a place)
  if (
    c.tokens.length === 2 &&
    countryCode(last) &&
    !countryCode(c.text) &&
    isCommonWords(words[0] ?? '') &&
    !c.tags.has('LexAdjective') &&
    !c.tags.has('LexDemonym') &&
    !c.tags.has('Demonym') &&
    !isRegionOrRegimeWord(words[0] ?? '')
  ) {
    return rule('organization', 'country-body');
  }
  const tagged = byTags(c.tags);
  // "UNICEF Nigeria", "IBM Japan": so is one where compromise reads a place or a person in its other words
  if (tagged && tagged.type !== 'organization' && isAcronymLed(c)) return rule('organization', 'acronym-name');
  // "ED", "AL": compromise reads an acronym as the first name it spells in lower case
  if (tagged?.type === 'person' && c.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(last)) return rule('organization', 'acronym', true);
  // "Minimum Equipment List", "Romantic Art Form": compromise reads title-case runs of ordinary
  // words as a person; with no word a name in its lexicon that reading is only a guess
  if (tagged?.type === 'person' && c.tokens.length > 1 && !c.tags.has('LexProper') && isCommonWords(c.text)) {
    return rule('person', 'tag:person-common-words', true);
  }
  if (tagged?.rule === 'tag:place' && c.tokens.length > 1) {
    const placeOf = placeWordsOf(c);
    if (placeOf) return placeOf;
  }
  if (tagged) return tagged;
  // an acronym alone is weak evidence: its long form or its list decides when there is one
  if (/^[\p{Lu}\d&-]{2,6}$/u.test(last.replace(/\./g, ''))) return rule('organization', 'acronym', true);
  // "as Reuters reported", "Eurostat estimates": a one-word name that reports or estimates is a
  // publisher (a person who does so is named in full, or tagged by compromise above)
  if (c.tokens.length === 1 && SOURCE_VERBS.test(next)) return rule('organization', 'source');
  // ("Saudi Aramco said": a name opened by a nationality is a body's, no person's; "Maersk said",
  // "Arianespace said": one word that compromise knows as no name is a company's, as a person is
  // named in full before their surname speaks alone, and the full name then takes the surname in)
  if (SPEECH_VERBS.test(next))
    return (c.tokens.length > 1 && c.tags.has('Demonym')) || c.tokens.length === 1
      ? rule('organization', 'speaker')
      : rule('person', 'speaker');
  // "Xi Jinping visited …": a name of two or three words followed by what people do
  if (c.tokens.length >= 2 && c.tokens.length <= 3 && PERSON_VERBS.test(next)) return rule('person', 'person-verb');
  return rule('organization', 'default', true);
}
