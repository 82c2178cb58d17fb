import { englishWords } from '../model/english-words.js';

/** How two lines meet: one word split by hyphenation ('join'), a compound broken at its
 *  hyphen ('keep'), or two words ('space'). */
export type LineJoin = 'join' | 'keep' | 'space';

/** Hyphen characters a line can end with: hyphen-minus, soft hyphen, U+2010 hyphen, non-breaking hyphen. */
const LINE_END_HYPHEN = /([\p{L}\p{N}]+)([-\u00AD\u2010\u2011])$/u;
const NEXT_WORD = /^([\p{L}\p{N}]+)/u;
/** A line ending in a hyphen set apart by a space: "cata -" (+ "strophic"), or a dash "word -". */
const LINE_END_SPACED_HYPHEN = /(\p{L}+) [-\u00AD\u2010\u2011]$/u;
/** The word before the split one, when the line holds one: it tells a sentence's start from its middle. */
const WORD_BEFORE = /(\S+)\s+\S+$/u;
const SENTENCE_END = /[.!?:;]["'”’)\]]*$|^["'“‘([]+$/u;
/** Longest start of a capitalised word, in letters, read as a syllable of a name rather than a
 *  word of a compound when both halves happen to be words: "Is-lam", "Mos-cow", "War-saw", but
 *  "Bush-era", "China-based". */
const MAX_NAME_SYLLABLE = 3;

/** Words of the document itself: its own usage settles a split before any dictionary does. */
export interface DocumentWords {
  readonly words: ReadonlySet<string>; // lower case, hyphenated compounds kept whole
}

/** Collects the lower-cased words (and hyphenated compounds) used within the document's lines. */
export function documentWords(lines: readonly string[]): DocumentWords {
  const words = new Set<string>();
  for (const line of lines) {
    // the last word of a line may be a fragment: only words followed by more text count
    const tokens = line.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
    for (const token of tokens.slice(0, /[-\u00AD\u2010]$/.test(line) ? -1 : undefined)) words.add(token);
  }
  return { words };
}

/** Decides how a line ending in `left` meets the next line starting with `right`. */
export function decideJoin(left: string, right: string, doc: DocumentWords): LineJoin {
  const end = LINE_END_HYPHEN.exec(left);
  if (!end) return decideSpacedHyphen(left, right, doc);
  // a soft hyphen gets the same reading: producers that write every hyphen as U+00AD put one
  // at the end of "pseudo-|Avicenna" as well as of "impossibil-|ity"
  const [, before = ''] = end;
  const next = NEXT_WORD.exec(right)?.[1];
  if (!next || /\p{N}/u.test(before + next)) return 'keep'; // "70-" + "80%", "COVID-" + "19"
  const x = before.toLowerCase();
  const y = next.toLowerCase();
  const dict = englishWords();
  if (isUpperCase(before) && isUpperCase(next)) {
    // a line in capitals: "PA-" + "TRIOT" is one word, "SELF-" + "DRIVING" a compound
    return !(dict.has(x) && dict.has(y)) && (doc.words.has(x + y) || dict.has(x + y)) ? 'join' : 'keep';
  }
  if (!/^\p{Ll}/u.test(next)) return 'keep'; // "anti-" + "American": the hyphen is part of the text
  if (doc.words.has(`${x}-${y}`)) return 'keep';
  if (doc.words.has(x + y)) return 'join';
  if (dict.has(x + y)) return 'join';
  if (dict.has(x) && dict.has(y)) return isNameStart(left, before) ? 'join' : 'keep';
  return 'join';
}

/** A line ending "cata -" joins "strophic" when only the two together make a word; otherwise
 *  the hyphen is a dash between words ("the end - and"). */
function decideSpacedHyphen(left: string, right: string, doc: DocumentWords): LineJoin {
  const before = LINE_END_SPACED_HYPHEN.exec(left)?.[1];
  const next = NEXT_WORD.exec(right)?.[1];
  if (!before || !next || !/^\p{Ll}/u.test(next)) return 'space';
  const x = before.toLowerCase();
  const y = next.toLowerCase();
  const dict = englishWords();
  if (dict.has(x) && dict.has(y)) return 'space';
  return doc.words.has(x + y) || dict.has(x + y) ? 'join' : 'space';
}

/** True when the split word is capitalised in the middle of a sentence and its start is short
 *  enough to be a syllable: the word is a name ("of Is-" + "lam"), not a compound. */
function isNameStart(left: string, before: string): boolean {
  if (!/^\p{Lu}\p{Ll}*$/u.test(before) || before.length > MAX_NAME_SYLLABLE) return false;
  const previous = WORD_BEFORE.exec(left.slice(0, -1))?.[1];
  return previous !== undefined && !SENTENCE_END.test(previous);
}

const isUpperCase = (word: string): boolean => /^\p{Lu}{2,}$/u.test(word);
