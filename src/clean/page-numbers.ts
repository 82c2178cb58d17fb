import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { anyBandOf } from './running-lines.js';
import { mapBlocks } from './text.js';
import { blockText } from '../model/text.js';

/** Page-number shapes: "7", "Page 2", "Page 2/3", "2 of 3", "— 2 —", "- 2 -", "p. 2", "[2]",
 *  roman numerals; with nothing else on the line. */
const PAGE_NUMBER =
  /^(?:[-–—\s[(]*)(?:page\s*|p\.\s*|pg\.?\s*)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:\/|of|von|de|sur)\s*\d{1,4})?(?:[-–—\s\])]*)$/i;

/** True when the text is a page number and nothing else. */
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim());

/** Marks page numbers standing alone in the top or bottom band of a page, or in a side margin. */
export function markPageNumbers(doc: PageLayout, ctx: Context): PageLayout {
  return mapBlocks(doc, (block, page) => {
    if (block.role !== 'body' || !anyBandOf(block, page)) return block;
    const text = blockText(block);
    if (!isPageNumber(text)) return block;
    ctx.note(
      'clean/page-number',
      `page number "${text}"`,
      block.lines.flatMap((l) => l.spans.flatMap((s) => s.prov)),
    );
    return { ...block, role: 'page-number' };
  });
}
