import type { Context } from '../model/context.js';
import type { Block, PageLayout, Role } from '../model/document.js';
import { blockText } from '../model/text.js';
import { furnitureKey } from './text.js';

/** Share of the pages whose first (or last) block must repeat the same text, digits masked. */
const REPEAT_SHARE = 0.6;
/** Fewer pages cannot tell a running line from a coincidence outside the bands. */
const MIN_PAGES = 3;
/** A running line outside the bands still stands near the page's edge: wholly inside this
 *  share of the page's height from the top (the first block) or the bottom (the last). The bands
 *  are the outer 12 %. */
const EDGE_SHARE = 0.25;
/** A running line is short: at most this many words. */
const MAX_WORDS = 15;

type Edge = 'first' | 'last';

/**
 * Marks running lines set outside the top and bottom bands (a deep top margin, a footer raised
 * above a page's notes): the first or the last body block of most pages, repeating the same short
 * text once digits are masked. A page's own text does not repeat, word for word, at the same
 * place on most pages.
 */
export function markEdgeLines(doc: PageLayout, ctx: Context): PageLayout {
  if (doc.pages.length < MIN_PAGES) return doc;
  const edges = doc.pages.map((page) => {
    const body = page.blocks.filter((b) => b.role === 'body');
    const first = body[0];
    const last = body.at(-1);
    return {
      first: first && first.box[1] >= page.height * (1 - EDGE_SHARE) ? first : undefined,
      last: last && last.box[3] <= page.height * EDGE_SHARE ? last : undefined,
    };
  });
  const running = { first: repeated(edges.map((e) => e.first)), last: repeated(edges.map((e) => e.last)) };
  const marks = new Map<Block, Role>();
  for (const edge of edges) {
    for (const side of ['first', 'last'] as const) {
      const block = edge[side];
      if (block && running[side].has(keyOf(block))) marks.set(block, roleOf(side));
    }
  }
  if (marks.size === 0) return doc;
  ctx.note('clean/running-header', `${marks.size} running line(s) outside the page bands`);
  return {
    ...doc,
    pages: doc.pages.map((page) => ({
      ...page,
      blocks: page.blocks.map((block) => {
        const role = marks.get(block);
        return role ? { ...block, role } : block;
      }),
    })),
  };
}

const roleOf = (edge: Edge): Role => (edge === 'first' ? 'running-header' : 'running-footer');

const keyOf = (block: Block): string => furnitureKey(blockText(block));

/** The keys that stand at this edge of most pages. */
function repeated(blocks: readonly (Block | undefined)[]): Set<string> {
  const pages = new Map<string, number>();
  for (const block of blocks) {
    if (!block || blockText(block).split(/\s+/).length > MAX_WORDS) continue;
    const key = keyOf(block);
    if (/\p{L}/u.test(key)) pages.set(key, (pages.get(key) ?? 0) + 1);
  }
  const needed = Math.max(MIN_PAGES, Math.ceil(REPEAT_SHARE * blocks.length));
  return new Set([...pages].filter(([, count]) => count >= needed).map(([key]) => key));
}
