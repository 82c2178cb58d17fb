import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { bodySize } from './body-size.js';
import { mapBlocks } from './text.js';

/** Type this much larger than the body (points) is display type. */
const LARGER_PT = 1;
/** A pull quote is a sentence or two: at least this many words (fewer is a heading) … */
const MIN_QUOTE_WORDS = 8;
/** … and at most this many. */
const MAX_QUOTE_WORDS = 60;

/** A pull quote is a sentence: it ends as one (a heading quoted in the text does not). */
const SENTENCE_END = /[.!?…]["”’)]?$/u;

const sizeOf = (block: Block): number => Math.max(...block.lines.map((line) => line.font.size));

/** Lower case, letters and digits only, single spaces, words broken at a line end joined: a
 *  quote set in display type compares equal to its sentence in the text whatever the quotation
 *  marks, dashes and line breaks. */
const comparable = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/(\p{L})[-\u00AD]\s+(\p{Ll})/gu, '$1$2') // a word broken at a line end in the text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Marks pull quotes as 'pull-quote': a sentence of the article set again in display type
 * (larger than the body's). The copy would interrupt the paragraph it stands in; the sentence
 * itself stays where the text has it.
 */
export function markPullQuotes(doc: PageLayout, ctx: Context): PageLayout {
  const size = bodySize(doc);
  if (size === 0) return doc;
  const isDisplay = (block: Block) => block.lines.every((line) => line.font.size >= size + LARGER_PT);
  const body = doc.pages.flatMap((p) => p.blocks).filter((b) => b.role === 'body');
  // the largest type is the title's, which the text may quote or a URL may spell out
  const largest = Math.max(0, ...body.map(sizeOf));
  const candidates = body.filter((b) => isDisplay(b) && sizeOf(b) < largest);
  if (candidates.length === 0) return doc;
  const text = ` ${body
    .filter((b) => !isDisplay(b))
    .map((b) => comparable(blockText(b)))
    .join(' ')} `;
  const quotes = new Set(
    candidates.filter((block) => {
      const quote = comparable(blockText(block));
      const count = quote.split(' ').length;
      const isSentence = SENTENCE_END.test(blockText(block).trim());
      return isSentence && count >= MIN_QUOTE_WORDS && count <= MAX_QUOTE_WORDS && text.includes(` ${quote} `);
    }),
  );
  if (quotes.size === 0) return doc;
  ctx.note('clean/pull-quote', `${quotes.size} pull quote(s) repeating the text left out of the body`);
  return mapBlocks(doc, (block) => (quotes.has(block) ? { ...block, role: 'pull-quote' } : block));
}
