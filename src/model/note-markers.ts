/**
 * The marker grammar of footnotes and endnotes, shared by the pass that finds note texts at page
 * bottoms and the pass that links the markers in the running text to them: superscript digits
 * (the layout writes raised numeric markers as ¹²³), a number in parentheses, a plain number at
 * the start of a note, and the symbols ∗ † ‡ (doubled for a second note on a page).
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A marker opening a note's text: "¹ Text", "(1) Text", "1 Text", "12. Text", "∗ Text", "†Text".
 *  A plain number needs a space after it, so "1.1: Establish" and "2023 was" stay text; § and ¶
 *  open legal paragraphs far more often than notes, so only their use in the text could tell. */
const NOTE_START = /^\s*(\([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\)|\(\d{1,3}\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3}(?=\.?\s)\.?|[*∗†‡]{1,3})\s*/u;

/** A marker alone: a block or line holding nothing but the marker of the note beside it. */
const LONE_MARKER = /^\s*(?:\(?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\)?|\(?\d{1,3}\)?|[*∗†‡]{1,3})\s*$/u;

/** A marker in running text: superscript digits, alone or in a list ("¹,²"), optionally in
 *  parentheses; or symbols set right after a word, a figure or punctuation ("Ferrario∗",
 *  "23%**", "posse”.¹"), never after a space ("§ 39.13" is a section sign) nor inside straight
 *  quotes (a manual's "*" is the character itself). Raised digits right
 *  after a digit are an exponent ("10⁶"), not a marker. */
export const TEXT_MARKER =
  /\((?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\)|(?<!\d)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?:,[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})*|(?<=[\p{L}\p{N}.,;:!?)\]%”’])[*∗†‡]{1,3}(?![\p{L}\p{N}"'])/gu;

/** The marker a note's text starts with (as a plain value, and as printed: digits plain, a symbol
 *  as set) and the length of it with the space after, or undefined. */
export function noteStart(text: string): { marker: string; printed: string; length: number } | undefined {
  const match = NOTE_START.exec(text);
  if (!match?.[1]) return undefined;
  const rest = text.slice(match[0].length);
  const marker = normaliseMarker(match[1]);
  // notes count from 1, and a note says something: "0 0" is a formula's debris
  if (!/\p{L}{2}/u.test(rest) || /^0+$/.test(marker)) return undefined;
  return { marker, printed: printedMarker(match[1]), length: match[0].length };
}

/** A plain number with a full stop opening the text: a reference list's or an endnote list's
 *  numbering ("3. Blatt, R."), never a footnote at a page bottom. */
export const isListNumber = (text: string): boolean => /^\s*\d{1,3}\.\s/u.test(text);

/** Markers in running text that cite a numbered bibliography rather than notes: a raised range
 *  ("⁵–⁷") or list ("¹,²"), which notes never use. */
export const CITATION_LIST = /[⁰¹²³⁴⁵⁶⁷⁸⁹][,–-][⁰¹²³⁴⁵⁶⁷⁸⁹]/u;

/** The rule above a page's notes, when it is typed with characters rather than drawn. */
export const isTypedRule = (text: string): boolean => /^\s*[_\-–—‐―]{5,}\s*$/u.test(text);

/** True when the text is nothing but a note marker. */
export const isLoneMarker = (text: string): boolean => LONE_MARKER.test(text);

/** A marker as a plain value: digits for numbers whatever their setting, '*' for either asterisk. */
export function normaliseMarker(marker: string): string {
  const bare = marker.replace(/[().\s]/g, '');
  return [...bare].map((c) => digitOf(c) ?? (c === '∗' ? '*' : c)).join('');
}

/** The values a marker in running text stands for: "¹,²" → ["1", "2"], "(¹)" → ["1"]. */
export const markerValues = (marker: string): string[] =>
  marker
    .split(',')
    .map(normaliseMarker)
    .filter((v) => v !== '');

/** A marker as a note shows it: digits plain whatever their setting, a symbol as set ("∗", "†"). */
export const printedMarker = (marker: string): string => {
  const bare = marker.replace(/[().\s]/g, '');
  return /^[*∗†‡]+$/u.test(bare) ? bare : normaliseMarker(bare);
};

function digitOf(c: string): string | undefined {
  const index = SUPERSCRIPT_DIGITS.indexOf(c);
  return index >= 0 ? String(index) : undefined;
}
