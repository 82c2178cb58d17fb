import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { mapBlocks } from './text.js';

/** A line taller than this many ems of its size is set upright (turned a quarter), not across. */
const UPRIGHT_EM = 2.5;
/** Upright text counts as margin text when it lies within this share of the page width from
 *  the page's left or right edge: archive stamps, print-shop slugs, side running heads. */
const MARGIN_SHARE = 0.15;

const isUpright = (block: Block): boolean =>
  block.lines.length > 0 && block.lines.every((line) => line.box[3] - line.box[1] > UPRIGHT_EM * line.font.size);

/** Relabels blocks of upright text in a side margin as 'margin': they are no part of the article
 *  and would otherwise land in the middle of a paragraph that runs on to the next page. Margin
 *  text is told from the text across the page: a page whose text is all upright (vertical
 *  writing, a page turned a quarter) has none. */
export function markMarginText(doc: PageLayout, _ctx: Context): PageLayout {
  const widths = new Map(doc.pages.map((page) => [page.page, page.width]));
  const across = new Set(doc.pages.filter((page) => page.blocks.some((b) => b.role === 'body' && !isUpright(b))).map((p) => p.page));
  return mapBlocks(doc, (block) => {
    if (!across.has(block.page)) return block;
    const width = widths.get(block.page) ?? 0;
    const inMargin = block.box[2] <= MARGIN_SHARE * width || block.box[0] >= (1 - MARGIN_SHARE) * width;
    return block.role === 'body' && inMargin && isUpright(block) ? { ...block, role: 'margin' } : block;
  });
}
