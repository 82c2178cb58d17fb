import type { Block, Line } from '../model/document.js';
import { unionBoxes } from '../model/geometry.js';
import { lineText } from '../model/text.js';
import { type LineListMark, findListMarks, sameRow } from './list-items.js';
import { SENTENCE_END, endsParagraph, wouldFit } from './short-lines.js';
import type { OrderedLine } from './reading-order.js';

/** A baseline step longer than the usual leading by more than this share of the font size
 *  starts a new block. Rounding jitter in the dev corpus stays under 0.07 em; paragraph spacing
 *  of even 3 pt at 11 pt (0.27 em) stays above it. */
const PARAGRAPH_GAP_EM = 0.2;
/** Without a measured leading for a font size, assume this multiple of the size. */
const DEFAULT_LEADING_EM = 1.3;
/** Font sizes closer than this are the same size (pdf.js sizes carry rounding noise). */
const SAME_SIZE_PT = 0.6;
/** A first line indented by more than this share of the size starts a paragraph. */
const INDENT_EM = 0.8;
/** A line in another face or size runs on only below the one above, by at least this share of
 *  the smaller size: lines overlapping in height (a slug beside a stamp) are no next lines, while
 *  the parts of a set-off formula, half a line apart, still go together. */
const MIN_RUN_ON_STEP_EM = 0.5;
/** Sizes of one face differing by at most this share of the larger one are one text size with
 *  rounding or scaling noise; headings are set larger by a fifth and more. */
const NEAR_SIZE_SHARE = 0.15;
/** A wrapped line of a list item starts at most this share of the size left of the item's text. */
const HANG_TOLERANCE_EM = 0.3;

/** Usual leading (baseline-to-baseline distance) by font size, rounded to 0.1 pt, measured over the whole document. */
export type LeadingTable = ReadonlyMap<number, number>;

const sizeKey = (size: number): number => Math.round(size * 10) / 10;

/** Measures the most common leading for each font size from consecutive lines in one column. */
export function measureLeading(pages: readonly (readonly OrderedLine[])[]): LeadingTable {
  const votes = new Map<number, Map<number, number>>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1] as OrderedLine;
      const b = lines[i] as OrderedLine;
      if (a.column !== b.column || a.line.font.name !== b.line.font.name) continue;
      if (Math.abs(a.line.font.size - b.line.font.size) > SAME_SIZE_PT) continue;
      const step = baseline(a.line) - baseline(b.line);
      if (step <= 0 || step > 3 * a.line.font.size) continue;
      const key = sizeKey(a.line.font.size);
      const bucket = votes.get(key) ?? new Map<number, number>();
      const rounded = Math.round(step * 2) / 2;
      bucket.set(rounded, (bucket.get(rounded) ?? 0) + 1);
      votes.set(key, bucket);
    }
  }
  const table = new Map<number, number>();
  for (const [size, bucket] of votes) {
    const [mode] = [...bucket.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] ?? [];
    if (mode !== undefined) table.set(size, mode);
  }
  return table;
}

/** Groups one page's ordered lines into blocks: a new block at a column change, a wide gap,
 *  a change of font, an indented first line, a list marker, or a short line ending a sentence.
 *  A list item's wrapped lines stay with it, hanging under its text even in another face. */
export function groupBlocks(lines: readonly OrderedLine[], page: number, leading: LeadingTable): Block[] {
  const marks = findListMarks(lines);
  const columnEdges = new Map<number, number>();
  for (const { line, column } of lines) columnEdges.set(column, Math.max(columnEdges.get(column) ?? 0, line.box[2]));
  const groups: { column: number; lines: Line[]; list?: LineListMark }[] = [];
  lines.forEach((current, i) => {
    const previous = lines[i - 1];
    const group = groups.at(-1);
    const mark = marks[i];
    const afterMarker = previous !== undefined && marks[i - 1]?.alone === true && sameRow(previous, current);
    if (group && afterMarker) {
      group.lines.push(current.line);
    } else if (!group || !previous || mark) {
      groups.push({ column: current.column, lines: [current.line], ...(mark ? { list: mark } : {}) });
    } else if (group.list && hangsUnder(group, previous, current, columnEdges.get(current.column) ?? 0, leading)) {
      group.lines.push(current.line);
    } else if (startsBlock(previous, current, columnEdges.get(current.column) ?? 0, leading)) {
      groups.push({ column: current.column, lines: [current.line] });
    } else {
      group.lines.push(current.line);
    }
  });
  return groups.map((group, index) => ({
    id: `p${page}-b${index}`,
    page,
    box: unionBoxes(group.lines.map((l) => l.box)),
    role: 'body',
    column: group.column,
    lines: group.lines,
    ...(group.list ? { list: { marker: group.list.marker, ordered: group.list.ordered, x: group.list.x, textX: group.list.textX } } : {}),
  }));
}

/** The usual baseline step for the line's size, measured or assumed. */
const usualStep = (line: Line, leading: LeadingTable): number =>
  leading.get(sizeKey(line.font.size)) ?? DEFAULT_LEADING_EM * line.font.size;

/** The next line is at the usual leading below the previous one, or closer. */
function isNextLine(a: Line, b: Line, leading: LeadingTable): boolean {
  const step = baseline(a) - baseline(b);
  // of two sizes, the larger one's leading: a line set smaller inside a paragraph keeps its lines' spacing
  const larger = b.font.size > a.font.size + SAME_SIZE_PT ? b : a;
  return step > 0 && step <= usualStep(larger, leading) + PARAGRAPH_GAP_EM * larger.font.size;
}

/** A wrapped line of a list item: in the next line's place, at the item's size (or one a little
 *  off in its face), starting under the item's text or right of it. The face may change after
 *  the first line (a bold lead-in fills it); later, only where the text runs on (a heading in
 *  another face may follow an item at the indent of its text). */
function hangsUnder(
  group: { readonly lines: readonly Line[]; readonly list?: LineListMark },
  previous: OrderedLine,
  current: OrderedLine,
  columnEdge: number,
  leading: LeadingTable,
): boolean {
  const a = previous.line;
  const b = current.line;
  const textX = group.list?.textX ?? b.box[0];
  if (previous.column !== current.column || !(Math.abs(a.font.size - b.font.size) <= SAME_SIZE_PT || nearSize(a, b))) return false;
  if (!isNextLine(a, b, leading) || b.box[0] < textX - HANG_TOLERANCE_EM * b.font.size) return false;
  const afterFirstLine = group.lines.length > (group.list?.alone ? 2 : 1); // an alone marker is a fragment of the first row
  if (a.font.name !== b.font.name && afterFirstLine && !runsOn(a, b, columnEdge, leading, true)) return false;
  return !endsParagraph(a, b);
}

function startsBlock(previous: OrderedLine, current: OrderedLine, columnEdge: number, leading: LeadingTable): boolean {
  const a = previous.line;
  const b = current.line;
  if (previous.column !== current.column) return true;
  const sameSize = Math.abs(a.font.size - b.font.size) <= SAME_SIZE_PT;
  const sameFace = a.font.name === b.font.name;
  // another face, or another size of the same face, may still run on: pdf.js gives some lines of
  // a paragraph a size of their own (a text matrix scaled for a symbol), and so do OCR layers
  if (!sameSize && !sameFace) return true;
  if ((!sameSize || !sameFace) && !runsOn(a, b, columnEdge, leading)) return true;
  const step = baseline(a) - baseline(b);
  // two fragments of one line (split at a wide gap) stay together
  if (Math.abs(step) < SAME_SIZE_PT && b.box[0] >= a.box[2]) return false;
  if (!isNextLine(a, b, leading)) return true;
  // a first-line indent with no extra gap: the line starts right of the one above
  if (b.box[0] > a.box[0] + INDENT_EM * b.font.size) return true;
  return endsParagraph(a, b);
}

/** A line in another face (or size) carries on the text above it: in the next line's place,
 *  not indented, under a line that runs to the right edge without ending a sentence there (a
 *  line mostly in italics, a bold lead-in filling a first line). */
function runsOn(a: Line, b: Line, columnEdge: number, leading: LeadingTable, hanging = false): boolean {
  if (!isNextLine(a, b, leading) || (!hanging && b.box[0] > a.box[0] + INDENT_EM * b.font.size)) return false;
  // a line beside or over the other one (a slug, a stamp at the foot of the page) is no next line
  if (baseline(a) - baseline(b) < MIN_RUN_ON_STEP_EM * Math.min(a.font.size, b.font.size)) return false;
  if (wouldFit(a, b, columnEdge)) return false;
  // a size a little off in the same face is the same text: a full line runs on as in one size,
  // also where it ends a sentence
  return nearSize(a, b) || !SENTENCE_END.test(lineText(a).trimEnd());
}

/** Two lines in one face whose sizes differ a little: one text size (OCR layers size each line
 *  to its own height). */
const nearSize = (a: Line, b: Line): boolean =>
  a.font.name === b.font.name && Math.abs(a.font.size - b.font.size) <= NEAR_SIZE_SHARE * Math.max(a.font.size, b.font.size);

const baseline = (line: Line): number => line.box[1] + 0.22 * line.font.size;
