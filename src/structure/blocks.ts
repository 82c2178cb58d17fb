import type { Block, FontInfo, PageLayout, SourceBox } from '../model/document.js';

import { lineText } from '../model/text.js';

/** Every block of the document in reading order. */
export const allBlocks = (doc: PageLayout): Block[] => doc.pages.flatMap((page) => page.blocks);

/** The page and box of each block, for output that points back at the page. */
export const sourceBoxes = (blocks: readonly Block[]): SourceBox[] => blocks.map((b) => ({ page: b.page, box: b.box }));

/** Two fonts are the same style when the id and the size agree. */
export const sameFont = (a: FontInfo, b: FontInfo): boolean => a.name === b.name && Math.abs(a.size - b.size) < 0.6;

/** The font carrying most characters of the body blocks: the article's text face. */
export function bodyFont(blocks: readonly Block[]): FontInfo | undefined {
  const weight = new Map<string, { font: FontInfo; chars: number }>();
  for (const block of blocks) {
    if (block.role !== 'body') continue;
    for (const line of block.lines) {
      const key = `${line.font.name}@${line.font.size.toFixed(1)}`;
      const entry = weight.get(key) ?? { font: line.font, chars: 0 };
      entry.chars += lineText(line).length;
      weight.set(key, entry);
    }
  }
  return [...weight.values()].sort((a, b) => b.chars - a.chars)[0]?.font;
}
