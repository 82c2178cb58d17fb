import { labelledByline, splitNames } from '../model/bylines.js';
import type { Block } from '../model/document.js';
import { blockText } from '../model/text.js';
import { squash } from './metadata/front.js';

/**
 * Front lines outside the metadata fields. Author lines set again inside the document: a title
 * page repeated after a cover ("Jane Doe" / "and John Roe" under the title again), a "by Jane
 * Doe" line above the text. Once the authors are known, a short block naming only them is a
 * byline, not a paragraph.
 */

/** Longest block read as an author line, in words. */
const MAX_WORDS = 16;
/** The conjunction opening the second line of a wrapped list of names ("and John Roe"). */
const CONTINUED_LIST = /^(?:and|und|et|&)\s+/i;

/** True when the text names only the given authors (at least one): "Jane Doe", "by Jane Doe",
 *  "Jane Doe and John Roe", or the second line of a wrapped list, "and John Roe". */
export function isAuthorLine(text: string, authors: readonly string[]): boolean {
  if (authors.length === 0) return false;
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return false;
  const labelled = labelledByline(t);
  if (labelled && labelled.rest !== '') return false; // a byline with a date or an outlet: metadata's to read
  const known = new Set(authors.map(squash));
  const parts = splitNames((labelled?.names ?? t).replace(CONTINUED_LIST, '')).map(squash);
  return parts.length > 0 && parts.every((p) => known.has(p));
}

/** The body blocks that are author lines. */
export const findAuthorLines = (blocks: readonly Block[], authors: readonly string[]): Block[] =>
  blocks.filter((b) => b.role === 'body' && isAuthorLine(blockText(b), authors));

/** Most words of a line above the title taken for a kicker or an issuer's line. */
const MAX_KICKER_WORDS = 6;

/**
 * The short lines standing before the title on its page, in reading order: a kicker
 * ("OPINION", "Proposed Rules"), the issuing body ("DEPARTMENT OF TRANSPORTATION"), a record
 * number. They label the article; the body starts after the title.
 */
export function linesAboveTitle(blocks: readonly Block[], title: Block | undefined): Block[] {
  if (!title) return [];
  const at = blocks.indexOf(title);
  return blocks
    .slice(0, Math.max(0, at))
    .filter((b) => b.page === title.page && b.role === 'body' && blockText(b).trim().split(/\s+/).length <= MAX_KICKER_WORDS);
}

/** Body blocks that set the title again (a title page after a cover, a title repeated above the text). */
export function findTitleRepeats(blocks: readonly Block[], title: string | null): Block[] {
  if (!title) return [];
  const wanted = squash(title);
  if (wanted === '') return [];
  return blocks.filter((b) => b.role === 'body' && squash(blockText(b)) === wanted);
}
