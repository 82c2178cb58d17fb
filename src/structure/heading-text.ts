/**
 * What the words of a line say about it being a section heading, before its place on the page is
 * looked at: numbered heads ("1.2 Title", "IV. Results", "(a) Applicability", "§ 39.13"), and the
 * lines that read like a heading but are something else — bullets, code, dates and labels,
 * run-in heads that carry on into their paragraph, lines of a wrapped sentence.
 */

/** Headings are short: at most this many words. */
const MAX_HEADING_WORDS = 15;

/** A section number in front of the words: "3.", "3.1.", "3.1 ", "IV.", "A.", "(a)", "§ 39.13". */
const NUMBERED =
  /^(?:§+\s*\d[\d.]*|\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{L})|(?:\d{1,2}\.?|[IVXLC]{1,6}\.|[A-Z]\.|\((?:\d{1,2}|[a-z]{1,3}|[A-Z])\))\s+(?=[\p{Lu}\p{N}"“'‘([]))/u;

/** A list bullet, a box or a dash opening the line (a nested "o" bullet included). */
const BULLET = /^(?:[•●○◦▪▫■□◆◇►▸‣∙·*+\-–—]|o(?=\s))\s*/u;

/** Characters of program text or markup that no heading is made of. */
const CODE = /[{}=<>\\|;]|^\s*[.#]\p{L}|\w\(\)/u;

/** A sentence ending inside the line and the next one starting: a run-in head and its text. */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;

/** Endings that leave the line open: a comma, a semicolon, a colon, a hyphen or dash of a break,
 *  or an article, conjunction or preposition the next line completes. */
export const OPEN_END = /[,;:\-–—/]$|\s(?:and|or|of|the|a|an|to|in|for|with|by|und|oder|der|die|das|von|et|ou|de|la|le|les|par)$/u;

/** Names with affiliation marks ("Wang¹,², C. Shen¹,³"): an author line. */
const AFFILIATED_NAME = /\p{L}[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+)*(?=[\s,&]|$)/gu;

const MONTHS =
  'jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevr(?:ier)?|mar(?:ch)?|märz|mars|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|août|sep(?:t(?:ember)?)?|sept(?:embre)?|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?';
/** A date alone, possibly behind a label: "June 2023", "Received 3 November 2014", "12. März 2020". */
const DATE_LINE = new RegExp(
  `^(?:[\\p{L}]+:?\\s+){0,2}(?:\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})$`,
  'iu',
);

/** A season and a year: "Spring 2023", "Herbst 2022", "Hiver 2021/22". */
const SEASON_LINE =
  /^(?:spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|printemps|été|automne|hiver)\s+\d{4}(?:[/–-]\d{2,4})?$/iu;
/** A volume or issue number: "Vol. 85, No. 152", "Issue 12", "Heft 3/2020", "n° 42". */
const ISSUE_LINE =
  /^(?:vol(?:ume)?|no|nr|issue|heft|ausgabe|jahrgang|numéro|n°)\.?\s*\d[\d/.,–-]*(?:,?\s+(?:no|nr|issue|heft)\.?\s*\d+)?$/iu;

/** Two or more numbers closing the line: the cells of a table row ("Operating margin 29 % 29 %"). */
const FIGURES = /(?:^|\s)[$€£(]?[-–]?\d[\d.,]*\)?\s?%?\s+[$€£(]?[-–]?\d[\d.,]*\)?\s?%?$/u;

/** "By Jane Doe", "Von Anna Muster", "Par Jean Dupont and …": a byline, not "By the Numbers". */
const BYLINE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar)\s+(?!(?:The|A|An|Der|Die|Das|Le|La|Les)\s)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|&)|,)+$/u;

/** A label and a list of values ("Keywords: a, b, c", "Brand Name: Taxol, Onxol"). */
const LABELLED_LIST = /^[\p{L}\s]{2,30}:\s+[^,]+,\s*\S/u;

/** A reference list entry: a surname and initials ("King, B. E.", "J. Weizenbaum, …"). */
const CITATION = /\p{Lu}\p{Ll}+,\s(?:\p{Lu}\.[\s-]?){1,3}|^(?:\p{Lu}\.[\s-]?){1,3}\p{Lu}\p{Ll}+,/u;

/** A heading continued on the next page ("Pharmacology (cont.)", "COSTS—Continued"). */
const CONTINUED = /[([—–-]\s*(?:cont(?:inued|'d|\.)?|fortsetzung|suite)\s*[)\]]?$/iu;

/** The section number of a numbered heading, or '' when it has none. */
export function sectionNumber(text: string): string {
  return NUMBERED.exec(text.trim())?.[0].trim() ?? '';
}

/** How deep a section number nests: "3", "I." and "IV." are 1, "3.1", "(a)" and "A." are 2. */
export function numberDepth(number: string): number {
  if (number === '') return 0;
  // a lone capital numbers subsections ("A.", "C."), unless it reads as a Roman one ("I.", "V.")
  if (/^\(|^[A-HJ-UWYZ]\.$/.test(number)) return 2;
  return number
    .replace(/^§+\s*/, '')
    .replace(/\.$/, '')
    .split('.').length;
}

/** The words of a line, its section number left out. */
const wordsOf = (text: string): string[] =>
  text
    .slice(sectionNumber(text).length)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');

/** True when every letter of the line is a capital (and it has a few): "I. INTRODUCTION". */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Why a line's words rule it out as a heading, or undefined when they read as one. */
export function headingTextFault(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return 'length';
  if (BULLET.test(text) && !/^[-–—]\s*\d/.test(text)) return 'bullet';
  if (CODE.test(text)) return 'code';
  if (DATE_LINE.test(text) || SEASON_LINE.test(text)) return 'date';
  if (ISSUE_LINE.test(text)) return 'issue';
  const letters = text.replace(/[^\p{L}]/gu, '');
  // diagram labels and formula debris: "x0", "w2 x2", "Σ ϕ", "ð1Þ"
  if (letters.length < 3 || letters.length < 0.4 * text.replace(/\s/g, '').length) return 'symbols';
  if (!words.some((w) => /\p{L}{3}/u.test(w))) return 'symbols';
  if (/\p{M}/u.test(text.normalize('NFC'))) return 'symbols'; // a mark no letter takes: r̃, x̂
  if (CITATION.test(text)) return 'citation';
  if (words.every((w) => /\d/.test(w) || /^\p{Lu}{1,4}$/u.test(w)) && words.some((w) => /\d/.test(w))) return 'identifier';
  if ((text.match(AFFILIATED_NAME) ?? []).length >= 2 || BYLINE.test(text)) return 'byline';
  if (LABELLED_LIST.test(text)) return 'label';
  if (FIGURES.test(text)) return 'figures';
  if (CONTINUED.test(text)) return 'continued';
  if (/^[[(].*[\])]$/u.test(text) && !isNumbered(text)) return 'bracketed'; // an editorial note
  if (/^["“„«‘'].*["”“»’']$/u.test(text)) return 'quote'; // a pull quote
  if (SENTENCE_INSIDE.test(text)) return 'run-in';
  if (/[.]$/.test(text) && !/\b[A-Z]\.$|\b(?:etc|al|No|Co|Inc|Ltd)\.$/.test(text)) return 'sentence';
  if (OPEN_END.test(text)) return 'open end';
  return undefined;
}

/** True when a line opens with a section number and words after it. */
export const isNumbered = (text: string): boolean => sectionNumber(text) !== '';
