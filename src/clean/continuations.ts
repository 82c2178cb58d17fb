import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { mapBlocks } from './text.js';

/** A heading repeated where its section runs on to a new page or column: "Pharmacology (cont.)",
 *  "Results (continued)", "Methods, continued", "(Fortsetzung)", "(suite)". */
const CONTINUED =
  /^(?<heading>.{2,80}?)\s*(?:\((?:cont(?:'d|inued|\.)?|contd\.?|fortsetzung|forts\.|suite)\)|[,–—-]\s*(?:continued|cont(?:'d|\.)))$/iu;
/** A jump line sends the reader to where the text goes on or comes from: "Continued on page 5",
 *  "(Continued from page 1)", "Continued on next page", "Fortsetzung auf Seite 3", "Suite en page 2". */
const JUMP_LINE =
  /^\(?(?:(?:continued|cont(?:'d|\.)?)\s+(?:on|from)\s+(?:(?:the\s+)?(?:next|following|previous)\s+page|(?:page|p\.)\s*[a-z]?\d{1,3})|(?:fortsetzung|weiter)\s+(?:auf|von)\s+seite\s*\d{1,3}|suite\s+(?:en\s+)?page\s*\d{1,3})\)?\.?$/iu;
/** A continuation head is a heading: a few words. */
const MAX_HEAD_WORDS = 10;

/**
 * Marks repeated section heads of a continued section as 'continuation': the section began
 * earlier under the same heading, so the copy would only split the section's text in two.
 */
export function markContinuations(doc: PageLayout, ctx: Context): PageLayout {
  return mapBlocks(doc, (block) => {
    if (block.role !== 'body' || block.lines.length > 2) return block;
    const text = blockText(block).trim();
    if (text.split(/\s+/).length > MAX_HEAD_WORDS || !(CONTINUED.test(text) || JUMP_LINE.test(text))) return block;
    ctx.note('clean/continuation', `continuation "${text}"`);
    return { ...block, role: 'continuation' };
  });
}
