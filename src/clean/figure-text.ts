import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { bodySize } from './body-size.js';
import { isCredit, isLabelledCaption } from './captions.js';

/** A label inside a drawing holds a few words at most ("x0", "w2", "Fully addressed"). */
const MAX_LABEL_WORDS = 4;
/** A word this long is a word of prose or a heading, not a symbol or an axis label. */
const PROSE_WORD = /\p{L}{4,}/u;
/** Small type above a caption with at most this many words is a legend or a label; a longer
 *  block, or one holding a sentence's end, is a paragraph set small (a standfirst beside a figure). */
const MAX_SMALL_WORDS = 12;
const SENTENCE_END = /\p{Ll}[.!?]["”’)]?(?:\s|$)/u;
/** Boxes rounding: a label may reach this far (points) below the caption's top. */
const ABOVE_TOLERANCE_PT = 2;
/** A figure's text lies between its caption and its source line: at most this many blocks. */
const MAX_FIGURE_BLOCKS = 40;
/** Type this much smaller or larger than the body (points) is not the body's. */
const OTHER_SIZE_PT = 0.5;
/** A block of the body's type with at least this many words is prose, and ends a figure. */
const PROSE_WORDS = 8;

const words = (block: Block): string[] => blockText(block).split(/\s+/).filter(Boolean);

/**
 * Marks the text drawn inside figures as 'figure-text': the labels and symbols just above a
 * caption (a figure sits above its caption), and every block between a caption set above its
 * figure and the figure's "Source:" line, when none of them is prose in the body's type.
 */
export function markFigureText(doc: PageLayout, ctx: Context): PageLayout {
  const size = bodySize(doc);
  let count = 0;
  const pages = doc.pages.map((page): LaidOutPage => {
    const blocks = [...page.blocks];
    const mark = (index: number) => {
      blocks[index] = { ...(blocks[index] as Block), role: 'figure-text' };
      count++;
    };
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i]?.role !== 'caption' || !isLabelledCaption(blocks[i] as Block)) continue;
      const caption = blocks[i] as Block;
      for (let j = i - 1; j >= 0 && isAbove(blocks[j] as Block, caption); j--) {
        const block = blocks[j] as Block;
        if (block.role === 'caption') continue; // a sub-figure's caption
        if (!isLabel(block, size)) break;
        mark(j);
      }
      const end = sourceLineAfter(blocks, i, size);
      for (let j = i + 1; j < end; j++) if (blocks[j]?.role === 'body') mark(j);
    }
    return { ...page, blocks };
  });
  if (count === 0) return doc;
  ctx.note('clean/figure-text', `${count} block(s) of text inside figures left out of the body`);
  return { ...doc, pages };
}

/** True when a block lies above the caption (a figure's text, not a footnote of the column before). */
const isAbove = (block: Block, caption: Block): boolean => block.box[1] >= caption.box[3] - ABOVE_TOLERANCE_PT;

/** A label or symbol of a drawing: a few words without a word of prose, or small type that is
 *  not a sentence. */
function isLabel(block: Block, size: number): boolean {
  if (block.role !== 'body') return false;
  const tokens = words(block);
  const maxSize = Math.max(...block.lines.map((line) => line.font.size));
  if (maxSize > size + OTHER_SIZE_PT) return false; // a heading
  if (SENTENCE_END.test(blockText(block))) return false; // the last words of a paragraph, "and so on."
  if (tokens.length <= MAX_LABEL_WORDS && !tokens.some((t) => PROSE_WORD.test(t))) return true;
  return maxSize < size - OTHER_SIZE_PT && tokens.length <= MAX_SMALL_WORDS;
}

/** The index of the source line closing the figure that follows the caption at `start`, or
 *  `start` when there is none within reach or prose stands between. */
function sourceLineAfter(blocks: readonly Block[], start: number, size: number): number {
  for (let j = start + 1; j < Math.min(blocks.length, start + MAX_FIGURE_BLOCKS); j++) {
    const block = blocks[j] as Block;
    if (isCredit(block, size)) return j;
    if (block.role === 'caption') continue;
    const isBodyType = block.lines.some((line) => Math.abs(line.font.size - size) <= OTHER_SIZE_PT);
    if (block.role === 'body' && isBodyType && words(block).length >= PROSE_WORDS) return start;
  }
  return start;
}
