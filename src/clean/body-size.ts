import type { Block, Line, PageLayout } from '../model/document.js';
import { lineText } from '../model/text.js';

/** A line's type: its font and its size to the half point. */
export const typeOf = (line: Line): string => `${line.font.name}@${Math.round(line.font.size * 2) / 2}`;

/** The key of `keyOf` carrying most characters over the blocks given ('' when none). */
function dominant<K>(blocks: readonly Block[], keyOf: (line: Line) => K, none: K): K {
  const chars = new Map<K, number>();
  for (const block of blocks) {
    for (const line of block.lines) chars.set(keyOf(line), (chars.get(keyOf(line)) ?? 0) + lineText(line).length);
  }
  let best = none;
  let most = 0;
  for (const [key, count] of chars) {
    if (count > most) [best, most] = [key, count];
  }
  return best;
}

const bodyBlocks = (doc: PageLayout): Block[] => doc.pages.flatMap((page) => page.blocks.filter((b) => b.role === 'body'));

/** The text size carrying most characters of the body blocks, in points: the article's text
 *  size, against which captions, sidebars and small print are told apart. 0 when there is none. */
export const bodySize = (doc: PageLayout): number => dominant(bodyBlocks(doc), (line) => Math.round(line.font.size * 2) / 2, 0);

/** The type (font and size) carrying most characters of the given blocks ('' when none). */
export const mainType = (blocks: readonly Block[]): string => dominant(blocks, typeOf, '');

/** The body's type: the font and size of most of the body blocks' characters. */
export const bodyType = (doc: PageLayout): string => mainType(bodyBlocks(doc));
