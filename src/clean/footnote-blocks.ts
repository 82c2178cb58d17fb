import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { TEXT_MARKER, isListNumber, isLoneMarker, isTypedRule, markerValues, normaliseMarker, noteStart } from '../model/note-markers.js';
import { lineText } from '../model/text.js';
import { blockSize, dominantBodySize, textOf } from './text-size.js';

/** Note text is set smaller than the body: at most this share of the body size and at least
 *  NOTE_SIZE_GAP_PT below it (9 on 10 pt, 7 on 9 pt, 6 on 10 pt and 9 on 12 pt in the PDFs
 *  seen; a 10 % step is the smallest a designer uses to set notes apart). */
const NOTE_SIZE_SHARE = 0.92;
const NOTE_SIZE_GAP_PT = 0.5;
/** Sizes closer than this are one size (pdf.js sizes carry rounding noise). */
const SAME_SIZE_PT = 0.6;
/** A block continues the note above it when its top is at most this many of its lines below
 *  the note's last line: the leading of note text, with room for a paragraph gap. */
const CONTINUATION_GAP_LINES = 2.5;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** A single line in the bottom share of the page is a footer even when no pass named it (a
 *  one-page piece): it does not hide the notes above it. Body text stops above the bottom margin,
 *  8 % of the page or more in the PDFs seen. */
const FOOTER_BAND_SHARE = 0.08;

/**
 * Marks footnote texts as 'footnote': blocks in smaller type than the body that start with a
 * note marker (¹, (1), 1, ∗, †, ‡) and either stand in the page's note area (no body-size text
 * below them in their column) or answer a symbol or raised marker set in the text above them on
 * the page (notes under a table). A plain number needs a raised marker of its number on the
 * page, or a neighbouring number opening another note of the area. A marker set apart from its
 * text, a note's later paragraphs, its continuation at the foot of the next column or page, and
 * a rule typed above the notes ("________") are marked with it. Structure turns them into the
 * article's notes; nothing is deleted.
 */
export function markFootnoteBlocks(doc: PageLayout, ctx: Context): PageLayout {
  const bodySize = dominantBodySize(doc);
  if (bodySize === undefined) return doc;
  const small = new Map<Block, boolean>(); // asked of every pair of blocks on a page: measured once
  const isSmall = (block: Block): boolean => {
    let answer = small.get(block);
    if (answer === undefined) {
      const size = blockSize(block);
      answer = size <= NOTE_SIZE_SHARE * bodySize && size <= bodySize - NOTE_SIZE_GAP_PT;
      small.set(block, answer);
    }
    return answer;
  };
  let lastNote: Block | undefined; // the last note block so far, which may run on in the next column or page
  const pages = doc.pages.map((page) => {
    const notes = new Set<Block>();
    const blocks = page.blocks;
    const isFooterLine = (block: Block): boolean => block.lines.length === 1 && block.box[3] <= FOOTER_BAND_SHARE * page.height;
    const inNoteArea = (block: Block): boolean =>
      !blocks.some(
        (other) =>
          other.role === 'body' && !isSmall(other) && !isFooterLine(other) && other.box[3] <= block.box[1] + 1 && overlapsX(other, block),
      );
    let found: { value: string; block: Block }[] | undefined; // read only when a note asks
    const refsOnPage = () => {
      found ??= pageMarkers(blocks, isSmall);
      return found;
    };
    let numbered: Set<number> | undefined; // read only when a plain number asks
    const numberedOnPage = () => {
      numbered ??= numberedLines(blocks.filter((b) => b.role === 'body' && isSmall(b) && inNoteArea(b)));
      return numbered;
    };
    let current: Block | undefined;
    const take = (...taken: Block[]): void => {
      for (const b of taken) notes.add(b);
      current = taken.at(-1);
      lastNote = current;
    };
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const following = blocks[i + 1];
      if (block.role === 'body' && isTypedRule(textOf(block)) && following && isSmall(following) && inNoteArea(following)) {
        const opens = noteStart(textOf(following)) !== undefined || isLoneMarker(textOf(following));
        if (opens) notes.add(block);
        continue;
      }
      if (block.role !== 'body' || !isSmall(block)) {
        if (block.role === 'body') current = undefined;
        continue;
      }
      const text = textOf(block);
      const next = blocks[i + 1];
      // a plain number beside small text is a note's only when the text above carries it (else a
      // table cell and its neighbour)
      const loneValue = isLoneMarker(text) ? normaliseMarker(text) : undefined;
      const plainLone = loneValue !== undefined && /^\s*\(?\d/.test(text);
      if (
        loneValue !== undefined &&
        next &&
        isSmall(next) &&
        besideMarker(block, next) &&
        inNoteArea(next) &&
        (!plainLone || refsOnPage().some((r) => r.value === loneValue))
      ) {
        take(block, next);
        i++;
        continue;
      }
      const start = isListNumber(text) ? undefined : noteStart(text);
      const plainNumber = start !== undefined && /^\s*\(?\d/.test(text);
      const inArea = start !== undefined && inNoteArea(block);
      const answers = (above: boolean) =>
        start !== undefined && refsOnPage().some((r) => r.value === start.marker && (!above || r.block.box[1] > block.box[3] - 1));
      // a plain number with no raised marker to answer (an OCR text layer sets markers in line)
      // counts when the next or the previous number opens a note of the same area too
      const inSequence = () => numberedOnPage().has(Number(start?.marker) - 1) || numberedOnPage().has(Number(start?.marker) + 1);
      if (start && ((inArea && (!plainNumber || answers(false) || inSequence())) || answers(true))) {
        take(block);
      } else if (current && sameSize(current, block) && continuesBelow(current, block)) {
        take(block);
      } else if (!current && lastNote && sameSize(lastNote, block) && runsOn(lastNote, block) && inNoteArea(block)) {
        take(block);
      } else {
        current = undefined;
      }
    }
    if (notes.size === 0) return page;
    ctx.note('clean/footnote', `${notes.size} footnote block(s) on page ${page.page}`);
    return { ...page, blocks: blocks.map((b) => (notes.has(b) ? { ...b, role: 'footnote' as const } : b)) };
  });
  return { ...doc, pages };
}

/** A plain number opening a line of prose in small type: "12 See the report of". */
const NUMBERED_LINE = /^\s*(\d{1,3})\s+\S+\s+\S+\s+\S+/u;

/** The plain numbers opening lines of prose in the blocks: a numbered note area. */
function numberedLines(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (const block of blocks) {
    for (const line of block.lines) {
      const match = NUMBERED_LINE.exec(lineText(line));
      if (match?.[1]) out.add(Number(match[1]));
    }
  }
  return out;
}

/** A character any text marker holds. */
const MARKER_CHAR = /[⁰¹²³⁴⁵⁶⁷⁸⁹*∗†‡]/u;

/** Markers set in the body-size text of a page, with the block holding each. */
function pageMarkers(blocks: readonly Block[], isSmall: (b: Block) => boolean): { value: string; block: Block }[] {
  const found: { value: string; block: Block }[] = [];
  for (const block of blocks) {
    if (block.role !== 'body' || isSmall(block)) continue;
    const text = textOf(block);
    if (!MARKER_CHAR.test(text)) continue; // most blocks hold no marker: skip the costlier scan
    for (const match of text.matchAll(TEXT_MARKER)) {
      for (const value of markerValues(match[0])) found.push({ value, block });
    }
  }
  return found;
}

const overlapsX = (a: Block, b: Block): boolean => a.box[0] < b.box[2] && b.box[0] < a.box[2];

const sameSize = (a: Block, b: Block): boolean => Math.abs(blockSize(a) - blockSize(b)) < SAME_SIZE_PT;

/** A lone marker's text: to its right, its first line level with the marker. */
const besideMarker = (marker: Block, text: Block): boolean =>
  text.box[0] >= marker.box[0] && text.box[3] >= marker.box[1] && text.box[3] <= marker.box[3] + blockSize(text);

/** The block starts just below the note, in its column. */
function continuesBelow(note: Block, block: Block): boolean {
  const size = blockSize(block);
  return (
    note.page === block.page &&
    overlapsX(note, block) &&
    block.box[3] <= note.box[1] + size &&
    note.box[1] - block.box[3] <= CONTINUATION_GAP_LINES * size
  );
}

/** A note left unfinished at the foot of a column or page goes on with this block at the foot of
 *  the next column or page. */
function runsOn(note: Block, block: Block): boolean {
  const nextColumn = block.page === note.page && block.box[0] >= note.box[2];
  if (block.page !== note.page + 1 && !nextColumn) return false;
  const first = textOf(block).trimStart();
  return /^\p{Ll}/u.test(first) || !SENTENCE_END.test(textOf(note).trimEnd());
}
