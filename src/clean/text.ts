import type { Block, LaidOutPage, PageLayout } from '../model/document.js';

/** Lower case, digits masked, whitespace folded: two pages' copies of a running line compare equal. */
export const furnitureKey = (text: string): string => {
  let key = furnitureKeys.get(text);
  if (key === undefined) {
    key = text.normalize('NFKC').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
    // the same lines are keyed page after page; a batch's worker forgets them now and then
    if (furnitureKeys.size >= MAX_KEPT_KEYS) furnitureKeys.clear();
    furnitureKeys.set(text, key);
  }
  return key;
};
const furnitureKeys = new Map<string, string>();
const MAX_KEPT_KEYS = 20_000;

/** A new layout with each block replaced by what `fn` returns. */
export function mapBlocks(doc: PageLayout, fn: (block: Block, page: LaidOutPage) => Block): PageLayout {
  return {
    ...doc,
    pages: doc.pages.map((page) => ({ ...page, blocks: page.blocks.map((block) => fn(block, page)) })),
  };
}

/** Levenshtein distance, with an early exit once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Edit distance with adjacent transpositions counted as one edit ("Bsuh" → "Bush" is 1). */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = value;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}
