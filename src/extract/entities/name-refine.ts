import { isCurrencyCode } from '../figures/currency.js';
import { isLanguageName } from './languages.js';
import { englishWords } from '../../model/english-words.js';
import { ENGLISH_WEEKDAYS, isCalendarWord } from '../../model/months.js';
import { countryCode } from './country.js';
import { isGazetteerPlace, isKnownPlace } from './places.js';
import {
  COMPASS,
  GEO_NAMES,
  INSTITUTIONS,
  KNOWN_VARIANTS,
  LEGAL_FORM,
  ORG_HEADS,
  OTHER_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  OFFICE_WORDS,
  RANK_MODIFIERS,
  TITLE_ENDS,
  REGION_MODIFIERS,
  ROMANCE_ORG_OPENERS,
  TITLES,
  WEAPON_NOUNS,
  isHeadWord,
} from './lexicon.js';
import type { Chunk } from './name-chunks.js';
import { type Token, isDictionaryWord } from './name-tokens.js';
import type { TermTags } from '../nlp/load.js';

/** A chunk trimmed to the name itself, with what typing needs to know about it. */
export interface Candidate {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** compromise tags of its words, merged. */
  readonly tags: ReadonlySet<string>;
  /** "our", "their", "my" … stood right before it. */
  readonly afterPossessiveDeterminer: boolean;
  /** A title such as "Mrs." or "General" stood right before it. */
  readonly hasPersonTitle: boolean;
  /** A company's legal form follows it ("Meta Platforms, Inc."). */
  readonly legalFormAfter?: boolean;
  /** A word of it is an ordinary word in compromise's lexicon ("Girl", "Training"). */
  readonly hasCommonWord?: boolean;
}

/** What the whole article says about words, used to judge one chunk. */
export interface WordEvidence {
  /** Words seen capitalised in mid-sentence somewhere in the article (lower-cased). */
  readonly capitalisedMidSentence: ReadonlySet<string>;
  /** Words seen in lower case somewhere in the article. */
  readonly lowerCase: ReadonlySet<string>;
  /** Words compromise tagged as a nationality somewhere in the article ("American"). */
  readonly demonyms: ReadonlySet<string>;
  /** Words compromise tagged as part of a person's name somewhere in the article ("Trump"). */
  readonly personWords?: ReadonlySet<string>;
  /** Acronyms the article counts like common nouns: pluralised ("PDFs") or after "a"/"an" as the head ("a URL"). */
  readonly commonAcronyms?: ReadonlySet<string>;
}

/** Tags that say a word is a name. */
/** Letters after a person's name: a senior counsel, a seat in a parliament, an honour, a degree. */
const POST_NOMINALS = /^(?:SC|QC|KC|MP|MEP|MLA|MSP|MPP|TD|OBE|CBE|MBE|KBE|DBE|FRS|FRSE|FBA|PhD|DPhil|FRCP|FRCS)$/;
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City', 'Region', 'FirstName', 'LastName'];
/** Tags that say what kind of name: stronger than a bare ProperNoun. */
const TYPED_TAGS = ['Person', 'Place', 'Organization', 'Country', 'City', 'Region', 'FirstName', 'LastName', 'Acronym'];

/** Tags compromise gives a single word from context that a common word rarely gets. */
const PLACE_OR_PERSON = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region'];

/** Endings of adjectives made from names ("Napoleonic", "Kurdish", "Sudanese", "Andean"). */
const ADJECTIVE_ENDING = /\p{L}{3,}(?:ic|ian|ean|ese|ish)$/u;
/** Roman numerals ("IV." before a section) and spelled-out numbers ("Twenty-five") are not names. */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;
const NUMBER_WORD =
  /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?)$/;

const key = (t: Token): string => t.text.toLowerCase().replace(/\.$/, '');
const isAllCaps = (t: Token): boolean => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text) && /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(t.text);

/** compromise's reading of the term a token starts in, if it tagged one. */
export const termAt = (token: Token, terms: readonly TermTags[]): TermTags | undefined =>
  terms.find((t) => t.start <= token.start && token.start < t.end);

function tagsOf(token: Token, terms: readonly TermTags[]): Set<string> {
  return new Set(termAt(token, terms)?.tags ?? []);
}

function looksProper(token: Token, terms: readonly TermTags[], evidence: WordEvidence): boolean {
  const tags = tagsOf(token, terms);
  if (isAllCaps(token) || evidence.capitalisedMidSentence.has(key(token))) return true;
  return PROPER_TAGS.some((t) => tags.has(t)) && !tags.has('Demonym') && !tags.has('Month');
}

/** "Substitute Daniel Okafor", "Energy Daniel Kiprono" (of "Cabinet Secretary for Energy"): an
 *  ordinary word capitalised before a first name and a surname is a role or the end of an office,
 *  no part of the person's name; the tokens without it, or as they were. */
function withoutRoleWord(tokens: Token[], terms: readonly TermTags[]): Token[] {
  const [role, first, second] = tokens;
  if (
    tokens.length >= 3 &&
    role &&
    first &&
    second &&
    !TITLES.has(key(role)) &&
    !ROMANCE_ORG_OPENERS.has(key(role)) &&
    isDictionaryWord(role) &&
    !isDictionaryWord(first) &&
    tagsOf(first, terms).has('FirstName') &&
    !second.gap.includes('&') &&
    tokens.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))
  )
    return tokens.slice(1);
  return tokens;
}

/** Drops a sentence-initial common word and leading/trailing titles; returns null when nothing is left. */
export function refineChunk(
  chunk: Chunk,
  terms: readonly TermTags[],
  evidence: WordEvidence,
  next: string,
  previousText: string,
  source?: string,
): Candidate | null {
  // a word longer than any place name (Llanfairpwllgwyngyll…, 58 letters) is a run of text, no name
  if (chunk.tokens.some((t) => t.text.length > MAX_NAME_WORD)) return null;
  let tokens = [...chunk.tokens];
  // "The Kroger Co.", "— The World Health Organization said": an article opens no name; mid-sentence it is lower case
  // ("An Bord Pleanála", "An Garda Síochána": Irish "An" opens the name of a body named head first)
  if (
    /^(?:The|A|An)$/.test(tokens[0]?.text ?? '') &&
    !(tokens[0]?.text === 'An' && tokens[1] && tokens.length > 2 && ROMANCE_ORG_OPENERS.has(key(tokens[1])))
  )
    tokens = tokens.slice(1);
  // "For Acme …", "With Norway …": a preposition or pronoun opening the sentence is never part of the name
  // ("Operation Just Cause", "Project Maven": the word that opens such a name stays)
  // ("Central Asia's water", "East Africa is": a compass word opens a region's name before a
  // continent or a country)
  const second = tokens[1];
  const opensName =
    tokens.length > 1 &&
    second?.isCapitalised === true &&
    (NAME_OPENERS.test(tokens[0]?.text ?? '') ||
      ROMANCE_ORG_OPENERS.has(key(tokens[0] as Token)) ||
      (REGION_MODIFIERS.has(key(tokens[0] as Token)) &&
        (PLACE_HEADS.has(key(second)) || GEO_NAMES.has(key(second)) || isKnownPlace(second.text))));
  // ("Kemi Badenoch and …": a first word no English dictionary has is the name's, known or not)
  // ("Human Rights Watch said …": three words or more ending in a body's head word are its name)
  const bodyName = tokens.length >= 3 && tokens.every((t) => t.isCapitalised) && ORG_HEADS.has(key(tokens[tokens.length - 1] as Token));
  // ("Executive Order 14067 was signed", "Interstate 95 closed": capitalised words the chunker kept
  // with their number are a numbered name, whatever the first word)
  // (not a function word, a month or a year: "In 2019", "By 2030", "March 15")
  const numberWord = tokens[tokens.length - 1];
  const numbered =
    tokens.length >= 2 &&
    numberWord?.isNumber === true &&
    !/^(?:1[5-9]|20)\d\d$/.test(numberWord.text) &&
    !LEADING_FUNCTION_WORD.test(tokens[0]?.text ?? '') &&
    !isCalendarWord(key(tokens[0] as Token)) &&
    tokens.slice(0, -1).every((t) => t.isCapitalised);
  // ("At Conestoga College": a preposition opens no body's name, however long)
  if (
    tokens[0]?.isInitial &&
    !opensName &&
    !numbered &&
    (LEADING_FUNCTION_WORD.test(tokens[0].text) || (!bodyName && !looksProper(tokens[0], terms, evidence) && isDictionaryWord(tokens[0])))
  ) {
    tokens = dropConnectors(tokens.slice(1));
  }
  let hasPersonTitle = false;
  // a title was taken off the front: the words that finish it may follow
  let strippedTitle = false;
  // "Prince George", "St Petersburg", "Saint John": a town whose name opens with a title
  const town = tokens.length > 1 && TITLES.has(key(tokens[0] as Token)) && isGazetteerPlace(tokens.map((t) => t.text).join(' '));
  for (;;) {
    const head = tokens[0];
    if (tokens.length < 2 || !head || town) break;
    // "St Michael's Estate": a saint's possessive opens an institution's or a place's name
    if (/^(?:st|saint)$/.test(key(head)) && tokens[1]?.isPossessive && tokens.length > 2) break;
    // "April 2023 President Gabriel Boric": a date before the name is no part of it
    if (isDateWord(head, tokens[1] as Token) || head.isNumber) {
      tokens = dropConnectors(tokens.slice(1));
      continue;
    }
    // "On Tuesday China said", "on Monday US officials": a weekday before a country, a town or an
    // acronym is the sentence's time ("Sunday Times", "Monday Night Football" stay names)
    const afterDay = tokens
      .slice(1)
      .map((t) => t.text)
      .join(' ');
    if (ENGLISH_WEEKDAYS.includes(head.text) && (isKnownPlace(afterDay) || /^\p{Lu}{2,5}$/u.test(afterDay))) {
      tokens = tokens.slice(1);
      continue;
    }
    // "Sergeant First Class", "Private First Class": a rank's class after its title
    if (TITLES.has(key(head)) && /^first$/i.test(tokens[1]?.text ?? '') && /^class$/i.test(tokens[2]?.text ?? '') && tokens.length > 3) {
      tokens = tokens.slice(3);
      hasPersonTitle = true;
      continue;
    }
    // "Ranking Member Denise Alvarado": a committee's senior member of the minority
    if (key(head) === 'ranking' && key(tokens[1] as Token) === 'member' && tokens.length > 3) {
      tokens = tokens.slice(2);
      strippedTitle = true;
      continue;
    }
    // "Staff Sergeant", "Lance Corporal", "Rear Admiral", "Assistant Solicitor General": a word
    // that makes a rank or an office of the title after it
    if (RANK_MODIFIERS.has(key(head)) && (TITLES.has(key(tokens[1] as Token)) || RANK_MODIFIERS.has(key(tokens[1] as Token)))) {
      tokens = tokens.slice(1);
      continue;
    }
    // "Saudi Crown Prince Mohammed bin Salman", "Jordanian King Abdullah II": a nationality before
    // a title before a name
    const demonym = tagsOf(head, terms).has('LexDemonym') || evidence.demonyms.has(key(head));
    if (demonym && TITLES.has(key(tokens[1] as Token)) && tokens.length > 3) {
      tokens = tokens.slice(1);
      continue;
    }
    // "Finance Minister Wale Edun": a portfolio before a title; "Chief Executive Amin Nasser": the
    // words that finish a title after it
    const second = tokens[1] as Token;
    if (
      (OFFICE_WORDS.has(key(head)) && TITLES.has(key(second)) && tokens.length > 3) ||
      (strippedTitle && TITLE_ENDS.has(key(head)) && tokens.length > 2 && second.isCapitalised)
    ) {
      tokens = tokens.slice(1);
      continue;
    }
    if (!TITLES.has(key(head)) || chunk.quoted) break;
    // "General & Administrative", "General Public License": a title word before "&" or before
    // ordinary English words is an adjective in a name or a heading, not a person's title
    // ("Chairman of the Joint Chiefs" is an office: the words after its "of" go on as a name)
    const after = tokens[1] as Token;
    if (/&|\band\b/.test(after.gap) || (after.isCapitalised && commonWordsOnly(tokens.slice(1), terms, evidence))) break;
    // ("Col de Vars", "Col de la Bonette": a pass's word before its particle, not a colonel's title)
    if (!after.isCapitalised && /^(?:de|du|des|della|del|di)$/.test(after.text)) break;
    // "General Motors", "Supreme Court of India", "Imperial College London": a title word before
    // an organisation's head is its name ("Former Bank of England governor": not a word of time
    // or a pronoun)
    if ((tokens.length === 2 || !NOT_NAME_TITLES.has(key(head))) && ORG_HEADS.has(key(tokens[1] as Token))) break;
    // "Royal Albert Hall", "Imperial Japanese Navy", "Queen Elizabeth Hospital": a crown's word
    // opens the name of the building or the body it ends in
    const end = key(tokens[tokens.length - 1] as Token);
    if (CROWN_TITLES.has(key(head)) && (isHeadWord(ORG_HEADS, end) || PLACE_HEADS.has(end) || CROWN_BUILDINGS.has(end))) break;
    const rest = tokens.slice(1);
    strippedTitle = true;
    // "CEO Elon Musk", "Commissioner Mairead McGuinness": an office's title before a full name
    // makes a person as a person's title does
    hasPersonTitle ||=
      PERSON_TITLES.has(key(head)) ||
      (OFFICE_TITLES.has(key(head)) &&
        rest.length >= 2 &&
        rest.length <= 4 &&
        rest.every((t) => t.isCapitalised && !t.isNumber && !ORG_HEADS.has(key(t))));
    const hadOf = rest[0] !== undefined && !rest[0].isCapitalised;
    tokens = dropConnectors(rest);
    if (hadOf) hasPersonTitle = false; // "Secretary of State": an office, not a person's title
  }
  tokens = withoutRoleWord(tokens, terms);
  // "Fiona Gallagher SC", "Keir Starmer MP", "Ravi Menon OBE": letters after a person's name (a
  // silk, a seat, an honour, a degree) are no part of it
  while (
    tokens.length > 2 &&
    POST_NOMINALS.test((tokens[tokens.length - 1] as Token).text) &&
    /^\p{Lu}\p{Ll}/u.test((tokens[tokens.length - 2] as Token).text) &&
    !ORG_HEADS.has(key(tokens[tokens.length - 2] as Token))
  ) {
    tokens = tokens.slice(0, -1);
  }
  // a trailing title ("Biden, President") goes, but not the last word after a connector ("Centre for Defence")
  // ("Office of the United States Trade Representative": an office named for the title it serves keeps it)
  const officeOf = tokens[0] !== undefined && ORG_HEADS.has(key(tokens[0])) && tokens.some((t) => t.text === 'of');
  while (
    !officeOf &&
    tokens.length > 1 &&
    TITLES.has(key(tokens[tokens.length - 1] as Token)) &&
    tokens[tokens.length - 2]?.isCapitalised
  ) {
    tokens = tokens.slice(0, -1);
  }
  // "back to Denver I sketched": the pronoun after a place or a body is no regnal numeral
  const beforeLast = tokens[tokens.length - 2];
  if (
    beforeLast &&
    tokens[tokens.length - 1]?.text === 'I' &&
    /^\p{Ll}/u.test(next) &&
    PLACE_OR_BODY.some((t) => tagsOf(beforeLast, terms).has(t))
  ) {
    tokens = tokens.slice(0, -1);
  }
  // "Article 80 of the Treaty on …", "Section 2 of the Act": a pointer into a law before its name
  const [part, number, of] = tokens;
  if (
    tokens.length > 3 &&
    part &&
    (part.text === 'Article' || DOCUMENT_PARTS.has(key(part))) &&
    number &&
    (number.isNumber || ROMAN_NUMERAL.test(number.text)) &&
    of?.text === 'of'
  ) {
    tokens = dropConnectors(tokens.slice(3));
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || !first.isCapitalised) return null;
  // "Figure 3", "in Section A.", "Section IV", "see Ref. 12": a pointer to a part of the document
  if (
    DOCUMENT_PARTS.has(key(first)) &&
    (tokens.length === 1 || tokens.slice(1).every((t) => t.isNumber || /^\p{Lu}\.?$/u.test(t.text) || ROMAN_NUMERAL.test(t.text)))
  )
    return null;
  // "3.2 MHz", "35 μs": a unit's symbol after a number
  if (tokens.length === 1 && UNIT_SYMBOL.test(first.text) && /\d\s?$/.test(previousText)) return null;
  // "40 CZK", "EUR 12 million": a currency's code beside an amount names no body
  if (
    tokens.length === 1 &&
    /^[A-Z]{3}$/.test(first.text) &&
    isCurrencyCode(first.text) &&
    (/\d\s?$/.test(previousText) || /^\s?\d/.test(source?.slice(first.end, first.end + 2) ?? ''))
  )
    return null;
  // "US$350 million", "the US dollar": a country's letters that mark its currency name no place
  if (
    tokens.length === 1 &&
    /^\p{Lu}{1,3}$/u.test(first.text.replace(/\./g, '')) &&
    /^(?:\$|\s+dollars?\b)/.test(source?.slice(first.end, first.end + 9) ?? '')
  )
    return null;
  // "R2.59 trillion", "Rp 80", "RM1.2 billion": a currency's letters before an amount name no body
  if (
    tokens.length <= 2 &&
    (/^(?:Rp|RM|Rs|Tk|R|N)\.?\d[\d.,]*$/.test(first.text) ||
      (/^(?:Rp|RM|Rs|Tk)\.?$/.test(first.text) && /^\.?\s?\d/.test(source?.slice(first.end, first.end + 3) ?? '')))
  )
    return null;
  // "world No. 3", "seeded No. 11": a rank, no name
  if (tokens.length === 2 && /^(?:No|Nos|Number)\.?$/.test(first.text) && last.isNumber) return null;
  // "Inc.", "Ltd": a company's legal form alone, cut from the name before it
  if (tokens.length === 1 && LEGAL_FORM.test(first.text)) return null;
  // "Þt", "Vð Þj": a formula's symbols that its font mapped to Icelandic letters, in an English text
  if (tokens.every((t) => t.text.length <= 3) && tokens.some((t) => /[ÞðþÐ]/u.test(t.text))) return null;
  const tags = new Set(tokens.flatMap((t) => [...tagsOf(t, terms)]));
  const candidate: Candidate = {
    tokens,
    // the text as written ("People's Bank of China", "Halvorsen & Clarke"), spaces normalised
    text: source ? source.slice(first.start, last.end).replace(/\s+/g, ' ') : tokens.map((t) => t.text).join(' '),
    start: first.start,
    end: last.end,
    tags,
    hasPersonTitle,
    afterPossessiveDeterminer: /\b(?:our|your|their|my|his|her|its)\s+$/i.test(previousText),
    legalFormAfter: source !== undefined && LEGAL_FORM_AFTER.test(source.slice(last.end, last.end + 16)),
    hasCommonWord: tokens.some((t) => termAt(t, terms)?.isCommon === true),
  };
  // "Cuban missile crisis"; but a country's name stays, whatever the lexicon says ("the Philippines")
  if (tokens.length === 1 && (tags.has('LexDemonym') || evidence.demonyms.has(key(first))) && !countryCode(first.text)) return null;
  // "in Latin", "Latin medieval thinkers", "Swahili speakers": a language, as a demonym is, names
  // no body and no place (a language named after its country's name, or a town, is not one)
  if (tokens.length === 1 && isLanguageName(first.text) && !countryCode(first.text) && !isGazetteerPlace(first.text)) return null;
  // ("Panasonic in": a company compromise's lexicon knows is no adjective)
  const adjectival =
    ADJECTIVE_ENDING.test(key(first)) &&
    !GEO_NAMES.has(key(first)) &&
    /^\p{Ll}/u.test(next) &&
    !(tags.has('Organization') && tags.has('LexProper'));
  if (tokens.length === 1 && adjectival && !PLACE_OR_PERSON.some((t) => tags.has(t))) {
    return null; // "Napoleonic struggles", "Kurdish fighters": an adjective before its noun
  }
  // "the West", "the Global South": a compass word after "the", ending there, names a region
  if (/\bthe\s$/i.test(previousText) && !/^\p{Lu}/u.test(next) && isRegionWord(tokens)) return candidate;
  // ("AI systems" where the text speaks of artificial intelligence: an acronym of a common noun
  // stays one whatever noun follows it)
  if (tokens.length === 1 && evidence.commonAcronyms?.has(first.text)) return null;
  // "Patriot missile", "SDI program": the noun after it makes a common-looking word a name
  if (WEAPON_NOUNS.test(next) || OTHER_HEADS.has(next.toLowerCase())) return candidate;
  return isJunk(candidate, terms, evidence) ? null : candidate;
}

/** Prepositions, conjunctions and pronouns that can open a sentence before a name. */
const LEADING_FUNCTION_WORD =
  /^(?:for|with|from|to|in|on|at|by|of|as|after|before|since|under|over|unlike|like|per|via|without|within|during|through|against|among|between|and|but|or|so|yet|if|when|while|although|though|because|unless|once|whether|where|we|our|they|their|he|his|she|her|it|its|i|my|you|your)$/i;

/** compromise's tags for a place or an organisation. */
const PLACE_OR_BODY = ['Place', 'Country', 'City', 'Region', 'Organization'];

/** "West", "South", "Global South", "Global North": a compass word naming a part of the world. */
export const isRegionWord = (tokens: readonly { readonly text: string }[]): boolean =>
  /^(?:(?:Global\s)?(?:North|South)|West|East)$/.test(tokens.map((t) => t.text).join(' '));

/** Titles of an office that stand before a person's full name as a person's title does. */
const OFFICE_TITLES = new Set(['ceo', 'commissioner', 'founder', 'commander', 'director', 'chief']);
/** Titles of a crown, which open the names of its buildings and bodies. */
const CROWN_TITLES = new Set(['royal', 'imperial', 'queen', 'king', 'prince', 'princess', 'crown']);

/** Buildings a crown's word names ("Royal Albert Hall", "Royal Opera House" ends in a body's head). */
const CROWN_BUILDINGS = new Set(['hall', 'palace', 'castle', 'abbey', 'cathedral', 'gardens', 'park', 'theatre', 'stadium']);

/** Title words that never open a body's name: they say when, or whose. */
const NOT_NAME_TITLES = new Set(['former', 'his', 'her', 'their']);

/** Letters in the longest word a name holds. */
const MAX_NAME_WORD = 60;

/** Common words that open a name of the words after them. */
const NAME_OPENERS = /^(?:Operation|Project|Mount|Lake|Fort|Cape|Camp)$/;

/** The symbol of an SI unit or another unit of measure, with an SI prefix ("MHz", "mK", "kWh", "dB"). */
const UNIT_SYMBOL = /^[yzafpnμµumcdhkMGTPE]?(?:Hz|Wh|W|V|A|s|m|g|K|J|N|Pa|eV|Ω|F|T|L|mol|bar|B|bps|dB|dBm|Gy|Sv|Bq|lx|ppm|ppb)$/u;

const LEGAL_FORM_AFTER =
  /^,?\s(?:Inc|Incorporated|Ltd|LLC|LLP|PLC|plc|Corp|GmbH|AG|S\.A|N\.V|B\.V|Pty|Oyj?|AB|ASA|ApS|A\/S|SpA|S\.p\.A|Srl|S\.r\.l|KGaA|Ltda|Bhd|Tbk|P?JSC)\b/;

/** Two or more capitalised words that are all ordinary English words, none of them a name in
 *  compromise's lexicon or read as part of a person's name elsewhere ("Public License"). */
function commonWordsOnly(tokens: readonly Token[], terms: readonly TermTags[], evidence: WordEvidence): boolean {
  const words = tokens.filter((t) => t.isCapitalised);
  if (words.length < 2) return false;
  return words.every((t) => {
    const tags = tagsOf(t, terms);
    const word = key(t);
    return englishWords().has(word) && !tags.has('LexProper') && !evidence.personWords?.has(word);
  });
}

/** Words that point at a part of a document ("Figure 3", "Section A", "Ref. 12"), never names. */
const DOCUMENT_PARTS = new Set([
  'figure',
  'fig',
  'figs',
  'table',
  'section',
  'sect',
  'chapter',
  'chap',
  'appendix',
  'annex',
  'exhibit',
  'ref',
  'refs',
  'eq',
  'eqs',
  'equation',
  'page',
  'paragraph',
  'step',
  'box',
  'panel',
  'note',
  'search',
]);

/** A month or weekday opening a date ("April 2023", "Monday President …"), not a name ("May Day"). */
const isDateWord = (t: Token, next: Token): boolean =>
  (isCalendarWord(key(t)) && (next.isNumber || TITLES.has(key(next)) || /^\d/.test(next.text))) ||
  // "May 2024": the month that is also a name, before a year
  (key(t) === 'may' && /^(?:1[5-9]|20)\d\d$/.test(next.text));

function dropConnectors(tokens: Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && !(tokens[k] as Token).isCapitalised) k++;
  return tokens.slice(k);
}

/** Single words that are not names: months, titles, pronouns, demonyms, common nouns written capitalised. */
function isJunk(c: Candidate, terms: readonly TermTags[], evidence: WordEvidence): boolean {
  if (c.tokens.length > 1) {
    // "Continental European", "East European": an adjective phrase whose noun follows in lower case
    const lastTags = tagsOf(c.tokens[c.tokens.length - 1] as Token, terms);
    return c.tokens.every((t) => COMPASS.has(key(t))) || lastTags.has('LexDemonym');
  }
  const token = c.tokens[0] as Token;
  const word = key(token);
  if (INSTITUTIONS.has(word) || GEO_NAMES.has(word) || countryCode(token.text) || KNOWN_VARIANTS.has(word)) return false;
  if (evidence.commonAcronyms?.has(token.text)) return true;
  // "Qatari", "Soviet": compromise's lexicon knows the word as a nationality or an adjective
  if (c.tags.has('LexDemonym') || c.tags.has('LexAdjective')) return true;
  // "Members", "Digital", "Agriculture": an English word that compromise neither knows as a
  // name nor reads as a person or place here is a common word written with a capital
  const knownName = c.tags.has('LexProper') || PLACE_OR_PERSON.some((t) => c.tags.has(t)) || evidence.personWords?.has(word);
  const singular = word.replace(/s$/, '');
  // "Solidarity", "the Philippines", "Sputnik": an English word the document capitalises in
  // mid-sentence and never writes in lower case is used as a name; the scores decide on it
  const usedAsName =
    evidence.capitalisedMidSentence.has(word) &&
    !evidence.lowerCase.has(word) &&
    !evidence.lowerCase.has(singular) &&
    !evidence.lowerCase.has(`${singular}s`);
  if (!isAllCaps(token) && !knownName && !usedAsName && englishWords().has(word)) return true;
  if (/^\p{Lu}{2,}s$/u.test(token.text)) return true; // "CEOs": a plural common noun
  if (ROMAN_NUMERAL.test(token.text) || NUMBER_WORD.test(word)) return true;
  if (word.length < 2 || TITLES.has(word) || COMPASS.has(word) || /['’](?:m|re|ve|ll|d|t)$/.test(word)) return true;
  if (c.tags.has('Month') || c.tags.has('WeekDay') || isCalendarWord(word)) return true;
  if (evidence.demonyms.has(word) || (c.tags.has('Demonym') && !TYPED_TAGS.some((t) => c.tags.has(t)))) return true;
  if (isAllCaps(token) || TYPED_TAGS.some((t) => c.tags.has(t))) return false;
  if (c.afterPossessiveDeterminer) return true; // "our Nation", "your home States": a common noun
  const term = termAt(token, terms);
  return (
    ((term?.isCommon ?? false) && !usedAsName) ||
    evidence.lowerCase.has(word) ||
    evidence.lowerCase.has(singular) ||
    evidence.lowerCase.has(`${singular}s`)
  );
}
