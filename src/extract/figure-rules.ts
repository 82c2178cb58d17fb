import type { FigureKind } from '../model/enriched.js';
import {
  CURRENCY_SIGN,
  CURRENCY_WORD,
  FREE_LEFT,
  FREE_RIGHT,
  FRACTION_WORD,
  MONTH,
  NUM,
  NUMBER_WORD,
  PERCENT,
  RANGE_END,
  SCALE_WORD,
  SHORT_SCALE,
  TIME_UNIT,
  WORD_AMOUNT,
  pattern,
} from './figure-patterns.js';
import { SCALES, digitValue, fractionValue, wordValue } from './number-words.js';
import { monthNumber, resolveAgo, resolveMonthDay, resolveRelativeYear } from './relative-dates.js';

/** A numeric expression found by a rule, before sentence and page are attached. */
export interface FigureHit {
  readonly start: number;
  readonly end: number;
  readonly kind: FigureKind;
  readonly value: number | null;
  readonly low?: number;
  readonly high?: number;
  readonly unit?: string;
  readonly date?: string;
  /** Bare digits that could be part of a name ("Chip 4 Alliance"): checked by figure-names. */
  readonly mayBeName: boolean;
}

type Build = (m: RegExpExecArray, published: string | null) => Omit<FigureHit, 'start' | 'end'> | null;

/** One rule: a regex whose whole match is the figure's minimal text, and how to read it. */
export interface FigureRule {
  readonly name: string;
  readonly re: RegExp;
  readonly build: Build;
}

const CURRENCY_UNITS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP',
  cents: 'USD cents',
  yuan: 'CNY',
  yen: 'JPY',
  rupees: 'INR',
};

const scaleOf = (word: string | undefined): number => (word ? (SCALES[word.toLowerCase()] ?? 1) : 1);
const isPercent = (unit: string | undefined): boolean => unit !== undefined && /%|per/i.test(unit);

function readRange(m: RegExpExecArray): Omit<FigureHit, 'start' | 'end'> | null {
  const [, sign1, n1 = '', scale1, sign2, n2 = '', scale2, unit] = m;
  const sign = sign1 ?? sign2;
  const high = digitValue(n2) * scaleOf(scale2);
  const low = digitValue(n1) * scaleOf(scale1 ?? scale2);
  if (!(low < high)) return null;
  const unitName = isPercent(unit) ? '%' : sign ? CURRENCY_UNITS[sign] : undefined;
  return { kind: 'range', value: null, low, high, mayBeName: false, ...(unitName ? { unit: unitName } : {}) };
}

const money = (amount: number, currency: string | undefined): Omit<FigureHit, 'start' | 'end'> => ({
  kind: 'money',
  value: amount,
  mayBeName: false,
  ...(currency ? { unit: CURRENCY_UNITS[currency] ?? currency } : {}),
});

const plainKind = (n: string): FigureKind => (/^(1[5-9]\d{2}|20\d{2})$/.test(n) ? 'year' : 'count');

/** Rules in priority order: a later rule cannot take text an earlier one matched. */
export const FIGURE_RULES: readonly FigureRule[] = [
  {
    name: 'range-between',
    re: pattern(`(?<=\\b(?:between|from)\\s+)${RANGE_END}\\s+(?:and|to)\\s+${RANGE_END}(\\s?${PERCENT})?`, 'i'),
    build: readRange,
  },
  {
    name: 'range',
    re: pattern(`${FREE_LEFT}${RANGE_END}\\s?(?:[-–—]|\\bto\\b)\\s?${RANGE_END}(\\s?${PERCENT})?${FREE_RIGHT}`),
    build: readRange,
  },
  {
    name: 'money-sign',
    re: pattern(`${CURRENCY_SIGN}\\s?${NUM}(?:\\s?(?:${SCALE_WORD}|${SHORT_SCALE})\\b)?`, 'i'),
    build: (m) => {
      const [, sign, scale] = /^(US\$|A\$|C\$|\$|€|£|¥)?\s?[\d.,]+\s?([a-z]+)?$/i.exec(m[0]) ?? [];
      return money(digitValue(m[0].replace(/[^\d.,]/g, '')) * scaleOf(scale), sign);
    },
  },
  {
    name: 'money-word',
    re: pattern(`${FREE_LEFT}${NUM}(?:\\s+(${SCALE_WORD}))?\\s+(${CURRENCY_WORD})\\b`, 'i'),
    build: (m) => money(digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? '') * scaleOf(m[1]), m[2]?.toLowerCase()),
  },
  {
    name: 'money-spelled',
    re: pattern(`\\b${WORD_AMOUNT}\\s+(${SCALE_WORD})\\s+(${CURRENCY_WORD})\\b`, 'i'),
    build: (m) => money(spelledAmount(m[0].replace(/\s+\S+$/, '')), m[2]?.toLowerCase()),
  },
  {
    name: 'percent-of',
    re: pattern(`\\b${FRACTION_WORD}\\s+of\\s+(?:a|one|(${NUM}))\\s?${PERCENT}`, 'i'),
    build: (m) => ({
      kind: 'percent',
      value: fractionValue(m[0].split(/\s+of\s+/i)[0] ?? '') * Number(m[1] ?? 1),
      unit: '%',
      mayBeName: false,
    }),
  },
  {
    name: 'percent',
    re: pattern(`${FREE_LEFT}${NUM}\\s?(?:${PERCENT}|percentage\\s+points?\\b)`, 'i'),
    build: (m) => ({
      kind: 'percent',
      value: digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? ''),
      unit: /point/i.test(m[0]) ? 'percentage points' : '%',
      mayBeName: false,
    }),
  },
  {
    name: 'decade',
    re: pattern(`${FREE_LEFT}(1[5-9]\\d0|20\\d0)['’]?s\\b`),
    build: (m) => ({ kind: 'year', value: Number(m[1]), unit: 'decade', date: m[1] ?? '', mayBeName: false }),
  },
  {
    name: 'month-day',
    re: pattern(`\\b(${MONTH})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`),
    build: (m, published) => dateHit(published, m[1], m[2], m[3]),
  },
  {
    name: 'day-month',
    re: pattern(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4})\\b)?`),
    build: (m, published) => dateHit(published, m[2], m[1], m[3]),
  },
  {
    name: 'month-year',
    re: pattern(`\\b(${MONTH})\\s+(\\d{4})\\b`),
    build: (m, published) => dateHit(published, m[1], undefined, m[2]),
  },
  {
    name: 'month',
    re: pattern(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|[Dd]uring|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|mid-?|of|[Tt]his|[Bb]efore|[Aa]fter)\\s+)(${MONTH})(?!\\s*\\d)\\b`,
    ),
    build: (m, published) => dateHit(published, m[1], undefined, undefined),
  },
  {
    name: 'ago',
    re: pattern(`\\b(${NUM}|${WORD_AMOUNT}|several)\\s+(${TIME_UNIT})\\s+ago\\b`, 'i'),
    build: (m, published) => {
      const amount = /\d/.test(m[1] ?? '') ? digitValue(m[1] ?? '') : wordValue(m[1] ?? '');
      const date = resolveAgo(published, amount, m[2] ?? 'year');
      if (!Number.isFinite(amount)) return null;
      return { kind: 'date', value: amount, unit: (m[2] ?? '').toLowerCase(), mayBeName: false, ...(date ? { date } : {}) };
    },
  },
  {
    name: 'relative-year',
    re: pattern(`\\b(last|next|this|previous|coming)\\s+year\\b`, 'i'),
    build: (m, published) => {
      const date = resolveRelativeYear(published, m[1] ?? '');
      return date ? { kind: 'date', value: null, date, mayBeName: false } : null;
    },
  },
  {
    name: 'decade-span',
    re: pattern(`\\b(?:an?|one|the\\s+(?:past|last|next|previous|coming))\\s+decade\\b`, 'i'),
    build: () => ({ kind: 'duration', value: 10, unit: 'years', mayBeName: false }),
  },
  {
    name: 'hyphen-unit',
    re: pattern(
      `${FREE_LEFT}${NUM}-(?:year|month|week|day|hour|minute|mile|point|percent|person|member|seat|page|foot|ton|tonne|kilometre|kilometer)s?(?:-old)?\\b`,
      'i',
    ),
    build: (m) => ({
      kind: 'other',
      value: digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? ''),
      unit: m[0].replace(/^[\d.,]+-/, ''),
      mayBeName: false,
    }),
  },
  {
    name: 'scaled',
    re: pattern(`${FREE_LEFT}${NUM}\\s+(${SCALE_WORD})(?:\\s+(${SCALE_WORD}))?\\b`, 'i'),
    build: (m) => ({ kind: 'count', value: digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? '') * scaleOf(m[1]) * scaleOf(m[2]), mayBeName: false }),
  },
  {
    name: 'scaled-spelled',
    re: pattern(
      `\\b${WORD_AMOUNT}\\s+(?:hundred\\s+)?(?:thousand|million|billion|trillion|hundred)(?:\\s+(?:thousand|million|billion))?\\b`,
      'i',
    ),
    build: (m) => ({ kind: 'count', value: spelledAmount(m[0]), mayBeName: false }),
  },
  {
    name: 'ordinal',
    re: pattern(`${FREE_LEFT}(\\d+)(?:st|nd|rd|th)\\b`),
    build: (m) => ({ kind: 'ordinal', value: Number(m[1]), mayBeName: false }),
  },
  {
    name: 'fraction-digits',
    re: pattern(`${FREE_LEFT}(?:\\d+\\s+)?[1-9]/(?:[2-9]|10)${FREE_RIGHT}`),
    build: (m) => ({ kind: 'fraction', value: digitValue(m[0]), mayBeName: false }),
  },
  {
    name: 'fraction-word',
    re: pattern(
      `\\b(?:${NUMBER_WORD}[- ](?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|half|an?\\s+(?:third|quarter)(?=\\s+of\\b))\\b`,
      'i',
    ),
    build: (m) => ({ kind: 'fraction', value: fractionValue(m[0].trim()), mayBeName: false }),
  },
  {
    name: 'number',
    re: pattern(`${FREE_LEFT}${NUM}${FREE_RIGHT}`),
    build: (m) => ({
      kind: plainKind(m[0]),
      value: digitValue(m[0]),
      mayBeName: true,
      ...(plainKind(m[0]) === 'year' ? { date: m[0] } : {}),
    }),
  },
];

/** Value of "half a billion", "five hundred million", "a thousand". */
function spelledAmount(text: string): number {
  const half = /^half\s+an?\s+/i.exec(text);
  return half ? 0.5 * wordValue(text.slice(half[0].length)) : wordValue(text);
}

function dateHit(published: string | null, monthName: string | undefined, day: string | undefined, year: string | undefined) {
  const month = monthNumber(monthName ?? '');
  const dayNumber = day === undefined ? null : Number(day);
  if (month === undefined || (dayNumber !== null && (dayNumber < 1 || dayNumber > 31))) return null;
  const date = resolveMonthDay(published, month, dayNumber, year === undefined ? null : Number(year));
  return { kind: 'date' as const, value: null, mayBeName: false, ...(date ? { date } : {}) };
}
