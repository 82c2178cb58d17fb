import { ENGLISH_MONTH_PATTERN } from '../../model/months.js';
import { FRACTION_WORD, NUMBER_WORD } from './number-words.js';

/** Regex sources shared by the figure rules; each names one piece of a numeric expression. */

/** A digit number: "1,200", "4.5", "2015" (no sign; a minus is usually a dash here). */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** A currency sign written before the amount. */
export const CURRENCY_SIGN = String.raw`(?:US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₩|₹|₦|₱|₽|₺|GH[¢₵]|\bK[Ss]h\b\.?)`;
/** A scale word written out. */
export const SCALE_WORD = '(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)';
/** A short scale glued to a currency amount ("$5m", "€5bn"). */
export const SHORT_SCALE = '(?:bn|mn|tn|m|k|b)';
/** A currency named after the amount. */
export const CURRENCY_WORD =
  '(?:dollars|euros|pounds|cents|yuan|yen|rupees|shillings|rand|naira|pesos|lira|rubles|roubles|francs|riyals|dirhams|shekels|zlotys|ringgit|baht|hryvnias)';
/** Percent written as a sign or word. */
export const PERCENT = String.raw`(?:%|percent\b|per\s+cent\b)`;
/** Month names, full and abbreviated, capitalised. */
export const MONTH = ENGLISH_MONTH_PATTERN;
/** A time unit after a count. */
export const TIME_UNIT = '(?:years?|decades?|months?|weeks?|days?|hours?|minutes?|seconds?|centuries|century)';
/** Symbols of units of measure with an SI prefix, two letters or more ("MHz", "mK", "μs", "GWh"). */
export const UNIT_SYMBOL =
  '(?:[kMGT]?Hz|[mkMGT]W|[kMGT]?Wh|[mk]V|[mμµ]A|[mμµnpf]s|[nμµmc]m|[mμµn]K|[kMGT]?eV|dB|[mμµn]g|[mμµ]L|ml|m?mol|pp[mb]|[khMG]Pa)';
/** A unit of measure after a count (currencies and time units apart). */
export const MEASURE_UNIT = `(?:km/h|kph|mph|[kMGT]bps|knots?|parts\\s+per\\s+(?:million|billion)|(?:kilo)?calories|kcal|megapixels?|(?:milli|micro|kilo)?grams?|ounces?|teslas?|nautical\\s+miles?|(?:square|cubic)\\s+(?:kilomet(?:re|er)s?|met(?:re|er)s?|miles?)|miles?|kilomet(?:re|er)s?|km|(?:centi|milli|micro|nano)met(?:re|er)s?|(?:kilo|mega|giga)?pascals?|(?:kilo|mega|giga)?hertz|(?:kilo)?volts?|(?:kilo|mega|giga)?joules?|mega\\s?(?:tonnes?|tons?)|metric\\s+(?:tonnes?|tons?)|bpd|b/d|met(?:re|er)s?|feet|foot|inch(?:es)?|acres?|hectares?|tons?|tonnes?|barrels?|gallons?|(?:kilo|mega|giga)?lit(?:re|er)s?|kg|(?:kilo|mega|giga|tera)watt-hours?|(?:kilo|mega|giga|tera)?watts?|(?:kilo|mega|giga|tera|peta)?bytes|degrees?(?:\\s+(?:Celsius|Fahrenheit))?|percentage\\s+points?|basis\\s+points?|bcm|TEUs?|${UNIT_SYMBOL})`;
/** What a rate is counted per, after "per" (any word) or "a"/"an"/"each"/"every" (these only). */
export const RATE_NOUN =
  '(?:year|month|week|day|hour|minute|barrel|gallon|lit(?:re|er)|ton|tonne|kilo(?:gram)?|person|head|household|family|student|worker|share|mile|kilomet(?:re|er))';
/** Not glued to a letter, digit, slash or name hyphen on the left ("MIC25", "COVID-19", "3.5", "24/7"). */
export const FREE_LEFT = String.raw`(?<![\p{L}\d.,'’/-]|\d[–—])`;
/** Not continuing as a longer number, a fraction or a date, or glued to a letter on the right ("5G", "1/3"). */
export const FREE_RIGHT = String.raw`(?![\p{L}\d]|[.,/]\d|[-–—]\d)`;
/** One end of a range: optional sign, number, optional scale word. */
export const RANGE_END = String.raw`(${CURRENCY_SIGN})?\s?(${NUM})(?:\s?(${SCALE_WORD}))?`;
/** A spelled amount: "five hundred", "twenty-five", "a". */
export const WORD_AMOUNT = String.raw`(?:${NUMBER_WORD}(?:\s+hundred)?(?:\s+and\s+${NUMBER_WORD})?|half\s+an?|an?)`;

export { FRACTION_WORD, NUMBER_WORD };

/** Builds a global regex with Unicode and the given extra flags. */
export const pattern = (source: string, flags = ''): RegExp => new RegExp(source, `gu${flags}`);
