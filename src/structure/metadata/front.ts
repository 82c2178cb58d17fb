import type { Block, DocInfo, FontInfo } from '../../model/document.js';
import { blockText } from '../../model/text.js';

/** Front matter (title, byline, dateline, URL) is looked for among this many body blocks at
 *  the start of page 1: a three-column masthead (a Federal Register page) reaches about ten. */
export const FRONT_MATTER_BLOCKS = 15;

/** A dateline's opening: a city in capitals (a region after it), then a comma or dash before
 *  the date: "CINCINNATI, …", "MENLO PARK, Calif. – …", "PARIS, …". */
export const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?\s*(?:\(\p{L}+\))?\s*[,–—-]\s*/u;

/** What may stand between a dateline's date and its text: an agency in brackets or a wire
 *  service between slashes, then a dash ("– ", "-- ", "(dpa) – ", "/PRNewswire/ -- "). */
export const DATELINE_TAIL = /^\s*(?:\([^)]{1,24}\)|\/[^/]{1,24}\/)?\s*(?:--|[–—-])\s*/;

/** What every metadata finder reads: the document's blocks (all roles, reading order), the
 *  body face, the document information and the page heights. */
export interface MetadataInput {
  readonly blocks: readonly Block[];
  readonly body: FontInfo | undefined;
  readonly info: DocInfo;
  /** Height of a page in points (0 when unknown). */
  readonly pageHeight: (page: number) => number;
  /** The title's last block, once found: the front matter reaches past it. */
  readonly titleEnd?: Block;
}

/** Blocks after the title that still count as front matter (deck, byline, date, URL). */
const FRONT_AFTER_TITLE = 10;

/** The first body blocks of page 1, in reading order: the first fifteen, or up to ten past the
 *  title when navigation or a masthead pushes it further down (a web print). */
export function frontBlocks(input: MetadataInput): Block[] {
  const page1 = input.blocks.filter((b) => b.page === 1 && b.role === 'body');
  const title = input.titleEnd ? page1.indexOf(input.titleEnd) : -1;
  return page1.slice(0, Math.max(FRONT_MATTER_BLOCKS, title + 1 + FRONT_AFTER_TITLE));
}

/** Running headers and footers of every page. */
export const furnitureBlocks = (input: MetadataInput): Block[] =>
  input.blocks.filter((b) => b.role === 'running-header' || b.role === 'running-footer');

/** A block's text with its lines joined and spaces collapsed. */
export const textOf = (block: Block): string => {
  let text = blockTexts.get(block);
  if (text === undefined) {
    text = blockText(block).replace(/\s+/g, ' ').trim();
    blockTexts.set(block, text);
  }
  return text;
};
/** Each block's text as textOf gives it: the finders ask for the same blocks many times. */
const blockTexts = new WeakMap<Block, string>();

export { squash } from '../../model/names.js';

/** True when a block's top stands in the upper share of its page (masthead, title area). */
export function isNearTop(block: Block, input: MetadataInput, share: number): boolean {
  const height = input.pageHeight(block.page);
  return height > 0 && block.box[3] >= height * (1 - share);
}
