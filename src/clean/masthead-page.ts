import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';

/**
 * A series' or a journal's masthead page: a page, first or last, given over to who runs the
 * publication ("Editors:", "Editorial Board:", "Advisory Board:", "Managing Editor:",
 * "Sponsors:", "Office:"), each label followed by names and institutions. It says nothing about
 * the article: its blocks are marked 'colophon'.
 */

/** A masthead's role label, alone on its block (German and French too). */
const ROLE_LABEL =
  /^(?:(?:senior|managing|executive|associate|contributing|founding|guest|deputy)\s+)?(?:editors?|editor[- ]in[- ]chief|(?:editorial|advisory|review|scientific|executive)\s+(?:board|committee)|sponsors?|office|staff|publishers?|herausgeber(?:innen)?|redaktion|beirat|rédaction|comité (?:de rédaction|scientifique)|directeurs? de (?:la )?publication)\s*:?$/i;

/** Role labels a page needs to be a masthead: one label is a credit line, not a masthead. */
const MIN_LABELS = 3;

/** Share of the page's body blocks that are labels or the name lists after them. */
const MIN_SHARE = 0.6;

const isLabel = (block: Block): boolean => ROLE_LABEL.test(blockText(block).trim());

/** Marks the first or last page as 'colophon' when it is a masthead page. */
export function markMastheadPage(doc: PageLayout, ctx: Context): PageLayout {
  if (doc.pages.length < 2) return doc;
  const candidates = new Set([doc.pages[0]?.page, doc.pages.at(-1)?.page]);
  const pages = doc.pages.map((page) => {
    if (!candidates.has(page.page)) return page;
    const body = page.blocks.filter((b) => b.role === 'body');
    const labels = body.filter(isLabel).length;
    if (labels < MIN_LABELS) return page;
    // from the first label on, the page is the masthead; what stands before it (a running head
    // the other passes missed, a series line) goes with it only when it is short
    const first = body.findIndex(isLabel);
    const taken = body.slice(first);
    if (taken.length < body.length * MIN_SHARE) return page;
    const before = body.slice(0, first).filter((b) => blockText(b).split(/\s+/).length <= 12);
    const marked = new Set([...taken, ...before]);
    ctx.note('clean/masthead-page', `masthead page ${page.page} (${labels} role labels) left out of the body`);
    return { ...page, blocks: page.blocks.map((b): Block => (marked.has(b) ? { ...b, role: 'colophon' } : b)) };
  });
  return { ...doc, pages };
}
