import type { Context } from '../model/context.js';
import type { RawDoc, RawPage } from '../model/document.js';
import { ConversionError } from '../model/errors.js';

/**
 * Pages whose text pdf.js could not decode. A font without a usable Unicode mapping (no
 * /ToUnicode, a custom encoding, glyph codes numbered in order of first use) comes out as
 * control characters, private-use code points, U+FFFD or letters that spell nothing. Only what
 * can be judged in any language is judged: undecodable characters in every script, and
 * implausible words in Latin script only (Cyrillic, Greek, CJK, Arabic … are never judged
 * implausible, only their undecodable characters count).
 *
 * Measured on the 14 real PDFs and 5 dev-corpus PDFs of ../shared/corpus, the fixtures and the
 * 65 files of ../shared/robustness: the normal pages (with tables, references lists, URLs, code
 * lines, a Federal Register print slug, equations in a symbol font, soft hyphens, German and
 * accented names, Arabic, Chinese, Japanese, Cyrillic) reach at most 0.14 of their characters
 * undecodable or implausible (a fuzzed file whose content stream leaks operators such as `Tj`),
 * 0.10 in the real corpus (a page of URLs); the 21 undecodable pages of the htmldoc working paper
 * (real/03) reach 0.63 to 0.92.
 */

/** Share of a page's non-space characters, undecodable or in implausible words, from which the
 *  page counts as undecodable. Halfway between the worst normal page (0.14) and the least
 *  garbled undecodable one (0.63): a page must be mostly junk. */
const GARBLED_PAGE_SHARE = 0.5;

/** Fewest non-space characters a page needs to be judged: fewer is a page number, a caption or
 *  "pdf.js" alone, where one odd word decides the share (a 6-character robustness page reaches 0.83). */
const MIN_JUDGED_CHARS = 20;

/** Fewest non-space characters the readable pages must hold for the file to convert without
 *  its undecodable pages (status partial, with a warning naming them): about a hundred words, a
 *  cover page or an abstract with the title, authors and links a research database needs. With
 *  less (a page number, a running head, nothing) there is nothing to convert and the file fails
 *  with undecodable-text, however few pages are undecodable. */
const MIN_READABLE_CHARS = 500;

/** Longest letter run judged by its consonant runs: longer runs are joined words or
 *  identifiers (a 200,000-letter line of the robustness corpus), where words meet anyhow. 45
 *  letters holds the longest English and German words. A run with no vowel at all is judged at
 *  any length. */
const MAX_JUDGED_WORD = 45;

/** Consonants in a row (y counted as a vowel) from which a word is implausible. German reaches
 *  8 ("Angstschweiß", "Geschichtsschreibung"), English 6 ("latchstring"): the rare real word
 *  over the limit costs a page nothing, the share above decides. */
const MAX_CONSONANT_RUN = 8;

/** Control characters other than whitespace (C0 and C1), private-use code points, lone
 *  surrogates and U+FFFD: what no font with a Unicode mapping gives as text. Format characters
 *  (soft hyphen, zero-width joiners, byte order mark) are real text and not counted. */
const UNDECODABLE_CHAR = /[\p{Co}\p{Cs}\uFFFD]|(?![\t\n\v\f\r])\p{Cc}/u;

const UNDECODABLE_CHARS = new RegExp(UNDECODABLE_CHAR.source, 'gu');
const SPACES = /\s/gu;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
/** A word of plain lower-case ASCII letters, capitalised or not: most words, judged without
 *  Unicode normalisation. */
const PLAIN_WORD = /^[A-Z]?[a-z]+$/;

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}]+$/u;
const VOWEL = /[aeiouyæøœåı]/;
const CONSONANT_RUN = new RegExp(`[^aeiouyæøœåı]{${MAX_CONSONANT_RUN + 1},}`);

/** What a page's text is made of, in non-space characters (code points). */
export interface TextMeasure {
  readonly chars: number;
  /** Control characters, private-use code points, U+FFFD. */
  readonly undecodable: number;
  /** Letters of Latin-script words with no vowel, or more consonants in a row than any language
   *  writes; all-capital words (acronyms, Roman numerals, codes) are never implausible. */
  readonly implausible: number;
}

/** Measures one page's text. Linear in its length. */
export function measureText(text: string): TextMeasure {
  // code points, not UTF-16 units: a pair of surrogates is one character, a lone one is one too
  const spaces = text.match(SPACES)?.length ?? 0;
  const chars = text.length - (text.match(SURROGATE_PAIR)?.length ?? 0) - spaces;
  const undecodable = text.match(UNDECODABLE_CHARS)?.length ?? 0;
  let implausible = 0;
  for (const [word] of text.matchAll(LETTER_RUN)) {
    if (isImplausibleWord(word)) implausible += [...word].length;
  }
  return { chars, undecodable, implausible };
}

/** True for a Latin-script word that no language spells: no vowel, or too many consonants in a row. */
export function isImplausibleWord(word: string): boolean {
  if (word.length < 2) return false;
  if (PLAIN_WORD.test(word)) {
    const base = word.toLowerCase();
    return !VOWEL.test(base) || (base.length <= MAX_JUDGED_WORD && CONSONANT_RUN.test(base));
  }
  if (!LATIN_WORD.test(word)) return false;
  if (word === word.toUpperCase()) return false; // acronyms, Roman numerals, codes
  const base = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (!VOWEL.test(base)) return true;
  return base.length <= MAX_JUDGED_WORD && CONSONANT_RUN.test(base);
}

/** Share of the measured characters that are undecodable or in implausible words. */
export const garbledShare = (m: TextMeasure): number => (m.chars === 0 ? 0 : Math.min(1, (m.undecodable + m.implausible) / m.chars));

/** True when a page holds enough text to judge and most of it is junk. */
export const isGarbled = (m: TextMeasure): boolean => m.chars >= MIN_JUDGED_CHARS && garbledShare(m) >= GARBLED_PAGE_SHARE;

/** A page's text as the quality check reads it: its items, space-separated. */
const pageText = (page: RawPage): string => page.items.map((item) => item.text).join(' ');

/** The verdict on a document: its undecodable pages, and whether they hold most of its text. */
export interface TextQuality {
  readonly undecodablePages: readonly number[];
  readonly fails: boolean;
}

/** Judges every page; the file fails when, without its undecodable pages, less than
 *  MIN_READABLE_CHARS of text is left. */
export function judgeTextQuality(pages: readonly { readonly page: number; readonly text: string }[]): TextQuality {
  let total = 0;
  let garbled = 0;
  const undecodablePages: number[] = [];
  for (const { page, text } of pages) {
    const measure = measureText(text);
    total += measure.chars;
    if (!isGarbled(measure)) continue;
    garbled += measure.chars;
    undecodablePages.push(page);
  }
  return { undecodablePages, fails: undecodablePages.length > 0 && total - garbled < MIN_READABLE_CHARS };
}

/**
 * Throws undecodable-text when nothing readable is left besides the junk; otherwise names its
 * undecodable pages in a warning and in `undecodablePages`, for the clean stage to leave out.
 */
export function checkTextQuality(doc: RawDoc, ctx: Context): RawDoc {
  const { undecodablePages, fails } = judgeTextQuality(doc.pages.map((page) => ({ page: page.page, text: pageText(page) })));
  if (undecodablePages.length === 0) return doc;
  const where = `${pageList(undecodablePages)} of ${doc.pageCount}`;
  if (fails) {
    throw new ConversionError(
      'undecodable-text',
      `undecodable text on ${where} (fonts without a usable Unicode mapping? OCR it first, e.g. with ocrmypdf --force-ocr)`,
    );
  }
  const kept = doc.pageCount - undecodablePages.length;
  ctx.warn(
    'read/undecodable-text',
    `undecodable text on ${where} left out, ${kept} ${kept === 1 ? 'page' : 'pages'} converted (fonts without a usable Unicode mapping? OCR the file, e.g. with ocrmypdf --force-ocr)`,
  );
  return { ...doc, undecodablePages };
}

/** "page 3", "pages 2–22", "pages 2, 5–7": ascending page numbers with runs joined. */
export function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] as number) + 1) j++;
    runs.push(j === i ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return `${pages.length === 1 ? 'page' : 'pages'} ${runs.join(', ')}`;
}
