import { WRITTEN_BY } from '../model/bylines.js';
import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { bandOf } from './running-lines.js';
import { furnitureKey, mapBlocks } from './text.js';
import { blockText, lineText } from '../model/text.js';

/** A footer naming the site's serial number or address, with an optional page number. */
const SITE_FOOTER = /\bISSN\s*\d{4}-\d{3}[\dX]\b|^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?(?:\s*[|·•–—-]\s*\d{1,4})?$/i;

/** A journal's, a gazette's or a newsletter's volume and issue line: "Vol. 85, No. 152",
 *  "Volume 12 | Issue 3", "Issue 7 · Spring 2024", "Ausgabe 3/2024". */
const ISSUE_LINE =
  /^vol(?:ume)?\.?\s*\d{1,4}\s*[,;/·|]?\s*(?:no|nr|issue|iss|num(?:ber)?)\.?\s*\d{1,5}\b|^(?:issue|ausgabe|heft|numéro|n°)\s*\d{1,4}\s*(?:[,;/·|–—-]|$)/i;

/** Marks header and footer lines that repetition cannot reveal (one-page PDFs, or a page
 *  without them): "Written by …" and a small-print copy of a larger line of the page in the
 *  top band, site footers in the bottom band, and a volume and issue line in either. */
export function markHeaderPatterns(doc: PageLayout, ctx: Context): PageLayout {
  const allBlocks = doc.pages.flatMap((p) => p.blocks);
  return mapBlocks(doc, (block, page) => {
    if (block.role !== 'body') return block;
    const band = bandOf(block, page);
    if (band && block.lines.length === 1 && ISSUE_LINE.test(blockText(block).trim())) {
      ctx.note(`clean/running-${band === 'top' ? 'header' : 'footer'}`, `issue line "${blockText(block)}"`);
      return { ...block, role: band === 'top' ? 'running-header' : 'running-footer' };
    }
    if (band === 'top' && block.lines.every((line) => isHeaderLine(lineText(line), block, allBlocks))) {
      ctx.note('clean/running-header', `header pattern "${blockText(block)}"`);
      return { ...block, role: 'running-header' };
    }
    if (band === 'bottom' && SITE_FOOTER.test(blockText(block).trim())) {
      ctx.note('clean/running-footer', `footer pattern "${blockText(block)}"`);
      return { ...block, role: 'running-footer' };
    }
    return block;
  });
}

function isHeaderLine(text: string, block: Block, blocks: readonly Block[]): boolean {
  if (WRITTEN_BY.test(text.trim())) return true;
  const key = furnitureKey(text);
  // the title repeated in small print at the head of a page
  return blocks.some(
    (other) =>
      other !== block &&
      other.lines[0] !== undefined &&
      other.lines[0].font.size > block.lines[0]!.font.size &&
      furnitureKey(blockText(other)) === key,
  );
}
