import { ENGLISH_MONTH_PATTERN } from '../../model/months.js';
import type { ArticleBlock } from '../../model/document.js';
import type { Figure } from '../../model/enriched.js';
import { AUTHOR_YEAR_CITATION, CITED_YEAR } from '../references.js';
import { LAW_HEADS, NUMBERED_STATUTES, STATUTE_HEADS, capitalisedAlternatives } from '../entities/lexicon.js';
import { MEASURE_UNIT, MONTH, PERCENT, RATE_NOUN, SCALE_WORD, TIME_UNIT } from './patterns.js';
import { FIGURE_RULES, type FigureHit, unitSymbol } from './rules.js';
import { isPartOfName } from './names.js';
import { isKnownPlace } from '../entities/places.js';
import { pageAt, pagesOf } from '../positions.js';
import type { Sentence } from '../sentences.js';

/** Words before an amount that make it an estimate; "over"/"more than" bound it instead. */
const APPROXIMATE_BEFORE =
  /\b(?:around|about|approximately|roughly|nearly|almost|some|close\s+to|just\s+(?:over|under)|an\s+estimated|estimated|circa|more\s+or\s+less|up\s+to|upwards\s+of)\s+(?:a\s+)?$/i;

/** Citation and note markers written in the line: a bracketed number, list or range ("[4]",
 *  "[5, 6]", "[12–14]", Wikipedia's "[n 1]"), a bracketed citation key ("[SPB+14]", "[Cop05]"),
 *  a number in parentheses set right after a word, a figure or a bracket ("2.6%(1)", "(Table
 *  4)(1)"), or standing alone before a clause as an enumerator ("(1) It renormalizes …"). They
 *  point at a note, a source or an item; they count nothing. Raised markers are written in
 *  script digits and never match a figure. */
const CITATION_MARKER = new RegExp(
  [
    String.raw`\[(?:n\s?)?\d{1,3}(?:\s?[–,-]\s?\d{1,3})*\]|\[\p{Lu}[\p{L}+.&\s-]{0,20}\d{2,4}[a-z]?\]|(?<=[^\s(])\(\d{1,2}\)|(?<=^|[\s:;])\(\d{1,2}\)(?=\s)`,
    AUTHOR_YEAR_CITATION,
  ].join('|'),
  'gu',
);

/** Last words of names a year may open: a law's, a treaty's, a plan's ("the 2018 National Cyber Strategy"). */
const YEAR_OPENED_HEADS: ReadonlySet<string> = new Set([...LAW_HEADS, 'acts', 'plan', 'strategy']);

/** What follows a number that counts or measures: a unit, a scale, "times", people. A label's or
 *  a pointer's number is never followed by one ("type 2 diabetes"; "stage 4 years ago" counts). */
const QUANTITY_AFTER = String.raw`(?!\s?(?:${PERCENT}|(?:${SCALE_WORD}|${TIME_UNIT}|${MEASURE_UNIT}|times|points?|people|persons)\b))`;

/** What else is filed under a number: "Resolution 2334", "Case 3", "Petition 45 of 2023". */
const FILED_UNDER = 'Resolution|Petition|Case|Appeal';

/** Number words in capitals, as names write them. */
const CAPITAL_NUMBER_WORD =
  '(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Hundred|Thousand)';

/** Numbers that identify or locate rather than count: telephone numbers ("(800) 555-0199",
 *  "1-800-555-0199"), clock times ("12:00 p.m."), postcodes after a state ("NJ 08540-1234"),
 *  street numbers, post-office boxes and suites ("675 Elm Street", "PO Box 4500", "Suite 300"),
 *  pointers to an equation, figure, table, section, page or note, and powers written with a caret. */
const NOT_A_QUANTITY = new RegExp(
  [
    String.raw`(?:\b1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[.-]\d{4}\b`,
    // "+1 617 555 0142", "+44 20 7946 0958": an international number
    String.raw`\+\d{1,3}(?:[\s.-]\d{1,4}){2,4}\b`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?`,
    String.raw`\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b`,
    String.raw`\b\d{1,6}\s(?:[NSEW]\.?\s)?(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(?:Avenue|Ave|Street|St|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Square|Sq|Terrace|Plaza)\b\.?`,
    String.raw`\b(?:P\.?\s?O\.?\s)?Box\s\d+|\bSuite\s\d+`,
    // "Eq. (7)", "figure 1(b)", "Table 3", "section 4.2", "p. 12": a pointer into a document
    String.raw`\b(?:[Ee]qs?\.|[Ee]quations?|[Ff]ig(?:ure)?s?\.?|[Tt]ables?|[Ss]ections?|[Ss]ect\.|[Cc]hapters?|[Aa]ppendix|[Rr]efs?\.|pp?\.)\s?\(?\d+(?:\.\d+)*\)?(?:\s?\(?[a-z]\))?`,
    // "notes 14 and 212", "footnote 3": pointers to the notes
    String.raw`\b(?:[Ff]oot|[Ee]nd)?[Nn]otes?\s\d+(?:(?:,\s?|\s(?:and|to)\s|[-–])\d+)*`,
    // "10^26 operations": a power of ten written with a caret, neither number a count
    String.raw`\b\d+\^[-−]?\d+`,
  ].join('|'),
  'gu',
);

/** Words that label a class, a step or a place in a series by the number after them, in either
 *  case ("type 2", "Phase 3"), and those that do only capitalised ("Unit 1", "Block 3"; "5 units"
 *  count). */
const LABEL_WORDS = [
  'type',
  'phases?',
  'stages?',
  'category',
  'level',
  'grade',
  'tier',
  'class',
  'zone',
  'ward',
  'platforms?',
  'gates?',
  'berths?',
  'piers?',
  'terminals?',
];
const LABEL_NAMES = ['Units?', 'Blocks?', 'Division', 'Ruta', 'Rota'];

/**
 * Numbers that label, point or name rather than count, each kind with a cheap test of whether a
 * text may hold one: most paragraphs hold none, and each pattern costs a pass over the text.
 */
const NAMING_NUMBERS: readonly { readonly needs: RegExp; readonly re: RegExp }[] = [
  // "type 2 diabetes", "phase 3 trials", "a category 4 storm", "stage 4", "ward 7", "terminals 5
  // and 6", "Unit 1": a class, a step or a place in a series, named by its number ("at this stage
  // 30 firms": a count; "units" in lower case counts, "Unit" in capitals names)
  {
    needs: new RegExp(String.raw`\b(?:${[...LABEL_WORDS, ...LABEL_NAMES].join('|')})\s\d`, 'i'),
    re: new RegExp(
      String.raw`(?<!\b(?:this|that|which|what|one|any|every|each|same|early|earlier|late|later|final|next|last)\s)\b(?:${[...LABEL_WORDS.map((w) => `[${(w[0] as string).toUpperCase()}${w[0]}]${w.slice(1)}`), ...LABEL_NAMES].join('|')})\s\d{1,3}[A-Za-z]?(?:\s(?:and|or|to)\s\d{1,3}[A-Za-z]?)?\b${QUANTITY_AFTER}`,
      'gu',
    ),
  },
  // "Article 21", "Articles 14 and 19", "clause 4(b)", "volume 10, pages 712–723", "No. E123 of
  // 2024", "Article XI:1": pointers into a text or a law, and the numbers things are filed under
  {
    needs: /\b(?:articles?|clauses?|paragraphs?|schedules?|annex|vol|pages?|numbers?)\b|\bnos?\./i,
    re: new RegExp(
      String.raw`\b(?:[Aa]rticles?|[Cc]lauses?|[Pp]aragraphs?|[Ss]chedules?|[Aa]nnex(?:es)?|[Vv]ol(?:ume)?s?\.?|[Pp]ages?|[Nn]os?\.|[Nn]umbers?)\s?(?:[IVXLC]{1,6}[:.])?[A-Z]{0,2}\d+[A-Za-z]?(?:[:./]\d+)*(?:\s?\([\da-z]{1,3}\))*(?:(?:,\s?|\s(?:and|or|to)\s|[-–])\d+[A-Za-z]?(?:[:./]\d+)*(?:\s?\([\da-z]{1,3}\))*)*(?:\sof\s(?:1[6-9]|20)\d\d)?\b${QUANTITY_AFTER}`,
      'gu',
    ),
  },
  // "(TSE: 6268)", "HKEX: 0700", "stock code 9984", "area 27.4.a": a listing's or a zone's code
  {
    needs: /[A-Z]\s?:\s?[A-Z0-9]|\b(?:stock|ticker|securities)\b|\d\.[a-z]\b/i,
    re: new RegExp(
      [
        String.raw`\b(?:TSE|TYO|NYSE|NASDAQ|Nasdaq|LSE|HKEX|SEHK|SGX|ASX|TSX|BSE|NSE|KRX|KOSDAQ|TWSE|SSE|SZSE|JSE|SIX|OTC)\s?:\s?[A-Z0-9][A-Z0-9.]*\b`,
        String.raw`\b(?:[Ss]tock\s+code|[Tt]icker(?:\s+symbol)?|[Ss]ecurities\s+code)\s+\d+\b`,
        String.raw`\b\d+(?:\.\d+)+\.[a-z]\b`,
      ].join('|'),
      'gu',
    ),
  },
  // "Act 57 of 2002", "Law 21.202", "Bill 166", "Executive Order 14110": a law by its number;
  // "the Competition Act, 2002": the year a law's title ends with
  {
    needs: new RegExp(
      String.raw`\b(?:${capitalisedAlternatives(NUMBERED_STATUTES)}|${capitalisedAlternatives(STATUTE_HEADS)}|${FILED_UNDER})\b`,
    ),
    re: new RegExp(
      [
        String.raw`\b(?:${capitalisedAlternatives(NUMBERED_STATUTES)}|${FILED_UNDER})\s[A-Z]{0,2}\d+(?:[./-]\d+)*(?:\sof\s(?:1[6-9]|20)\d\d)?\b${QUANTITY_AFTER}`,
        String.raw`(?<=\p{Lu}[\p{L}'’-]*\s(?:${capitalisedAlternatives(STATUTE_HEADS)})),\s(?:1[6-9]|20)\d\d\b`,
      ].join('|'),
      'gu',
    ),
  },
  // "2+2 dialogues", "the 50+1 rule": numbers joined by a plus name a format
  { needs: /\d\+\d/, re: /\b\d+\+\d+\b/g },
  // "the ATR 72-600", "Boeing 737-800", "NI 43-101": a maker's model or a standard, by number
  { needs: /\d-[1-9]0[01]\b/, re: new RegExp(String.raw`(?<=\b\p{Lu}[\p{L}]*\s)\d{2,3}-[1-9]0[01]\b${QUANTITY_AFTER}`, 'gu') },
  // "the Thirty Years' War", "off Eight Mile Road", "the Six-Day War": a number word in
  // capitals inside a sentence, before another capital, is part of a name
  {
    needs: new RegExp(`\\s${CAPITAL_NUMBER_WORD}[\\s-]\\p{Lu}`, 'u'),
    re: new RegExp(
      String.raw`(?<=\p{Ll}[,;:]?\s)${CAPITAL_NUMBER_WORD}(?:-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine))?(?=[\s-]\p{Lu})`,
      'gu',
    ),
  },
  // "the 10th Basic Plan", "the 3rd Infantry Division": an ordinal that opens a name
  {
    needs: /\b[Tt]he\s\d{1,3}(?:st|nd|rd|th)\s\p{Lu}/u,
    re: new RegExp(String.raw`(?<=\b[Tt]he\s)\d{1,3}(?:st|nd|rd|th)(?=\s(?!${MONTH}\b)\p{Lu}\p{Ll})`, 'gu'),
  },
];

/** A number of people a rate is counted per, with what they are: "per 100,000 inhabitants",
 *  "per 1,000 person-years", "per 100,000". */
const PER_POPULATION = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:people|person-years|persons?|inhabitants|residents|population|live\s+births|births|children|adults|women|men|patients))?`;

/** A rate after an amount, past an "of" phrase ("barrels of oil a day"): "per barrel", "per work
 *  hour", "a year", "each month"; "per cent" is
 *  left to the percent rule, and "a year ago" is a time, not a rate. */
const RATE_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=\s+(?:per|an?|each|every)\s))?\s+(?:per\s+(?!cent\b)(${PER_POPULATION}|[a-z]+(?:\s+${RATE_NOUN}\b)?)|(?:an?|each|every)\s+(${RATE_NOUN}))\b(?!\s+(?:ago|earlier|later|before|after|prior|since|back)\b)`,
  'iu',
);
/** The plural noun a count counts ("jobs", "people"), before a rate. */
const COUNTED_NOUN = /^\s+\p{Ll}{2,}s\b(?=\s+(?:per|an?|each|every)\s)/u;
/** Kinds of figure that can be counted per something. */
const RATED_KINDS = new Set(['money', 'measure', 'count', 'percent']);

/** A superscript digit or minus right after a number: an exponent. */
const POWER_AFTER = /^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/u;

/** A number that opens a block and is followed by a full stop or a bracket: a list number. */
const LIST_NUMBER = /^\(?\d{1,2}[.)]\s/;
/** A unit of time right after an ordinal ("the 14th minute", "its 3rd day"). */
const ORDINAL_UNIT_AFTER = /^\s+(minute|hour|day|week|month|year|lap|inning|round)\b/i;
/** A verb of ringing right before a number: "call 112", "dial 999", "text 741741". */
const RING_BEFORE = /\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring|phone|text)\s+$/i;
/** A line's noun right after a number: "the 911 emergency line", "a 112 alert". */
const LINE_AFTER = /^\s+(?:emergency|hotline|helpline|alerts?|line|number)\b/i;

/** Character ranges already known to be names (entity mentions): numbers inside are not figures. */
export type NameSpans = readonly (readonly [number, number])[];

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * What the regular expressions find in one text before its names are known: the spans of
 * citation markers and other numbers that count nothing, and each rule's matches in rule order.
 * The scan is most of the cost of finding figures; it needs nothing from the entities, so it can
 * run while compromise tags the same text in its thread.
 */
export interface FigureScan {
  readonly text: string;
  readonly markers: readonly (readonly [number, number])[];
  readonly matches: readonly (readonly RegExpExecArray[])[];
}

/** Scans one text for citation markers and every rule's matches (see FigureScan). */
export function scanFigures(text: string): FigureScan {
  const naming = NAMING_NUMBERS.flatMap(({ needs, re }) => (needs.test(text) ? [...text.matchAll(re)] : []));
  const markers = [...text.matchAll(CITATION_MARKER), ...text.matchAll(NOT_A_QUANTITY), ...naming].map((m): readonly [number, number] => [
    m.index,
    m.index + m[0].length,
  ]);
  const matches = FIGURE_RULES.map((rule) => {
    if (rule.needs && !rule.needs.test(text)) return [];
    rule.re.lastIndex = 0;
    return [...text.matchAll(rule.re)];
  });
  return { text, markers, matches };
}

/** Every rule's hits in one text, earlier rules first, none overlapping another; `scan` is the
 *  text's scanFigures, when it was made beforehand. */
export function findFigureHits(
  text: string,
  published: string | null,
  names: NameSpans = [],
  people: NameSpans = [],
  scan: FigureScan = scanFigures(text),
): FigureHit[] {
  if (scan.text !== text) throw new Error('findFigureHits: the scan is of another text');
  const hits: FigureHit[] = [];
  const markers = [...scan.markers];
  // "the 1965 Voting Rights Act": a year that opens a law's name is part of the name
  for (const [start, end] of names) {
    const year = /(?:^|\s)((?:1[6-9]|20)\d{2})\s$/.exec(text.slice(Math.max(0, start - 6), start));
    const last = /\p{Lu}\p{Ll}+$/u.exec(text.slice(start, end))?.[0].toLowerCase();
    if (year && last && YEAR_OPENED_HEADS.has(last)) markers.push([start - year[0].length, start]);
  }
  for (const [, end] of people) {
    const cited = CITED_YEAR.exec(text.slice(end, end + 24));
    if (cited) markers.push([end, end + cited[0].length]);
  }
  FIGURE_RULES.forEach((rule, r) => {
    for (const m of scan.matches[r] ?? []) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (hits.some((h) => overlaps([h.start, h.end], span)) || markers.some((m) => overlaps(m, span))) continue;
      // "3 10²³": ten raised to a power whose exponent the text layer set in superscript digits
      if (m[0] === '10' && POWER_AFTER.test(text.slice(span[1], span[1] + 1))) continue;
      const hit = rule.build(m, published);
      if (!hit) continue;
      // "cut the levy from 33% to 26%": a change from one figure to another, two figures, where
      // "ranges from $15,000 to $22,000" and "from 2017 to 2021" are one range each
      if (hit.kind === 'range' && isChange(text, span)) continue;
      if (hit.mayBeName && (isPartOfName(text, span[0], span[1]) || names.some((n) => overlaps(n, span)))) continue;
      // "the 45th Panzer Brigade", "the 2nd Fleet": an ordinal a name opens with is the name's
      if (hit.kind === 'ordinal' && names.some(([start, end]) => start <= span[0] && span[1] <= end)) continue;
      const evidence = [`rule:${rule.name}`, ...(hit.evidence ?? [])];
      let confidence = hit.confidence ?? rule.confidence;
      if (rule.name === 'number' && span[0] === 0 && LIST_NUMBER.test(text)) {
        confidence = Math.min(confidence, 0.2);
        evidence.push('list-number');
      }
      // "call 112 only for emergencies", "nine 112 emergency alerts": a number to ring counts nothing
      if (
        rule.name === 'number' &&
        (RING_BEFORE.test(text.slice(Math.max(0, span[0] - 12), span[0])) || LINE_AFTER.test(text.slice(span[1], span[1] + 12)))
      ) {
        confidence = Math.min(confidence, 0.2);
        evidence.push('phone-number');
      }
      // "in the 14th minute", "on the third day": the ordinal counts a span of time's units
      const counted = hit.kind === 'ordinal' ? ORDINAL_UNIT_AFTER.exec(text.slice(span[1], span[1] + 12))?.[1] : undefined;
      const unit = counted ? { unit: `${counted.toLowerCase()}s` } : {};
      hits.push({ ...withRate({ ...hit, ...unit }, text, span[1]), start: span[0], confidence, evidence });
    }
  });
  return hits.map((hit) => asAge(hit, text, people, names)).sort((a, b) => a.start - b.start);
}

/** "from" before a range, after no word of spread ("ranges from", "varying from") and no "up"
 *  or "down" (a band it moved from: "up from $555 to $565"). */
const FROM_BEFORE = /\bfrom\s+$/i;
const MONTH_AFTER = new RegExp(`^\\s+${ENGLISH_MONTH_PATTERN}\\b`, 'u');
const SPREAD_BEFORE = /\b(?:range[sd]?|ranging|vary|varies|varied|varying|accelerates?|accelerated|spans?|spanning|up|down)\s+from\s+$/i;

/** A range after "from" whose two ends each carry a sign or a unit is a change from one figure to
 *  the other ("from 33% to 26%"); bare numbers stay a span ("from 2017 to 2021"). */
function isChange(text: string, [start, end]: readonly [number, number]): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (!FROM_BEFORE.test(before) || SPREAD_BEFORE.test(before)) return false;
  // ("from 5 to 15 August": days of one month, a span of dates)
  if (MONTH_AFTER.test(text.slice(end, end + 12))) return false;
  const ends = text.slice(start, end).split(/\s+to\s+/);
  if (ends.length !== 2) return false;
  const marked = (s: string): boolean => /[^\d.,\s]/.test(s);
  return marked(ends[0] as string) && marked(ends[1] as string);
}

/** Words before a number that make it an age ("aged 65", "at the age of 35", "who is 58"). */
const AGE_BEFORE = /\b(?:aged|age|(?:the\s+)?age\s+(?:of|to|from)|ages\s+of|who\s+(?:is|was)|now|turned|turns)\s+$/i;
/** "She was 88.", "he is 54 and": a person's age said of them, ending its clause. */
const AGE_SAID = /\b(?:he|she)\s+(?:is|was)\s+$/i;
const CLAUSE_END = /^(?:[.;,]|\s+(?:when|and|at)\b)/;

/**
 * A bare number or range that gives a person's age is a span of years: "aged 65 to 79",
 * "at the age of 35", "raise the retirement age to 67", "Yet Wang, now 49, still", "She was 88.",
 * and a number set between commas right after a person's name ("Tanei, 47, runs a shop"), as
 * news writes ages.
 */
function asAge(hit: FigureHit, text: string, people: NameSpans, names: NameSpans): FigureHit {
  if (hit.unit || !(hit.kind === 'count' || hit.kind === 'range')) return hit;
  const high = hit.kind === 'range' ? hit.high : hit.value;
  if (typeof high !== 'number' || !Number.isInteger(high) || high < 1 || high > 120) return hit;
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  // (also after a name nothing typed a person's, no place's, when the clause goes on in lower
  // case: "Benning, 58, a former commissioner"; not "Kenya, 12, Uganda, 5, and Ethiopia")
  const setOff = ([, end]: readonly [number, number]): boolean => /^,\s*(?:now\s+)?$/.test(text.slice(end, hit.start));
  const unplaced = ([start, end]: readonly [number, number]): boolean => setOff([start, end]) && !isKnownPlace(text.slice(start, end));
  const afterName =
    hit.kind === 'count' &&
    /^,/.test(text.slice(hit.end, hit.end + 1)) &&
    (people.some(setOff) ||
      (names.some(unplaced) && /^,\s+(?!(?:and|or|but|then|while)\b)\p{Ll}/u.test(text.slice(hit.end, hit.end + 10))));
  const said = AGE_SAID.test(before) && CLAUSE_END.test(text.slice(hit.end, hit.end + 6));
  if (!AGE_BEFORE.test(before) && !afterName && !said) return hit;
  return { ...hit, kind: hit.kind === 'range' ? 'range' : 'duration', unit: 'years', evidence: [...(hit.evidence ?? []), 'age'] };
}

/** The hit with the rate written after it, if any ("$1 per barrel": per "barrel"), and where it ends. */
function withRate(hit: Omit<FigureHit, 'start' | 'end'>, text: string, end: number): Omit<FigureHit, 'start'> {
  if (!RATED_KINDS.has(hit.kind)) return { ...hit, end };
  // "700,000 jobs a month": a count's plural noun before the rate
  const noun = hit.kind === 'count' ? (COUNTED_NOUN.exec(text.slice(end, end + 30))?.[0] ?? '') : '';
  const m = RATE_AFTER.exec(text.slice(end + noun.length, end + noun.length + 40));
  if (!m) return { ...hit, end };
  return { ...hit, per: (m[1] ?? m[2] ?? '').toLowerCase(), end: end + noun.length + m[0].length };
}

/** Figures of one block, each with its sentence, page and offsets; `people` are the spans of
 *  persons' names, after which a bracketed year is a citation; `scan`, the block's scanFigures
 *  when it was made beforehand. */
export function extractFigures(
  block: ArticleBlock,
  sentences: readonly Sentence[],
  published: string | null,
  names: NameSpans,
  people: NameSpans = [],
  scan: FigureScan = scanFigures(block.text),
): Figure[] {
  return findFigureHits(block.text, published, names, people, scan).map((hit) => {
    const sentence = sentences.find((s) => hit.start >= s.start && hit.start < s.end);
    const { mayBeName: _ignored, start, end, confidence, evidence, ...rest } = hit;
    const symbol = rest.unit ? unitSymbol(rest.unit) : undefined;
    return {
      ...rest,
      ...(symbol ? { symbol } : {}),
      confidence: confidence ?? 1,
      evidence: evidence ?? [],
      text: block.text.slice(start, end),
      approximate: APPROXIMATE_BEFORE.test(block.text.slice(Math.max(0, start - 30), start)),
      sentence: sentence?.text ?? block.text,
      paragraph: block.id,
      page: pageAt(block, start),
      start,
      end,
      locator: { paragraph: block.id, pages: pagesOf(block, start, end) },
    };
  });
}
