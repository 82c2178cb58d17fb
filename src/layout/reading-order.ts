import type { Line, Span } from '../model/document.js';
import { type Box, unionBoxes } from '../model/geometry.js';
import { forEachOpenRun } from './open-runs.js';

/** Candidate gutter positions are tried every this many points. */
const GUTTER_STEP_PT = 2;
/** Each side of a column split needs this many line fragments. */
const MIN_COLUMN_LINES = 4;
/** Each side of a column split spans at least this many ems of its text size: a list's numbers
 *  set apart by a tab are no column. */
const MIN_COLUMN_WIDTH_EM = 8;
/** One side at least of a column split is mostly lines of prose: their median width is at
 *  least this many ems (a narrow column runs 13-16 ems; a table's cells and labels far less, so
 *  a table is read row by row, not cell column by cell column, while a fact box beside the text
 *  is still read after it). */
const MIN_PROSE_LINE_EM = 10;
/** A gap inside a line fragment at least this wide (in ems) may be a gutter: two columns set
 *  close (11-12 pt apart at 10 pt in LaTeX two-column papers) on one baseline come out of line
 *  building as one fragment. The cut must still line up over the whole run. */
const INNER_GUTTER_EM = 0.8;
/** A line taller than this many ems of its size is set upright, not across the page. */
const UPRIGHT_EM = 2.5;
/** Lines whose vertical extents overlap by more than this share of the smaller one are in one band. */
const BAND_OVERLAP = 0.3;

export interface OrderedLine {
  readonly line: Line;
  /** 0: outside any column (full width, or a page of one column); otherwise an id, unique on
   *  the page, of the column the line was read in. */
  readonly column: number;
}

/** Lines side by side: a stretch of the page read top to bottom as one. */
interface Band {
  readonly lines: readonly Line[];
  readonly top: number;
  readonly bottom: number;
}

/** A vertical cut through a run of bands: left of `x` is read before right of it. */
interface Cut {
  readonly x: number;
  readonly from: number; // first band of the run
  readonly to: number; // last band of the run, inclusive
  readonly score: number;
}

/**
 * Orders one page's lines for reading by recursive cuts: the page is read top to bottom until a
 * stretch where a vertical gutter runs between text on both sides (columns, a sidebar beside
 * the text, an infobox); there, the left side is read before the right one, each side ordered
 * the same way in turn (so three columns, or a two-column stretch below a full-width one, read
 * in order). A full-width line ends a stretch.
 */
export function orderLines(lines: readonly Line[], pageWidth: number): OrderedLine[] {
  const ids = { next: 1 };
  // text set upright (a rotated stamp in the margin) would join every line beside it into one
  // band: it is read after the page's other lines
  const upright = lines.filter(isUpright);
  const flat = lines.filter((line) => !isUpright(line));
  return [...orderRegion(flat, pageWidth, 0, ids), ...upright.map((line) => ({ line, column: 0 }))];
}

/** A line much taller than its text size: vertical or rotated text. */
const isUpright = (line: Line): boolean => line.box[3] - line.box[1] > UPRIGHT_EM * line.font.size;

function orderRegion(lines: readonly Line[], pageWidth: number, column: number, ids: { next: number }): OrderedLine[] {
  const topDown = [...lines].sort((a, b) => b.box[3] - a.box[3] || a.box[0] - b.box[0]);
  const bands = toBands(topDown);
  const cut = bestCut(bands, pageWidth);
  if (!cut) return topDown.map((line) => ({ line, column }));
  const inRun = bands.slice(cut.from, cut.to + 1).flatMap((band) => band.lines);
  const before = bands.slice(0, cut.from).flatMap((band) => band.lines);
  const after = bands.slice(cut.to + 1).flatMap((band) => band.lines);
  const halves = inRun.map((line) => splitAt(line, cut.x));
  const left = halves.flatMap(([l]) => (l ? [l] : []));
  const right = halves.flatMap(([, r]) => (r ? [r] : []));
  return [
    ...orderRegion(before, pageWidth, column, ids),
    ...orderRegion(left, pageWidth, ids.next++, ids),
    ...orderRegion(right, pageWidth, ids.next++, ids),
    ...orderRegion(after, pageWidth, column, ids),
  ];
}

/** Top-down lines → bands of lines that share height. */
function toBands(topDown: readonly Line[]): Band[] {
  const bands: { lines: Line[]; top: number; bottom: number }[] = [];
  for (const line of topDown) {
    const band = bands.at(-1);
    const [, bottom, , top] = line.box;
    const overlap = band ? Math.min(band.top, top) - Math.max(band.bottom, bottom) : 0;
    if (band && overlap > BAND_OVERLAP * Math.min(band.top - band.bottom, top - bottom)) {
      band.lines.push(line);
      band.bottom = Math.min(band.bottom, bottom);
    } else {
      bands.push({ lines: [line], top, bottom });
    }
  }
  return bands;
}

/** The best vertical cut of the bands: through whitespace in every band of its run, with enough
 *  text on both sides, side by side. None when the region reads as one column. */
function bestCut(bands: readonly Band[], pageWidth: number): Cut | undefined {
  const all = bands.flatMap((band) => band.lines);
  if (all.length < MIN_COLUMN_LINES) return undefined;
  const x0 = Math.min(...all.map((line) => line.box[0]));
  const x1 = Math.max(...all.map((line) => line.box[2]));
  let best: Cut | undefined;
  const lineCount = [0];
  for (const band of bands) lineCount.push((lineCount.at(-1) as number) + band.lines.length);
  const covered = bands.map(coveredBy);
  const stretches = covered.reduce((n, c) => n + c.length, 0);
  const scored = new Set<number>();
  const visit = (x: number, from: number, to: number, starts: number): void => {
    // the sides change only where x passes the start of some text: score each split once
    const key = (from * bands.length + to) * (stretches + 1) + starts;
    if (scored.has(key)) return;
    scored.add(key);
    // too few lines in the run for a column on each side
    if ((lineCount[to + 1] as number) - (lineCount[from] as number) < MIN_COLUMN_LINES) return;
    const cut = scoreCut(bands, x, from, to);
    if (cut && (!best || cut.score > best.score)) best = cut;
  };
  forEachOpenRun(covered, Math.max(x0, 0) + GUTTER_STEP_PT, Math.min(x1, pageWidth), GUTTER_STEP_PT, visit, {
    changesOnly: true,
  });
  return best;
}

const spanBoxes = new WeakMap<Span, Box>();
const spanBox = (span: Span): Box => {
  let box = spanBoxes.get(span);
  if (!box) {
    box = unionBoxes(span.prov.map((p) => p.box));
    spanBoxes.set(span, box);
  }
  return box;
};

/** The stretches of x a band's text covers: each line's extent less its gutter-wide inner gaps. */
function coveredBy(band: Band): [number, number][] {
  const covered: [number, number][] = [];
  for (const line of band.lines) {
    let start = line.box[0];
    const minGap = INNER_GUTTER_EM * line.font.size;
    for (let i = 1; i < line.spans.length; i++) {
      const end = spanBox(line.spans[i - 1] as Span)[2];
      const next = spanBox(line.spans[i] as Span)[0];
      if (next - end >= minGap) {
        covered.push([start, end]);
        start = next;
      }
    }
    covered.push([start, line.box[2]]);
  }
  return covered;
}

/** The parts of a line left and right of x (one of them absent when the line is on one side). */
function splitAt(line: Line, x: number): [Line | undefined, Line | undefined] {
  if (line.box[2] <= x) return [line, undefined];
  if (line.box[0] >= x) return [undefined, line];
  const part = (spans: readonly Span[]): Line | undefined => {
    if (spans.length === 0) return undefined;
    const last = spans.at(-1) as Span;
    const trimmed = [...spans.slice(0, -1), { ...last, text: last.text.trimEnd() }];
    return { ...line, box: unionBoxes(spans.map(spanBox)), spans: trimmed };
  };
  return [part(line.spans.filter((s) => spanBox(s)[2] <= x)), part(line.spans.filter((s) => spanBox(s)[2] > x))];
}

function scoreCut(bands: readonly Band[], x: number, runFrom: number, to: number): Cut | undefined {
  // the columns start where both sides have text: lines above that (a title, a header's second
  // line) are read across the page before them
  const firstOn = (onSide: (line: Line) => boolean): number => {
    for (let b = runFrom; b <= to; b++) if ((bands[b] as Band).lines.some(onSide)) return b;
    return to + 1;
  };
  const from = Math.max(
    firstOn((line) => line.box[0] < x),
    firstOn((line) => line.box[2] > x),
  );
  const halves = bands.slice(from, to + 1).flatMap((band) => band.lines.map((line) => splitAt(line, x)));
  const left = halves.flatMap(([l]) => (l ? [l] : []));
  const right = halves.flatMap(([, r]) => (r ? [r] : []));
  if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES) return undefined;
  if (!isWideEnough(left) || !isWideEnough(right) || !sideBySide(left, right)) return undefined;
  if (!isProse(left) && !isProse(right)) return undefined;
  return { x, from, to, score: Math.min(left.length, right.length) };
}

/** The side's text spans enough ems to be a column. */
function isWideEnough(side: readonly Line[]): boolean {
  const width = Math.max(...side.map((line) => line.box[2])) - Math.min(...side.map((line) => line.box[0]));
  return width >= MIN_COLUMN_WIDTH_EM * median(side.map((line) => line.font.size));
}

/** The side is made mostly of lines of prose, not of cells or labels. */
const isProse = (side: readonly Line[]): boolean =>
  median(side.map((line) => line.box[2] - line.box[0])) >= MIN_PROSE_LINE_EM * median(side.map((line) => line.font.size));

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** True when the two sides overlap vertically: columns, not a left-aligned block above a right-aligned one. */
function sideBySide(left: readonly Line[], right: readonly Line[]): boolean {
  const span = (side: readonly Line[]) => [Math.min(...side.map((l) => l.box[1])), Math.max(...side.map((l) => l.box[3]))];
  const [l0 = 0, l1 = 0] = span(left);
  const [r0 = 0, r1 = 0] = span(right);
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  return overlap > 0.5 * Math.min(l1 - l0, r1 - r0);
}
