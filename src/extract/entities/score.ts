import { slug as slugOf } from '../../model/names.js';
import { englishWords } from '../../model/english-words.js';
import type { EntityType, Scored } from '../../model/enriched.js';
import { countryIdName } from './country.js';
import { INSTITUTIONS } from './lexicon.js';
import { isGazetteerPlace } from './places.js';
import type { Typing } from './type.js';

/** A typed mention as scoring sees it. */
export interface ScoredMention {
  readonly name: string;
  readonly typing: Typing;
  /** Capitalised after a sentence's first word, outside a heading: where a common word is not. */
  readonly midSentence?: boolean;
  /** Right after "a" or "an". */
  readonly afterIndefinite?: boolean;
  /** Right before a plural acronym in brackets. */
  readonly kindByPluralAcronym?: boolean;
  /** Right after a role's "of" in a job title. */
  readonly inJobTitle?: boolean;
  /** Right after a capitalised word and "of" or "for". */
  readonly afterNameOf?: boolean;
  /** Its first word is a first name in compromise's lexicon ("Omar"). */
  readonly opensWithFirstName?: boolean;
}

/** What the entity's name, type and mentions say. */
export interface ScoreInput {
  readonly name: string; // canonical
  readonly type: EntityType;
  readonly mentions: readonly ScoredMention[];
  /** An acronym of the text stands for the name ("Made in China 2025" (MIC25)). */
  readonly acronymExpanded: boolean;
  /** ISO 3166-1 alpha-2 code when the entity is a country. */
  readonly country?: string;
  /** A mention stands in a list ("Huawei and ZTE") with a name surely of the same type. */
  readonly listedWithType?: boolean;
}

/**
 * How far each typing rule decides a type on its own (entity-type.ts, entity-context.ts): word
 * lists and strong context cues high, compromise's tags medium, the fallback default low.
 */
const RULE_STRENGTH: ReadonlyMap<string, number> = new Map([
  ['author', 0.95],
  ['known-variant', 0.9],
  ['suffix:organization', 0.9],
  ['suffix:place', 0.9],
  ['suffix:other', 0.85],
  ['title', 0.9],
  ['geo-name', 0.9],
  ['dateline', 0.85],
  ['town-region', 0.85],
  ['lexicon:place', 0.85],
  ['lexicon:organization', 0.85],
  ['apposition', 0.85],
  ['source', 0.7],
  ['role-apposition', 0.8],
  ['person-verb', 0.7],
  ['class-noun', 0.85],
  ['locative', 0.7],
  ['weapon-noun', 0.8],
  ['member-noun', 0.75],
  ['employer', 0.8],
  ['office-body', 0.8],
  ['runs-body', 0.75],
  ['product', 0.7],
  ['seller', 0.8],
  ['listed', 0.8],
  ['romanised-name', 0.85],
  ['road', 0.8],
  ['team', 0.85],
  ['based', 0.8],
  ['country-body', 0.75],
  ['quoted-title', 0.85],
  ['name-shape', 0.45],
  ['programme-noun', 0.8],
  ['numbered-name', 0.75],
  ['list', 0.75],
  ['toponym-ending', 0.7],
  ['gazetteer', 0.75],
  ['place-noun', 0.8],
  ['vessel', 0.85],
  ['party', 0.8],
  ['event', 0.8],
  ['regnal-numeral', 0.75],
  ['case', 0.85],
  ['org-opener', 0.85],
  ['acronym-name', 0.65],
  ['designation', 0.7],
  ['eponym', 0.8],
  ['family-name', 0.7],
  ['speaker', 0.7],
  ['place-and-noun', 0.6],
  ['body-of-place', 0.75],
  ['company-head', 0.75],
  ['cited-author', 0.7],
  ['tag:person', 0.65],
  ['tag:place', 0.65],
  ['tag:organization', 0.6],
  ['tag:person-common-words', 0.35],
  ['locative-weak', 0.45],
  ['acronym', 0.35],
  ['default', 0.3],
]);
const strengthOf = (t: Typing, name: string): number =>
  t.rule === 'acronym' && isWordAcronym(name) ? WORD_ACRONYM_STRENGTH : (RULE_STRENGTH.get(t.rule) ?? (t.isDefault ? 0.3 : 0.6));

/** An acronym read as a word ("NAFTA", "OPEC", "ASEAN") names a body or a programme more often
 *  than letters read one by one ("TV", "GPS", "HIV"), which are as often common nouns: once
 *  capitalised mid-sentence, it clears the default threshold. */
const WORD_ACRONYM_STRENGTH = 0.42;

/** The highest confidence of a name whose every mention has the default type (see scoreEntity). */
const UNDECIDED_MAX = 0.45;

/** Onsets of two consonants an English word can open with. */
const ONSETS = new Set([
  'BL',
  'BR',
  'CL',
  'CR',
  'DR',
  'FL',
  'FR',
  'GL',
  'GR',
  'PL',
  'PR',
  'SC',
  'SK',
  'SL',
  'SM',
  'SN',
  'SP',
  'ST',
  'SW',
  'TR',
  'TW',
  'CH',
  'SH',
  'TH',
  'WH',
  'PH',
]);

/** Four to eight capitals that can be read as a word but are none: a vowel (or Y) in it, no three
 *  consonants in a row, and no two at the start but an English onset. */
function isWordAcronym(name: string): boolean {
  if (!/^[A-Z]{4,8}$/.test(name) || !/[AEIOUY]/.test(name) || /[^AEIOUY]{3}/.test(name)) return false;
  if (englishWords().has(name.toLowerCase())) return false; // "LINK", "TITLE", "AIDS": a word set in capitals
  const start = /^[^AEIOUY]{2}/.exec(name)?.[0];
  return start === undefined || ONSETS.has(start);
}
/** "rule:suffix-organization", "tag:person": the evidence tag of a typing rule. */
const ruleTag = (rule: string): string => (rule.startsWith('tag:') ? rule : `rule:${rule.replace(/:/g, '-')}`);

const STRENGTH_BY_TAG: ReadonlyMap<string, number> = new Map([...RULE_STRENGTH].map(([rule, strength]) => [ruleTag(rule), strength]));

/** How far the strongest typing rule in an entity's evidence decides its type on its own (RULE_STRENGTH); 0 for none. */
export const strongestRule = (evidence: readonly string[]): number =>
  Math.max(0, ...evidence.map((tag) => (tag === 'lexicon:country' ? 0.9 : (STRENGTH_BY_TAG.get(tag) ?? 0))));

const round = (x: number): number => Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100;

/** A word of a personal name after its first: a capital's initial or a capitalised word. */
const NAME_WORD = String.raw`\p{Lu}\.|\p{Lu}[\p{L}'’.-]+`;
/** A person's name of two to four capitalised words ("Norman Schwarzkopf"), not an initial alone. */
const FULL_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:${NAME_WORD})){1,3}$`, 'u');
/** The same with the particles names hold inside ("Omar al-Bashir", "Mohammed bin Salman",
 *  "Ursula von der Leyen"), which a title's words take too ("Kitāb al-Shifā"). */
const PARTICLE_NAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:bin|ibn|bint|van|von|de|da|di|du|del|der|den|la|le|dos|das|ten|ter)\s+){0,2}(?:${NAME_WORD}|(?:al|el|ad|ar|as|ash|at|az|ul)-\p{Lu}[\p{L}'’-]+)){1,3}$`,
  'u',
);
const isFullName = (name: string, mentions: readonly ScoredMention[]): boolean =>
  FULL_NAME.test(name) || (PARTICLE_NAME.test(name) && mentions.some((m) => m.opensWithFirstName));

/**
 * Confidence (0–1) and evidence tags of an entity: the strongest rule that gave its type, less
 * when other sure rules typed it otherwise, more for several mentions, mentions capitalised
 * mid-sentence, an acronym the text expands, a full personal name; a common English word typed by
 * no list or cue loses some. The fallback type alone stays below the default threshold (0.5).
 */
export function scoreEntity(input: ScoreInput): Scored {
  const { mentions, type } = input;
  const evidence: string[] = [];
  const ofType = mentions.filter((m) => m.typing.type === type);
  const rules = [...new Set(ofType.map((m) => m.typing.rule))].sort(
    (a, b) => (RULE_STRENGTH.get(b) ?? 0) - (RULE_STRENGTH.get(a) ?? 0) || a.localeCompare(b),
  );
  const base = Math.max(0.3, ...ofType.map((m) => strengthOf(m.typing, input.name)));
  let confidence = base;
  for (const rule of rules.slice(0, 3)) evidence.push(ruleTag(rule));
  if (input.country) {
    confidence = Math.max(confidence, 0.9);
    evidence.unshift('lexicon:country');
  }
  const sure = mentions.filter((m) => !m.typing.isDefault);
  const against = sure.filter((m) => m.typing.type !== type).length;
  if (against > 0) {
    confidence -= (0.25 * against) / sure.length;
    evidence.push(`types-disagree:${against}`);
  }
  // what the mentions add is capped: many mentions make a name surer, not its type
  let support = 0;
  if (mentions.length > 1) {
    support += Math.min(0.1, 0.04 * (mentions.length - 1));
    evidence.push(`mentions:${mentions.length}`);
  }
  const mid = mentions.filter((m) => m.midSentence).length;
  if (mid > 0) {
    support += mid === 1 ? 0.1 : mid === 2 ? 0.18 : 0.23;
    evidence.push(mid === 1 ? 'mid-sentence' : `mid-sentence:${mid}`);
  }
  if (input.acronymExpanded) {
    support += 0.25;
    evidence.push('acronym-expansion');
  }
  if (input.listedWithType) {
    support += 0.15;
    evidence.push(`listed-with:${type}`);
  }
  // a full name counts when something other than the look of ordinary words made it a person
  if (type === 'person' && isFullName(input.name, input.mentions) && ofType.some((m) => m.typing.rule !== 'tag:person-common-words')) {
    support += 0.1;
    evidence.push('full-name');
  }
  confidence += Math.min(0.3, support);
  // a name no rule and no tag could type stays below the default threshold however often it is
  // named: its type is a guess, and a guessed type is no row for a database (one the text
  // introduces with its acronym is a body's or a programme's formal name, and stays)
  if (!input.acronymExpanded && mentions.every((m) => m.typing.rule === 'default')) {
    confidence = Math.min(confidence, UNDECIDED_MAX);
    evidence.push('type-undecided');
  }
  // ("WHO", "IT" in capitals are acronyms: the scores decide on them)
  if (isFunctionWord(input.name) && !/^\p{Lu}{2,}$/u.test(input.name)) {
    // "It", "This": a pronoun or determiner a line break left capitalised is no name
    confidence = Math.min(confidence, 0.1);
    evidence.push('function-word');
  } else if (base < 0.85 && /^(?:Our|Your|Their|My)\s/.test(input.name)) {
    // "Our Brands", "Our Future": a possessive determiner opens a phrase the text capitalised for
    // emphasis, no name
    confidence = Math.min(confidence, 0.3);
    evidence.push('function-word');
  } else if (isHeadNounOnly(input)) {
    // "The Company", "The Technologies": the suffix word that typed it is the whole name, a common noun
    confidence = Math.min(confidence, 0.45);
    evidence.push('head-noun-only');
  } else if (CITATION_KEY.test(input.name) && base < 0.85) {
    // "Mit97", "Smi04a": an author-year citation key, whatever compromise made of it
    confidence = Math.min(confidence, 0.2);
    evidence.push('citation-key');
  } else if ((base <= 0.35 || type === 'place' || type === 'person') && CODE_LIKE.test(input.name)) {
    // "Kar15b", "SK57": a citation key or part number, by no rule a name, and never a place or a person
    confidence = type === 'place' || type === 'person' ? Math.min(confidence, 0.3) : confidence - 0.15;
    evidence.push('code-like');
  } else if (!input.country && base < 0.85 && isShoutedWords(input.name)) {
    // "FOR FURTHER INFORMATION CONTACT", "ADDRESSES": a label or heading set in capitals
    confidence = Math.min(confidence, 0.3);
    evidence.push('capitals-words');
  } else if (mentions.every((m) => m.inJobTitle) && isCommonWords(input.name)) {
    // "Head of Corporate Communications", "Director of Public Affairs": a department named in a
    // job title, in ordinary words, is part of the title
    confidence = Math.min(confidence, 0.3);
    evidence.push('job-title');
  } else if (base < 0.85 && mentions.every((m) => m.afterNameOf) && isCommonWords(input.name)) {
    // "… Bureau of Enquiry and Analysis for Civil Aviation Safety": ordinary words after a name's
    // "of" or "for" are the tail of a longer name the words were cut from, no name of their own
    confidence = Math.min(confidence, 0.3);
    evidence.push('name-tail');
  } else if (mentions.some((m) => m.kindByPluralAcronym)) {
    // "Recurrent Neural Networks (RNNs)": the text counts them, a kind of thing and no name
    confidence = Math.min(confidence, 0.3);
    evidence.push('plural-acronym');
  } else if (
    !input.country &&
    base < 0.9 &&
    !(type === 'place' && base >= 0.75) &&
    !(type === 'person' && isForeignName(input.name)) &&
    // ("a Falcon 9 rocket", "an Astute-class boat": the article is the noun's the name qualifies)
    !ofType.some((m) => m.typing.rule === 'weapon-noun' || m.typing.rule === 'model') &&
    mentions.every((m) => m.afterIndefinite)
  ) {
    // "an Act of Love", "a Kyoto Prize Laureate": one of a kind the capitals dignify (a place
    // the gazetteer or its words make sure of is a town's name used as an adjective: "a Dartmouth teacher")
    confidence = Math.min(confidence, 0.45);
    evidence.push('after-indefinite-article');
  } else if (
    input.acronymExpanded &&
    base < 0.85 &&
    input.name.includes(' ') &&
    isCommonWords(input.name) &&
    !mentions.some((m) => m.typing.rule.startsWith('suffix:'))
  ) {
    // "Foreign Direct Investment (FDI)", "Natural Language Processing (NLP)": ordinary words an
    // acronym abbreviates, with no word naming a body, are a term the text will use, not a name
    confidence = Math.min(confidence, 0.45);
    evidence.push('term-expansion');
  } else if (!input.country && base < 0.85 && INITIALS_ONLY.test(input.name)) {
    // "M.D.", "T.W.": initials alone, a degree or the start of a name the line cut off
    confidence = Math.min(confidence, 0.3);
    evidence.push('initials-only');
  } else if (type !== 'person' && base < 0.85 && SYMBOL_LIKE.test(input.name)) {
    // "Dk", "VGj", "Tps": a formula's symbol, no vowel to say it as a word; "U0", "V0": a
    // quantity's starting value
    confidence = Math.min(confidence, 0.2);
    evidence.push('symbol-like');
  } else if (!input.country && isInitialAndWord(input.name)) {
    // "D. Quantum", "K. Topological": an author's initial run into the title of a reference
    confidence = Math.min(confidence, 0.3);
    evidence.push('initial-and-word');
  } else if (
    !input.country &&
    byContextOnly(input) &&
    (input.name.includes(' ') || input.mentions.every((m) => m.typing.rule === 'list')) &&
    isCommonWords(input.name)
  ) {
    // "Operating Procedures" after "in", "Certificate Limitations" in a list of places, "Suite"
    // in an address: English words that only the words around them made a name
    confidence = Math.min(confidence, 0.45);
    evidence.push('common-words');
  } else if (
    type === 'place' &&
    !input.country &&
    !input.name.includes(' ') &&
    input.mentions.every((m) => m.typing.rule === 'locative' || m.typing.isDefault) &&
    isCommonWords(input.name) &&
    !isGazetteerPlace(input.name)
  ) {
    // "in Article 5", "in Danger", "of Palaeontology": an English word after "in" or a place's
    // noun is a place only when the gazetteer knows a town of that name ("in Flint", "in Cairns")
    confidence = Math.min(confidence, 0.45);
    evidence.push('common-words');
  } else if (!input.country && base < 0.85 && input.name.includes('&') && isCommonWords(input.name)) {
    // "General & Administrative", "Research & Development": a line item of ordinary words
    confidence = Math.min(confidence, 0.45);
    evidence.push('common-words');
  } else if (!input.country && base < 0.85 && (type !== 'person' || base <= 0.35) && isCommonWords(input.name)) {
    // "Operating Procedures", "Data Services": English words that no list or strong cue makes a name
    confidence -= 0.2;
    evidence.push('common-words');
  }
  return { confidence: round(confidence), evidence };
}

/** Initials alone: "M.D.", "T.W.", "S.-T.". */
const INITIALS_ONLY = /^(?:\p{Lu}\.[\s-]?){1,3}$/u;
/** One or two capitals and one to three small letters, no vowel among them: "Dk", "VGj". */
const SYMBOL_LIKE = /^(?![\s\S]*[AEIOUYaeiouy])\p{Lu}{1,2}\p{Ll}{1,3}$|^\p{Lu}0$/u;

/** Pronouns, determiners and the like, capitalised at a line start the sentence split missed ("It", "This"). */
const FUNCTION_WORD =
  /^(?:it|its|this|that|these|those|he|she|we|they|i|you|his|her|our|their|there|here|what|which|who|when|where|how|why|if|as|so|yet|but|and|or|the|a|an|all|some|any|each|every|no|not|one)$/i;
const isFunctionWord = (name: string): boolean => FUNCTION_WORD.test(name.trim());
/** An organization or programme named by its suffix word alone ("The Company"), not a
 *  one-word institution ("Congress", "the Pentagon"). */
function isHeadNounOnly(input: ScoreInput): boolean {
  if (input.type !== 'organization' && input.type !== 'other') return false;
  // "Act 2021", "Bill 2024": a law's head word and its year, the rest of its name cut off before them
  if (LAW_AND_YEAR.test(input.name)) return true;
  const word = input.name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
  const bySuffix = input.mentions.every((m) => m.typing.rule.startsWith('suffix:') || m.typing.type !== input.type);
  return bySuffix && /^\p{L}+$/u.test(word) && !INSTITUTIONS.has(word) && englishWords().has(word);
}

/** A law's head word and a year alone. */
const LAW_AND_YEAR = /^(?:Act|Bill|Law|Amendment|Ordinance|Decree)\s+(?:1[89]|20)\d{2}$/u;

/** Typed only by a preposition before it ("in X"), never by its own words or tags; for a place,
 *  also by the places it is listed with (organisations listed together are often units of one body). */
const byContextOnly = (input: ScoreInput): boolean =>
  input.mentions.every(
    (m) =>
      m.typing.isDefault ||
      ['locative', 'locative-weak'].includes(m.typing.rule) ||
      // ("Siemens, Energy and Environment": one ordinary word a list made a body; "Airworthiness
      // Products Section, Operational Safety Branch": several, listed with a body, are its offices)
      (m.typing.rule === 'list' && (input.type === 'place' || !input.name.includes(' '))),
  );

/** Set in capitals and made of English words: several ("FOR FURTHER INFORMATION CONTACT"), or
 *  one longer than an acronym runs ("ADDRESSES"); "GRAIL" and "FLEX" may be names. */
function isShoutedWords(name: string): boolean {
  if (!/^[\p{Lu}\s-]+$/u.test(name) || !/\p{Lu}{2}/u.test(name)) return false;
  const words = name.split(/[\s-]+/).filter(Boolean);
  return (words.length > 1 || (words[0]?.length ?? 0) >= 6) && isCommonWords(name);
}

/** Initials and one English word of five letters or more: "D. Quantum", "J. Fault-tolerant". */
function isInitialAndWord(name: string): boolean {
  const m = /^(?:\p{Lu}\.\s*)+(\p{L}[\p{L}-]{4,})$/u.exec(name.trim());
  return m !== null && isCommonWords(m[1] ?? '');
}

/** One word of two letters or more then digits, maybe a letter after ("Kar15b", "VKMT13");
 *  a single letter and a number names a group ("G7", "G20"). */
const CODE_LIKE = /^\p{L}{2,}\d+\p{Ll}?$/u;
/** A capital, small letters and a two- or four-digit year, maybe a letter after: an author-year
 *  citation key ("Mit97", "Kar15b"); codes in capitals ("MH17") are left to CODE_LIKE. */
const CITATION_KEY = /^\p{Lu}\p{Ll}{1,5}(?:\d{2}|\d{4})\p{Ll}?$/u;

/** A name of two words or more, none an English word: "a Kenji Watanabe header" is the
 *  header's article, no sign of one of a kind ("a Kyoto Prize Laureate"). */
function isForeignName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{L}+$/u.test(w) && !englishWords().has(w));
}

/** Every word of the name is an English dictionary word ("Data Services"); numbers make no name common. */
export function isCommonWords(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'of' && w !== 'and' && w !== 'the' && w !== '&');
  return words.length > 0 && words.every((w) => /^\p{L}+$/u.test(w) && englishWords().has(w));
}

export { slug } from '../../model/names.js';

/** The id an entity has in every document: its type and its slugged canonical name; a country's
 *  from the one name of its code, whichever form the document uses ("place:united-states"). */
export function entityId(type: EntityType, name: string, country?: string): string {
  const base = (country && countryIdName(country)) || name;
  return `${type}:${slugOf(base) || slugOf(name) || 'unnamed'}`;
}
