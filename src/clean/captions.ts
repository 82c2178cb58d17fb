import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { blockText, lineText } from '../model/text.js';
import { bodySize } from './body-size.js';

/** A caption's label: "Figure 1.", "Fig. 2:", "Table 3 |", "Chart 4 –", "Abb. 5:", "Tableau 6." —
 *  the word, a number (Arabic or Roman, "2a", "3.1") and a separator. */
const LABELLED =
  /^(?:fig(?:ure)?s?\.?|tables?|tab\.|charts?|graphs?|exhibits?|plates?|maps?|diagrams?|boxes|box|abb(?:ildung)?\.?|tabelle|tableau|graphique|grafik|bild|karte|carte|schéma|encadré|kasten)\s*(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[IVXL]{1,5})\s*(?:[.:|–—]|-\s)/i;
/** The same label without a separator ("Table 3 Summary of …"): a caption only when set apart
 *  from the body's type. */
const LABEL_ONLY =
  /^(?:fig(?:ure)?\.?|table|chart|exhibit|abb(?:ildung)?\.?|tabelle|tableau)\s*(?:\d{1,3}(?:\.\d{1,2})?[a-z]?|[IVXL]{1,5})\s+\p{Lu}/iu;
/** A sub-figure's caption, "(a) Original image", and the source or credit line under a figure
 *  ("Source: …", "Photo: …", "Photograph by …", "(AP Photo/…)"). */
const SUB_CAPTION = /^\([a-h]\)\s+\S/;
const CREDIT =
  /^(?:[a-z0-9-]{4,}\s*)?(?:(?:cover\s+)?(?:photo|image|picture|icons?)\s+)?(?:sources?|credits?|quelle|fotos?|photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|bild(?:er)?)\s*:|^(?:photo(?:graph)?|illustration|image|picture)\s+(?:by|courtesy\s+of)\s|^\((?:[A-Z]{2,8}\s+)?photo\b/i;
/** A sub-figure's caption stands at most this many blocks before its figure's caption. */
const SUB_CAPTION_REACH = 4;
/** A caption is at most a long paragraph. */
const MAX_CAPTION_WORDS = 200;
/** Type this much smaller than the body (points) is set apart from it. */
const SMALLER_PT = 0.5;
/** A caption runs on into the next block when that starts at most this many ems below it: a
 *  line's spacing, less than the space before a paragraph. */
const RUN_ON_GAP_EM = 0.5;

/**
 * Marks figure and table captions as 'caption': a block opening with a labelled figure or table
 * number ("Figure 1.", "Fig. 2:", "Table 3 |"), or in type set apart from the body with an
 * unpunctuated label, a sub-figure label "(a)" or a "Source:" line in small type; and the blocks
 * a caption runs on into (no full stop yet, the next block directly below).
 */
export function markCaptions(doc: PageLayout, ctx: Context): PageLayout {
  const size = bodySize(doc);
  let count = 0;
  const pages = doc.pages.map((page): LaidOutPage => {
    const blocks = [...page.blocks];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      if (block.role !== 'body') continue;
      const sub = subCaptionRun(blocks, i, size);
      if (sub > i) {
        // sub-figure captions set side by side, up to the figure's own caption
        for (let j = i; j < sub; j++) if (isSmall(blocks[j] as Block, size)) blocks[j] = { ...(blocks[j] as Block), role: 'caption' };
        count++;
        i = sub - 1;
        continue;
      }
      if (!isCaption(block, size)) continue;
      blocks[i] = { ...block, role: 'caption' };
      count++;
      // a caption broken into blocks by a change of type runs on below
      for (let j = i + 1, last = block; j < blocks.length && runsOn(last, blocks[j] as Block); j++) {
        last = blocks[j] as Block;
        blocks[j] = { ...last, role: 'caption' };
        i = j;
      }
    }
    return { ...page, blocks };
  });
  if (count === 0) return doc;
  ctx.note('clean/caption', `${count} figure or table caption(s) left out of the body`);
  return { ...doc, pages };
}

/** True when a block reads as a caption in a document whose body type is `size` points. */
/** True when a block opens with a figure or table label and its separator ("Figure 1.", "Fig. 2:"). */
export const isLabelledCaption = (block: Block): boolean => LABELLED.test(blockText(block).trim());

/** True when a block is a source or credit line ("Source: …") in small type. */
export const isCredit = (block: Block, size: number): boolean => isSmall(block, size) && CREDIT.test(blockText(block).trim());

export function isCaption(block: Block, size: number): boolean {
  const text = blockText(block).trim();
  if (text.split(/\s+/).length > MAX_CAPTION_WORDS) return false;
  if (LABELLED.test(text)) return true;
  const setApart = size > 0 && Math.abs((block.lines[0]?.font.size ?? size) - size) > SMALLER_PT;
  const small = isSmall(block, size);
  return (setApart && LABEL_ONLY.test(text)) || (small && CREDIT.test(text));
}

/** A sub-figure's caption, "(a) Original image" in small type, is one only when a labelled
 *  caption follows within a few blocks: alone, "(a) Comments due date" is a lettered paragraph.
 *  Returns the index of that labelled caption (the small type before it is the sub-figures'
 *  captions, side by side), or `index` when there is none. */
function subCaptionRun(blocks: readonly Block[], index: number, size: number): number {
  const block = blocks[index] as Block;
  if (!isSmall(block, size) || !SUB_CAPTION.test(blockText(block).trim())) return index;
  for (let j = index + 1; j < Math.min(blocks.length, index + 1 + SUB_CAPTION_REACH); j++) {
    if (isLabelledCaption(blocks[j] as Block)) return j;
  }
  return index;
}

const isSmall = (block: Block, size: number): boolean => size > 0 && block.lines.every((line) => line.font.size < size - SMALLER_PT);

function runsOn(caption: Block, next: Block): boolean {
  if (next.role !== 'body') return false;
  const last = caption.lines.at(-1);
  if (!last || /[.!?]["”’)]?$/.test(lineText(last).trim())) return false;
  const gap = last.box[1] - next.box[3];
  return gap >= -last.font.size && gap <= RUN_ON_GAP_EM * last.font.size && next.lines.length <= 2;
}
