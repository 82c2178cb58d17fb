import type { Figure, FigureKind } from '../../model/enriched.js';
import {
  CURRENCY_SIGN,
  CURRENCY_WORD,
  FREE_LEFT,
  FREE_RIGHT,
  FRACTION_WORD,
  MEASURE_UNIT,
  UNIT_SYMBOL,
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
} from './patterns.js';
import { isCurrencyCode } from './currency.js';
import { SCALES, digitValue, fractionValue, wordValue } from './number-words.js';
import { IRREGULAR_PAST } from '../past-tense.js';
import { type Tense, monthNumber, resolveAgo, resolveMonthDay, resolveRelativeYear } from './relative-dates.js';
import { CURRENCY_NAME, currencyCodesFor, takesBare } from './currency-names.js';

/** A numeric expression found by a rule, before sentence and page are attached. */
export interface FigureHit extends Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'unit' | 'per' | 'date' | 'start' | 'end'> {
  /** Bare digits that could be part of a name ("Chip 4 Alliance"): checked by figure-names. */
  readonly mayBeName: boolean;
  /** How sure the reading is, 0–1: the rule's own confidence unless the build says otherwise. */
  readonly confidence?: number;
  /** What decided the reading beyond the rule itself ("tense:past", "year-unknown"). */
  readonly evidence?: readonly string[];
}

type Build = (m: RegExpExecArray, published: string | null) => Omit<FigureHit, 'start' | 'end'> | null;

/** One rule: a regex whose whole match is the figure's minimal text, how to read it, and how
 *  often what it matches is the figure it reads (a unit or a sign leaves little doubt; a bare
 *  number may be a list number or part of a name). */
export interface FigureRule {
  readonly name: string;
  /** A word or sign every match holds: a text without it is not searched with `re`. */
  readonly needs?: RegExp;
  readonly re: RegExp;
  readonly build: Build;
  readonly confidence: number;
}

const CURRENCY_UNITS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  '₩': 'KRW',
  '₹': 'INR',
  '₦': 'NGN',
  '₱': 'PHP',
  '₽': 'RUB',
  '₺': 'TRY',
  'GH¢': 'GHS',
  'GH₵': 'GHS',
  KSh: 'KES',
  Ksh: 'KES',
  R: 'ZAR',
  Rp: 'IDR',
  RM: 'MYR',
  Rs: 'INR',
  Tk: 'BDT',
  N: 'NGN',
  won: 'KRW',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP',
  cents: 'USD',
  yuan: 'CNY',
  yen: 'JPY',
  rupees: 'INR',
  // one currency by each name; shillings, pesos, francs and lira are named by several countries
  rand: 'ZAR',
  naira: 'NGN',
  rubles: 'RUB',
  roubles: 'RUB',
  riyals: 'SAR',
  dirhams: 'AED',
  shekels: 'ILS',
  zlotys: 'PLN',
  ringgit: 'MYR',
  baht: 'THB',
  hryvnias: 'UAH',
};

/** A signed amount as money-sign matches it: the sign, then the scale word after the number. */
const MONEY_SIGNED = new RegExp(String.raw`^(${CURRENCY_SIGN})\s?[\d.,]+\s?([a-z]+)?$`, 'i');

const scaleOf = (word: string | undefined): number => (word ? (SCALES[word.toLowerCase()] ?? 1) : 1);
const isPercent = (unit: string | undefined): boolean => unit !== undefined && /%|per/i.test(unit);

function readRange(m: RegExpExecArray): Omit<FigureHit, 'start' | 'end'> | null {
  const [, sign1, n1 = '', scale1, sign2, n2 = '', scale2, unit, measure] = m;
  const sign = sign1 ?? sign2;
  const high = digitValue(n2) * scaleOf(scale2);
  const low = digitValue(n1) * scaleOf(scale1 ?? scale2);
  if (!(low < high)) return null;
  // "from 941 in 2022 to 42,200 in 2023": a year at one end only is a date, not a range's end
  if (plainKind(n1) === 'year' && !scale1 && !sign1 && plainKind(n2) !== 'year') return null;
  // "18 – 24 months", "3 to 5 miles": the unit after the range is the unit of both ends
  const rangeUnit = isPercent(unit) ? '%' : sign ? CURRENCY_UNITS[sign] : measure ? unitName(measure) : undefined;
  return { kind: 'range', value: null, low, high, mayBeName: false, ...(rangeUnit ? { unit: rangeUnit } : {}) };
}

/** Money in a currency: an amount in cents counts hundredths of the currency (of the dollar, until
 *  localiseCurrencies finds the document's own: "22 cents" in a South African budget is 0.22 ZAR). */
const money = (amount: number, currency: string | undefined): Omit<FigureHit, 'start' | 'end'> => ({
  kind: 'money',
  // (hundredths of a cent kept: "12.5 cents" is 0.125; rounding drops the float's noise only)
  value: currency === 'cents' ? Math.round(amount * 100) / 10000 : amount,
  mayBeName: false,
  ...(currency ? { unit: CURRENCY_UNITS[currency] ?? currency } : {}),
});

const plainKind = (n: string): FigureKind => (/^(1[5-9]\d{2}|20\d{2})$/.test(n) ? 'year' : 'count');

/** A prefilter from a pattern's source: case-blind, not global (so `test` keeps no state). */
const needs = (source: string): RegExp => new RegExp(source, 'iu');
/** Month names are capitalised in the month rules too. */
const MONTH_NEEDED = new RegExp(MONTH, 'u');

/** Rules in priority order: a later rule cannot take text an earlier one matched. */
export const FIGURE_RULES: readonly FigureRule[] = [
  {
    // "three and a half months", "a year and a half": a count and a half of a unit
    name: 'and-a-half',
    needs: /\band\s+a\s+half\b/i,
    confidence: 0.9,
    re: pattern(
      `${FREE_LEFT}(?:(${NUM}|${NUMBER_WORD})\\s+and\\s+a\\s+half\\s+(${TIME_UNIT}|${MEASURE_UNIT}|times)|an?\\s+(year|month|week|day|hour|decade|century|mile)\\s+and\\s+a\\s+half)\\b`,
      'i',
    ),
    build: (m) => {
      const whole = m[1] ? amountOf(m[1]) : 1;
      if (!Number.isFinite(whole)) return null;
      // "one and a half times the average": a multiple, no unit
      if (/^times$/i.test(m[2] ?? '')) return { kind: 'count', value: whole + 0.5, mayBeName: false };
      const unit = unitName(m[2] ?? m[3] ?? '');
      return { kind: isTimeUnit(unit) ? 'duration' : 'measure', value: whole + 0.5, unit, mayBeName: false };
    },
  },
  {
    // "2 hours 41 minutes", "1 hour, 29 minutes", "3 minutes and 12 seconds": one span of time,
    // counted in its smaller unit
    name: 'compound-duration',
    needs: /\b(?:hours?|minutes?)[,]?\s+(?:and\s+)?(?:\d|[a-z]+\s+(?:minutes?|seconds?))/i,
    confidence: 0.9,
    re: pattern(
      `${FREE_LEFT}(${NUM}|${NUMBER_WORD})\\s+(hours?|minutes?),?\\s+(?:and\\s+)?(${NUM}|${NUMBER_WORD})\\s+(minutes?|seconds?)\\b`,
      'i',
    ),
    build: (m) => {
      const [, big = '', bigUnit = '', small = '', smallUnit = ''] = m;
      const hours = /^hour/i.test(bigUnit);
      // ("3 hours 12 seconds" is no span a text writes)
      if (hours === /^second/i.test(smallUnit)) return null;
      // ("40 hours, 10 minutes of it outside": a part of the first, no span's smaller unit)
      if (!(amountOf(small) < 60) || /^\s+of\b/.test(m.input?.slice((m.index ?? 0) + m[0].length) ?? '')) return null;
      const value = amountOf(big) * 60 + amountOf(small);
      if (!Number.isFinite(value)) return null;
      return { kind: 'duration', value, unit: hours ? 'minutes' : 'seconds', mayBeName: false };
    },
  },
  {
    // "18 years and nine months", "two years, six months": one span, in years ("between two years
    // and six months" bounds a range)
    name: 'years-and-months',
    needs: /\byears?,?\s+(?:and\s+)?\S+\s+months?\b/i,
    confidence: 0.9,
    re: pattern(
      `(?<!\\b(?:between|from)\\s+)${FREE_LEFT}(${NUM}|${NUMBER_WORD})\\s+years?,?\\s+(?:and\\s+)?(${NUM}|${NUMBER_WORD})\\s+months?\\b`,
      'i',
    ),
    build: (m) => {
      const months = amountOf(m[2] ?? '');
      if (!(months < 12)) return null;
      const value = amountOf(m[1] ?? '') + months / 12;
      return Number.isFinite(value)
        ? { kind: 'duration', value: Math.round(value * 10000) / 10000, unit: 'years', mayBeName: false }
        : null;
    },
  },
  {
    // "three to one", "three or four to one", "2-to-1": odds or a balance; "from three to one" is a fall
    name: 'ratio-to-one',
    needs: /\bto[\s-]+(?:one|1)\b/i,
    confidence: 0.85,
    re: pattern(
      `(?<!\\bfrom\\s+)${FREE_LEFT}(${NUM}|${NUMBER_WORD})(?:\\s+or\\s+(${NUM}|${NUMBER_WORD}))?(?:\\s+to\\s+|-to-)(?:one|1)\\b(?![-–]|\\s*\\d)`,
      'i',
    ),
    build: (m) => {
      const low = amountOf(m[1] ?? '');
      const high = m[2] === undefined ? low : amountOf(m[2]);
      if (!(low > 1 && high >= low)) return null;
      return high > low ? { kind: 'range', value: null, low, high, mayBeName: false } : { kind: 'ratio', value: low, mayBeName: false };
    },
  },
  {
    // "six out of 10", "one in five", "one out of every three": a proportion, not two counts
    name: 'ratio',
    needs: /\b(?:out\s+of|in)\s/i,
    confidence: 0.9,
    re: pattern(
      `${FREE_LEFT}(${NUM}|${NUMBER_WORD})\\s+(out\\s+of(?:\\s+every)?|in\\s+every|in)\\s+(${NUM}|${NUMBER_WORD})${FREE_RIGHT}(?!\\s+${SCALE_WORD})`,
      'i',
    ),
    build: (m) => {
      const part = amountOf(m[1] ?? '');
      const whole = amountOf(m[3] ?? '');
      // "3 in 2015", "one in ten thousand" read as years or scaled amounts: not a proportion
      if (!(part > 0 && whole > part && (whole <= 1000 || /out/i.test(m[2] ?? '')) && !/^1[5-9]\d\d$|^20\d\d$/.test(m[3] ?? '')))
        return null;
      return { kind: 'ratio', value: part / whole, low: part, high: whole, mayBeName: false };
    },
  },
  {
    name: 'range-between',
    needs: /\b(?:between|from)\s/i,
    confidence: 0.9,
    re: pattern(
      `(?<=\\b(?:between|from)\\s+)${RANGE_END}(?:\\s?%)?\\s+(?:and|to)\\s+${RANGE_END}(\\s?${PERCENT})?(?:\\s+(${TIME_UNIT}|${MEASURE_UNIT})\\b)?`,
      'i',
    ),
    build: readRange,
  },
  {
    name: 'range',
    confidence: 0.85,
    re: pattern(
      `${FREE_LEFT}${RANGE_END}(?:%(?=\\s?(?:[-–—]|to\\b)\\s?\\d[\\d.,]*\\s?%))?\\s?(?:[-–—]|\\bto\\b)\\s?${RANGE_END}(\\s?${PERCENT})?(?:\\s+(${TIME_UNIT}|${MEASURE_UNIT})\\b)?${FREE_RIGHT}`,
      'i',
    ),
    build: readRange,
  },
  {
    name: 'money-sign',
    needs: needs(CURRENCY_SIGN),
    confidence: 0.95,
    re: pattern(`${CURRENCY_SIGN}\\s?${NUM}(?:\\s?(?:${SCALE_WORD}|${SHORT_SCALE})\\b)?`, 'i'),
    build: (m) => {
      const [, sign, scale] = MONEY_SIGNED.exec(m[0]) ?? [];
      return money(digitValue((/\d[\d.,]*/.exec(m[0])?.[0] ?? '').replace(/[.,]$/, '')) * scaleOf(scale), sign?.replace(/\.$/, ''));
    },
  },
  {
    // "R2.59 trillion", "Rp 80", "RM1.2 billion", "Rs 450", "Tk 12,500", "N31.2 billion": a
    // currency's letters before the amount, in its own country's press; one letter alone ("R",
    // "N") only before a scale word, a grouped number or cents, as "R61", "N95" name roads and masks
    name: 'money-letters',
    needs: /\b(?:R[ps]?|RM|Tk|N)\.?\s?\d/,
    confidence: 0.9,
    // ("N1.64%" in a formula's make-up: an element's share, no money)
    re: pattern(`\\b(Rp|RM|Rs\\.?|Tk|R|N)\\s?(${NUM})(?:\\s?(${SCALE_WORD}|${SHORT_SCALE})\\b)?${FREE_RIGHT}(?!\\s?%)`),
    build: (m) => {
      const [, letters = '', digits = '', scale] = m;
      const sign = letters.replace(/\.$/, '');
      const spaced = /\s/.test(m[0].charAt(letters.length));
      if ((sign === 'R' || sign === 'N') && (spaced || !(scale || /,\d{3}|\.\d{2}$/.test(digits)))) return null;
      return money(digitValue(digits) * scaleOf(scale), sign);
    },
  },
  {
    // "CHF 41.6 million", "NOK 20 billion": an ISO 4217 code before the amount
    name: 'money-code',
    needs: /\b[A-Z]{3}\s?\d/,
    confidence: 0.95,
    re: pattern(`\\b([A-Z]{3})\\s?${NUM}(?:\\s?(${SCALE_WORD}|${SHORT_SCALE})\\b)?`),
    build: (m) => {
      const code = m[1] ?? '';
      if (!isCurrencyCode(code)) return null;
      const amount = digitValue((/\d[\d.,]*/.exec(m[0].slice(code.length))?.[0] ?? '').replace(/[.,]$/, ''));
      return money(amount * scaleOf(m[2]), code);
    },
  },
  {
    // "214.60 Norwegian crowns", "95,000 CFA francs", "3.2 trillion rupiah": a currency named by
    // the head noun of its ISO 4217 name, with the nationality that tells which when several
    // share it (currency-names.ts); a form that is also a word ("real", "dong") only after a
    // scale word or a nationality
    name: 'money-name',
    needs: needs(`\\b${CURRENCY_NAME}\\b`),
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}${NUM}(?:\\s+(${SCALE_WORD}))?\\s+(?:(CFA|\\p{Lu}\\p{Ll}+)\\s+)?(${CURRENCY_NAME})\\b`),
    build: (m) => {
      const [, scale, qualifier, form = ''] = m;
      if (!scale && !qualifier && !takesBare(form)) return null;
      const codes = currencyCodesFor(form, qualifier);
      // ("300 Tidewell crowns": a capitalised word that names no currency's country is no nationality)
      if (qualifier && codes.length > 1 && currencyCodesFor(form).length === codes.length) return null;
      const amount = digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? '') * scaleOf(scale);
      return money(amount, codes.length === 1 ? codes[0] : qualifier ? `${qualifier} ${form}` : form);
    },
  },
  {
    name: 'money-word',
    needs: needs(`\\b${CURRENCY_WORD}\\b`),
    confidence: 0.95,
    // ("19.5 US cents", "40 U.S. dollars": the country's letters before the currency's word)
    re: pattern(`${FREE_LEFT}${NUM}(?:\\s+(${SCALE_WORD}))?\\s+(?:U\\.?S\\.?\\s+)?(${CURRENCY_WORD})\\b`, 'i'),
    build: (m) => money(digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? '') * scaleOf(m[1]), m[2]?.toLowerCase()),
  },
  {
    // "a 12-million-baht loan", "a two-billion-dollar fund": an amount hyphenated before its noun
    name: 'money-hyphenated',
    needs: /-(?:thousand|million|billion|trillion)-\p{L}/iu,
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}(${NUM}|${NUMBER_WORD})-(${SCALE_WORD})-(\\p{L}+)\\b`, 'i'),
    build: (m) => {
      const [, amount = '', scale, noun = ''] = m;
      const unit = CURRENCY_UNITS[`${noun.toLowerCase()}s`] ?? CURRENCY_UNITS[noun.toLowerCase()];
      const value = amountOf(amount) * scaleOf(scale);
      return unit && Number.isFinite(value) ? { kind: 'money', value, unit, mayBeName: false } : null;
    },
  },
  {
    // "68 billion won": the won only after a scale word (the verb follows no amount so)
    name: 'money-won',
    needs: /\bwon\b/i,
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}${NUM}\\s+(${SCALE_WORD})\\s+won\\b`, 'i'),
    build: (m) => money(digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? '') * scaleOf(m[1]), 'won'),
  },
  {
    name: 'money-spelled',
    needs: needs(`\\b${CURRENCY_WORD}\\b`),
    confidence: 0.9,
    re: pattern(`\\b${WORD_AMOUNT}\\s+(${SCALE_WORD})\\s+(${CURRENCY_WORD})\\b`, 'i'),
    build: (m) => money(spelledAmount(m[0].replace(/\s+\S+$/, '')), m[2]?.toLowerCase()),
  },
  {
    name: 'percent-of',
    needs: needs(PERCENT),
    confidence: 0.9,
    re: pattern(`\\b${FRACTION_WORD}\\s+of\\s+(?:a|one|(${NUM}))\\s?${PERCENT}`, 'i'),
    build: (m) => ({
      kind: 'percent',
      value: fractionValue(m[0].split(/\s+of\s+/i)[0] ?? '') * Number(m[1] ?? 1),
      unit: '%',
      mayBeName: false,
    }),
  },
  {
    // "15 3/4 percent": one figure, not a count and a fraction
    name: 'percent-mixed',
    needs: needs(PERCENT),
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}(${NUM})\\s+([1-9])/([2-9]|1[0-6])\\s?${PERCENT}`, 'i'),
    build: (m) => {
      const [whole, over, under] = [digitValue(m[1] ?? ''), Number(m[2]), Number(m[3])];
      return over < under ? { kind: 'percent', value: whole + over / under, unit: '%', mayBeName: false } : null;
    },
  },
  {
    name: 'percent',
    needs: needs(`${PERCENT}|\\bpercentage\\b`),
    confidence: 0.95,
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
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}(1[5-9]\\d0|20\\d0)['’]?s\\b`),
    build: (m) => ({ kind: 'year', value: Number(m[1]), unit: 'decade', date: m[1] ?? '', mayBeName: false }),
  },
  {
    name: 'month-day',
    needs: MONTH_NEEDED,
    confidence: 0.9,
    re: pattern(`\\b(${MONTH})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`),
    build: (m, published) => dateHit(published, m[1], m[2], m[3], m),
  },
  {
    name: 'day-month',
    needs: MONTH_NEEDED,
    confidence: 0.9,
    re: pattern(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4})\\b)?`),
    build: (m, published) => dateHit(published, m[2], m[1], m[3], m),
  },
  {
    name: 'month-year',
    needs: MONTH_NEEDED,
    confidence: 0.95,
    re: pattern(`\\b(${MONTH})\\s+(\\d{4})\\b`),
    build: (m, published) => dateHit(published, m[1], undefined, m[2], m),
  },
  {
    name: 'month',
    needs: MONTH_NEEDED,
    confidence: 0.75,
    re: pattern(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|[Dd]uring|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|mid-?|of|[Tt]his|[Bb]efore|[Aa]fter)\\s+)(${MONTH})(?!\\s*\\d)\\b`,
    ),
    build: (m, published) => dateHit(published, m[1], undefined, undefined, m),
  },
  {
    name: 'ago',
    needs: /\bago\b/i,
    confidence: 0.9,
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
    needs: /\byear\b/i,
    confidence: 0.85,
    re: pattern(`\\b(last|next|this|previous|coming)\\s+year\\b`, 'i'),
    build: (m, published) => {
      const date = resolveRelativeYear(published, m[1] ?? '');
      return date ? { kind: 'date', value: null, date, mayBeName: false } : null;
    },
  },
  {
    // "half a century", "a quarter of a century", "half a decade": a span in years
    name: 'part-of-span',
    needs: /\b(?:century|decade)\b/i,
    confidence: 0.85,
    re: pattern(`\\b(half|a\\s+quarter)(?:\\s+of)?\\s+an?\\s+(century|decade)\\b`, 'i'),
    build: (m) => ({
      kind: 'duration',
      value: (/^half$/i.test(m[1] ?? '') ? 0.5 : 0.25) * (/^century$/i.test(m[2] ?? '') ? 100 : 10),
      unit: 'years',
      mayBeName: false,
    }),
  },
  {
    name: 'decade-span',
    needs: /\bdecade\b/i,
    confidence: 0.8,
    re: pattern(`\\b(?:an?|one|the\\s+(?:past|last|next|previous|coming))\\s+decade\\b`, 'i'),
    build: () => ({ kind: 'duration', value: 10, unit: 'years', mayBeName: false }),
  },
  {
    // "46°C", "minus 4 °C", "−40°F": a temperature by its degree sign
    name: 'temperature',
    needs: /°/,
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}(minus\\s+|[-−])?(${NUM})\\s?°\\s?([CF])\\b`),
    build: (m) => {
      const value = digitValue(m[2] ?? '');
      if (!Number.isFinite(value)) return null;
      return {
        kind: 'measure',
        value: m[1] ? -value : value,
        unit: m[3] === 'F' ? 'degrees Fahrenheit' : 'degrees Celsius',
        mayBeName: false,
      };
    },
  },
  {
    // "200 years", "for 20 days", "two weeks", "40 miles": a duration or a measure with its unit
    name: 'measure',
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}(${NUM}|${NUMBER_WORD})(?:\\s+(${SCALE_WORD}))?\\s+(${TIME_UNIT}|${MEASURE_UNIT})\\b(?!-)`, 'i'),
    build: (m) => {
      const amount = amountOf(m[1] ?? '') * scaleOf(m[2]);
      if (!Number.isFinite(amount)) return null;
      // ("three decades", "two centuries": counted as written, in decades and centuries)
      const unit = unitName(m[3] ?? '');
      // "one day" is as often "some day" as a span of time
      const idiom = /^one$/i.test(m[1] ?? '') && /^day$/i.test(m[3] ?? '');
      return {
        kind: isTimeUnit(unit) ? 'duration' : 'measure',
        value: amount,
        unit,
        ...(/^(?:bpd|b\/d)$/i.test(m[3] ?? '') ? { per: 'day' } : {}),
        mayBeName: false,
        ...(idiom ? { confidence: 0.4, evidence: ['spelled-one'] } : {}),
      };
    },
  },
  {
    name: 'hyphen-unit',
    confidence: 0.85,
    re: pattern(
      `${FREE_LEFT}(${NUM}|${NUMBER_WORD})-(year|month|week|day|hour|minute|mile|point|percent|person|member|seat|page|foot|ton|tonne|kilometre|kilometer|metre|meter|hectare|acre|megawatt|gigawatt|kilowatt|kilogram|litre|liter|gallon|barrel|magnitude)s?(?:-old)?\\b`,
      'i',
    ),
    build: (m) => {
      const value = amountOf(m[1] ?? '');
      if (!Number.isFinite(value)) return null;
      const unit = unitName(m[2] ?? '');
      const measure = MEASURE_UNIT_ONLY.test(unit) || metricSymbol((m[2] ?? '').toLowerCase()) !== undefined;
      const kind: FigureKind = isTimeUnit(unit) ? 'duration' : measure ? 'measure' : 'other';
      return { kind, value, unit: kind === 'other' ? (m[2] ?? '').toLowerCase() : unit, mayBeName: false };
    },
  },
  {
    // "a magnitude 7.5 quake", "magnitude-6.2": an earthquake's size on its scale
    name: 'magnitude',
    confidence: 0.85,
    re: pattern(`(?<=\\bmagnitude[-\\s])\\d(?:\\.\\d)?(?![\\d.,]*\\d)`, 'i'),
    build: (m) => ({ kind: 'other', value: Number(m[0]), unit: 'magnitude', mayBeName: false }),
  },
  {
    name: 'scaled',
    needs: needs(`\\b${SCALE_WORD}\\b`),
    confidence: 0.9,
    re: pattern(`${FREE_LEFT}${NUM}\\s+(${SCALE_WORD})(?:\\s+(${SCALE_WORD}))?\\b`, 'i'),
    build: (m) => ({ kind: 'count', value: digitValue(/[\d.,]+/.exec(m[0])?.[0] ?? '') * scaleOf(m[1]) * scaleOf(m[2]), mayBeName: false }),
  },
  {
    name: 'scaled-spelled',
    needs: needs(`\\b${SCALE_WORD}\\b`),
    confidence: 0.85,
    re: pattern(
      `\\b${WORD_AMOUNT}\\s+(?:hundred\\s+)?(?:thousand|million|billion|trillion|hundred)(?:\\s+(?:thousand|million|billion))?\\b`,
      'i',
    ),
    build: (m) => ({ kind: 'count', value: spelledAmount(m[0]), mayBeName: false }),
  },
  {
    name: 'ordinal',
    confidence: 0.7,
    re: pattern(`${FREE_LEFT}(\\d+)(?:st|nd|rd|th)\\b`),
    build: (m) => ({ kind: 'ordinal', value: Number(m[1]), mayBeName: false }),
  },
  {
    name: 'fraction-digits',
    needs: /\d\/\d/,
    confidence: 0.8,
    // "1/3 mile", "3/4", "2 1/2 hours", "1/30th of a second"; not "9/11" or "24/7"
    re: pattern(
      `${FREE_LEFT}((?:\\d+\\s+)?(?:1/(?:[2-9]|[1-9]\\d|100)|[2-9]/(?:[3-9]|10)))(?:st|nd|rd|th)?(?:\\s+(${TIME_UNIT}|${MEASURE_UNIT})\\b)?${FREE_RIGHT}`,
      'i',
    ),
    build: (m) => {
      const unit = m[2] ? unitName(m[2]) : undefined;
      return { kind: 'fraction', value: digitValue(m[1] ?? ''), ...(unit ? { unit } : {}), mayBeName: false };
    },
  },
  {
    name: 'fraction-word',
    needs: /\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)\b/i,
    confidence: 0.75,
    re: pattern(
      `\\b(?:${NUMBER_WORD}[- ](?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|half|an?\\s+(?:third|quarter)(?=\\s+of\\b)|(?<=\\bby\\s+)an?\\s+(?:third|quarter))\\b(?!-\\p{L})`,
      'i',
    ),
    build: (m) => ({ kind: 'fraction', value: fractionValue(m[0].trim()), mayBeName: false }),
  },
  {
    name: 'number',
    confidence: 0.75,
    re: pattern(`${FREE_LEFT}${NUM}${FREE_RIGHT}`),
    build: (m) => ({
      kind: plainKind(m[0]),
      value: digitValue(m[0]),
      mayBeName: true,
      ...(plainKind(m[0]) === 'year' ? { date: m[0] } : {}),
    }),
  },
];

/** Value of a number written in digits or spelled ("12", "1,200", "twelve"). */
const amountOf = (text: string): number => (/\d/.test(text) ? digitValue(text) : wordValue(text));

/** Units written as abbreviations, kept as written. */
const ABBREVIATED_UNITS: ReadonlySet<string> = new Set(['km', 'kg', 'bcm', 'km/h', 'kph', 'mph', 'kcal', 'kbps', 'Mbps', 'Gbps', 'Tbps']);

/** Metric units spelled out, and nautical miles, by their symbols. */
const METRIC_SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/^(?:(square|cubic)\s+)?(?:kilomet(?:re|er)s?|km)$/, 'km'],
  [/^(?:(square|cubic)\s+)?centimet(?:re|er)s?$/, 'cm'],
  [/^(?:(square|cubic)\s+)?millimet(?:re|er)s?$/, 'mm'],
  [/^(?:(square|cubic)\s+)?met(?:re|er)s?$/, 'm'],
  [/^nautical\s+miles?$/, 'nmi'],
  [/^(?:kilograms?|kg)$/, 'kg'],
  [/^watts?$/, 'W'],
  [/^kilowatts?$/, 'kW'],
  [/^terawatts?$/, 'TW'],
  [/^lit(?:re|er)s?$/, 'L'],
  [/^kilolit(?:re|er)s?$/, 'kL'],
  [/^megalit(?:re|er)s?$/, 'ML'],
  [/^gigalit(?:re|er)s?$/, 'GL'],
  [/^kilobytes$/, 'kB'],
  [/^megabytes$/, 'MB'],
  [/^gigabytes$/, 'GB'],
  [/^terabytes$/, 'TB'],
  [/^petabytes$/, 'PB'],
  [/^megawatts?$/, 'MW'],
  [/^gigawatts?$/, 'GW'],
  [/^kilowatt-hours?$/, 'kWh'],
  [/^megawatt-hours?$/, 'MWh'],
  [/^gigawatt-hours?$/, 'GWh'],
  [/^terawatt-hours?$/, 'TWh'],
];

/** The symbol of a metric unit spelled out ("square kilometres" → "km2"), or undefined. */
function metricSymbol(lower: string): string | undefined {
  for (const [re, symbol] of METRIC_SYMBOLS) {
    const m = re.exec(lower);
    if (!m) continue;
    return m[1] === 'square' ? `${symbol}2` : m[1] === 'cubic' ? `${symbol}3` : symbol;
  }
  return undefined;
}

/** A unit as figures carry it: as the text names it, in lower case and the plural ("Years" →
 *  "years", "foot" → "feet", "428-kilometre" → "kilometres", "square metres"); short symbols of
 *  measure as written ("km", "MW"). A metric unit's symbol goes with it (unitSymbol). */
function unitName(word: string): string {
  if (ABBREVIATED_UNITS.has(word) || UNIT_SYMBOL_ONLY.test(word)) return word;
  // containers counted in twenty-foot equivalent units: "14.6 million TEUs"
  if (/^TEUs?$/i.test(word)) return 'TEU';
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'foot' || lower === 'feet') return 'feet';
  if (lower === 'century' || lower === 'centuries') return 'centuries';
  if (/^inch(es)?$/.test(lower)) return 'inches';
  if (/^parts per/.test(lower)) return lower;
  // ("50,000 metric tonnes": a metric ton is the tonne; "9,000 bpd": barrels, counted per day)
  if (/^metric /.test(lower)) return unitName(lower.slice(7));
  if (lower === 'bpd' || lower === 'b/d') return 'barrels';
  if (lower.endsWith('hertz')) return lower;
  return lower.endsWith('s') ? lower : `${lower}s`;
}

const UNIT_SYMBOL_ONLY = new RegExp(`^${UNIT_SYMBOL}$`, 'u');

/** The symbol of a figure's metric unit, however the text names it ("kilometres", "km" → "km";
 *  "square metres" → "m2"; "megawatts" → "MW"; "nautical miles" → "nmi"), so that one unit
 *  groups as one; undefined for other units. */
export function unitSymbol(unit: string): string | undefined {
  return UNIT_SYMBOL_ONLY.test(unit) ? unit : metricSymbol(unit.toLowerCase());
}
const TIME_UNIT_ONLY = new RegExp(`^${TIME_UNIT}$`);
const MEASURE_UNIT_ONLY = new RegExp(`^${MEASURE_UNIT}$`);
const isTimeUnit = (unit: string): boolean => TIME_UNIT_ONLY.test(unit);

/** Value of "half a billion", "five hundred million", "a thousand". */
function spelledAmount(text: string): number {
  const half = /^half\s+an?\s+/i.exec(text);
  return half ? 0.5 * wordValue(text.slice(half[0].length)) : wordValue(text);
}

/** Words that put a clause in the future (a present that schedules too: "opens on", "is set
 *  for"), and in the past (a regular past form counts too). */
const FUTURE_CUE =
  /\b(?:will|shall|won't|going\s+to|due\s+to|plans?\s+to|expects?\s+to|scheduled|upcoming|next|coming|(?:is|are)\s+(?:set|due|expected)|opens|begins|starts|takes\s+effect)\b|['’]ll\b/i;
const PAST_CUE = new RegExp(String.raw`\b(?:was|were|had|ago|since|last|previous|past|led|became|spoke|${IRREGULAR_PAST}|\w{3,}ed)\b`, 'i');

/** Which way the words around a match point in time: a word right before the date first
 *  ("last February 1", "next May"), then a future form in its part of the sentence (between
 *  commas), then a past form within four words before it or after it: the verb of another
 *  clause says nothing of the date ("a claim filed in May is set down for hearing on August
 *  14", "members called for a cut at the meeting on April 29"). */
function tenseAround(m: RegExpExecArray): Tense {
  const text = m.input;
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  if (/\b(?:last|past|previous)\s+$/i.test(before)) return 'past';
  if (/\b(?:next|coming|upcoming)\s+$/i.test(before)) return 'future';
  // "sentencing was postponed to 22 May": a date put off to lies ahead, whatever the verb's tense
  if (MOVED_TO.test(before)) return 'future';
  const from =
    Math.max(
      text.lastIndexOf('.', m.index),
      text.lastIndexOf(';', m.index),
      text.lastIndexOf('!', m.index),
      text.lastIndexOf('?', m.index),
    ) + 1;
  const after = text.slice(m.index + m[0].length);
  const lead = text.slice(from, m.index);
  const leadWords = lead
    .slice(lead.lastIndexOf(',') + 1)
    .split(/\s+/)
    .filter(Boolean);
  const tail = after.slice(0, /[.;!?,](\s|$)/.exec(after)?.index ?? after.length);
  const tailWords = tail.split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
  if (FUTURE_CUE.test(`${leadWords.join(' ')} ${tailWords}`)) return 'future';
  // "to be completed by December 31", "a budget before September 30, the deadline set by law": a limit ahead
  const sentenceRest = after.slice(0, /[.;!?](\s|$)/.exec(after)?.index ?? after.length);
  if (TO_BE_DONE_BY.test(lead) || /\bdeadline\b/i.test(`${lead} ${sentenceRest}`)) return 'future';
  // "the exhibition runs until October 12": an end not yet reached (a past verb before it keeps
  // it past: "he served until May 3")
  const near = leadWords.slice(-4).join(' ');
  if (/\b(?:until|till)\s*$/i.test(near) && !PAST_CUE.test(near)) return 'future';
  return PAST_CUE.test(`${near} ${tailWords}`) ? 'past' : undefined;
}

/** A date something was put off to: "postponed to", "adjourned until", "pushed back to". */
const MOVED_TO = /\b(?:postponed|adjourned|deferred|delayed|rescheduled|moved|pushed\s+back|put\s+off)\s+(?:to|until|till)\s+$/i;
/** A date something is to be done by: "to be completed by". */
const TO_BE_DONE_BY = /\bto\s+be\s+\w+(?:ed|en)\s+by\s+$/i;

/** "In 1954 …", "in January 1869", "late 1922", "June 27, 1869": a year the text has set its story in. */
const STORY_YEAR = new RegExp(
  String.raw`\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-|${MONTH})\s+(1[5-9]\d\d|20\d\d)\b|\b${MONTH}\s+\d{1,2},\s+(1[5-9]\d\d|20\d\d)\b`,
  'gu',
);

/** Words of the time a text is written in. */
const PRESENT_TIME = /\b(?:this|next|last)\s+(?:year|month|week)\b|\b(?:now|today|currently|so\s+far)\b/i;

/** The year the paragraph last set its story in before the match, when that is two years or
 *  more before publication and the paragraph names no later year nor the present (a history,
 *  not the news: "Árbenz resigned on June 27" after "In 1954 …"); undefined otherwise. */
function storyYear(m: RegExpExecArray, published: string | null): number | undefined {
  const publishedYear = Number(published?.slice(0, 4));
  if (!Number.isFinite(publishedYear) || publishedYear === 0) return undefined;
  // a paragraph that also speaks of the present is news that looks back, not a history
  if (PRESENT_TIME.test(m.input) || [...m.input.matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => Number(y[0]) >= publishedYear - 1))
    return undefined;
  let year: number | undefined;
  for (const y of m.input.slice(0, m.index).matchAll(STORY_YEAR)) year = Number(y[1] ?? y[2]);
  return year !== undefined && year <= publishedYear - 2 ? year : undefined;
}

/** "September last year", "April this year", "May next year": the year after a month, by publication. */
const YEAR_AFTER = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;
/** "on 10 May of that year", "that August", "the same June": the year the text last named. */
const THAT_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/i;
const THAT_BEFORE = /\b(?:that|the\s+same)\s+$/i;

/** The year words around a month without one give it: relative to publication ("last year"), or
 *  the one the paragraph last named before it ("of that year"); undefined when they give none. */
function yearSaid(m: RegExpExecArray, published: string | null): number | undefined {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
  const relative = YEAR_AFTER.exec(after)?.[1];
  if (relative) {
    const resolved = resolveRelativeYear(published, relative);
    return resolved === null ? undefined : Number(resolved);
  }
  if (!THAT_YEAR_AFTER.test(after) && !THAT_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return undefined;
  const years = [...m.input.slice(0, m.index).matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)];
  const last = years[years.length - 1]?.[1];
  return last === undefined ? undefined : Number(last);
}

function dateHit(
  published: string | null,
  monthName: string | undefined,
  day: string | undefined,
  year: string | undefined,
  m: RegExpExecArray,
) {
  const month = monthNumber(monthName ?? '');
  const dayNumber = day === undefined ? null : Number(day);
  if (month === undefined || (dayNumber !== null && (dayNumber < 1 || dayNumber > 31))) return null;
  // "In September last year", "on 10 May of that year", "that August": the year the words give
  const said = year === undefined ? yearSaid(m, published) : undefined;
  const tense = year === undefined && said === undefined ? tenseAround(m) : undefined;
  // a month-day with no year in a paragraph set in an earlier year, and not pointing ahead, is of that year
  const story = year === undefined && said === undefined && tense !== 'future' ? storyYear(m, published) : undefined;
  const date = resolveMonthDay(published, month, dayNumber, year !== undefined ? Number(year) : (said ?? story ?? null), tense);
  // a day the month does not have (a misprint, a garbled line): held as one low-confidence hit,
  // so that its day is not read as a count
  if (date === null && dayNumber !== null) {
    return { kind: 'date' as const, value: null, mayBeName: false, confidence: 0.1, evidence: ['no-such-day'] };
  }
  const evidence =
    year !== undefined
      ? []
      : said !== undefined
        ? ['year-said']
        : story !== undefined
          ? ['story-year']
          : date?.startsWith('X')
            ? ['year-unknown']
            : tense
              ? [`tense:${tense}`]
              : ['nearest-to-publication'];
  return { kind: 'date' as const, value: null, mayBeName: false, evidence, ...(date ? { date } : {}) };
}
