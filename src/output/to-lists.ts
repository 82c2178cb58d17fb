import type { Html, List, ListItem } from 'mdast';
import type { ArticleBlock } from '../model/document.js';

/** A list being filled, and the depth of its items. */
interface Open {
  readonly list: List;
  readonly level: number;
}

/**
 * A run of consecutive list items → mdast lists: a deeper item opens a list inside the item
 * before it, a shallower one goes back out, and a change between bullets and numbers at one
 * depth starts a new list. Each item keeps its anchor and its origin in `data`.
 */
export function toLists(items: readonly ArticleBlock[]): List[] {
  const top: List[] = [];
  const stack: Open[] = [];
  for (const item of items) {
    const level = item.list?.level ?? 0;
    // Markdown numbers in digits only: letters and roman numerals stay in the item's text
    const start = item.list?.ordered ? decimalValue(item.list.marker) : undefined;
    const ordered = start !== undefined;
    while (stack.length > 0 && (stack.at(-1) as Open).level > level) stack.pop();
    let open = stack.at(-1);
    if (open && open.level === level && open.list.ordered !== ordered) {
      stack.pop();
      open = stack.at(-1);
    }
    if (!open || open.level < level) {
      const list = newList(start);
      const parent = open?.list.children.at(-1);
      if (parent) parent.children.push(list);
      else top.push(list);
      // an item deeper than the one before it by more than one step still nests one step deeper
      open = { list, level };
      stack.push(open);
    }
    open.list.children.push(listItem(item, item.list?.ordered && start === undefined ? `${item.list.marker} ` : ''));
  }
  return top;
}

function newList(start: number | undefined): List {
  return start === undefined
    ? { type: 'list', ordered: false, spread: false, children: [] }
    : { type: 'list', ordered: true, start, spread: false, children: [] };
}

/**
 * A block's anchor: an empty span with its id and pages, set before its text. A span rather than
 * a link target: pandoc keeps a span's id as a bookmark in Word documents (it drops raw anchors
 * there), and a span inside a heading does not nest one link in another in a table of contents.
 */
export const anchorOf = (block: ArticleBlock): Html => ({
  type: 'html',
  value: `<span id="${block.id}" data-pages="${block.pages.join('-')}"></span>`,
});

function listItem(item: ArticleBlock, label: string): ListItem {
  const anchor = anchorOf(item);
  return {
    type: 'listItem',
    spread: false,
    data: { opclean: { id: item.id, pages: item.pages } },
    children: [{ type: 'paragraph', children: [anchor, { type: 'text', value: `${label}${item.text}` }] }],
  };
}

/** The number of a marker in digits ("3." → 3, "(12)" → 12); undefined for letters and
 *  roman numerals. */
function decimalValue(marker: string): number | undefined {
  const digits = /^\(?(\d+)[.)]$/.exec(marker)?.[1];
  return digits === undefined ? undefined : Number(digits);
}
