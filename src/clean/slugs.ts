import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { mapBlocks } from './text.js';

/** Lines a print shop, a government printer or an archive sets for its own use: billing codes,
 *  the filing slug closing a Federal Register document, the typesetter's job line (VerDate … Jkt
 *  … Frm …), an archive's download stamp ("Downloaded from … on 1 May 2024"). */
const SLUGS: readonly RegExp[] = [
  /^billing code[\s\d–-]+[a-z]?(?:[–-][a-z])?$/i,
  /^\[?\s*fr doc\.?\s.*\bfiled\b.*\]?$/i,
  /\bverdate\b.*\bjkt\b|\bjkt\s+\d+\s+po\s+\d+\s+frm\b|\bsfmt\s+\d+/i,
  /^(?:this content )?downloaded from\s+\S+.*\bon\s+\S+/i,
];
/** A slug is one or two lines. */
const MAX_SLUG_LINES = 2;

/** True when the text is a printer's or a billing slug. */
export const isSlug = (text: string): boolean => SLUGS.some((slug) => slug.test(text.trim()));

/** Marks printers' slugs and billing codes as 'slug', wherever they stand on the page. */
export function markSlugs(doc: PageLayout, ctx: Context): PageLayout {
  return mapBlocks(doc, (block) => {
    if (block.role !== 'body' || block.lines.length > MAX_SLUG_LINES || !isSlug(blockText(block))) return block;
    ctx.note('clean/slug', `printer's slug "${blockText(block)}"`);
    return { ...block, role: 'slug' };
  });
}
