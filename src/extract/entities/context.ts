import type { EntityType } from '../../model/enriched.js';
import { ENGLISH_MONTH_PATTERN, isCalendarWord, monthNumber } from '../../model/months.js';
import { CITED_YEAR } from '../references.js';
import { isCommonWords } from './score.js';
import { countryCode } from './country.js';
import {
  AP_STATES,
  APPOSITION_NOUNS,
  CLASS_NOUNS,
  OFFICE_WORDS,
  REGION_MODIFIERS,
  TOPONYM_ENDING,
  capitalisedAlternatives,
} from './lexicon.js';
import type { Typing } from './type.js';
import type { Candidate } from './name-refine.js';
import { isDictionaryWord } from './name-tokens.js';
import { isGazetteerPlace, isKnownPlace } from './places.js';

/** A candidate of one block with its typing, before variants are merged. */
export interface Typed {
  readonly candidate: Candidate;
  readonly typing: Typing;
}

/** What may stand between two items of one list: "A, B and C", "A or B", "Allentown, Pennsylvania", "A and the B". */
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or)(?:\s+the)?)\s*$/;

/** "the company X", "a mission called X", "the port of X": a class noun right before the name. */
const APPOSITION = /\b(\p{Ll}+)\s+(?:(?:called|named|dubbed|known\s+as)\s+)?(?:of\s+)?(?:the\s+)?["“‘]?$/u;
/** An office of a body, then the body's class noun and a comma: "the director of a small group, ". */
const OFFICE_OF =
  /\b(?:director|head|chief|founder|co-founder|leader|president|chair(?:man|woman|person)?|spokes(?:man|woman|person)|secretary|minister|executive|manager|editor|owner|coordinator)\s+(?:of|at)\s+(?:an?|the|its|their)\s+[^,.;]{0,60},\s+$/u;
/** "the local electric cooperative, FICELCO, …": a class noun set off by commas before the name. */
const APPOSITION_BETWEEN_COMMAS = /\b(\p{Ll}+),\s+$/u;
/** ", the state corporation that …", ", a port city on …", ", the Warsaw interbank rate": a class
 *  noun in apposition right after the name, within a few words of its article. */
const APPOSITION_AFTER = /^,\s+(?:(?:the|a|an)(?:\s+\p{Lu}[\p{L}.-]*)?|\p{Lu}[\p{L}.-]*['’]s?)\s+((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+)/u;
/** Words that end the noun phrase of an apposition: its head is the word before them. */
const PHRASE_END = new Set(['that', 'which', 'who', 'whose', 'of', 'in', 'on', 'at', 'with', 'for', 'to', 'and', 'or', 'by', 'from']);
/** An office and a comma right before a name: "the prime minister, X", "its chief executive, X". */
const ROLE_BEFORE =
  /\b(?:prime\s+minister|(?:foreign|defen[cs]e|finance|interior)\s+minister|minister|president|vice\s+president|chancellor|premier|leader|spokes(?:man|woman|person)|chief\s+executive|chairman|chairwoman|chair|founder|senator|governor|mayor|ambassador|envoy|secretary|king|queen|general|commander|director|editor|author|economist|analyst)\s*,\s*$/iu;
/** An age set off by commas right after a name: ", 83, who", ", 41, said". */
const AGE_AFTER = /^,\s+(?:[1-9]\d|1[01]\d),\s+\p{Ll}/u;
/** A relative right before a name: "his wife of 58 years, Sofia,", "a son, Nikos", "her daughter Elena". */
const KIN_BEFORE =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Aa]|[Tt]he)\s+(?:(?:late|eldest|youngest|elder|younger|only|older)\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|fianc[ée]e?)(?:\s+of\s+[\p{L}\d-]+\s+years)?\s*,?\s*$/u;
/** "according to X", "data from X", "a report by X", "published in X", "wrote in X": X publishes. */
const SOURCE_BEFORE =
  /\b(?:according\s+to|data\s+from|figures\s+from|a\s+(?:report|study|survey|poll)\s+(?:by|from)|compiled\s+by|published\s+(?:by|in)|(?:appeared|wrote|writing|an?\s+(?:article|essay|paper|op-ed|column))\s+in)\s+(?:the\s+)?$/iu;
/** "in X", "near X", "residents of X": a name after these is a place unless a suffix says otherwise. */
const IN_PLACE =
  /(?<!\b(?:stake|stakes|shares|invest|invested|investing|investment|investments|interest|role|member|membership|seat|seats)\s+)\b(?:in|near|outside|across|throughout)\s+(?:the\s+)?$/iu;
const OF_PLACE =
  /\b(?:ports?|city|cities|towns?|villages?|capitals?|provinces?|regions?|districts?|domains?|islands?|exclave|enclave|outskirts|suburbs|streets|residents|inhabitants|farmers|fishermen|villagers|people|citizens|mayor|governor|north|south|east|west|coast|shores|waters|banks|mouth)\s+(?:of|on|in)\s+(?:the\s+)?$/iu;
/** "600 nautical miles from X", "30 km off X": a distance is measured from a place. */
const DISTANCE_FROM =
  /\b(?:miles|kilomet(?:re|er)s|km|metres|meters|feet)\s+(?:from|off|away\s+from|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?$/iu;
/** "the Nurek and Toktogul dams", "the Vakhsh river", "Balkh province": a name before the
 *  lower-case noun of a feature of the land, or of a territory, is that feature's. */
const PLACE_NOUN_AFTER =
  /^\s+(?:rivers?|dams?|reservoirs?|canals?|basins?|valleys?|deltas?|provinces?|county|counties|districts?|regions?|oblasts?|prefectures?|governorates?|lakes?|islands?|peninsula|desert|strait|mountains|glaciers?|crossings?|checkpoints?|(?:refugee\s+)?camps?|airport|locks?|lagoons?|wetlands?|floodplains?|gorges?|plateau|highlands|(?:geothermal|oil|gas)\s+fields?)\b/u;
/** A name and its possessive right before another name: "Germany's ", "South Korea's ". */
const COUNTRY_POSSESSIVE = /\b(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)['’]s\s+$/u;
/** An office without an article after a name and a comma: the name is a person's. */
const PERSON_AFTER =
  /^,\s+(?:(?:deputy|acting|former|senior|chief|managing|executive|general|assistant|associate)\s+)*(?:head|director|chief|minister|chairman|chairwoman|chair|president|spokes(?:man|woman|person)|secretary|manager|founder|co-founder|governor|mayor|professor|lecturer|researcher|economist|analyst|coach|captain|editor|curator|author)\s+(?:of|at|for)\b/u;
/** "Park Min-jun is a senior fellow at …": a name, then "is"/"was", an article and what it is. */
const IS_A_AFTER = /^\s+(?:is|was)\s+(?:a|an)\s+((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+)/u;
/** "near Bergen", "outside Oslo", "in northern Norway": what stands there is a place. */
const PLACED_AFTER =
  /^,?\s+(?:near|outside|(?:in|of)\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?)\s+\p{Lu}/u;
/** "at X", "between X", "via X": weaker, and "analysts at X" names an employer. */
const AT_PLACE =
  /(?<!\b\p{L}*(?:ers|ists|ians|officials|staff|executives|engineers|analysts|people|economists)\s+)\b(?:at|between|via)\s+(?:the\s+)?$/iu;
/** "affiliated with X", "loyal to X", "backed by X": an allegiance is to a body. */
const ALLEGIANCE_BEFORE =
  /\b(?:affiliated\s+(?:with|to)|linked\s+to|allied\s+(?:with|to)|loyal\s+to|pledged\s+allegiance\s+to|a\s+(?:faction|branch|wing|splinter\s+group)\s+of)\s+(?:the\s+)?$/iu;
/** "analysts at X", "economists from X": the people's employer, a body whatever the name looks like. */
const EMPLOYER_BEFORE =
  /\b(?:analysts?|economists?|strategists?|researchers?|scientists?|executives?|officials?|engineers?|employees?|staff|bankers?|lawyers?|(?:an?|the)\s+(?:senior\s+)?(?:partner|fellow))\s+(?:at|from|with)\s+(?:the\s+)?$/iu;
/** "ordered from X", "sold by X", "shares of X": the other side of a sale is a company. */
const SELLER_BEFORE =
  /\b(?:(?:ordered|bought|purchased|acquired)(?:\s+[\p{L}\d-]+){0,3}\s+from|(?:supplied|sold|manufactured|licensed)\s+(?:by|from)|shares\s+(?:of|in)|(?:consulting|licensing)\s+fees\s+from)\s+(?:the\s+)?$/iu;
/** "sold as X", "marketed as X", "under the brand X": a product's name. */
const PRODUCT_BEFORE =
  /\b(?:(?:sold|marketed|branded|launched|released)(?:\s+by(?:\s+\p{Lu}[\p{L}&.-]*){1,4})?\s+as|under\s+the\s+(?:brand|trade)\s+(?:name\s+)?)\s+$/u;

/** Roles in a company or a body after its name ("Meta founder", "Nvidia chief executive"); not a
 *  person's staff ("Biden spokesman", "Trump adviser"). */
const STAFF_AFTER =
  /^\s+(?:co-?founder|founder|chief\s+executive|chief\s+financial\s+officer|CEO|CFO|chairman|chairwoman|executives|employees|shareholders|analysts|economists|researchers)\b/u;
/** What a listed company has after its name: "Maersk's shares", "Pegatron stock", "Broadcom's
 *  market value", and a move of its price by a share ("Qualcomm fell 3.1%", "Orlen shares rose 2%"). */
const LISTED_AFTER = new RegExp(
  [
    String.raw`^(?:['’]s?)?\s+(?:shares|stock|share\s+price|stock\s+price|market\s+(?:value|capitali[sz]ation))\b`,
    String.raw`^(?:['’]s?)?\s+(?:shares\s+)?(?:rose|fell|gained|lost|climbed|slid|jumped|dropped|tumbled|slumped|surged|added|shed|rallied|sank|soared|plunged)\s+(?:by\s+)?(?:as\s+much\s+as\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent)`,
  ].join('|'),
  'iu',
);
/** A match's verbs between two clubs ("beat", "drew with"); the name on the other side is capitalised. */
const MATCH_VERB = String.raw`(?:beat|beats|defeated|defeats|thrashed|edged|routed|hammered|drew\s+with|draw\s+with|lost\s+to|lose\s+to|face|faces|faced)`;
const MATCH_BEFORE = new RegExp(String.raw`\b${MATCH_VERB}\s+(?:the\s+)?$`, 'u');
const MATCH_AFTER = new RegExp(String.raw`^\s+${MATCH_VERB}\s+(?:the\s+)?\p{Lu}`, 'u');
/** A player's or a coach's role after a club's name ("Lyon striker", "Chelsea manager"). */
const CLUB_ROLE_AFTER =
  /^\s+(?:striker|midfielder|defender|goalkeeper|keeper|winger|forward|full-back|centre-back|manager|coach|head\s+coach|captain|boss)\b/u;

/** A name that plays a match: a verb of one between it and another capitalised name, or a
 *  player's role after it. */
function isTeam(candidate: Candidate, before: string, text: string): boolean {
  const after = text.slice(candidate.end, candidate.end + 40);
  if (CLUB_ROLE_AFTER.test(after) || MATCH_AFTER.test(after)) return true;
  return MATCH_BEFORE.test(before) && /\p{Lu}[\p{L}.-]*\s+$/u.test(before.replace(MATCH_BEFORE, ''));
}

/** Words only a match report or a transfer story uses: positions, stretches of a match, its
 *  incidents, a table, and a transfer's fee, window and loan. */
const SPORT_WORDS =
  /\b(?:striker|midfielder|defender|goalkeeper|winger|full-back|centre-back|half-time|stoppage\s+time|kick-off|equali[sz]er|hat-trick|clean\s+sheet|league\s+table|relegation|wickets?|innings|scored|penalty\s+(?:spot|shoot-out|kick)|transfer\s+(?:window|fee|record)|season-long\s+loan|top\s+scorer|training\s+ground)\b/giu;
/** A result: "a 3-1 win", "the 2-2 draw", "won 24-18". */
const RESULT =
  /\b(?:\d{1,2}[-–]\d{1,2}\s+(?:win|victory|defeat|draw|loss|home\s+win|away\s+win)|(?:won|lost|drew|beat\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+\d{1,2}[-–]\d{1,2})\b/u;

/** Last words of the grounds clubs play at. */
const VENUE_HEADS = /^(?:Stadium|Park|Ground|Arena|Oval|Field|Stand|Centre|Center|Velodrome|Circuit)$/;

/** Nations that play as teams of their own without being states: their sides stay places, as a
 *  country's do ("England beat Wales", "the West Indies won"). */
const SPORTING_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland', 'west indies', 'great britain']);
/** A country's name, or a nation's that plays as one. */
const isNation = (name: string): boolean => countryCode(name) !== undefined || SPORTING_NATIONS.has(name.toLowerCase());

/** A club's letters after its name: "Macarthur FC", "Bodø FK". */
export const CLUB_LETTERS = /^(?:FC|AFC|CF|SC|SK|FK|BK|IF|AC|AS|RC|CD|SV)$/;

/** The text reports matches: a result and a word of the game, or three words of the game. */
export function isSporting(texts: readonly string[]): boolean {
  const words = new Set<string>();
  let result = false;
  for (const text of texts) {
    for (const m of text.matchAll(SPORT_WORDS)) words.add(m[0].toLowerCase());
    result ||= RESULT.test(text);
  }
  return words.size >= 3 || (result && words.size >= 1);
}

/**
 * In a match report, a name that opens with a town and goes on with a word no place has is a
 * club's ("Canberra Raiders", "Perth Glory", "Melbourne City"), where compromise reads a place
 * or a person; a name the gazetteer holds whole ("Mexico City") stays a place.
 */
export function typeClubs(items: readonly Typed[]): Typed[] {
  return items.map((item) => {
    const { candidate, typing } = item;
    const words = candidate.tokens.map((t) => t.text);
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return item;
    if (
      !(typing.type === 'place' || typing.type === 'person') ||
      !(
        isGuess(typing) ||
        typing.rule === 'gazetteer' ||
        typing.rule === 'name-shape' ||
        typing.rule === 'list' ||
        // "Melbourne City", "Manchester City": a town's club, where "Mexico City" is a town
        (typing.rule === 'suffix:place' && words[words.length - 1] === 'City')
      )
    )
      return item;
    // ("Western Sydney Wanderers": a compass word may open the town's part)
    const from = REGION_MODIFIERS.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
    const town = [from + 1, from + 2].find(
      (n) => n < words.length && isGazetteerPlace(words.slice(from, n).join(' ')) && !countryCode(words.slice(from, n).join(' ')),
    );
    if (town === undefined || isGazetteerPlace(candidate.text)) return item;
    // ("North Queensland Stadium", "Celtic Park": a ground is where a club plays, a place)
    if (VENUE_HEADS.test(words[words.length - 1] ?? '')) return item;
    // a club goes on with ordinary words or a club's letters ("United", "Glory", "FC"); a
    // person's surname after a town-like first name does not ("Marco Petrović")
    if (!candidate.tokens.slice(town).every((t) => isDictionaryWord(t) || CLUB_LETTERS.test(t.text))) return item;
    return { ...item, typing: { type: 'organization', rule: 'club', isDefault: false } };
  });
}

/** What only a side in a match does, right after its name: a plural verb ("Leverkusen have 54
 *  points", "Schalke are bottom": a town or a person takes a singular one) or a score ("Bayern
 *  2-2"). */
const SIDE_AFTER = /^\s+(?:have|are|were|\d{1,2}[-–]\d{1,2}\b)/u;
/** A score right before the name of the side it was against: "held 2-2 by X", "a 3-1 win over X". */
const SCORE_BEFORE = /\b\d{1,2}[-–]\d{1,2}\s+(?:(?:win|victory|defeat|draw|loss)\s+)?(?:by|against|over|with|to|at)\s+$/u;
/** What a club does or has, after a town's name: a match's verbs, or a player's, a coach's, a
 *  run's or a table's word after its possessive ("Leverkusen's coach", "Lyon's unbeaten run"). */
const CLUB_AFTER =
  /^(?:\s+(?:beat|drew|lost|won|trail(?:ed)?|led|host(?:ed)?|extend(?:ed)?|conceded|came\s+from\s+behind|climb(?:ed)?|went\s+top|now\s+have)\b|['’]s?\s+(?:coach|manager|captain|goalkeeper|keeper|striker|forward|defender|midfielder|winger|fans|supporters|players?|squad|bench|defen[cs]e|attack|unbeaten|home\s+(?:run|record|form|win)|away\s+(?:run|record|form|win)|title|lead|goals?|win|victory|defeat)\b)/u;
/** A match's words before a club: "to beat X", "against X", "X v Y". */
const CLUB_BEFORE =
  /\b(?:beat|beating|beaten|against|over|v|vs\.?|(?:signed|joined|arrived|bought|loan)\s+from|(?:on\s+loan|a\s+move|moved|transfer)\s+(?:at|to))\s+(?:the\s+)?$/u;
/** A club's letters before its town ("VfB Stuttgart", "FC Porto", "AS Roma") or its founding
 *  year's two digits after it ("Mainz 05", "Schalke 04"). */
const CLUB_PREFIX = /^(?:FC|AFC|CF|SC|SK|FK|AC|AS|RC|CD|SV|SS|SSC|VfB|VfL|TSG|RB|KV|KRC|PSV|AZ)$/u;

/**
 * In a match report, the names that play: a side's verb or a score next to any one mention, or,
 * for a name with a town in it, a match's words around it. Every mention of such a name is the
 * club (one sense in a report: "Leverkusen" that "have 54 points" is not the town it is named
 * after elsewhere in the same report); a country's name stays its team's place, and a name typed
 * surely as a person ("Okafor scored") is a player.
 */
export function typeSides(perBlock: readonly (readonly Typed[])[], texts: readonly string[]): Typed[][] {
  const isCandidate = ({ candidate, typing }: Typed): boolean =>
    !isNation(candidate.text) &&
    candidate.tokens.every((t) => /^\p{Lu}/u.test(t.text) || /^\d{2}$/.test(t.text)) &&
    (typing.type === 'place' || isGuess(typing) || (typing.type === 'other' && /^\d{2}$/.test(candidate.tokens.at(-1)?.text ?? '')));
  const hasTown = (words: readonly string[]): boolean =>
    words.some((_, i) => [1, 2].some((n) => i + n <= words.length && isGazetteerPlace(words.slice(i, i + n).join(' '))));
  const sides = new Set<string>();
  perBlock.forEach((items, b) => {
    const text = texts[b] ?? '';
    for (const item of items) {
      if (!isCandidate(item)) continue;
      const { candidate, typing } = item;
      const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
      const after = text.slice(candidate.end, candidate.end + 40);
      const side = SIDE_AFTER.test(after) || SCORE_BEFORE.test(before);
      const town = typing.type !== 'person' && hasTown(candidate.tokens.map((t) => t.text));
      const words = candidate.tokens.map((t) => t.text);
      // (not a part of a longer name the chunk cut: "1. FC Köln", "FC Schalke 04")
      const cut = /^\s+\d{2}\b/u.test(after) || /\b\d\.\s+$/u.test(before);
      const lettered = words.length >= 2 && !cut && (CLUB_PREFIX.test(words[0] ?? '') || /^\d{2}$/.test(words[words.length - 1] ?? ''));
      if (side || lettered || (town && (CLUB_AFTER.test(after) || CLUB_BEFORE.test(before)))) sides.add(candidate.text);
    }
  });
  return perBlock.map((items) =>
    items.map((item) =>
      sides.has(item.candidate.text) && isCandidate(item)
        ? { ...item, typing: { type: 'organization', rule: 'club', isDefault: false } }
        : item,
    ),
  );
}

/** The postal codes of the US states, the District of Columbia and the territories (USPS). */
const US_STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP'
  ).split(' '),
);
/** A press release's dateline after a name at the start of a paragraph: "HOUSTON, March 4,
 *  2024 —", "MENLO PARK, Calif., July 26, 2023 –": the name is the town it was issued in. */
const DATELINE_AFTER = new RegExp(`^(?:,\\s+\\p{Lu}[\\p{L}.]*\\.?)?,?\\s+${ENGLISH_MONTH_PATTERN}\\s+\\d{1,2}\\b`, 'u');

/** A word of a person's name: one capital, then small letters; a hyphen may join two ("Hanna-Attisha"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** A possessive right at the start of a text ("'s largest", "’ own"). */
const POSSESSIVE = /^['’]s?\b/u;

/** What follows "(2015)" after an author's name, or comes before it. */
const VERB_AFTER_CITATION =
  /^\s?\([^()]{4,20}\)\s+(?:argues?|argued|notes?|noted|shows?|showed|finds?|found|writes?|wrote|claims?|claimed|suggests?|suggested|contends?|observes?|observed|calls?|called|describes?|described|points?|maintains?|insists?|demonstrates?|explains?|defines?|defined|has|had|is|was)\b/u;
const CITING_BEFORE = /\b(?:by|in|see|cf\.|following|unlike|like|as)\s+$/iu;

function isCitedAuthor(candidate: Candidate, before: string, after: string): boolean {
  if (!CITED_YEAR.test(after) || candidate.tokens.length > 2) return false;
  // a surname: capitalised, no capital inside ("WordStar", "iPhone" are products)
  if (!candidate.tokens.every((t) => NAME_WORD.test(t.text))) return false;
  return VERB_AFTER_CITATION.test(after) || CITING_BEFORE.test(before);
}

/** A possessive and a body a person leads. */
const LED_BODY_AFTER = /^['’]s?\s+(?:government|administration|cabinet|regime|presidency|premiership|chancellorship|coalition|campaign)\b/u;

/** A capitalised place name and a comma right before: "Seattle, ", "Menlo Park, ". */
const TOWN_AND_COMMA = /\p{Lu}[\p{L}.'’-]+,\s$/u;

/** The type of the head noun of an apposition after a name (", the state corporation that …" →
 *  corporation → organization), or undefined when its head is no class noun. */
function nounAfter(phrase: string): EntityType | undefined {
  const words = phrase.split(/\s+/);
  // ("an electric hatchback derived from", "the brand based in": a participle ends the noun phrase)
  const end = words.findIndex((w, k) => PHRASE_END.has(w) || (k > 0 && /^\p{Ll}{3,}ed$/u.test(w)));
  const head = (end < 0 ? words : words.slice(0, end)).pop();
  return head ? APPOSITION_NOUNS.get(head) : undefined;
}

/** One word typed only as a head word ("Reform", "Act"): no evidence for what is listed with it. */
const isHeadOnly = (t: Typed): boolean => t.candidate.tokens.length === 1 && t.typing.rule.startsWith('suffix');

const isWeak = (t: Typing): boolean => t.isDefault || t.rule === 'acronym';
const isGuess = (t: Typing): boolean => isWeak(t) || t.rule.startsWith('tag:');

/**
 * Types a name from the words right before it: a class noun in apposition overrides weak and
 * tag-based types ("the Emirati company Al Dahra", "a mission called Baltic Sentry"); a locative
 * preposition or a place noun with "of" makes a default-typed name a place ("in Tromsø",
 * "farmers of Can Tho"), and so does a place-name ending ("Kaliningrad").
 */
function typeFromWordsBefore(item: Typed, text: string): Typed {
  const { candidate, typing } = item;
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  const direct = APPOSITION.exec(before)?.[1];
  // ("the director of a small media group, Levan Abashidze,": set off by commas after an office
  // of a body, the name is the office holder's, not the body's)
  const commaNoun =
    text.startsWith(',', candidate.end) && !OFFICE_OF.test(text.slice(Math.max(0, candidate.start - 100), candidate.start))
      ? APPOSITION_BETWEEN_COMMAS.exec(before)?.[1]
      : undefined;
  const noun = direct ?? commaNoun;
  // ("the benchmark May contract": a month is no name whatever noun stands before it)
  const nounType =
    noun && !isCalendarWord(candidate.text) && monthNumber(candidate.text) === undefined ? APPOSITION_NOUNS.get(noun) : undefined;
  const hasOf = /\bof\s+(?:the\s+)?["“‘]?$/u.test(before);
  // "Bayern beat Dortmund", "Newcastle face Liverpool", "Lyon striker X": a town's name that plays
  // a match is its club's (a country's is its team, and stays a place)
  // (a town's name only: "Sanders faced Biden" is no match)
  if (
    (typing.type === 'place' || (isGuess(typing) && typing.type !== 'person')) &&
    isTeam(candidate, before, text) &&
    !isNation(candidate.text) &&
    (typing.type === 'place' || isGazetteerPlace(candidate.text))
  ) {
    return { ...item, typing: { type: 'organization', rule: 'team', isDefault: false } };
  }
  // "Irvine, CA 92618", "Seattle, WA": a US state's postal code after a town and a comma
  // ("Ann Arbor, Mich.", "Reading, Pa.": a newspaper's abbreviation of the state)
  if (
    (US_STATE_CODES.has(candidate.text) || AP_STATES.has(candidate.text.toLowerCase().replace(/\.$/, ''))) &&
    TOWN_AND_COMMA.test(before)
  ) {
    return { ...item, typing: { type: 'place', rule: 'geo-name', isDefault: false } };
  }
  if (candidate.start <= 1 && isGuess(typing) && DATELINE_AFTER.test(text.slice(candidate.end, candidate.end + 40))) {
    return { ...item, typing: { type: 'place', rule: 'dateline', isDefault: false } };
  }
  // "Narendra Modi's government", "Olaf Scholz's cabinet": a full name that leads one is a person
  if (
    isGuess(typing) &&
    candidate.tokens.length >= 2 &&
    candidate.tokens.every((t) => t.isCapitalised) &&
    LED_BODY_AFTER.test(text.slice(candidate.end, candidate.end + 30))
  ) {
    return { ...item, typing: { type: 'person', rule: 'role-apposition', isDefault: false } };
  }
  // "120 kilometres west of Santiago": a distance is measured from a place, whatever the tags say
  if (isGuess(typing) && DISTANCE_FROM.test(before)) return { ...item, typing: { type: 'place', rule: 'locative', isDefault: false } };
  if (isGuess(typing) && PRODUCT_BEFORE.test(before)) return { ...item, typing: { type: 'other', rule: 'product', isDefault: false } };
  // "Shenzhen-based Huawei": what a town is the base of, named, is a company or a body
  if (isWeak(typing) && /\p{L}-based\s+$/u.test(before))
    return { ...item, typing: { type: 'organization', rule: 'based', isDefault: false } };
  if (isGuess(typing) && SELLER_BEFORE.test(before)) return { ...item, typing: { type: 'organization', rule: 'seller', isDefault: false } };
  // "Germany's KfW", "France's CMA CGM": letters a country's possessive stands before name its body
  const owner = COUNTRY_POSSESSIVE.exec(before)?.[1];
  if (owner && countryCode(owner) && (typing.rule === 'acronym' || (isWeak(typing) && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(candidate.text))))
    return { ...item, typing: { type: 'organization', rule: 'employer', isDefault: false } };
  if (isGuess(typing) && (EMPLOYER_BEFORE.test(before) || ALLEGIANCE_BEFORE.test(before))) {
    return { ...item, typing: { type: 'organization', rule: 'employer', isDefault: false } };
  }
  // ("the broadcaster Peter Bazalgette": a first name and a surname outweigh a noun that names
  // people as well as bodies)
  const fullName =
    /^(?:broadcaster|publisher|producer|contractor|consultant)$/.test(noun ?? '') &&
    candidate.tokens.length >= 2 &&
    candidate.tags.has('FirstName') &&
    typing.type === 'person';
  if (nounType && isGuess(typing) && (!hasOf || nounType === 'place') && !fullName)
    return { ...item, typing: { type: nounType, rule: 'apposition', isDefault: false } };
  const following = text.slice(candidate.end, candidate.end + 60);
  // "Birthe, 83, who rides …", "Amara Diallo, 41, said": an age between commas after a name is a person's
  if (isGuess(typing) && AGE_AFTER.test(following) && !isKnownPlace(candidate.text))
    return { ...item, typing: { type: 'person', rule: 'role-apposition', isDefault: false } };
  // "Maersk's shares", "Qualcomm fell 3.1%": what is listed on a market is a company
  if (isGuess(typing) && LISTED_AFTER.test(following))
    return { ...item, typing: { type: 'organization', rule: 'listed', isDefault: false } };
  // "Mark Zuckerberg, Meta founder and CEO", "Tesla chief executive": whose founder or executives
  // they are is a company or a body
  if (isGuess(typing) && STAFF_AFTER.test(following))
    return { ...item, typing: { type: 'organization', rule: 'employer', isDefault: false } };
  // "Le Quang Trung, head of planning at …": an office without an article after a name of two
  // words or more makes it a person's (not a place's: "a teacher from Kilrush, County Clare, head of …")
  if (
    isGuess(typing) &&
    candidate.tokens.length >= 2 &&
    candidate.tokens.every((t) => t.isCapitalised) &&
    PERSON_AFTER.test(following) &&
    !IN_PLACE.test(before) &&
    !/(?:\bfrom|\p{Lu}\p{L}*,)\s+$/u.test(before)
  )
    return { ...item, typing: { type: 'person', rule: 'role-apposition', isDefault: false } };
  const after = APPOSITION_AFTER.exec(following) ?? IS_A_AFTER.exec(following);
  const afterType = after?.[1] ? nounAfter(after[1]) : undefined;
  // ("in Western Australia, the companies' joint venture, X": after a place named as where
  // something is, the apposition is the next name's)
  const placedThere = typing.type === 'place' && IN_PLACE.test(before);
  if (afterType && isGuess(typing) && !placedThere) return { ...item, typing: { type: afterType, rule: 'apposition', isDefault: false } };
  if (isGuess(typing) && PLACE_NOUN_AFTER.test(following))
    return { ...item, typing: { type: 'place', rule: 'place-noun', isDefault: false } };
  // "to host the summit in Adelaide", "a former mayor of Schiedam", "the Kaya–Djibo road": a
  // one-word town the gazetteer holds, placed by "in" or a place's noun, or paired with another
  // town by a dash, is the town, where compromise reads it as a first name
  const placedOrPaired = (): boolean =>
    IN_PLACE.test(before) || OF_PLACE.test(before) || /^[–—]\p{Lu}/u.test(following) || /\p{Lu}[\p{L}]*[–—]$/u.test(before);
  if (typing.rule === 'tag:person' && candidate.tokens.length === 1 && placedOrPaired() && isGazetteerPlace(candidate.text)) {
    return { ...item, typing: { type: 'place', rule: 'locative', isDefault: false } };
  }
  // "data from LSEG", "according to the IMF": letters that publish name a body too
  if (typing.rule === 'acronym' && SOURCE_BEFORE.test(before))
    return { ...item, typing: { type: 'organization', rule: 'source', isDefault: false } };
  // "his wife of 58 years, Sofia,", "a son, Nikos": a relative named is a person, where
  // compromise guesses at a lone first name
  if (isGuess(typing) && KIN_BEFORE.test(before) && !isCommonWords(candidate.text))
    return { ...item, typing: { type: 'person', rule: 'role-apposition', isDefault: false } };
  if (typing.rule !== 'default') return item;
  // "as Shambaugh (2015) notes", "following Waltz (1979)": a surname cited with the year of a
  // work is its author ("WordStar (1978)" is a product and its year)
  if (isCitedAuthor(candidate, before, text.slice(candidate.end, candidate.end + 60))) {
    return { ...item, typing: { type: 'person', rule: 'cited-author', isDefault: false } };
  }
  // "Japan's prime minister, Fumio Kishida,": an office in apposition before a name
  // ("Mr. Vice President, Members of Congress": ordinary words after an office are no person)
  if (ROLE_BEFORE.test(before) && !isCommonWords(candidate.text)) {
    return { ...item, typing: { type: 'person', rule: 'role-apposition', isDefault: false } };
  }
  // "according to OpenSecrets", "data from Eurostat": a source that publishes is a body
  if (SOURCE_BEFORE.test(before)) return { ...item, typing: { type: 'organization', rule: 'source', isDefault: false } };
  if (IN_PLACE.test(before) || OF_PLACE.test(before)) return { ...item, typing: { type: 'place', rule: 'locative', isDefault: false } };
  // "Haakonsvern near Bergen", "Evenes in northern Norway": placed by a place near it or a part of one
  if (PLACED_AFTER.test(text.slice(candidate.end, candidate.end + 40)))
    return { ...item, typing: { type: 'place', rule: 'locative', isDefault: false } };
  const last = candidate.tokens[candidate.tokens.length - 1]?.text ?? '';
  if (TOPONYM_ENDING.test(last)) return { ...item, typing: { type: 'place', rule: 'toponym-ending', isDefault: false } };
  if (AT_PLACE.test(before)) return { ...item, typing: { type: 'place', rule: 'locative-weak', isDefault: true } };
  return item;
}

/** "West Aceh", "North Kivu": a compass word before a province, town or country the gazetteer or
 *  the country list knows. */
function isPartOfKnownPlace(candidate: Candidate): boolean {
  const [first, ...rest] = candidate.tokens;
  if (!first || rest.length !== 1 || !REGION_MODIFIERS.has(first.text.toLowerCase())) return false;
  return isKnownPlace(rest.map((t) => t.text).join(' '));
}

/** Two or three words, each one capital then small letters (a hyphen may join two), one at least
 *  no English word ("modi" and "sabha" are in the word list, "narendra" is not), none an ordinary
 *  word in compromise's lexicon. */
function isNameShaped(candidate: Candidate): boolean {
  const words = candidate.tokens;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((t) => NAME_WORD.test(t.text)) &&
    words.some((t) => !isDictionaryWord(t)) &&
    // "Fourier Transformation", "Galileo Girl": an ordinary word or a common noun's ending says otherwise
    !candidate.hasCommonWord &&
    !/(?:tion|sion|ment|ity|ness|ing|ware|ics|ism|ogy|ance|ence|ship|writer)$/.test(words[words.length - 1]?.text ?? '')
  );
}
/** "companies such as", "countries like", "regions including": a class noun introducing a list. */
const CLASS_INTRO = /\b(\p{L}+)\s+(?:such\s+as|like|including|as\s+diverse\s+as)\s+(?:the\s+)?$/u;
/** "the three main broadcasters, KBS, MBC and SBS": a class noun and a comma before a list. */
const CLASS_BEFORE_LIST = /\b(\p{L}+),\s+$/u;

/** The candidates of one block grouped into lists ("A, B and C"); a name alone is a list of one. */
export function listsOf<T extends { readonly candidate: { readonly start: number; readonly end: number } }>(
  items: readonly T[],
  text: string,
): T[][] {
  const lists: T[][] = [];
  for (const item of items) {
    const current = lists[lists.length - 1];
    const previous = current?.[current.length - 1];
    const gap = previous ? text.slice(previous.candidate.end, item.candidate.start) : '';
    // "Rheinmetall, Germany's largest arms maker": a possessive after a comma opens an apposition
    // ("Gemadept and France's CMA CGM": a possessor is no item of the list either)
    const apposition =
      POSSESSIVE.test(text.slice(item.candidate.end, item.candidate.end + 3)) && (/^,\s+$/.test(gap) || /^\s+(?:and|or)\s+$/.test(gap));
    // ("Nasser of Egypt, Sukarno of Indonesia and Nkrumah of Ghana": a place after "of" and the
    // next "X of …" are no list; the pairs are)
    const pairs =
      previous !== undefined &&
      /\bof\s+$/.test(text.slice(Math.max(0, previous.candidate.start - 4), previous.candidate.start)) &&
      /^\s+of\s+\p{Lu}/u.test(text.slice(item.candidate.end, item.candidate.end + 6));
    if (current && previous && LIST_GAP.test(gap) && !apposition && !pairs) current.push(item);
    else lists.push([item]);
  }
  return lists;
}

/** The name after a comma is a region, state or country by a list (not by a guess), and the
 *  pair stands alone: no "and" before the region, nothing capitalised after it (a region with a
 *  possessive after it, "Germany's largest …", opens an apposition and is in no list: listsOf). */
function isTownAfter(item: Typed, region: Typed, text: string): boolean {
  if (!['lexicon:place', 'geo-name'].includes(region.typing.rule) || region.candidate.tokens.length > 2) return false;
  if (!/^,\s+$/.test(text.slice(item.candidate.end, region.candidate.start))) return false;
  return !/^\s*(?:,\s*)?(?:and|or)?\s*\p{Lu}\p{Ll}/u.test(text.slice(region.candidate.end, region.candidate.end + 20));
}

function majority(types: readonly EntityType[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: EntityType | null = null;
  for (const [t, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = t;
  return best;
}

/**
 * Re-types names typed by default from their list: a class noun before it ("companies such as
 * Huawei, BYD") or the sure types of the other items ("Jiangsu and Guangdong", "Tampa, Florida"),
 * and from a chain of names joined by "to".
 */
export function typeFromContext(items: readonly Typed[], text: string): Typed[] {
  // "Narendra Modi now depends on …": two or three capitalised words no dictionary or lexicon
  // knows, that neither the words around them nor a list typed, are most often a person's name
  // ("the Amu Darya", "the Qosh Tepa": a name after "the" is no person's). Before that, a name
  // nothing typed that the gazetteer holds, no English word, is the town or province it names
  // ("Ouagadougou", "Kumamoto", "Limpopo", "Ann Arbor")
  // "IMF Managing Director Kristalina Georgieva", "Fed Chair Jerome Powell": a name before an
  // office and its holder is the body the office is of (a country's stays a place)
  // ("the Hamas-run ministry", "Houthi-controlled ports": a name that runs, leads or backs)
  // ("Treherbert, Aberdare, Merthyr Tydfil and Rhymney": two towns the gazetteer holds or more
  // type their list before the list types the names nothing typed; one alone does not, as one
  // word of it may be a company's: "SQM and Albemarle", "LATAM, Gol and Azul")
  const towns = new Set(
    listsOf(items, text).flatMap((list) => {
      const held = list.filter(
        (item) => item.typing.rule === 'default' && isGazetteerPlace(item.candidate.text) && !isCommonWords(item.candidate.text),
      );
      return held.length >= 2 ? held : [];
    }),
  );
  const bodies = items.map((item) => {
    if (towns.has(item)) return { ...item, typing: { type: 'place' as const, rule: 'gazetteer', isDefault: false } };
    if (!isGuess(item.typing) || isKnownPlace(item.candidate.text)) return item;
    const after = text.slice(item.candidate.end, item.candidate.end + 60);
    // ("Finance Minister Enoch Godongwana": a minister's portfolio, in ordinary words, is no body)
    if (OFFICE_AFTER.test(after) && !(isCommonWords(item.candidate.text) && /^\s+Minister\b/.test(after)))
      return { ...item, typing: { type: 'organization' as const, rule: 'office-body', isDefault: false } };
    if (RUNS_AFTER.test(after)) return { ...item, typing: { type: 'organization' as const, rule: 'runs-body', isDefault: false } };
    return item;
  });
  return typeChains(typeLists(bodies, text), text).map((item) =>
    // (a name of two words or more the gazetteer holds outweighs compromise's tags: "Prince George")
    // ("Saint-Nazaire", "Aix-en-Provence": a hyphenated town compromise reads as a person's name)
    (item.typing.rule === 'default' || (isGuess(item.typing) && (item.candidate.tokens.length > 1 || item.candidate.text.includes('-')))) &&
    (isGazetteerPlace(item.candidate.text) || isPartOfKnownPlace(item.candidate)) &&
    !isCommonWords(item.candidate.text)
      ? { ...item, typing: { type: 'place', rule: 'gazetteer', isDefault: false } }
      : item.typing.isDefault &&
          item.typing.rule === 'default' &&
          isNameShaped(item.candidate) &&
          !/\bthe\s+$/iu.test(text.slice(Math.max(0, item.candidate.start - 5), item.candidate.start))
        ? { ...item, typing: { type: 'person', rule: 'name-shape', isDefault: false } }
        : item,
  );
}

/** An office and the capitalised name of its holder right after a name: " Managing Director
 *  Kristalina", " Chair Jerome", " Chief Executive Amin". */
const OFFICE_AFTER = new RegExp(
  `^\\s+(?:(?:${capitalisedAlternatives(OFFICE_WORDS)})\\s+)*(?:President|Governor|CEO|Chair|Chairman|Chairwoman|Director|Director-General|Secretary-General|Minister|Chief|Commissioner|Spokesman|Spokeswoman|Spokesperson|Ambassador)\\s+(?:(?:Executive|Officer)\\s+)?\\p{Lu}\\p{Ll}`,
  'u',
);

/** "-run", "-backed", "-controlled" glued to a name: what it runs or backs. */
const RUNS_AFTER = /^-(?:run|led|backed|controlled|owned|funded|linked|affiliated|aligned|allied|sponsored)\b/;

/** "From Roosevelt to Truman to Eisenhower": three names or more chained by "to", two of them
 *  surely persons, make the others persons too. */
function typeChains(items: Typed[], text: string): Typed[] {
  const out = [...items];
  let start = 0;
  for (let k = 1; k <= out.length; k++) {
    const previous = out[k - 1] as Typed;
    const item = out[k];
    if (item && /^\s+to\s+$/.test(text.slice(previous.candidate.end, item.candidate.start))) continue;
    const chain = out.slice(start, k);
    const people = chain.filter((t) => t.typing.type === 'person' && !t.typing.isDefault).length;
    if (chain.length >= 3 && people >= 2) {
      for (let j = start; j < k; j++) {
        const t = out[j] as Typed;
        if (t.typing.isDefault) out[j] = { ...t, typing: { type: 'person', rule: 'list', isDefault: false } };
      }
    }
    start = k;
  }
  return out;
}

/** The list step of typeFromContext. */
function typeLists(items: readonly Typed[], text: string): Typed[] {
  return listsOf(
    items.map((item) => typeFromWordsBefore(item, text)),
    text,
  ).flatMap((list) => {
    const first = list[0] as Typed;
    const lead = text.slice(Math.max(0, first.candidate.start - 60), first.candidate.start);
    const classNoun = CLASS_INTRO.exec(lead)?.[1] ?? (list.length > 1 ? CLASS_BEFORE_LIST.exec(lead)?.[1] : undefined);
    const classType = classNoun ? CLASS_NOUNS.get(classNoun.toLowerCase()) : undefined;
    // an acronym takes its list's type only from partners typed by more than a guess: "Cable TV
    // and GPS" types nothing
    const sureFor = (item: Typed): EntityType | null =>
      majority(
        list
          .filter((t) => t !== item && !t.typing.isDefault && (item.typing.rule !== 'acronym' || !isGuess(t.typing)))
          .map((t) => t.typing.type),
      );
    // ("Reform, Isamaa and the Social Democrats": a lone head word typed by itself types no list)
    const sure =
      majority(list.filter((t) => !t.typing.isDefault && !isHeadOnly(t)).map((t) => t.typing.type)) ??
      majority(list.filter((t) => t.typing.rule === 'locative-weak').map((t) => t.typing.type));
    // "the Gatun, Pedro Miguel and Miraflores locks": the feature noun after the list is every item's
    const featureNoun = list.length > 1 && (list[list.length - 1] as Typed).typing.rule === 'place-noun';
    return list.map((item, k) => {
      if (featureNoun && isGuess(item.typing)) return { ...item, typing: { type: 'place', rule: 'place-noun', isDefault: false } };
      const weak = isWeak(item.typing);
      // "Houston, Texas", "Lyon, France.": a guessed name with a state or country after it, the
      // pair ending the list, is the town in it ("BYD and DJI, China has": not after "and")
      const next = list[k + 1];
      const previous = list[k - 1];
      const afterAnd = previous !== undefined && /\b(?:and|or)\b/.test(text.slice(previous.candidate.end, item.candidate.start));
      if (isGuess(item.typing) && next && k + 2 === list.length && !afterAnd && isTownAfter(item, next, text)) {
        return { ...item, typing: { type: 'place', rule: 'town-region', isDefault: false } };
      }
      // a class noun before a list overrides a guess from compromise's tags too ("insurers such as Lloyd's")
      if (classType && (weak || (isGuess(item.typing) && classType !== 'person'))) {
        return { ...item, typing: { type: classType, rule: 'class-noun', isDefault: false } };
      }
      const listType = item.typing.rule === 'acronym' ? sureFor(item) : sure;
      // ("Andrew Bailey and IMF": letters name a body, never a person; "Gatun, Pedro Miguel and
      // Miraflores locks", "Guarulhos and Vitória": one word nothing typed is a person's name
      // less often than a place's or a body's, whoever else the list names)
      const lone = item.candidate.tokens.length === 1;
      // ("the mission chief for Egypt, Ivanna Vladkova Hollar, said": two names a comma alone
      // parts, the second of three words or more, are a place and an apposition, not a list)
      const appositive = list.length === 2 && k === 1 && item.candidate.tokens.length >= 3 && !afterAnd;
      if (
        listType &&
        item.typing.isDefault &&
        list.length > 1 &&
        !appositive &&
        !(listType === 'person' && (item.typing.rule === 'acronym' || lone))
      ) {
        return { ...item, typing: { type: listType, rule: 'list', isDefault: false } };
      }
      return item;
    });
  });
}
