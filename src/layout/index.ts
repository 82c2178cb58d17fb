import type { Context } from '../model/context.js';
import type { PageLayout, RawDoc, TextItem } from '../model/document.js';
import { groupBlocks, measureLeading } from './blocks.js';
import { composeDiacritics } from './diacritics.js';
import { joinDropCaps } from './drop-caps.js';
import { buildLines } from './lines.js';
import { dropOverprint } from './overprint.js';
import { orderLines } from './reading-order.js';

/** Repairs to a page's items before lines are built from them: copies drawn on top of each
 *  other go first, so an accent drawn twice is composed once; drop caps last, so an accented
 *  one joins its word whole. */
const repairItems = (items: readonly TextItem[]): TextItem[] => joinDropCaps(composeDiacritics(dropOverprint(items)));

/** Text items → lines → blocks in reading order, per page; every block starts as 'body'. */
export function layoutPages(raw: RawDoc, ctx: Context): PageLayout {
  const ordered = raw.pages.map((page) => orderLines(buildLines(repairItems(page.items)), page.width));
  const leading = measureLeading(ordered);
  const pages = raw.pages.map((page, index) => {
    const lines = ordered[index] ?? [];
    const columns = new Set(lines.filter((l) => l.column > 0).map((l) => l.column)).size;
    if (columns > 0) ctx.note('layout/columns', `page ${page.page} read as ${columns} columns`);
    return { page: page.page, width: page.width, height: page.height, blocks: groupBlocks(lines, page.page, leading) };
  });
  return {
    pages,
    info: raw.info,
    pageCount: raw.pageCount,
    failedPages: raw.failedPages,
    ...(raw.undecodablePages ? { undecodablePages: raw.undecodablePages } : {}),
    corrections: [],
  };
}
