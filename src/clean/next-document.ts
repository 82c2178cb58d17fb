import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';

/**
 * A gazette or a bulletin prints documents one after the other, and an extract of one document
 * ends with the start of the next: after the slug that closes a document ("[FR Doc. … Filed …]",
 * "BILLING CODE …"), the text that follows belongs to another document. It is marked
 * 'next-document' when it is shorter than the document itself: a file holding several whole
 * documents keeps them all.
 */

/** Slugs a government printer sets at the end of a document. */
const CLOSING_SLUG = [/^\[?\s*fr doc\.?\s.*\bfiled\b/i, /^billing code\b/i];

const isClosing = (block: Block): boolean => block.role === 'slug' && CLOSING_SLUG.some((pattern) => pattern.test(blockText(block).trim()));
const wordsOf = (block: Block): number => blockText(block).split(/\s+/).filter(Boolean).length;

/** Marks the body text after the last closing slug as 'next-document', when it is the shorter part. */
export function markNextDocument(doc: PageLayout, ctx: Context): PageLayout {
  const order = doc.pages.flatMap((page, p) => page.blocks.map((block, b) => ({ block, p, b })));
  let last = -1;
  order.forEach((entry, i) => {
    if (isClosing(entry.block)) last = i;
  });
  if (last < 0) return doc;
  const before = order.slice(0, last).reduce((n, e) => n + (e.block.role === 'body' ? wordsOf(e.block) : 0), 0);
  const after = order.slice(last + 1).filter((e) => e.block.role === 'body');
  const afterWords = after.reduce((n, e) => n + wordsOf(e.block), 0);
  if (after.length === 0 || afterWords >= before) return doc;
  const taken = new Set(after.map((e) => e.block));
  ctx.note('clean/next-document', `${after.length} block(s) after the closing slug belong to the next document`);
  const pages = doc.pages.map((page) => ({
    ...page,
    blocks: page.blocks.map((block): Block => (taken.has(block) ? { ...block, role: 'next-document' } : block)),
  }));
  return { ...doc, pages };
}
