/** Dates relative to the article's publication date, never the clock. */

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month number (1–12) of a month name or abbreviation; undefined when not one. */
export const monthNumber = (name: string): number | undefined => MONTH_INDEX[name.slice(0, 3).toLowerCase()];

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

/**
 * ISO date of a month and optional day: with no year written, the year of publication, or the
 * year before when the date would fall after publication (a piece speaks of the past).
 */
export function resolveMonthDay(published: string | null, month: number, day: number | null, year: number | null): string | null {
  const suffix = day === null ? `${pad(month)}` : `${pad(month)}-${pad(day)}`;
  if (year !== null) return `${year}-${suffix}`;
  const base = parsePublished(published);
  if (!base) return null;
  const after = month > base.month || (month === base.month && (day ?? 1) > base.day);
  return `${base.year - (after ? 1 : 0)}-${suffix}`;
}
