import { isCalendarWord } from './months.js';
import { wholeDate } from './written-dates.js';

/** A written full date ("FEB 9 2025", "9 February 2025", "3. März 2021", "2025-02-09") →
 *  YYYY-MM-DD, or undefined (a month and year alone is no full date). */
export function parseWrittenDate(text: string): string | undefined {
  const value = wholeDate(text);
  return value && value.length === 10 ? value : undefined;
}

/** A running header's author line: "Written by …" (also "Posted by", "Published by"). */
export const WRITTEN_BY = /^(?:written|posted|published)\s+by\s+(.+)$/i;

/** A byline's lead-in: "By", "Reviewed by", "Review by:", "Written by", German "Von", French
 *  "Par", or a label "Author:" / "Autor:" / "Auteur :". */
const BYLINE_LABEL =
  /^(?:(?:(?:written|reviewed|review|posted|words|text)\s+)?by|von|par|autor(?:in|en)?|auteur(?:e|s)?|authors?|text|texte)\s*:?\s*/iu;

export interface Byline {
  readonly name: string;
  readonly date?: string;
}

/** Byline shapes: "FARHAD GOJAYEV, FEB 9 2025", "By Jane Doe | 9 February 2025", "Jane Doe – 2025-02-09". */
const BYLINE = /^(?:by\s+)?([\p{L}][\p{L}.'’ -]{1,80}?)\s*(?:,|\||·|•|–|—|\s-\s)\s*(.+)$/iu;

/** Parses a byline line into the author's name (as printed) and the date; undefined when the line is no byline. */
export function parseByline(text: string): Byline | undefined {
  const match = BYLINE.exec(text.trim());
  if (!match) return undefined;
  const date = parseWrittenDate(match[2] ?? '');
  if (!date) return undefined;
  const name = (match[1] ?? '').trim();
  if (name.split(/\s+/).length > 6) return undefined;
  return { name, date };
}

/** A line that opens with a byline label: the names after it (and after a separator, what
 *  follows them, such as a date or an outlet), or undefined. "Reviewed by" alone gives ''. */
export function labelledByline(text: string): { readonly names: string; readonly rest: string } | undefined {
  const t = text.trim();
  const label = BYLINE_LABEL.exec(t);
  if (!label) return undefined;
  const after = t.slice(label[0].length);
  // "By" must be followed by a capital (or nothing): "by the way" is text, "Author: …" a label
  if (after !== '' && !/^\p{Lu}/u.test(after)) return undefined;
  if (after === '' && !/by\s*:?$/i.test(label[0])) return undefined;
  const cut = /\s+(?:[|·•–—]|-\s)\s*|,\s+(?=\p{Lu}\p{Ll}+\s+\d|\d)/u.exec(after);
  return cut ? { names: after.slice(0, cut.index), rest: after.slice(cut.index + cut[0].length) } : { names: after, rest: '' };
}

/** Affiliation and note markers after a name: superscript digits, stars, daggers, "1,2". */
const MARKERS = /[\d¹²³⁰-⁹*∗†‡§¶#]+(?:\s*,\s*[\d¹²³⁰-⁹*∗†‡§¶#]+)*/gu;
/** Separators of a list of names: ", ", " and ", " & ", German "und", French "et". */
const NAME_LIST = /\s*(?:,\s*(?:and\s+|und\s+|et\s+|&\s*)?|\s+(?:and|und|et)\s+|\s*&\s*)\s*/iu;
/** Lower-case particles that belong to a name. */
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'du',
  'da',
  'di',
  'del',
  'della',
  'des',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'dos',
  'das',
  'ter',
  'ten',
  'zu',
]);
/** Words that are never part of a person's name in a byline: weekdays, months, conjunctions,
 *  words of organisations, layout and production credits. */
const NOT_NAME =
  /^(?:and|or|und|et|the|staff|editor|editors|editorial|team|office|department|agency|institution|foundation|council|center|centre|association|society|group|fund|bank|company|committee|board|commission|ministry|administration|bureau|government|school|college|library|museum|journal|review|times|post|inc|co|corp|ltd|llc|gmbh|institute|university|press|news|reuters|ap|afp|dpa|layout|design|photo|photos|illustration|graphics|produced|production|updated|published|reviewed|review|by)\.?$/i;

/** "S.-T. Wang¹,², C. Shen & L.-M. Duan" → the names, markers taken off, in order. */
export function splitNames(text: string): string[] {
  return text
    .replace(MARKERS, ' ')
    .split(NAME_LIST)
    .map((s) => s.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,;:]+$/g, ''))
    .filter((s) => s !== '');
}

/** True when a text reads as one person's name: two to five words, each capitalised or an
 *  initial ("S.-T."), or a lower-case particle ("von"); no weekday, month, conjunction or
 *  organisation word. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => isCalendarWord(w) || NOT_NAME.test(w))) return false;
  const capitalised = words.filter((w) => /^(?:\p{Lu}[\p{L}’'-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u.test(w));
  const particles = words.filter((w) => PARTICLES.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w));
  return capitalised.length >= 2 && capitalised.length + particles.length === words.length;
}

/** "FARHAD GOJAYEV" → "Farhad Gojayev"; mixed-case names are returned as they are. */
export function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
