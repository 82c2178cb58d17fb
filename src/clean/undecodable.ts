import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { mapBlocks } from './text.js';

/** Relabels every block of the pages the read stage found undecodable (see
 *  read/text-quality.ts): their junk stays out of the body and is listed in `removed[]`. */
export function markUndecodable(doc: PageLayout, _ctx: Context): PageLayout {
  const pages = new Set(doc.undecodablePages ?? []);
  if (pages.size === 0) return doc;
  return mapBlocks(doc, (block) => (pages.has(block.page) ? { ...block, role: 'undecodable' } : block));
}
