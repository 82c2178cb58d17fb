import type { Box } from '../model/geometry.js';
import type { OpcleanJson } from '../output/to-json.js';
import { esc, num } from './html.js';
import { groupOf } from './roles.js';

/** One page to draw: its size in points, its picture if there is one, and its blocks. */
export interface PageToDraw {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** The picture's URL relative to the document page. */
  readonly image?: string;
}

/** A block outlined on a page, with the DOM id of what it became in the article pane. */
interface Outlined {
  readonly rectId: string;
  readonly role: string;
  readonly box: Box;
  ref?: string;
  label?: string;
}

/** Every page's outlined blocks and, for each element of the article pane, its blocks' DOM ids. */
export interface LinkedBlocks {
  readonly pages: readonly (PageToDraw & { readonly blocks: readonly Outlined[] })[];
  /** Article element id (p3, h1, bio, note-2, removed-7) → the ids of its outlined blocks. */
  readonly blocksOf: ReadonlyMap<string, readonly string[]>;
}

type Boxed = { readonly boxes?: readonly { readonly page: number; readonly box: Box }[] };

const keyOf = (page: number, box: Box): string => `${page}|${box.join(',')}`;

/**
 * Outlines every block of `pages[]` and links it to what it became: a paragraph, the bio, a note
 * or a removed line, matched by page and box (both printed from the same block, rounded alike).
 * A box no block of `pages[]` has (a note split out of a block; a JSON from before 1.6.0 has
 * no `pages[]`) is outlined on its own.
 */
export function linkBlocks(json: Partial<OpcleanJson>, pages: readonly PageToDraw[]): LinkedBlocks {
  const byPage = new Map<number, Outlined[]>(pages.map((p) => [p.page, []]));
  const byKey = new Map<string, Outlined>();
  const blocksOf = new Map<string, string[]>();
  for (const page of json.pages ?? []) {
    const list = byPage.get(page.page);
    if (!list) continue;
    for (const block of page.blocks) {
      const outlined: Outlined = { rectId: `b-${page.page}-${list.length}`, role: block.role, box: block.box };
      list.push(outlined);
      byKey.set(keyOf(page.page, block.box), outlined);
    }
  }
  const link = (ref: string, role: string, label: string, item: Boxed): void => {
    for (const { page, box } of item.boxes ?? []) {
      const list = byPage.get(page);
      if (!list) continue;
      let outlined = byKey.get(keyOf(page, box));
      if (!outlined || (outlined.ref !== undefined && outlined.ref !== ref)) {
        outlined = { rectId: `b-${page}-${list.length}`, role, box };
        list.push(outlined);
      }
      outlined.ref ??= ref;
      outlined.label ??= label;
      const ids = blocksOf.get(ref) ?? [];
      if (!ids.includes(outlined.rectId)) ids.push(outlined.rectId);
      blocksOf.set(ref, ids);
    }
  };
  // the title's blocks point at the title in the metadata
  for (const page of json.pages ?? []) {
    const boxes = page.blocks.filter((b) => b.role === 'title').map((b) => ({ page: page.page, box: b.box }));
    if (boxes.length > 0) link('meta-title', 'title', 'title', { boxes });
  }
  for (const p of json.paragraphs ?? []) link(p.id, p.kind, `${p.kind} ${p.id}`, p);
  if (json.bio) link('bio', 'bio', 'bio', json.bio);
  (json.notes ?? []).forEach((n, i) => {
    link(`note-${i}`, 'note', `note ${n.id}`, n);
  });
  (json.removed ?? []).forEach((r, i) => {
    link(`removed-${i}`, r.kind, `removed: ${r.kind}`, r);
  });
  return { pages: pages.map((p) => ({ ...p, blocks: byPage.get(p.page) ?? [] })), blocksOf };
}

/** The pages pane: each page's picture (or a blank sheet of its size) under an SVG of its
 *  blocks' outlines, in PDF points with y turned downwards. One tab stop per page: the arrow
 *  keys move between its blocks (review.js). */
export function pagesHtml(linked: LinkedBlocks): string {
  return linked.pages
    .map((page) => {
      const { width: w, height: h } = page;
      const rects = page.blocks
        .map((b, i) => {
          const [x0, y0, x1, y1] = b.box;
          const group = groupOf(b.role);
          const label = `${b.label ?? b.role}, page ${page.page}`;
          return (
            `<rect id="${b.rectId}" class="blk g-${group.key}${group.isRemoved ? ' removed' : ''}" x="${num(x0)}" y="${num(h - y1)}"` +
            ` width="${num(Math.max(x1 - x0, 0.5))}" height="${num(Math.max(y1 - y0, 0.5))}" tabindex="${i === 0 ? 0 : -1}"` +
            ` role="button" aria-label="${esc(label)}" data-role="${esc(b.role)}"${b.ref ? ` data-ref="${esc(b.ref)}"` : ''}>` +
            `<title>${esc(label)}</title></rect>`
          );
        })
        .join('');
      const picture = page.image
        ? `<img src="${esc(page.image)}" alt="" width="${Math.round(w)}" height="${Math.round(h)}" loading="lazy" decoding="async">`
        : '<div class="blank" aria-hidden="true"></div>';
      return (
        `<figure class="page" id="page-${page.page}" aria-labelledby="page-${page.page}-cap">` +
        `<figcaption id="page-${page.page}-cap">Page ${page.page}${page.image ? '' : ' (no picture: outlines only)'}</figcaption>` +
        `<div class="sheet" style="aspect-ratio:${num(w)}/${num(h)}">${picture}` +
        `<svg viewBox="0 0 ${num(w)} ${num(h)}" preserveAspectRatio="none" role="group" aria-label="Blocks of page ${page.page}">${rects}</svg>` +
        '</div></figure>'
      );
    })
    .join('\n');
}
