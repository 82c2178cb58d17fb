import type { Block, FontInfo } from '../model/document.js';
import { sameFont } from './blocks.js';
import { blockText } from '../model/text.js';

/** Headings are short: at most this many words and lines. */
const MAX_HEADING_WORDS = 15;
const MAX_HEADING_LINES = 2;
export const BIO_LABEL = /^about\s+the\s+authors?\s*:?\s*/i;

/** True when a block reads as a subheading: short, in a face other than the body's, no closing punctuation. */
export function isHeading(block: Block, body: FontInfo | undefined): boolean {
  const font = block.lines[0]?.font;
  if (!font || !body || block.lines.length > MAX_HEADING_LINES) return false;
  if (sameFont(font, body) && !font.bold) return false;
  if (font.size < body.size - 0.5) return false;
  const text = blockText(block).trim();
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  return !/[.,;]$/.test(text) && /\p{L}/u.test(text);
}

/** True when a block is the "About the author" label alone. */
export const isBioLabel = (block: Block): boolean =>
  BIO_LABEL.test(blockText(block).trim()) && blockText(block).replace(BIO_LABEL, '').trim() === '';
