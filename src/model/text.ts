import type { Block, Line } from './document.js';

/** The text of a line (spans joined as laid out). */
export const lineText = (line: Line): string => line.spans.map((s) => s.text).join('');

/** The text of a block, lines joined by single spaces. */
export const blockText = (block: Block): string => block.lines.map(lineText).join(' ');
