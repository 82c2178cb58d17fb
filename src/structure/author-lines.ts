import type { Block } from '../model/document.js';
import { blockText } from '../model/text.js';

/**
 * Front lines outside the metadata fields. Author lines set again inside the document: a title page repeated after a cover ("Jane Doe" /
 * "and John Roe" under the title again), a "by Jane Doe" line above the text. Once the authors
 * are known, a short block naming only them is a byline, not a paragraph.
 */

/** Longest block read as an author line, in words. */
const MAX_WORDS = 16;
const LEAD = /^(?:by|von|par|written by|reviewed by)\s+/i;
const SEPARATOR = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i;
const normal = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.’'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** True when the text names only the given authors (at least one), with "by", commas and "and". */
export function isAuthorLine(text: string, authors: readonly string[]): boolean {
  if (authors.length === 0) return false;
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return false;
  const known = new Set(authors.map(normal));
  const parts = t
    .replace(LEAD, '')
    .split(SEPARATOR)
    .map(normal)
    .filter((p) => p !== '');
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

const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Body blocks that set the title again (a title page after a cover, a title repeated above the text). */
export function findTitleRepeats(blocks: readonly Block[], title: string | null): Block[] {
  if (!title) return [];
  const wanted = squash(title);
  if (wanted === '') return [];
  return blocks.filter((b) => b.role === 'body' && squash(blockText(b)) === wanted);
}
