import { monthNumber } from '../../model/months.js';

/** Numbers that are part of a name ("Chip 4 Alliance", "Industry 4.0", "Goals 2000", "No. 4"). */

/** Capitalised words that may stand before a real figure, mostly at a sentence start. */
const FUNCTION_WORDS = new Set([
  'in',
  'on',
  'at',
  'by',
  'since',
  'from',
  'until',
  'till',
  'before',
  'after',
  'during',
  'about',
  'around',
  'over',
  'under',
  'nearly',
  'some',
  'only',
  'just',
  'almost',
  'roughly',
  'approximately',
  'of',
  'for',
  'to',
  'with',
  'and',
  'but',
  'or',
  'the',
  'a',
  'an',
  'between',
  'within',
  'through',
  'throughout',
  'than',
  'by',
  'all',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'another',
  'every',
  'each',
  'more',
  'less',
  'fewer',
  'least',
  'most',
  'up',
  'down',
  'circa',
  'last',
  'next',
  'first',
  'another',
  'top',
  'nearly',
  'almost',
  'over',
  'above',
  'below',
  'then',
  'and',
  'so',
  'yet',
  'as',
  'when',
  'if',
]);

/** True when the number at [start, end) of text reads as part of a name rather than a figure. */
export function isPartOfName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "No. 4", "Nos. 3"
  if (/\bNos?\.\s?$/.test(before)) return true;
  // "the Civil Rights Act of 1964", "the Treaty of 1648": the year names the act
  if (
    /\b(?:Acts?|Amendments?|Treat(?:y|ies)|Accords?|Agreement|Convention|Protocol|Law|Bill|Declaration|Charter|Resolution|Compromise|Settlement)\s+of\s+$/.test(
      before,
    )
  )
    return true;
  // glued by a hyphen to a word ("COVID-19", "F-35", "Su-57")
  if (/\p{L}-$/u.test(before)) return true;
  // the previous word is capitalised and not a function word or month ("February 1" is a date):
  // "Chip 4", "China 2025"
  const previous = /(\p{Lu}[\p{L}\d.&'’-]*)\s$/u.exec(before)?.[1];
  if (previous && !FUNCTION_WORDS.has(previous.toLowerCase()) && monthNumber(previous) === undefined) return true;
  // "Chip 4 Alliance" is caught above; a number before a capitalised suffix noun at a sentence start
  // ("4 Alliance") stays a figure.
  return /^\s?\.\d/.test(text.slice(end, end + 3));
}
