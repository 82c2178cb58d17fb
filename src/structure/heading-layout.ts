import type { Block, Line } from '../model/document.js';

/**
 * Where a heading candidate sits among the text around it. A section heading starts at the
 * text column's left edge or is centred on it, stands a little apart from the text above or
 * below, and is no row of a table; a line set in another face that runs on at the text's line
 * pitch on both sides is a phrase inside a paragraph (an italic title, a link, a bold lead-in).
 */

/** Baseline distance, in line pitches of the neighbouring text, still read as the next line. */
const GLUE_PITCHES = 1.12;
/** The widest line pitch taken for leading, in ems. */
const MAX_PITCH_EMS = 1.5;
/** A gap between two spans of one line wider than this many ems separates table cells. */
const CELL_GAP_EM = 2.5;
/** How far (in ems) a heading may start from the column's left edge, or its middle from the column's. */
const ALIGN_EM = 1.5;

/** How far (in ems) a heading may be indented from the column's left edge. */
const INDENT_EM = 2.5;

/** The left and right edge of running text, per page and column ("3:1"), and per page ("3"). */
export type TextEdges = ReadonlyMap<string, readonly [number, number]>;

const columnKey = (block: Block): string => `${block.page}:${block.column}`;

/** Measures the left and right edges of the given running-text blocks, per column and per page. */
export function measureTextEdges(blocks: readonly Block[]): TextEdges {
  const edges = new Map<string, [number, number]>();
  const widen = (key: string, box: readonly number[]): void => {
    const edge = edges.get(key);
    edges.set(
      key,
      edge ? [Math.min(edge[0], box[0] as number), Math.max(edge[1], box[2] as number)] : [box[0] as number, box[2] as number],
    );
  };
  for (const block of blocks) {
    widen(columnKey(block), block.box);
    widen(String(block.page), block.box);
  }
  return edges;
}

/** True when the block starts at its column's left edge or is centred on the column. The edges
 *  are the running text's; for a column without any (notes and back matter in a smaller size),
 *  those of all its blocks, then the page's running text. */
export function alignedWithText(block: Block, edges: TextEdges, allEdges: TextEdges): boolean {
  const key = columnKey(block);
  const edge = edges.get(key) ?? allEdges.get(key) ?? edges.get(String(block.page));
  if (!edge) return false;
  const em = block.lines[0]?.font.size ?? 10;
  const [left, right] = edge;
  if (block.box[0] >= left - ALIGN_EM * em && block.box[0] <= left + INDENT_EM * em) return true;
  const middle = (block.box[0] + block.box[2]) / 2;
  return Math.abs(middle - (left + right) / 2) <= ALIGN_EM * em && block.box[2] <= right + em;
}

/** True when the block's last line runs to its column's right edge: the text goes on. */
export function endsFullWidth(block: Block, edges: TextEdges): boolean {
  const edge = edges.get(columnKey(block));
  const last = block.lines.at(-1);
  if (!edge || !last) return false;
  return last.box[2] >= edge[1] - 1.5 * last.font.size;
}

/** True when the block holds table cells: a gap between two spans of a line as wide as a table's
 *  columns, or lines set side by side rather than one below the other. */
export function hasCellGap(block: Block): boolean {
  const sideBySide = block.lines.some((line, i) => i > 0 && line.box[0] > (block.lines[i - 1] as Line).box[2]);
  return (
    sideBySide ||
    block.lines.some((line) => {
      const boxes = line.spans.flatMap((s) => (s.text.trim() === '' ? [] : s.prov.map((p) => p.box))).sort((a, b) => a[0] - b[0]);
      return boxes.some((box, i) => i > 0 && box[0] - (boxes[i - 1]?.[2] ?? box[0]) > CELL_GAP_EM * line.font.size);
    })
  );
}

/** The usual distance between the baselines of a block's lines, or a guess from its font size. */
function linePitch(block: Block): number {
  const steps: number[] = [];
  for (let i = 1; i < block.lines.length; i++) {
    const step = (block.lines[i - 1] as Line).box[1] - (block.lines[i] as Line).box[1];
    if (step > 0) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  const size = block.lines[0]?.font.size ?? 10;
  // a wider step is a gap between paragraphs the layout kept in one block, not the leading
  return Math.min(steps[Math.floor(steps.length / 2)] ?? 1.2 * size, MAX_PITCH_EMS * size);
}

/** True when `below` follows `above` in the same column at no more than the text's line pitch. */
export function glued(above: Block | undefined, below: Block | undefined, text: Block | undefined): boolean {
  if (!above || !below || !text || above.page !== below.page || above.column !== below.column) return false;
  const upper = above.lines.at(-1);
  const lower = below.lines[0];
  if (!upper || !lower) return false;
  const distance = upper.box[1] - lower.box[1];
  return distance > 0 && distance <= GLUE_PITCHES * linePitch(text);
}
