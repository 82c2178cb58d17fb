import type { Block } from '../model/document.js';
import { blockText } from '../model/text.js';

/** The label that opens an author's bio at the end of an article. */
export const BIO_LABEL = /^about\s+the\s+authors?\s*:?\s*/i;

/** True when a block is the "About the author" label alone. */
export const isBioLabel = (block: Block): boolean =>
  BIO_LABEL.test(blockText(block).trim()) && blockText(block).replace(BIO_LABEL, '').trim() === '';
