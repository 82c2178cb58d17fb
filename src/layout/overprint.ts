import type { TextItem } from '../model/document.js';

/** How far apart (points, across and along the baseline) two copies of a text may be drawn and
 *  still be one text overprinted: producers fake bold by drawing the text again at the same place
 *  or a fraction of a point off (shared/corpus/real/15-paclitaxel-factsheet-aidsinfo.pdf draws
 *  its header and footer twice, 0 pt apart). Two lines of text are never this close. */
const MAX_OFFSET_PT = 1;
/** Two copies are set in the same size, up to rounding. */
const MAX_SIZE_RATIO = 1.05;

/** The items without the copies of a text drawn again on top of itself (fake bold, overprinted
 *  headers): an item whose text, size and position repeat an earlier item's is dropped. Items are
 *  bucketed by text and rounded baseline, so a page of thousands of items is read once. */
export function dropOverprint(items: readonly TextItem[]): TextItem[] {
  const seen = new Map<string, TextItem[]>();
  const kept: TextItem[] = [];
  for (const item of items) {
    const row = Math.round(item.baseline);
    const copies = [row - 1, row, row + 1].flatMap((r) => seen.get(key(item, r)) ?? []);
    if (copies.some((other) => isCopy(item, other))) continue;
    kept.push(item);
    const own = key(item, row);
    seen.set(own, [...(seen.get(own) ?? []), item]);
  }
  return kept;
}

const key = (item: TextItem, row: number): string => `${row}\u0000${item.vertical ? 'v' : 'h'}\u0000${item.text}`;

function isCopy(a: TextItem, b: TextItem): boolean {
  const ratio = a.font.size / b.font.size;
  return (
    a.vertical === b.vertical &&
    ratio <= MAX_SIZE_RATIO &&
    1 / ratio <= MAX_SIZE_RATIO &&
    Math.abs(a.box[0] - b.box[0]) < MAX_OFFSET_PT &&
    Math.abs(a.baseline - b.baseline) < MAX_OFFSET_PT
  );
}
