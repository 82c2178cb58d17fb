import type { Context } from '../model/context.js';
import type { Line, PageLayout } from '../model/document.js';
import { mapBlocks } from './text.js';

const SOFT_HYPHEN = '\u00AD';

/**
 * Turns each soft hyphen (U+00AD) inside a line into a hyphen. The text layer only holds soft
 * hyphens that were drawn (read/ leaves out those without an advance), and a hyphen drawn
 * inside a line is a real one: producers such as iLovePDF write every hyphen as U+00AD
 * ("pseudo­Avicenne", "non­existent"). A soft hyphen ending a line is left for the line join,
 * which decides between a split word and a compound as for any hyphen.
 */
export function fixSoftHyphens(doc: PageLayout, ctx: Context): PageLayout {
  let count = 0;
  const result = mapBlocks(doc, (block) => {
    if (!block.lines.some((line) => line.spans.some((span) => span.text.includes(SOFT_HYPHEN)))) return block;
    const lines = block.lines.map((line) => {
      const fixed = hyphenateInside(line);
      if (fixed !== line) count++;
      return fixed;
    });
    return { ...block, lines };
  });
  if (count > 0) ctx.note('clean/soft-hyphens', `soft hyphens inside ${count} line(s) read as hyphens`);
  return result;
}

/** The line with every soft hyphen that has text after it on the line made a hyphen. */
function hyphenateInside(line: Line): Line {
  const text = line.spans.map((s) => s.text).join('');
  const lastSoft = text.trimEnd().endsWith(SOFT_HYPHEN) ? text.trimEnd().length - 1 : -1;
  if (!text.includes(SOFT_HYPHEN) || text.indexOf(SOFT_HYPHEN) === lastSoft) return line;
  let offset = 0;
  const spans = line.spans.map((span) => {
    const start = offset;
    offset += span.text.length;
    if (!span.text.includes(SOFT_HYPHEN)) return span;
    const fixed = span.text.replace(/\u00AD/g, (ch: string, at: number) => (start + at === lastSoft ? ch : '-'));
    return fixed === span.text ? span : { ...span, text: fixed };
  });
  return { ...line, spans };
}
