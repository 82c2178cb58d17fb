import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { mapBlocks } from './text.js';
import { blockText } from '../model/text.js';

/** Phrases of the boilerplate that PDF exporters print on the first page ("This PDF is
 *  auto-generated for reference only…"). Two must occur, so an article quoting one phrase stays. */
const DISCLAIMER_PHRASES: readonly RegExp[] = [
  /\bauto-?generated\b/i,
  /\bfor reference only\b/i,
  /\bconversion errors?\b/i,
  /\bofficial version\b/i,
  /\bplease refer to\b/i,
  /\bmissing information\b/i,
  /\bformal use\b/i,
];
/** Longer blocks are article text that happens to use the phrases. */
const MAX_DISCLAIMER_WORDS = 80;

/** True when the text reads as an exporter's disclaimer. */
export function isDisclaimer(text: string): boolean {
  if (text.split(/\s+/).length > MAX_DISCLAIMER_WORDS) return false;
  return DISCLAIMER_PHRASES.filter((phrase) => phrase.test(text)).length >= 2;
}

/** Marks the exporter's disclaimer paragraph wherever it stands, on one-page PDFs too. */
export function markDisclaimer(doc: PageLayout, ctx: Context): PageLayout {
  return mapBlocks(doc, (block) => {
    if (block.role !== 'body' || !isDisclaimer(blockText(block))) return block;
    ctx.note('clean/disclaimer', `disclaimer "${blockText(block).slice(0, 60)}…"`);
    return { ...block, role: 'disclaimer' };
  });
}
