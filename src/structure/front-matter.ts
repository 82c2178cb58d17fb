import { isPersonName, labelledByline, parseByline, splitNames } from '../model/bylines.js';
import type { Block, Line } from '../model/document.js';
import { unionBoxes } from '../model/geometry.js';
import { lineText } from '../model/text.js';
import { FRONT_MATTER_BLOCKS } from './metadata/front.js';

/** A byline line is short: a name or two, perhaps a date or an outlet. */
const MAX_BYLINE_WORDS = 14;

/** True when a line is a byline: "By …" with a person's name, or a name and a date. */
function isBylineLine(text: string): boolean {
  if (text.trim().split(/\s+/).length > MAX_BYLINE_WORDS) return false;
  if (parseByline(text) !== undefined) return true;
  const names = splitNames(labelledByline(text)?.names ?? '');
  return names.length > 0 && names.every(isPersonName);
}

/** Splits a byline off the lines it was set with in one block (a producer that prints the URL
 *  and the byline in one size and leading gives one block for both): the byline line becomes a
 *  block of its own, so both can be recognised. Other blocks pass unchanged. */
export function separateBylines(blocks: readonly Block[]): Block[] {
  const front = new Set(blocks.filter((b) => b.page === 1 && b.role === 'body').slice(0, FRONT_MATTER_BLOCKS));
  return blocks.flatMap((block) => {
    if (!front.has(block) || block.lines.length < 2) return [block];
    const isByline = block.lines.map((line) => isBylineLine(lineText(line)));
    if (!isByline.includes(true)) return [block];
    const parts: Line[][] = [];
    block.lines.forEach((line, i) => {
      const last = parts.at(-1);
      if (last && !isByline[i] && !isByline[i - 1]) last.push(line);
      else parts.push([line]);
    });
    return parts.map((lines, k) => ({ ...block, id: `${block.id}.${k}`, lines, box: unionBoxes(lines.map((l) => l.box)) }));
  });
}
