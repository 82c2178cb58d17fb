import type { ArticleBlock } from '../model/document.js';

/** The page a character offset of a block's text stands on, found by walking its spans. */
export function pageAt(block: ArticleBlock, offset: number): number {
  let end = 0;
  for (const span of block.spans) {
    end += span.text.length;
    if (offset < end) return span.prov[0]?.page ?? block.pages[0] ?? 1;
  }
  // spans shorter than the text (joined with separators): fall back to the block's pages
  const last = block.spans[block.spans.length - 1];
  return last?.prov[0]?.page ?? block.pages[block.pages.length - 1] ?? 1;
}

/** The pages the text at [start, end) of a block is printed on, in order. */
export function pagesOf(block: ArticleBlock, start: number, end: number): number[] {
  const first = pageAt(block, start);
  const last = pageAt(block, Math.max(start, end - 1));
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages.length ? pages : [first];
}
