import type { Block } from '../model/document.js';
import { blockText } from '../model/text.js';
import { numberDepth, sectionNumber } from './heading-text.js';

/**
 * Heading levels from what the page shows: a section number gives its own depth ("1." is a
 * section, "3.1." and "(a)" a subsection); unnumbered headings rank by type size, the largest
 * first. Levels start at 2: level 1 is the article's title.
 */

const TOP = 2;
const DEEPEST = 4;
/** Sizes closer than this (points) are one size. */
const SAME_SIZE = 0.6;

/** The level of each heading, keyed by its first block. */
export function headingLevels(headings: readonly (readonly Block[])[]): Map<Block, number> {
  const levels = new Map<Block, number>();
  const unnumbered: { block: Block; size: number }[] = [];
  for (const blocks of headings) {
    const first = blocks[0];
    if (!first) continue;
    const depth = numberDepth(sectionNumber(blockText(first)));
    if (depth > 0) levels.set(first, Math.min(TOP + depth - 1, DEEPEST));
    else unnumbered.push({ block: first, size: first.lines[0]?.font.size ?? 0 });
  }
  const sizes: number[] = [];
  for (const size of unnumbered.map((u) => u.size).sort((a, b) => b - a)) {
    if (sizes.every((s) => Math.abs(s - size) >= SAME_SIZE)) sizes.push(size);
  }
  for (const { block, size } of unnumbered) {
    const rank = sizes.findIndex((s) => Math.abs(s - size) < SAME_SIZE);
    levels.set(block, Math.min(TOP + Math.max(rank, 0), DEEPEST));
  }
  return levels;
}
