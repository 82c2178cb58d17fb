/** Dates as articles print them, in English, German and French, read at the precision printed:
 *  "September 8, 2023" → 2023-09-08, "June 2023" → 2023-06, "3. März 2021", "1er mars 2021". */

import { MONTH_NUMBERS, monthNumber } from './months.js';

const MONTH = `(${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
const YEAR = '((?:1[89]|20)\\d{2})';
const L = '(?<![\\p{L}\\d])'; // not inside a word or number
const R = '(?![\\p{L}\\d])';

/** A full date or a month and year; the groups name what each shape holds. */
const SHAPES: readonly { readonly re: RegExp; readonly parts: (m: RegExpExecArray) => readonly (string | undefined)[] }[] = [
  { re: new RegExp(`${L}${MONTH}\\s+${DAY},?\\s+${YEAR}${R}`, 'giu'), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`${L}${DAY}\\s*(?:de\\s+)?${MONTH},?\\s+${YEAR}${R}`, 'giu'), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`${L}${YEAR}-(\\d{2})-(\\d{2})${R}`, 'gu'), parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`${L}(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${R}`, 'gu'), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`${L}${MONTH},?\\s+${YEAR}${R}`, 'giu'), parts: (m) => [m[2], m[1]] },
];

/** A date found in a text: ISO at the printed precision, where it stands and how long it is. */
export interface FoundDate {
  readonly value: string; // YYYY-MM-DD or YYYY-MM
  readonly index: number;
  readonly length: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const monthOf = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : monthNumber(text);

/** Year, month and optional day → ISO, or undefined for a date that does not exist
 *  (Date.UTC rolls "February 30" over into March: a date that changes was never a date). */
function isoOf(y: number, m: number | undefined, d: number | undefined): string | undefined {
  if (m === undefined || m < 1 || m > 12) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Every date in a text, in order, full dates before a month-year at the same place. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!/\d{4}/.test(text)) return found; // every shape holds a year
  for (const shape of SHAPES) {
    for (const m of text.matchAll(shape.re)) {
      const [y, mo, d] = shape.parts(m as RegExpExecArray);
      const value = isoOf(Number(y), monthOf(mo), d === undefined ? undefined : Number(d));
      const index = m.index ?? 0;
      if (!value || found.some((f) => index < f.index + f.length && f.index < index + m[0].length)) continue;
      found.push({ value, index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in a text, or undefined. */
export const firstDate = (text: string): FoundDate | undefined => findDates(text)[0];

const WEEKDAY =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+/i;

/** A text that is a date and nothing else (a weekday before it and a trailing marker allowed):
 *  "Thursday, August 6, 2020", "June 2023"; undefined otherwise. */
export function wholeDate(text: string): string | undefined {
  const t = text
    .trim()
    .replace(WEEKDAY, '')
    .replace(/[.\s]*(?:\[\d+\])?$/, '');
  const found = firstDate(t);
  return found && found.index === 0 && found.length === t.length ? found.value : undefined;
}
