import type { Block, Line, PageLayout } from '../model/document.js';
import { blockText, lineText } from '../model/text.js';

/** Blocks are immutable: their size and text are measured once however often a pass asks. */
const sizeCache = new WeakMap<Block, number>();
const textCache = new WeakMap<Block, string>();

/** The size (to a tenth of a point) carrying most characters of the lines; on a tie the larger. */
function sizeOfMost(lines: Iterable<Line>): number | undefined {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.font.size * 10) / 10;
    weight.set(key, (weight.get(key) ?? 0) + lineText(line).length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** The size of most of a block's characters. */
export function blockSize(block: Block): number {
  const cached = sizeCache.get(block);
  if (cached !== undefined) return cached;
  const size = sizeOfMost(block.lines) ?? 0;
  sizeCache.set(block, size);
  return size;
}

/** The block's text, lines joined by spaces. */
export function textOf(block: Block): string {
  let text = textCache.get(block);
  if (text === undefined) {
    text = blockText(block);
    textCache.set(block, text);
  }
  return text;
}

/** The size of most characters in the body blocks of the whole document. */
export const dominantBodySize = (doc: PageLayout): number | undefined =>
  sizeOfMost(doc.pages.flatMap((page) => page.blocks.filter((b) => b.role === 'body').flatMap((b) => b.lines)));
