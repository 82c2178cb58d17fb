/** Spelled-out numbers, scale words and fractions, and their values. */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
};

/** Scale words, with the short forms used after currency amounts ("€5bn", "$3m"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // the Indian scale: a lakh is 100,000, a crore ten million
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
};

const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

/** Regex source for a spelled number word ("twenty", "twenty-five", "a"). */
export const NUMBER_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/** Regex source for a spelled fraction ("one-third", "two thirds", "a quarter", "half"). */
export const FRACTION_WORD = `(?:(?:${NUMBER_WORD}|a)[- ](?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|half)`;

/** Value of a spelled number such as "twenty-five", "a", "five hundred"; NaN when not one. */
export function wordValue(words: string): number {
  let total = 0;
  let current = 0;
  for (const part of words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)) {
    const unit = UNITS[part];
    const scale = SCALES[part];
    if (unit !== undefined) current += unit;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (part !== 'and') return Number.NaN;
  }
  return total + current;
}

/** Value of a spelled fraction ("two-thirds" → 0.667, "half" → 0.5); NaN when not one. */
export function fractionValue(words: string): number {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const last = parts.pop() ?? '';
  const denominator = DENOMINATORS[last];
  if (denominator === undefined) return Number.NaN;
  const numerator = parts.length ? wordValue(parts.join(' ')) : 1;
  return numerator / denominator;
}

/** Value of a digit string with thousands commas ("1,200" → 1200) or a mixed number ("3 1/2"). */
export function digitValue(text: string): number {
  const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const simple = /^(\d+)\/(\d+)$/.exec(text);
  if (simple) return Number(simple[1]) / Number(simple[2]);
  return Number(text.replace(/,/g, ''));
}
