import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { mapBlocks } from './text.js';

/** A heading repeated where its section runs on to a new page or column: "Pharmacology (cont.)",
 *  "Results (continued)", "Methods, continued", "(Fortsetzung)", "(suite)". */
const CONTINUED =
  /^(?<heading>.{2,80}?)\s*(?:\((?:cont(?:'d|inued|\.)?|contd\.?|fortsetzung|forts\.|suite)\)|[,–—-]\s*(?:continued|cont(?:'d|\.)))$/iu;
/** A continuation head is a heading: a few words. */
const MAX_HEAD_WORDS = 10;

/**
 * Marks repeated section heads of a continued section as 'continued-heading': the section began
 * earlier under the same heading, so the copy would only split the section's text in two.
 */
export function markContinuedHeadings(doc: PageLayout, ctx: Context): PageLayout {
  return mapBlocks(doc, (block) => {
    if (block.role !== 'body' || block.lines.length > 2) return block;
    const text = blockText(block).trim();
    if (text.split(/\s+/).length > MAX_HEAD_WORDS || !CONTINUED.test(text)) return block;
    ctx.note('clean/continued-heading', `continued heading "${text}"`);
    return { ...block, role: 'continued-heading' };
  });
}
