import type { Block, Line } from './document.js';

/** Texts already joined: lines and blocks are never changed once made, and stages ask for the
 *  same text many times. */
const lineTexts = new WeakMap<Line, string>();
const blockTexts = new WeakMap<Block, string>();

/** The text of a line (spans joined as laid out). */
export const lineText = (line: Line): string => {
  if (line.spans.length === 1) return (line.spans[0] as Line['spans'][number]).text;
  let text = lineTexts.get(line);
  if (text === undefined) {
    text = line.spans.map((s) => s.text).join('');
    lineTexts.set(line, text);
  }
  return text;
};

/** The text of a block, lines joined by single spaces. */
export const blockText = (block: Block): string => {
  let text = blockTexts.get(block);
  if (text === undefined) {
    text = block.lines.map(lineText).join(' ');
    blockTexts.set(block, text);
  }
  return text;
};
