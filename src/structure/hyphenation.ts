import { englishWords } from '../model/english-words.js';

/** How two lines meet: one word split by hyphenation ('join'), a compound broken at its
 *  hyphen ('keep'), or two words ('space'). */
export type LineJoin = 'join' | 'keep' | 'space';

/** Hyphen characters a line can end with: hyphen-minus, soft hyphen, U+2010 hyphen, non-breaking hyphen. */
const LINE_END_HYPHEN = /([\p{L}\p{N}]+)([-\u00AD\u2010\u2011])$/u;
const NEXT_WORD = /^([\p{L}\p{N}]+)/u;

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
  if (!end) return 'space';
  // a soft hyphen gets the same reading: producers that write every hyphen as U+00AD put one
  // at the end of "pseudo-|Avicenna" as well as of "impossibil-|ity"
  const [, before = ''] = end;
  const next = NEXT_WORD.exec(right)?.[1];
  // "70-" + "80%", "anti-" + "American", "COVID-" + "19": the hyphen is part of the text
  if (!next || !/^\p{Ll}/u.test(next) || /\p{N}/u.test(before + next)) return 'keep';
  const x = before.toLowerCase();
  const y = next.toLowerCase();
  if (doc.words.has(`${x}-${y}`)) return 'keep';
  if (doc.words.has(x + y)) return 'join';
  const dict = englishWords();
  if (dict.has(x + y)) return 'join';
  if (dict.has(x) && dict.has(y)) return 'keep';
  return 'join';
}
