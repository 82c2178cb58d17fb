/** Dates relative to the article's publication date, never the clock. */

export { monthNumber } from '../../model/months.js';

const pad = (n: number): string => String(n).padStart(2, '0');

interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parsePublished(published: string | null): YearMonthDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** ISO date of "N years/months/weeks/days ago"; null without a publication date. */
export function resolveAgo(published: string | null, amount: number, unit: string): string | null {
  const base = parsePublished(published);
  if (!base || !Number.isFinite(amount)) return null;
  const u = unit.replace(/s$/, '').replace(/ie$/, 'y');
  if (u === 'year' || u === 'decade' || u === 'century') {
    const years = amount * (u === 'decade' ? 10 : u === 'century' ? 100 : 1);
    return String(base.year - years);
  }
  const days = u === 'month' ? 0 : amount * (u === 'week' ? 7 : u === 'day' ? 1 : 0) || 0;
  const date = new Date(Date.UTC(base.year, base.month - 1 - (u === 'month' ? amount : 0), base.day - days));
  return date.toISOString().slice(0, 10);
}

/** Year of "last/this/next year" (or month/decade, given as year); null without a publication date. */
export function resolveRelativeYear(published: string | null, which: string): string | null {
  const base = parsePublished(published);
  if (!base) return null;
  const shift = /^(last|previous|past)$/i.test(which) ? -1 : /^next|coming$/i.test(which) ? 1 : 0;
  return String(base.year + shift);
}

/** Which way a sentence points in time, as far as its words tell. */
export type Tense = 'past' | 'future' | undefined;

/** How far from publication a month-day with no year and no tense may lie and still be taken as
 *  the nearest one, days: "on March 3" in a February piece. */
const NEAR_DAYS = 75;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * ISO date of a month and optional day. With a year written, that year. Without: in a sentence
 * about the past, the last such date on or before publication; about the future, the next one
 * on or after it; otherwise the nearest one when it lies within about two and a half months of
 * publication, else the year is left unspecified (`XXXX-09-11`, as EDTF writes it) rather than
 * guessed. Null for a day the month does not have (February 31).
 */
export function resolveMonthDay(
  published: string | null,
  month: number,
  day: number | null,
  year: number | null,
  tense: Tense = undefined,
): string | null {
  const suffix = day === null ? `${pad(month)}` : `${pad(month)}-${pad(day)}`;
  const fits = (y: number): boolean => day === null || day <= daysInMonth(y, month);
  if (year !== null) return fits(year) ? `${year}-${suffix}` : null;
  if (day !== null && day > daysInMonth(2000, month)) return null; // no leap year has it either
  const base = parsePublished(published);
  if (!base) return `XXXX-${suffix}`;
  const at = (y: number): number => Date.UTC(y, month - 1, day ?? 1);
  const now = Date.UTC(base.year, base.month - 1, base.day);
  const before = at(base.year) <= now ? base.year : base.year - 1;
  const after = at(base.year) >= now ? base.year : base.year + 1;
  const chosen = tense === 'past' ? before : tense === 'future' ? after : now - at(before) <= at(after) - now ? before : after;
  if (tense === undefined && Math.abs(at(chosen) - now) > NEAR_DAYS * 86_400_000) return `XXXX-${suffix}`;
  return fits(chosen) ? `${chosen}-${suffix}` : null;
}
