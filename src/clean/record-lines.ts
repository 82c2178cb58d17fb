import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';

/**
 * The labelled record lines of a front page: the series' ISSN, a permanent or stable URL, a DOI
 * line, the copyright or licence, the suggested citation ("Reference:", "Cite as:", "To cite
 * this article:"). They describe the document rather than say anything in it; the metadata
 * finders read them first (they see every role), and the body does without them: 'record'.
 */

/** A record line's label at the start of its block. */
const RECORD_LABEL =
  /^(?:e-?ISSN|ISSN|ISBN|(?:permanent|stable|persistent)\s+(?:url|link|address)|DOI|copyright|licen[cs]e|reference|suggested citation|recommended citation|cite as|to cite this (?:article|paper|document)|how to cite(?: this (?:article|paper))?|zitiervorschlag|zitierweise|pour citer cet article)\b\s*:?/i;

/** An ISSN anywhere on a line: "Working Papers on Information Systems | ISSN 1535-6078". */
const ISSN = /\bISSN:?\s*\d{4}[-–]\d{3}[\dXx]\b/;

/** Longest block taken for a record line, in words: a citation runs to a few lines, not a paragraph of text. */
const MAX_WORDS = 60;

/** Longest line read as a series' ISSN line, in words. */
const MAX_SERIES_WORDS = 12;

/** A series' or a journal's line with its ISSN, on any page. */
const isSeriesLine = (text: string): boolean => ISSN.test(text) && text.trim().split(/\s+/).length <= MAX_SERIES_WORDS;

/** True when a block is a front page's labelled record line. */
export function isRecordLine(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return false;
  if (isSeriesLine(t)) return true;
  const m = RECORD_LABEL.exec(t);
  // the label must be a label: followed by a colon, a number or an address, not a sentence ("Copyright law says …")
  return m !== null && (/:\s*$/.test(m[0]) || /^[:\s]*(?:\d|https?:|www\.|©|\(c\)|10\.\d)/i.test(t.slice(m[0].length)));
}

/** Marks record lines on the first page, and the ISSN line of a series on any page. */
export function markRecordLines(doc: PageLayout, ctx: Context): PageLayout {
  let count = 0;
  const pages = doc.pages.map((page) => ({
    ...page,
    blocks: page.blocks.map((block): Block => {
      if (block.role !== 'body') return block;
      const text = blockText(block);
      const take = page.page === doc.pages[0]?.page ? isRecordLine(text) : isSeriesLine(text);
      if (!take) return block;
      count++;
      return { ...block, role: 'record' };
    }),
  }));
  if (count > 0) ctx.note('clean/record-lines', `${count} record line(s) (ISSN, permanent URL, copyright, citation) left out of the body`);
  return count > 0 ? { ...doc, pages } : doc;
}
