import type { ListMark } from '../model/document.js';
import { type LineMarker, findLineMarker, markerFamily } from './list-markers.js';
import type { OrderedLine } from './reading-order.js';

/** A wrapped line hangs under the item's text when it starts within this share of the size of
 *  where the text after the marker starts (pdf.js boxes differ by a point or so). */
const HANG_TOLERANCE_EM = 0.3;
/** Sibling markers of one list stand at the same x, within this share of the size. */
const SIBLING_TOLERANCE_EM = 0.3;
/** How many lines apart two sibling markers may stand: a long item wraps over several lines. */
const SIBLING_WINDOW_LINES = 12;
/** Baselines closer than this share of the size are one row (a line split at a tab). */
const SAME_ROW_EM = 0.3;

/** A confirmed list marker of a line; `alone` when the marker is a line fragment of its own
 *  and the text follows in the next fragment of the row. */
export interface LineListMark extends ListMark {
  readonly alone: boolean;
}

/** Two line fragments of one row: the second starts right of where the first ends. */
export function sameRow(a: OrderedLine, b: OrderedLine): boolean {
  return (
    a.column === b.column && Math.abs(a.line.box[1] - b.line.box[1]) < SAME_ROW_EM * a.line.font.size && b.line.box[0] >= a.line.box[2]
  );
}

/**
 * The list marker each line of a page opens with, where the evidence says it is one: a bullet
 * glyph always; a dash, letter or number when set on a tab stop, when the next line hangs
 * under the item's text, or when a sibling marker of the same kind stands at the same x.
 */
export function findListMarks(lines: readonly OrderedLine[]): (LineListMark | undefined)[] {
  const found = lines.map((current, i) => {
    const next = lines[i + 1];
    const previous = lines[i - 1];
    if (previous && sameRow(previous, current)) return undefined; // the text after a marker set apart
    return findLineMarker(current.line, next && sameRow(current, next) ? next.line : undefined);
  });
  return found.map((marker, i) => {
    if (!marker || !(marker.strong || marker.tabbed || hangs(lines, i, marker) || hasSibling(lines, found, i, marker))) return undefined;
    const alone =
      lines[i]?.line.spans
        .map((s) => s.text)
        .join('')
        .trim() === marker.marker;
    return { marker: marker.marker, ordered: marker.ordered, x: marker.x, textX: marker.textX, alone };
  });
}

/** The first line after line `i` (and after the fragments of its row) wraps under the item's text. */
function hangs(lines: readonly OrderedLine[], i: number, marker: LineMarker): boolean {
  const current = lines[i] as OrderedLine;
  let j = i + 1;
  while (lines[j] && sameRow(lines[j - 1] as OrderedLine, lines[j] as OrderedLine)) j++;
  const next = lines[j];
  if (!next || next.column !== current.column) return false;
  const size = current.line.font.size;
  return marker.textX - marker.x > HANG_TOLERANCE_EM * size && Math.abs(next.line.box[0] - marker.textX) <= HANG_TOLERANCE_EM * size;
}

/** Another marker of the same kind stands at the same x in the same column, a few lines away,
 *  with no line of plain text starting at that x between them: in prose, lines that happen to
 *  open with "o" or a dash have the paragraph's other lines beside them. */
function hasSibling(lines: readonly OrderedLine[], found: readonly (LineMarker | undefined)[], i: number, marker: LineMarker): boolean {
  const column = lines[i]?.column;
  const family = markerFamily(marker.marker);
  const tolerance = SIBLING_TOLERANCE_EM * (lines[i]?.line.font.size ?? 10);
  const sameX = (j: number) => lines[j]?.column === column && Math.abs((lines[j]?.line.box[0] ?? Number.NaN) - marker.x) <= tolerance;
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= SIBLING_WINDOW_LINES; j += step) {
      if (!sameX(j)) continue;
      const other = found[j];
      if (!other) break; // plain text at the marker's x
      if (markerFamily(other.marker) === family) return true;
    }
  }
  return false;
}
