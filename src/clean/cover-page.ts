import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { furnitureKey } from './text.js';

/** A cover holds a title, names and boilerplate, not the article: fewer words than this. A first
 *  page that opens the article itself holds an abstract or the first paragraphs (300 words and
 *  more in the corpora); the covers seen hold 30-120, an archive's cover sheet with its terms of use up to 250. */
const MAX_COVER_WORDS = 250;
/** The article starts again (its title set once more) on one of the pages after the cover, at
 *  most this many pages in: a table of contents may stand between. */
const RESTART_WITHIN_PAGES = 2;
/** The title set again at the start of the article is a title, not a running head in small
 *  print: at least this share of the cover title's size. */
const MIN_RESTART_SIZE_SHARE = 0.8;
/** A title set in two pieces still holds this share of the other setting's characters. */
const TITLE_SHARE = 0.6;
/** The title set again is among the first blocks of its page. */
const RESTART_FIRST_BLOCKS = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const sizeOf = (block: Block): number => Math.max(...block.lines.map((line) => line.font.size));

/**
 * Marks a cover page as 'cover': a first page with few words whose title is set again at the
 * head of a following page, where the article starts (an archive's cover sheet, a report's title
 * page with its licence or address). The blocks the article's first page repeats (the title,
 * the authors' names) stay, so the front matter is still read from page 1; the rest (licence,
 * address, series line) leaves the body.
 */
export function markCoverPage(doc: PageLayout, ctx: Context): PageLayout {
  const [cover, ...rest] = doc.pages;
  if (!cover || rest.length < 2) return doc;
  const restart = restartPage(cover, rest.slice(0, RESTART_WITHIN_PAGES));
  if (!restart) return doc;
  const repeated = restart.blocks.map((b) => furnitureKey(blockText(b)));
  const isRepeated = (block: Block) => {
    const key = furnitureKey(blockText(block));
    return /\p{L}{2}/u.test(key) && repeated.some((other) => other.includes(key) || isSameTitle(other, key));
  };
  const blocks = cover.blocks.map((block): Block => (block.role === 'body' && !isRepeated(block) ? { ...block, role: 'cover' } : block));
  ctx.note('clean/cover', `page 1 is a cover: the article starts again on page ${restart.page}`);
  return { ...doc, pages: [{ ...cover, blocks }, ...rest] };
}

/** Two settings of one title: equal, or one holding the other when it is most of it (a title
 *  broken into two blocks by a change of type, a subtitle joined to it). */
function isSameTitle(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= TITLE_SHARE * long.length;
}

/** The page where the article starts again: it sets the cover's title among its first blocks. */
function restartPage(cover: LaidOutPage, next: readonly LaidOutPage[]): LaidOutPage | undefined {
  const body = cover.blocks.filter((b) => b.role === 'body');
  if (body.length === 0 || wordCount(body.map(blockText).join(' ')) > MAX_COVER_WORDS) return undefined;
  const title = body.reduce((best, block) => (sizeOf(block) > sizeOf(best) ? block : best));
  const key = furnitureKey(blockText(title));
  if (!/\p{L}{2}/u.test(key)) return undefined;
  return next.find((page) =>
    page.blocks
      .slice(0, RESTART_FIRST_BLOCKS)
      .some((b) => isSameTitle(furnitureKey(blockText(b)), key) && sizeOf(b) >= MIN_RESTART_SIZE_SHARE * sizeOf(title)),
  );
}
