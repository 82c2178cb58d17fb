import type { Line } from '../model/document.js';

/** Where to look for a gutter: the middle half of the page, in steps of this many points. */
const GUTTER_SEARCH_FROM = 0.25;
const GUTTER_SEARCH_TO = 0.75;
const GUTTER_STEP_PT = 2;
/** Each column needs this many line fragments before a page counts as two-column. */
const MIN_COLUMN_LINES = 4;
/** Lines may cross the gutter (title, full-width figure captions) up to this share of the page's lines. */
const MAX_CROSSING_SHARE = 0.2;

export interface OrderedLine {
  readonly line: Line;
  readonly column: number; // 0: full width or single column; 1: left; 2: right
}

/** Orders one page's lines for reading: top to bottom, and on a two-column stretch the left
 *  column before the right one. */
export function orderLines(lines: readonly Line[], pageWidth: number): OrderedLine[] {
  const topDown = [...lines].sort((a, b) => b.box[3] - a.box[3] || a.box[0] - b.box[0]);
  const gutter = findGutter(topDown, pageWidth);
  if (gutter === undefined) return topDown.map((line) => ({ line, column: 0 }));
  const ordered: OrderedLine[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    for (const line of left) ordered.push({ line, column: 1 });
    for (const line of right) ordered.push({ line, column: 2 });
    left = [];
    right = [];
  };
  // lines wholly above the right column's first line (title, byline, headers) are full-width
  // text: the two-column stretch only starts where both columns have text
  const columnsTop = Math.max(...topDown.filter((l) => l.box[0] >= gutter).map((l) => l.box[3]));
  for (const line of topDown) {
    if (line.box[1] > columnsTop) {
      flush();
      ordered.push({ line, column: 0 });
    } else if (line.box[2] <= gutter) left.push(line);
    else if (line.box[0] >= gutter) right.push(line);
    else {
      flush();
      ordered.push({ line, column: 0 });
    }
  }
  flush();
  return ordered;
}

function findGutter(lines: readonly Line[], pageWidth: number): number | undefined {
  let best: { x: number; score: number } | undefined;
  for (let x = pageWidth * GUTTER_SEARCH_FROM; x <= pageWidth * GUTTER_SEARCH_TO; x += GUTTER_STEP_PT) {
    let leftCount = 0;
    let rightCount = 0;
    let crossing = 0;
    for (const line of lines) {
      if (line.box[2] <= x) leftCount++;
      else if (line.box[0] >= x) rightCount++;
      else crossing++;
    }
    if (leftCount < MIN_COLUMN_LINES || rightCount < MIN_COLUMN_LINES) continue;
    if (crossing > MAX_CROSSING_SHARE * lines.length) continue;
    if (!columnsSideBySide(lines, x)) continue;
    const score = Math.min(leftCount, rightCount) - crossing * 2;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x;
}

/** True when the two sides overlap vertically: columns, not a left-aligned list above a right-aligned one. */
function columnsSideBySide(lines: readonly Line[], x: number): boolean {
  const span = (side: Line[]) => [Math.min(...side.map((l) => l.box[1])), Math.max(...side.map((l) => l.box[3]))];
  const left = lines.filter((l) => l.box[2] <= x);
  const right = lines.filter((l) => l.box[0] >= x);
  const [l0 = 0, l1 = 0] = span(left);
  const [r0 = 0, r1 = 0] = span(right);
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  return overlap > 0.5 * Math.min(l1 - l0, r1 - r0);
}
