import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { bodySize } from './body-size.js';
import { bandOf } from './running-lines.js';

/** Empty space above a block, in ems of the body size, where a picture must stand: a paragraph
 *  break is one or two ems, a photograph ten or more. */
const PICTURE_GAP_EM = 4;
/** Type this much smaller than the body (points) is set apart from it. */
const SMALLER_PT = 0.5;
/** A caption under a picture is a line or two: at most this many words. */
const MAX_CAPTION_WORDS = 40;
/** The block above is article prose: body type and at least this many words. */
const PROSE_WORDS = 8;
/** A note's marker: a footnote set small at the foot of a page is no caption. */
const NOTE_MARKER = /^[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]/u;

const words = (block: Block): number => blockText(block).split(/\s+/).filter(Boolean).length;
const isSmall = (block: Block, size: number): boolean => block.lines.every((line) => line.font.size < size - SMALLER_PT);

/**
 * Marks captions of pictures set inside the text column as 'caption': a short block in type
 * smaller than the body's, standing under an empty stretch of the column (where the picture is
 * drawn) that follows a paragraph of the article.
 */
export function markPhotoCaptions(doc: PageLayout, ctx: Context): PageLayout {
  const size = bodySize(doc);
  if (size === 0) return doc;
  // small type after the article's last paragraph is an author's note or a bio, not a caption
  const last = lastProse(doc, size);
  let count = 0;
  const pages = doc.pages.map((page, pageIndex): LaidOutPage => {
    let previous: Block | undefined; // the caption just marked, if the block before was one
    const blocks = page.blocks.map((block, index) => {
      const isBeforeEnd = pageIndex < last.pageIndex || (pageIndex === last.pageIndex && index < last.index);
      const isCaption = isBeforeEnd && (isPhotoCaption(page, index, size) || (previous !== undefined && continues(previous, block)));
      previous = isCaption ? block : undefined;
      if (!isCaption) return block;
      count++;
      return { ...block, role: 'caption' as const };
    });
    return count === 0 ? page : { ...page, blocks };
  });
  if (count === 0) return doc;
  ctx.note('clean/caption', `${count} picture caption(s) in the text column left out of the body`);
  return { ...doc, pages };
}

/** A caption's next piece: the next block in the caption's type, beside it or a line below it
 *  (captions of pictures side by side, a caption broken where its lines are set apart). */
function continues(caption: Block, next: Block): boolean {
  const a = caption.lines[0]?.font;
  const b = next.lines[0]?.font;
  if (next.role !== 'body' || !a || !b || a.name !== b.name || Math.abs(a.size - b.size) > SMALLER_PT) return false;
  return caption.box[1] - next.box[3] <= a.size && words(next) <= MAX_CAPTION_WORDS;
}

/** Where the article's last paragraph in the body's type stands. */
function lastProse(doc: PageLayout, size: number): { pageIndex: number; index: number } {
  for (let pageIndex = doc.pages.length - 1; pageIndex >= 0; pageIndex--) {
    const blocks = doc.pages[pageIndex]?.blocks ?? [];
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index] as Block;
      if (block.role === 'body' && !isSmall(block, size) && words(block) >= PROSE_WORDS) return { pageIndex, index };
    }
  }
  return { pageIndex: -1, index: -1 };
}

function isPhotoCaption(page: LaidOutPage, index: number, size: number): boolean {
  const block = page.blocks[index] as Block;
  if (block.role !== 'body' || !isSmall(block, size) || words(block) > MAX_CAPTION_WORDS) return false;
  // a line in a page band is a header or a footer, never read as a caption here
  if (NOTE_MARKER.test(blockText(block).trim()) || bandOf(block, page) !== undefined) return false;
  const above = previousInColumn(page, index);
  if (!above || isSmall(above, size) || words(above) < PROSE_WORDS) return false;
  // the paragraph above ends well above the caption: a picture stands between them
  return above.box[1] - block.box[3] >= PICTURE_GAP_EM * size;
}

/** The nearest body block above this one that overlaps it horizontally (any reading position:
 *  a line box may reach a little into the next block's). */
function previousInColumn(page: LaidOutPage, index: number): Block | undefined {
  const block = page.blocks[index] as Block;
  let nearest: Block | undefined;
  for (const other of page.blocks) {
    if (other === block || other.role !== 'body') continue;
    const overlap = Math.min(other.box[2], block.box[2]) - Math.max(other.box[0], block.box[0]);
    const isAbove = (other.box[1] + other.box[3]) / 2 > block.box[3];
    if (overlap > 0 && isAbove && (!nearest || other.box[1] < nearest.box[1])) nearest = other;
  }
  return nearest;
}
