import type { PageLayout } from '../model/document.js';
import { lineText } from '../model/text.js';

/** The text size carrying most characters of the body blocks, in points: the article's text
 *  size, against which captions, sidebars and small print are told apart. 0 when there is none. */
export function bodySize(doc: PageLayout): number {
  const chars = new Map<number, number>();
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      if (block.role !== 'body') continue;
      for (const line of block.lines) {
        const size = Math.round(line.font.size * 2) / 2;
        chars.set(size, (chars.get(size) ?? 0) + lineText(line).length);
      }
    }
  }
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
