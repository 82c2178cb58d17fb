import { ENGLISH_MONTH_ABBREVIATIONS } from '../model/months.js';
/** A sentence of a block: exact text and offsets into the block's text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that end in a period without ending the sentence (lower-cased, no period). */
const ABBREVIATIONS = new Set([
  // "Roe v. Wade", "Apple vs. Samsung"
  'v',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'gen',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'prof',
  'lt',
  'col',
  'capt',
  'sgt',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'fig',
  'vol',
  ...ENGLISH_MONTH_ABBREVIATIONS,
  'mt',
  'ft',
]);

/** Companies' legal forms written with periods ("Banca Valpadana S.p.A. ("Valpadana") and …"):
 *  they end a sentence only before a typical starter, as an initialism does. */
const LEGAL_FORMS = new Set(['s.p.a', 's.a', 's.a.b', 's.r.l', 's.l', 'n.v', 'b.v', 'a.s', 'pte', 'pvt', 'bhd']);

/** Words that start a new sentence even after an initialism such as "U.S." (lower-cased). */
const SENTENCE_STARTERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'but',
  'and',
  'however',
  'in',
  'on',
  'at',
  'we',
  'they',
  'he',
  'she',
  'i',
  'our',
  'their',
  'a',
  'an',
  'as',
  'for',
  'yet',
  'so',
  'if',
  'when',
  'while',
  'there',
  'what',
  'such',
  'now',
  'meanwhile',
  'moreover',
  'still',
  'thus',
  'instead',
]);

/** A candidate end: terminal punctuation, closing quotes/brackets, then space. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+)/g;

/** A noun a single letter labels ("Category D", "Appendix B", "Vitamin C", "Plan B"), right before the letter and its period. */
const LABEL_NOUN_BEFORE =
  /\b(?:category|appendix|annex|schedule|exhibit|figure|table|section|part|phase|plan|vitamin|type|class|grade|tier|level|option|group|item|model|series)\s+\p{Lu}\.$/iu;

function isAbbreviation(before: string, nextWord: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
  // "a gate of 23 ms. Detuning …": a unit in lower case after a number ends the sentence, where
  // the title "Ms." would not
  if (/^\p{Ll}+$/u.test(word) && /\d\s?\p{Ll}+\.$/u.test(before)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // ("Pregnancy Category D. Adequate studies …", "Appendix B. Results": a letter that labels the
  // noun before it is no initial, and its period ends the sentence)
  if (/^\p{Lu}$/u.test(word) && LABEL_NOUN_BEFORE.test(before)) return false;
  // initials and initialisms: "W.", "U.S.", "U.N." end a sentence only before a typical starter
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || LEGAL_FORMS.has(word.toLowerCase())) return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return false;
}

/** Splits a block's text into sentences whose texts are exact slices of it. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const rest = text.slice(end).trimStart();
    const nextWord = /^["'“‘(]*([\p{L}\p{N}]+)/u.exec(rest)?.[1] ?? '';
    // a lower-case continuation is no new sentence ("the U.S. response", "approx. 5")
    if (!nextWord || /^\p{Ll}/u.test(nextWord)) continue;
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(text.slice(start, end), nextWord)) continue;
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
