/** Month names, in one place: every reader of dates and every writer of them takes its months
 *  from here. */

/** Month names and abbreviations (English, German, French) → month number. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  januar: 1,
  jänner: 1,
  janvier: 1,
  janv: 1,
  feb: 2,
  february: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  juil: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  okt: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  dez: 12,
  décembre: 12,
  decembre: 12,
  déc: 12,
};

/** English month names, January first. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English month abbreviations as printed before a day ("Sept. 8"), lower case, without the dot. */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Regex source for an English month written out or abbreviated, capitalised ("May", "Sept."). */
export const ENGLISH_MONTH_PATTERN = `(?:${ENGLISH_MONTHS.join('|')}|(?:${ENGLISH_MONTH_ABBREVIATIONS.map((a) => a[0]?.toUpperCase() + a.slice(1)).join('|')})\\.?)`;

/** Month number (1–12) of a month name or abbreviation in English, German or French, any case,
 *  with or without a final dot; undefined when the word is not one. */
export const monthNumber = (word: string): number | undefined => MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, '')];

/** English weekdays, Monday first. */
export const ENGLISH_WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Months and weekdays written out, lower case, without "May", which is also a name and a verb. */
const CALENDAR_WORDS = new Set([...ENGLISH_MONTHS, ...ENGLISH_WEEKDAYS].map((w) => w.toLowerCase()).filter((w) => w !== 'may'));

/** An English month (but "May") or weekday written out, any case, a final dot allowed. */
export const isCalendarWord = (word: string): boolean => CALENDAR_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
