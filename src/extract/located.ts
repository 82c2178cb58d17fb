/** Anything pinned to a paragraph at a character offset (a figure, an entity mention). */
export interface Located {
  readonly paragraph: string;
  readonly start: number;
}

interface Entry<T> {
  readonly item: T;
  /** Position in the list the index was built from, so lookups keep that order. */
  readonly order: number;
}

/**
 * Items grouped by paragraph and sorted by start offset, so the items of one sentence are found
 * by binary search instead of a scan of the whole article's items per sentence (which made
 * extraction quadratic in the number of sentences).
 */
export class LocatedIndex<T extends Located> {
  private readonly byParagraph = new Map<string, Entry<T>[]>();

  constructor(items: Iterable<T>) {
    let order = 0;
    for (const item of items) {
      const list = this.byParagraph.get(item.paragraph);
      const entry = { item, order: order++ };
      if (list) list.push(entry);
      else this.byParagraph.set(item.paragraph, [entry]);
    }
    for (const list of this.byParagraph.values()) list.sort((a, b) => a.item.start - b.item.start || a.order - b.order);
  }

  /** The items of a paragraph, in the order they were given. */
  inParagraph(paragraph: string): T[] {
    return this.within(paragraph, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  }

  /** The items of a paragraph starting in [from, to), in the order they were given. */
  within(paragraph: string, from: number, to: number): T[] {
    const list = this.byParagraph.get(paragraph);
    if (!list) return [];
    const out: Entry<T>[] = [];
    for (let i = firstAtOrAfter(list, from); i < list.length && (list[i] as Entry<T>).item.start < to; i++) out.push(list[i] as Entry<T>);
    return out.sort((a, b) => a.order - b.order).map((e) => e.item);
  }
}

/** Index of the first entry whose start is at or after `offset` (entries sorted by start). */
function firstAtOrAfter<T extends Located>(list: readonly Entry<T>[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Entry<T>).item.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
