import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { lineText } from '../model/text.js';

/** A table-of-contents entry: a title, dot leaders (". . . ." or "……") and the page it starts on,
 *  an Arabic or Roman number. */
const LEADER_ENTRY = /(?:\.\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$|…{2,}\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/i;
/** The title a table of contents is set under, in the languages the corpus holds. */
const CONTENTS_TITLE = /^(?:table\s+of\s+)?contents$|^inhalt(?:sverzeichnis)?$|^(?:table\s+des\s+mati[eè]res|sommaire)$/i;
/** Share of a block's lines that must be leader entries: an entry's title may wrap to a second
 *  line without leaders, but a paragraph that ends in one dotted line is no table. */
const ENTRY_SHARE = 0.5;

/** True when a line is a table-of-contents entry with dot leaders. */
export const isLeaderEntry = (text: string): boolean => LEADER_ENTRY.test(text.trim());

const isContentsBlock = (block: Block): boolean =>
  block.lines.length > 0 && block.lines.filter((line) => isLeaderEntry(lineText(line))).length >= ENTRY_SHARE * block.lines.length;

/**
 * Marks a table of contents as 'contents': blocks of dot-leader entries, and the "Contents" title
 * above them on the same page. The body text follows on later pages; the entries would otherwise
 * come out as paragraphs of dots and page numbers.
 */
export function markContents(doc: PageLayout, ctx: Context): PageLayout {
  const pages = doc.pages.map((page) => markPage(page));
  const count = pages.flatMap((p) => p.blocks).filter((b) => b.role === 'contents').length;
  if (count === 0) return doc;
  ctx.note('clean/contents', `table of contents: ${count} block(s) left out of the body`);
  return { ...doc, pages };
}

/** True when the entries' page numbers never go down: a table of contents lists pages in order,
 *  a table of figures with dot leaders (costs, votes) does not. */
function pagesAscend(blocks: readonly Block[]): boolean {
  const numbers = blocks
    .flatMap((block) => block.lines.map((line) => /(\d{1,4})\s*$/.exec(lineText(line).trim())?.[1]))
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return numbers.every((n, i) => i === 0 || n >= (numbers[i - 1] ?? 0));
}

function markPage(page: LaidOutPage): LaidOutPage {
  const entries = new Set(page.blocks.filter((b) => b.role === 'body' && isContentsBlock(b)));
  if (entries.size === 0 || !pagesAscend([...entries])) return page;
  const firstEntry = page.blocks.findIndex((b) => entries.has(b));
  const blocks = page.blocks.map((block, index): Block => {
    if (entries.has(block)) return { ...block, role: 'contents' };
    const isTitle = index < firstEntry && block.role === 'body' && CONTENTS_TITLE.test(block.lines.map(lineText).join(' ').trim());
    return isTitle ? { ...block, role: 'contents' } : block;
  });
  return { ...page, blocks };
}
