/** Month names and abbreviations → month number. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A written date ("FEB 9 2025", "9 February 2025", "2025-02-09") → YYYY-MM-DD, or undefined. */
export function parseWrittenDate(text: string): string | undefined {
  const t = text.trim();
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match = MONTH_FIRST.exec(t);
  if (match) [y, m, d] = [Number(match[3]), MONTHS[match[1]!.toLowerCase().replace('.', '')], Number(match[2])];
  match ??= DAY_FIRST.exec(t);
  if (match && y === undefined) [y, m, d] = [Number(match[3]), MONTHS[match[2]!.toLowerCase().replace('.', '')], Number(match[1])];
  match ??= ISO.exec(t);
  if (match && y === undefined) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  // Date.UTC rolls "February 30" over into March: a date that changes was never a date
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A running header's author line: "Written by …" (also "Posted by", "Published by"). */
export const WRITTEN_BY = /^(?:written|posted|published)\s+by\s+(.+)$/i;

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

/** "FARHAD GOJAYEV" → "Farhad Gojayev"; mixed-case names are returned as they are. */
export function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
