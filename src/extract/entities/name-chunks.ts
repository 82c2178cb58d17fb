import {
  NAMING_NOUNS,
  PLACE_OPENERS,
  COLLECTIVE_POSSESSORS,
  PARTY_PLURALS,
  INSTITUTIONS,
  LAW_HEADS,
  OF_HEADS,
  LEGAL_FORM,
  ORG_HEADS,
  WEAPON_NOUNS,
  OTHER_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  OFFICE_WORDS,
  RANK_MODIFIERS,
  TITLE_ENDS,
  NUMBERED_STATUTES,
  ROAD_WORDS,
  STATUTE_HEADS,
  TITLES,
  isHeadWord,
} from './lexicon.js';
import { type Token, isDictionaryWord } from './name-tokens.js';
import { ENGLISH_MONTH_ABBREVIATIONS, isCalendarWord } from '../../model/months.js';
import { isGazetteerPlace } from './places.js';
import { countryCode } from './country.js';
import { isCurrencyCode } from '../figures/currency.js';

/** A run of capitalised words (with inner connectors and numbers) that may be a name. */
export interface Chunk {
  readonly tokens: readonly Token[];
  /** A work's title in quotes: its words are the name as written ("Lord of the Rings"). */
  readonly quoted?: boolean;
}

/** Name particles that join capitalised words of a person's name ("von der", "bin"). */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'arap',
  'no',
  // the Spanish "and" inside a name: "Castilla y León", "Ortega y Gasset"
  'y',
]);
/** Connectors allowed inside a name, and what the words around them must be (see below). */
const OF_LIKE = new Set(['of', 'for', 'on', 'into']);
/** Forms of address: "Mrs. Denise Alvarez of Tucson" is a person from a town, not an office. */
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|dame|lady|lord)$/;
const AND_LIKE = new Set(['and', '&']);

const lower = (t: Token | undefined): string => (t?.text ?? '').toLowerCase().replace(/\.$/, '');

/** "Halvorsen & Clarke": an ampersand between two capitalised words joins them like a space. */
const AMPERSAND = /^\s*&\s*$/;

/** A possessive inside a name: "People's Bank", "Women's Cup" (a collective noun owns, not a name). */
const innerPossessive = (t: Token | undefined): boolean =>
  !!t?.isPossessive && (COLLECTIVE_POSSESSORS.has(lower(t)) || (/men$/.test(lower(t)) && isDictionaryWord(t)));
/** "Employees' Provident Fund", "Builders' Association": a common noun's plural possessive, its
 *  apostrophe after the "s", inside a name (a party's is its own: "the Democrats' Senate seats"). */
const pluralPossessor = (previous: Token | undefined, t: Token, isFirstName: (t: Token) => boolean): boolean =>
  previous !== undefined &&
  t.isCapitalised &&
  /^['’]\s$/.test(t.gap) &&
  /\p{Ll}s$/u.test(previous.text) &&
  isDictionaryWord(previous) &&
  !PARTY_PLURALS.has(lower(previous)) &&
  // (the word after it an ordinary one: "the Lakers' Jordan" is a player)
  isDictionaryWord(t) &&
  !isFirstName(t) &&
  !isGazetteerPlace(t.text) &&
  countryCode(t.text) === undefined;
/** "King's College London", "National Prosecutor's Office", "Queen's University": an office's
 *  possessive before a body's head word, inside the body's name ("Britain's Ministry of Defence",
 *  "Musk's Tesla": a place's or a person's possessive stays outside). */
const ROLE_POSSESSORS = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'prosecutor',
  'ombudsman',
  'attorney',
  'auditor',
  'comptroller',
  'registrar',
  'governor',
  'chancellor',
  'president',
  'premier',
  'bishop',
]);
const roleBeforeBody = (tokens: readonly Token[], j: number): boolean => {
  const possessor = tokens[j - 1];
  if (!possessor?.isPossessive || !ROLE_POSSESSORS.has(lower(possessor))) return false;
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalised || (k > j && !t.joinsPrevious)) return false;
    if (isHeadWord(ORG_HEADS, lower(t))) return true;
    if (t.isPossessive) return false;
  }
  return false;
};
/** "St Michael's Estate", "Saint Mary's Hospital": a saint's possessive inside a name. */
const SAINT = /^(?:St\.?|Saint)$/;

/** Words after a number that make it an amount, no part of a name: "Google 42.1 billion won",
 *  "KSh 60 billion", "Isamaa 12%". */
const AMOUNT_AFTER = /^(?:hundred|thousand|million|billion|trillion|bn|mn|percent|per)$/i;
const isAmount = (next: Token | undefined): boolean => next !== undefined && (AMOUNT_AFTER.test(next.text) || /^\s*%/.test(next.gap));

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** The capitalised (or number) run starting at index i, stopping at a sentence start or punctuation. */
function runFrom(tokens: readonly Token[], i: number, isFirstName: (t: Token) => boolean = () => false): Token[] {
  const run: Token[] = [];
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    const previous = run[run.length - 1];
    const joins =
      t.joinsPrevious ||
      (AMPERSAND.test(t.gap) && t.isCapitalised && !previous?.isPossessive) ||
      (j > i && pluralPossessor(previous, t, isFirstName));
    // ("Cox's Bazar": a town the gazetteer names with a possessive)
    const saints =
      previous?.isPossessive === true && (SAINT.test(run[run.length - 2]?.text ?? '') || isGazetteerPlace(`${previous.text}'s ${t.text}`));
    if (j > i && (!joins || t.isInitial || (previous?.isPossessive && !innerPossessive(previous) && !saints && !roleBeforeBody(tokens, j))))
      break;
    // ("West 46th Street", "the 43rd Marine Infantry Battalion": an ordinal inside a name)
    const ordinal =
      run.length > 0 && ORDINAL.test(t.text) && tokens[j + 1]?.isCapitalised === true && tokens[j + 1]?.joinsPrevious === true;
    // ("a fund of US$170 million", "HK$5": a country's letters before a dollar sign are the currency's)
    if (/^[A-Z]{1,3}$/.test(t.text) && tokens[j + 1]?.gap.startsWith('$')) break;
    if (t.isCapitalised || ordinal || (t.isNumber && run.length > 0 && !isAmount(tokens[j + 1]))) run.push(t);
    else break;
  }
  return run;
}

/** Whether a connector may join the run after it to the chunk before it; `isName` says whether
 *  a word is a name by itself in the lexicon ("Ford"), which "and" then does not join to the
 *  name after it ("Ford and General Motors" are two). */
function connects(
  connector: string,
  before: readonly Token[],
  after: readonly Token[],
  isName: (t: Token) => boolean,
  isFirstName: (t: Token) => boolean,
): boolean {
  const last = after[after.length - 1];
  if (!last || after[0]?.isNumber) return false;
  if (PARTICLES.has(connector)) return true;
  // "Freedom of Information Act", "Bill of Rights Act": a law's name holds its "of"
  if (OF_LIKE.has(connector)) {
    // "Commission of Inquiry into State Capture", "Royal Commission into …": what an inquiry looks into
    if (connector === 'into')
      return /^(?:inquiry|commission|investigation|review)$/.test(lower(before[before.length - 1])) && after.length <= 4;
    // "Second Thomas Shoal on February 3", "the Rogun Dam on the Vakhsh": a date, or a place on another
    const dated = isCalendarWord(lower(after[0])) || (lower(after[0]) === 'may' && after[1]?.isNumber === true);
    if (dated || (connector === 'on' && PLACE_HEADS.has(lower(before[before.length - 1])))) return false;
    // "Office for the Coordination of Humanitarian Affairs": a body's name goes on through a
    // second "of" for a few capitalised words
    const firstOf = before.findIndex((t, k) => k > 0 && OF_LIKE.has(lower(t)));
    const firstHead = lower(before[firstOf - 1]);
    if (connector === 'of' && firstOf > 0 && (isHeadWord(ORG_HEADS, firstHead) || LAW_HEADS.has(firstHead)) && after.length <= 3)
      return true;
    return (
      // ("Ministry of …", "Centers for Disease Control")
      isHeadWord(OF_HEADS, lower(before[before.length - 1])) ||
      // ("Secretary of State", "Prime Minister of Japan"; not "Governor Gretchen Whitmer of Michigan")
      (before.every((t) => TITLES.has(lower(t))) && !HONORIFICS.test(lower(before[0]))) ||
      (before.length <= 2 && connector === 'of' && LAW_HEADS.has(lower(last)))
    );
  }
  // "Trinidad and Tobago", "Bosnia and Herzegovina": a country's name holds its "and"
  const words = (ts: readonly Token[]): string => ts.map((t) => t.text).join(' ');
  if (AND_LIKE.has(connector) && countryCode(`${words(before)} ${connector} ${words(after)}`) !== undefined) return true;
  // "Centre for Defence and Security", "Ministry of Trade and Industry": after "of"/"for" the
  // name goes on through "and" while both sides are capitalised (a short run, not a new body)
  // ("the Museum of Modern Art and Tate Modern": a word no dictionary has opens a name of its own)
  if (AND_LIKE.has(connector) && hasOfConnector(before)) {
    // ("the Bank of England and Lake Geneva": a place's opening word opens a name of its own)
    return (
      after.length <= 3 && !INSTITUTIONS.has(lower(after[0])) && !PLACE_OPENERS.has(lower(after[0])) && isDictionaryWord(after[0] as Token)
    );
  }
  if (AND_LIKE.has(connector)) {
    if (before.length === 1 && after.length > 1 && isName(before[0] as Token)) return false;
    // ("Trade and Industry Ministry"; not "Flydubai and Turkish Airlines": two bodies, the first one word no dictionary has)
    if (before.length === 1 && !isDictionaryWord(before[0] as Token)) return false;
    // ("Amnesty International and Human Rights Watch", "Lakeshore Health and Prairie Ridge Health
    // System", "William Burns and White House envoy": two words before "and" that end in a body's
    // head, or open with a first name, are a name of their own)
    const words = /^(?:the|a|an)$/.test(lower(before[0])) ? before.slice(1) : before;
    const ownName =
      words.length === 2 &&
      (ORG_HEADS.has(lower(words[1])) ||
        lower(words[1]) === 'international' ||
        (lower(words[1]) === 'health' && after.some((t) => lower(t) === 'health')) ||
        isFirstName(words[0] as Token));
    // ("Bangladesh Garment Manufacturers and Exporters Association": three words with no head of
    // their own before a body's head word after "and")
    const headless = words.length === 3 && ORG_HEADS.has(lower(last)) && !words.some((t) => isHeadWord(ORG_HEADS, lower(t)));
    // ("TNG Investment and Trading JSC": a company's legal form ends the name as a head word does)
    return (
      (words.length <= 2 || headless) &&
      !ownName &&
      (OTHER_HEADS.has(lower(last)) || ORG_HEADS.has(lower(last)) || LEGAL_FORM.test(last.text))
    );
  }
  // "Roe v. Wade", "State v Mulaudzi and Others": the parties of a court case
  if (/^vs?\.?$/.test(connector)) return after.length <= 3;
  // "Made in China 2025": a programme name ending in a number or a programme word
  // ("Texas in November 2024" is a place and a date)
  if (connector === 'in') {
    // "Nobel Memorial Prize in Economic Sciences": a prize in its field
    if (/^(?:prize|award|medal)$/.test(lower(before[before.length - 1]))) return after.length <= 3;
    // ("Germany in May 2024": "May" before a year is the month)
    const dated = isCalendarWord(lower(after[0])) || (lower(after[0]) === 'may' && after[1]?.isNumber === true);
    return before.length === 1 && !dated && (last.isNumber || OTHER_HEADS.has(lower(last)));
  }
  return false;
}

/** An "of"/"for"/"on" inside the chunk (a sentence's opening "For" is none). */
const hasOfConnector = (chunk: readonly Token[]): boolean => chunk.some((t, k) => k > 0 && OF_LIKE.has(lower(t)));

/**
 * "Ministry of Environment, Water and Agriculture": after "of"/"for", single capitalised words
 * listed with commas and closed by "and" + a capitalised word belong to the name. Returns how
 * many tokens from j form such a list (0 when they do not).
 */
function ofList(tokens: readonly Token[], j: number): number {
  let k = j;
  const word = (t: Token | undefined): boolean => !!t?.isCapitalised && !t.isPossessive && !/^[\p{Lu}\d.&-]{2,}$/u.test(t.text);
  // (an item may be two words: "Department of Housing, Local Government and Heritage")
  while (word(tokens[k]) && /^,\s+$/.test(tokens[k]?.gap ?? '')) {
    k++;
    if (word(tokens[k]) && tokens[k]?.joinsPrevious) k++;
  }
  if (k === j) return 0;
  const and = tokens[k];
  const last = tokens[k + 1];
  if (!and || !AND_LIKE.has(lower(and)) || !/^,?\s+$/.test(and.gap)) return 0;
  if (!word(last) || !last?.joinsPrevious || INSTITUTIONS.has(lower(last))) return 0;
  const next = tokens[k + 2];
  return next?.isCapitalised && next.joinsPrevious ? 0 : k + 2 - j;
}

/** Titles at which a run splits into a body and a person: "Federal Reserve Chair Jerome Powell". */
const SPLIT_TITLES = new Set([
  ...PERSON_TITLES,
  'secretary-general',
  'director-general',
  'commissioner',
  'chair',
  'chairwoman',
  'ceo',
  'director',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'head',
]);

/**
 * Splits "World Bank President Ajay Banga" into "World Bank" and "President Ajay Banga": a title
 * inside a run of capitalised words (not its first word, not after another title, with no
 * connector before it) followed by one to three capitalised words that are not a title.
 */
function splitAtTitle(chunk: readonly Token[]): Token[][] {
  // "Secretary of State George Marshall": an office named by its title and its department,
  // then the person holding it
  const [title, of, department] = chunk;
  const holder = chunk.slice(3);
  if (
    PERSON_TITLES.has(lower(title)) &&
    lower(of) === 'of' &&
    department?.isCapitalised &&
    holder.length >= 2 &&
    holder.length <= 3 &&
    holder.every((t) => t.isCapitalised && !t.isNumber && !TITLES.has(lower(t)))
  ) {
    return [holder]; // the office is a role, not a name
  }
  for (let k = 1; k < chunk.length - 1; k++) {
    const t = chunk[k] as Token;
    const previous = lower(chunk[k - 1]);
    if (!SPLIT_TITLES.has(lower(t)) || ((TITLES.has(previous) || RANK_MODIFIERS.has(previous)) && !OFFICE_WORDS.has(previous))) continue;
    // "UK Prime Minister Keir Starmer", "Nigerian Finance Minister Wale Edun": the office's words
    // before its title word go with it (a portfolio, "Prime", "Vice"), and after it ("Chief
    // Executive Amin Nasser") the words that finish it
    let from = k;
    while (from > 1 && OFFICE_WORDS.has(lower(chunk[from - 1]))) from--;
    let to = k + 1;
    while (to < chunk.length - 2 && TITLE_ENDS.has(lower(chunk[to]))) to++;
    // "US Secretary of State Marco Rubio": the office's department after its "of"
    const ofDepartment = lower(chunk[to]) === 'of' && chunk[to + 1]?.isCapitalised === true && chunk.length - (to + 2) >= 2;
    if (ofDepartment) to += 2;
    const before = chunk.slice(0, from);
    const after = chunk.slice(to);
    // ("Bank of Japan Governor Kazuo Ueda": the body's name may hold its connectors; "European
    // Commission President Ursula von der Leyen": the person's, its particles)
    const bodyWord = (b: Token, i: number): boolean =>
      b.isCapitalised || (i > 0 && i < before.length - 1 && (OF_LIKE.has(lower(b)) || AND_LIKE.has(lower(b)) || lower(b) === 'the'));
    if (!before.every(bodyWord) || before.some((b) => b.isPossessive && !innerPossessive(b))) continue;
    const names = after.filter((a) => !PARTICLES.has(a.text));
    const personWord = (a: Token, i: number): boolean =>
      (a.isCapitalised && !a.isNumber) || (i > 0 && i < after.length - 1 && PARTICLES.has(a.text));
    if (names.length > 3 || after.length > 5 || !after.every(personWord)) continue;
    // "United Nations General Assembly", "Joint Chiefs General Staff": the title word opens a body's name
    if (ORG_HEADS.has(lower(after[after.length - 1]))) continue;
    return ofDepartment ? [before, ...splitAtTitle(chunk.slice(from))] : [before, chunk.slice(from)];
  }
  return [[...chunk]];
}

/** Words that name a thing by the number after them ("Highway 97"; statutes: isStatuteNumber). */
const NUMBERED_HEADS: ReadonlySet<string> = new Set([
  ...ROAD_WORDS,
  'project',
  'resolution',
  'flight',
  'complex',
  'pad',
  'terminal',
  'gate',
  'radio',
  'channel',
  // ("Sustainable Development Goal 13", "Proposition 13": a numbered goal, a ballot measure)
  'goal',
  'proposition',
]);
const isNumberedHead = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text) && NUMBERED_HEADS.has(lower(t));

/** Currency signs and codes written before an amount ("Rs 52", "KSh 5", "CHF 40"): no maker's name. */
const CURRENCY_BEFORE = /^(?:Rs|KSh|Ksh|Sh|Tk|Rp|RM|Dh|Dhs|[A-Z]{3})\.?$/;
/** Months shortened before a day ("Feb 18", "Sept 3"). */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(ENGLISH_MONTH_ABBREVIATIONS);

/** Nouns of things made in models, besides weapons: "Falcon 9 rocket", "Snapdragon 8 chips". */
const PRODUCT_NOUNS =
  /^(?:launchers?|airliners?|engines?|chips?|processors?|GPUs?|phones?|smartphones?|handsets?|trucks?|vehicles?|telescopes?|probes?|landers?|rovers?|reactors?|locomotives?|trains?|consoles?|laptops?|tablets?|cameras?)$/;
/** Counts of shares in stock indices ("FTSE 100", "CAC 40", "Nikkei 225"). */
const INDEX_SIZES: ReadonlySet<string> = new Set([
  '20',
  '25',
  '30',
  '40',
  '50',
  '100',
  '200',
  '225',
  '250',
  '300',
  '400',
  '500',
  '600',
  '1000',
  '2000',
]);
/** Words after an index's name: what it did, or "index". */
const INDEX_AFTER =
  /^(?:and|or|index|indices|indexes|fell|rose|closed|gained|lost|dropped|climbed|slipped|jumped|tumbled|ended|rallied|slid|added|shed|was|is|has|had|hit|edged|futures)$/;

/** Numbers stay inside a name only where they cannot be a figure: "Chip 4 Alliance", "Industry 4.0". */
function trimNumbers(run: Token[], hasConnector: boolean, next: Token | undefined): Token[] {
  const out = [...run];
  // "Highway 97", "Project 22220", "Resolution 2334": a numbered road, project or act keeps its number
  // ("Law 12,367": not a number the thousands separator cuts short)
  const cut = next !== undefined && next.gap === ',' && next.isNumber;
  if (out.length >= 2 && out[out.length - 1]?.isNumber && (isNumberedHead(out[out.length - 2]) || isStatuteNumber(out)) && !cut) return out;
  // "Goals 2000", "Vision 2030", "Horizon 2020": a programme named by ordinary words and its year
  // ("Christmas Day 2024", "Election Day 2020": a day's year dates it)
  if (
    out.length >= 2 &&
    /^(?:19|20)\d\d$/.test(out[out.length - 1]?.text ?? '') &&
    isDictionaryWord(out[out.length - 2] as Token) &&
    lower(out[out.length - 2]) !== 'day'
  )
    return out;
  // "Boeing 737", "Ariane 6", "Nikkei 225": a maker's or a brand's name and its model number
  // (a capitalised word no dictionary has before a number of up to four digits that is no year;
  // not an abbreviation in capitals: "ISBN 978", "U.S.C. 552" point at something)
  const model = out[out.length - 1];
  const maker = out[out.length - 2];
  const bare = out.length === 2 || (out.length === 3 && /^(?:The|A|An)$/.test(out[0]?.text ?? ''));
  // a name's word (or a brand's with its capital inside, "iPhone"), a space and a number of up
  // to four digits that is no year
  const modelShaped =
    bare &&
    model?.isNumber === true &&
    /^\d{1,4}$/.test(model.text) &&
    !/^(?:1[5-9]|20)\d\d$/.test(model.text) &&
    maker !== undefined &&
    (/^\p{Lu}\p{Ll}+$/u.test(maker.text) || /^\p{Ll}{1,2}\p{Lu}/u.test(maker.text)) &&
    !maker.isPossessive &&
    !isCalendarWord(lower(maker)) &&
    /^\s$/.test(model.gap);
  if (
    modelShaped &&
    maker &&
    !isDictionaryWord(maker) &&
    !CURRENCY_BEFORE.test(maker.text) &&
    !MONTH_ABBREVIATIONS.has(lower(maker)) &&
    // ("Ryanair 300 flights", "Iran 3 times": a count of what follows)
    !(next && /^[a-z]+s$/.test(next.text) && /^\s+$/.test(next.gap))
  )
    return out;
  // "Falcon 9 rocket", "Type 26 frigates", "Snapdragon 8 chips": a name and a number before the
  // noun of what it makes is a model's name, ordinary word or not
  if (modelShaped && next !== undefined && /^\s+$/.test(next.gap) && (WEAPON_NOUNS.test(next.text) || PRODUCT_NOUNS.test(next.text)))
    return out;
  // "FTSE 100", "S&P 500", "ASX 200": an index, letters in capitals and its count of shares,
  // before what it did or the word index
  if (
    bare &&
    model?.isNumber &&
    INDEX_SIZES.has(model.text) &&
    maker !== undefined &&
    /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(maker.text) &&
    /^\s$/.test(model.gap) &&
    (next === undefined || !/^\s+$/.test(next.gap) || INDEX_AFTER.test(next.text))
  )
    return out;
  // ("CHF 6.10", "Tk 4.5": an amount after its currency's code, decimals and all)
  if (model?.isNumber && maker && CURRENCY_BEFORE.test(maker.text) && (!/^[A-Z]{3}$/.test(maker.text) || isCurrencyCode(maker.text)))
    return out.slice(0, -1);
  while (out.length && out[out.length - 1]?.isNumber) {
    const number = out[out.length - 1] as Token;
    // "Naval Petroleum Reserve No. 1": the number a "No." announces is the name's
    if (number.text.includes('.') || hasConnector || /^(?:no|nos|number|nr)\.?$/i.test(out[out.length - 2]?.text ?? '')) break;
    out.pop();
  }
  return out;
}

/** The tokens from `start` of "<run> of <run ending in a law's head word>" ("Combating of
 *  Corrupt Activities Act"), the runs a word or three each; none otherwise. */
function lawAfterAnd(tokens: readonly Token[], start: number, first: readonly Token[]): Token[] {
  const of = tokens[start + first.length];
  if (first.length === 0 || first.length > 2 || lower(of) !== 'of' || !of?.joinsPrevious) return [];
  const second = runFrom(tokens, start + first.length + 1);
  const head = second[second.length - 1];
  if (second.length === 0 || second.length > 4 || !tokens[start + first.length + 1]?.joinsPrevious || !head || head.isNumber) return [];
  return LAW_HEADS.has(lower(head)) ? [...first, of, ...second] : [];
}

const YEAR = /^(?:1[6-9]|20)\d\d$/;

/**
 * The tokens from `j` that end a statute's title with its year: ", 2002" ("the Competition Act,
 * 2002"), "of 2005" ("Energy Policy Act of 2005", "Act 57 of 2002", "Law No. 10 of 2016");
 * none when the chunk is no statute's title or no year follows (a treaty's year is no part of
 * its name: "the Maastricht Treaty of 1992").
 */
function lawYear(tokens: readonly Token[], j: number, chunk: readonly Token[]): Token[] {
  const last = chunk[chunk.length - 1];
  if (!last || chunk.length < 2 || !(last.isNumber ? isStatuteNumber(chunk) : STATUTE_HEADS.has(lower(last)))) return [];
  const next = tokens[j];
  const year = (t: Token | undefined): boolean => t?.isNumber === true && YEAR.test(t.text);
  if (!last.isNumber && next && /^,\s$/.test(next.gap) && year(next)) return [next];
  if (next && lower(next) === 'of' && next.joinsPrevious && year(tokens[j + 1]) && tokens[j + 1]?.joinsPrevious)
    return [next, tokens[j + 1] as Token];
  return [];
}

/** The word a chunk's closing number numbers, past a "No." ("Act No. 218", "Law 5/2017": "Act", "Law"). */
function statuteOfNumber(chunk: readonly Token[]): Token | undefined {
  let k = chunk.length - 1;
  while (k > 0 && chunk[k]?.isNumber) k--;
  if (/^(?:no|nos|number|nr)\.?$/i.test(chunk[k]?.text ?? '')) k--;
  return chunk[k];
}

/** The chunk ends in a statute's number ("Bill 166", "Law No. 10"); "Act" alone and one digit is
 *  a play's act ("In Act 2 of the play"). */
function isStatuteNumber(chunk: readonly Token[]): boolean {
  const head = statuteOfNumber(chunk);
  if (chunk.length < 2 || chunk[chunk.length - 1]?.isNumber !== true || !NUMBERED_STATUTES.has(lower(head))) return false;
  // the name's words besides its number, an opening "The" or a sentence's first word aside
  const words = chunk.filter((t, k) => !t.isNumber && !(k === 0 && t !== head && (t.isInitial || /^(?:The|A|An)$/.test(t.text))));
  return !(lower(head) === 'act' && words.length === 1 && /^\d$/.test(chunk[chunk.length - 1]?.text ?? ''));
}

/** "Co." and "Ltd.", "Corp." and "Inc.": the two legal forms of "Hunan Tianrui New Energy Co., Ltd.". */
const CO = /^(?:Co|Corp|Company|Corporation)\.?$/;
const LIMITED = /^(?:Ltd|Limited|Inc|LLC|Pte|Bhd|Pvt)\.?$/;

/** The tokens from `j` of a statute's title that sets words in brackets inside it: "(Scotland)
 *  Act 2018" after "Islands"; none unless the words after the bracket end in a statute's head. */
function bracketedTitle(tokens: readonly Token[], j: number, isFirstName: (t: Token) => boolean): Token[] {
  if (!/^\s?\($/.test(tokens[j]?.gap ?? '') || !tokens[j]?.isCapitalised) return [];
  const inside = runFrom(tokens, j, isFirstName);
  const k = j + inside.length;
  // (words, not an acronym: "the Bank of England (BoE) Act" keeps its alias)
  if (!inside.length || !inside.every((t) => t.isNumber || /^\p{Lu}\p{Ll}+\.?$/u.test(t.text)) || !/^\)\s$/.test(tokens[k]?.gap ?? ''))
    return [];
  const after = runFrom(tokens, k, isFirstName);
  const head = after.findLastIndex((t) => !t.isNumber);
  return head >= 0 && STATUTE_HEADS.has(lower(after[head])) ? [...inside, ...after] : [];
}

/** Finds candidate name chunks in a block's tokens, longest first, without overlaps. */
export function findChunks(
  tokens: readonly Token[],
  isName: (t: Token) => boolean = () => false,
  isFirstName: (t: Token) => boolean = () => false,
): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!first.isCapitalised) {
      i++;
      continue;
    }
    let chunk = runFrom(tokens, i, isFirstName);
    let hasConnector = false;
    let j = i + chunk.length;
    for (;;) {
      const c1 = tokens[j];
      const c2 = tokens[j + 1];
      if (c1?.isCapitalised && hasOfConnector(chunk)) {
        const listed = ofList(tokens, j);
        if (listed) {
          chunk = [...chunk, ...tokens.slice(j, j + listed)];
          j += listed;
        }
        break;
      }
      if (!c1?.joinsPrevious || c1.isCapitalised || chunk[chunk.length - 1]?.isPossessive) break;
      // "Bank of the South", "Institute for the World Economy"
      let skip = OF_LIKE.has(lower(c1)) && lower(c2) === 'the' && c2?.joinsPrevious ? 2 : 1;
      // "Ursula von der Leyen", "Osama bin Laden": particles one after another join the name
      while (PARTICLES.has(lower(c1)) && skip < 3 && PARTICLES.has(lower(tokens[j + skip])) && tokens[j + skip]?.joinsPrevious) skip++;
      const after = runFrom(tokens, j + skip);
      // ("Roe v. Wade": the abbreviation's period stands between "v" and the name after it)
      const joined = tokens[j + skip]?.joinsPrevious || (/^vs?$/.test(lower(c1)) && /^\.\s+$/.test(tokens[j + skip]?.gap ?? ''));
      if (!joined) break;
      // "Prevention and Combating of Corrupt Activities Act": two words joined by "and" open a
      // law's name that goes on through its "of" to its head word
      const law = AND_LIKE.has(lower(c1)) && chunk.length === 1 ? lawAfterAnd(tokens, j + skip, after) : [];
      if (law.length) {
        chunk = [...chunk, ...tokens.slice(j, j + skip), ...law];
        hasConnector = true;
        j += skip + law.length;
        break;
      }
      if (!connects(lower(c1), chunk, after, isName, isFirstName)) break;
      chunk = [...chunk, ...tokens.slice(j, j + skip), ...after];
      hasConnector = true;
      j += skip + after.length;
    }
    // "Okada Seiki Co., Ltd.": a company's second legal form after a comma ends its name
    if (CO.test(chunk.at(-1)?.text ?? '') && LIMITED.test(tokens[j]?.text ?? '') && /^,\s$/.test(tokens[j]?.gap ?? ''))
      chunk = [...chunk, tokens[j++] as Token];
    // "Law 12,367", "Act No. 218/2000", "Law 5/2017": a statute's number goes on past its comma or slash
    while (isStatuteNumber(chunk) && tokens[j]?.isNumber && /^[,/]$/.test(tokens[j]?.gap ?? '')) chunk = [...chunk, tokens[j++] as Token];
    // "Islands (Scotland) Act 2018", "Passenger Railway Services (Public Ownership) Act": a
    // statute's title goes on through the words it sets in brackets
    const bracketed = bracketedTitle(tokens, j, isFirstName);
    if (bracketed.length) {
      chunk = [...chunk, ...bracketed];
      j += bracketed.length;
    }
    // what ends the name past its run: a statute's year, or the noun it names a dynasty by
    const tail = [...lawYear(tokens, j, chunk)];
    j += tail.length;
    // "the Han dynasty", "the Barnett formula", "the Washington consensus": a name and the
    // lower-case noun it names a dynasty, a doctrine or a rule by
    const noun = tokens[j];
    if (
      !tail.length &&
      chunk.length <= 3 &&
      noun?.joinsPrevious &&
      /^\s$/.test(noun.gap) &&
      NAMING_NOUNS.has(noun.text) &&
      !chunk.at(-1)?.isPossessive &&
      // ("Molecular formula:" opening a line: ordinary words there are a label, not a name)
      (chunk.some((t) => !isDictionaryWord(t)) || (i > 0 && !/[.!?:\n]/.test(first.gap)))
    ) {
      tail.push(noun);
      j++;
    }
    const parts = splitAtTitle(chunk);
    parts.forEach((part, k) => {
      const kept = trimNumbers(part, hasConnector && part.some((t) => !t.isCapitalised && !t.isNumber), tokens[j - tail.length]);
      const whole = k === parts.length - 1 && kept.length === part.length ? [...kept, ...tail] : kept;
      if (whole.length) chunks.push({ tokens: whole });
    });
    i = Math.max(i + 1, j);
  }
  return chunks;
}
