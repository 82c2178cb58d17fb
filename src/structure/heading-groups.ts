import type { Block, FontInfo } from '../model/document.js';
import { blockText } from '../model/text.js';
import { sameFont } from './blocks.js';
import { OPEN_END } from './heading-text.js';
import { setApart } from './heading-type.js';

/**
 * Heading candidates as groups of blocks: a block set apart by its type, with the next line of
 * a heading wrapped over two blocks joined to it; and runs of lines in one type set close
 * together, which are lists of labels or table rows rather than headings.
 */

/** Lines a wrapped heading may run to. */
const MAX_LINES = 3;
/** A heading's next line is at most this far below (in ems, baseline to baseline). */
const WRAP_STEP_EMS = 1.4;
/** Lines of one type this close (in ems, baseline to baseline) make a list or a table. */
const RUN_STEP_EMS = 3;

/** A line ending a sentence (or a label). */
export const SENTENCE_END = /[.!?:]["”’)\]]*$/u;

/** Candidate groups by the index of their first block: blocks set apart, with a heading's second
 *  line merged into it when it follows at the same size without the first ending a sentence. */
export function groupCandidates(blocks: readonly Block[], body: FontInfo, faces: ReadonlySet<string>): Map<number, Block[]> {
  const groups = new Map<number, Block[]>();
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i] as Block;
    if (!setApart(first, body, faces)) continue;
    const group = [first];
    let lines = first.lines.length;
    for (let next = blocks[i + 1]; next && continuesHeading(group.at(-1) as Block, next, body, faces); next = blocks[i + group.length]) {
      if (lines + next.lines.length > MAX_LINES) break;
      group.push(next);
      lines += next.lines.length;
    }
    groups.set(i, group);
    i += group.length - 1;
  }
  return groups;
}

/** True when `b` is the next line of a heading ending with `a`: set apart too or in the same
 *  face, the same size, just below, and `a` not ending a sentence. */
function continuesHeading(a: Block, b: Block, body: FontInfo, faces: ReadonlySet<string>): boolean {
  const fa = a.lines.at(-1)?.font;
  const fb = b.lines[0]?.font;
  if (!fa || !fb || a.page !== b.page || a.column !== b.column || Math.abs(fa.size - fb.size) > 0.6) return false;
  // another face goes on the heading only where its first line leaves off ("… Develop and")
  if (fa.name !== fb.name && !(setApart(b, body, faces) && OPEN_END.test(blockText(a).trim()))) return false;
  const step = (a.lines.at(-1)?.box[1] ?? 0) - (b.lines[0]?.box[1] ?? 0);
  // small capitals keep the body's leading
  return step > 0 && step <= WRAP_STEP_EMS * Math.max(fa.size, body.size) && !SENTENCE_END.test(blockText(a).trim());
}

/** True when `b` follows `a` closely in the same column and the same type. */
export function inRun(a: Block | undefined, b: Block | undefined): boolean {
  const fa = a?.lines.at(-1)?.font;
  const fb = b?.lines[0]?.font;
  if (!a || !b || !fa || !fb || fa.name !== fb.name || !sameFont(fa, fb)) return false;
  if (a.page !== b.page || a.column !== b.column) return false;
  const step = (a.lines.at(-1)?.box[1] ?? 0) - (b.lines[0]?.box[1] ?? 0);
  return step > 0 && step <= RUN_STEP_EMS * fa.size;
}
