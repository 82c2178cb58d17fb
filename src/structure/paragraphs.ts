import type { ArticleBlock, Block, Line, ListItemInfo, Span } from '../model/document.js';
import { sameFont } from './blocks.js';
import { lineText } from '../model/text.js';
import { type DocumentWords, type LineJoin, decideJoin } from './hyphenation.js';
import { withoutMarker } from './lists.js';

/** A last line ending this close to the column's right edge (in ems) is full: the paragraph
 *  runs on past the page or column break even when that line ends a sentence. */
const FULL_LINE_SLACK_EM = 1.2;
const SENTENCE_END = /[.!?:…]["'”’)\]]*$/u;
/** A block ending more than this many lines above the lowest text of the document ends a page
 *  that stopped early: a full last line there is no run-on (fixtures/typo-page-three.pdf p.2). */
const EARLY_PAGE_END_LINES = 3;

export interface ParagraphPiece {
  readonly kind: 'paragraph' | 'heading' | 'list-item' | 'code' | 'formula';
  readonly blocks: readonly Block[];
  /** A list item's depth and marker, once its run of items is measured. */
  readonly list?: ListItemInfo;
}

/** Merges paragraph and list-item blocks split by a page or column break: the next block
 *  (a paragraph: a list item starts afresh) continues the previous one when it starts in lower
 *  case, or the previous one stops mid-sentence or on a full line. */
export function joinAcrossBreaks(pieces: readonly ParagraphPiece[], rightEdges: ReadonlyMap<string, number>): ParagraphPiece[] {
  const out: ParagraphPiece[] = [];
  const textBottom = Math.min(...pieces.flatMap((p) => p.blocks.map((b) => b.box[1])));
  for (const piece of pieces) {
    const previous = out.at(-1);
    if (
      previous &&
      previous.kind !== 'heading' &&
      piece.kind === 'paragraph' &&
      continues(previous.blocks.at(-1), piece.blocks[0], rightEdges, textBottom)
    ) {
      out[out.length - 1] = { ...previous, blocks: [...previous.blocks, ...piece.blocks] };
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Key of a page's column, for the right-edge table. */
export const columnKey = (block: Block): string => `${block.page}:${block.column}`;

function continues(a: Block | undefined, b: Block | undefined, rightEdges: ReadonlyMap<string, number>, textBottom: number): boolean {
  if (!a || !b) return false;
  const flowBreak = a.page !== b.page || a.column !== b.column || b.box[3] > a.box[1];
  if (!flowBreak) return false;
  const last = a.lines.at(-1);
  const first = b.lines[0];
  if (!last || !first || !sameFont(last.font, first.font)) return false;
  const next = lineText(first).trimStart();
  if (/^\p{Ll}/u.test(next)) return true;
  const text = lineText(last).trimEnd();
  if (!SENTENCE_END.test(text)) return true;
  const endedEarly = last.box[1] - textBottom > EARLY_PAGE_END_LINES * 1.5 * last.font.size;
  if (endedEarly) return false;
  const edge = rightEdges.get(columnKey(a));
  return edge !== undefined && last.box[2] >= edge - FULL_LINE_SLACK_EM * last.font.size;
}

/** The right edge of the text column on each page and column: the furthest line end of body text. */
export function measureRightEdges(blocks: readonly Block[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const block of blocks) {
    for (const line of block.lines) {
      const key = columnKey(block);
      edges.set(key, Math.max(edges.get(key) ?? 0, line.box[2]));
    }
  }
  return edges;
}

/** A line's spans without the hyphen it ends with, nor the space before one set apart
 *  ("cata -"); the hyphen's span stays, emptied, for its provenance. */
function withoutLineEndHyphen(spans: readonly Span[]): Span[] {
  const last = spans.at(-1);
  if (!last) return [];
  const text = last.text.trimEnd().replace(/[-\u00AD\u2010\u2011]$/u, '');
  const rest = spans.slice(0, -1);
  const previous = rest.at(-1);
  if (text.trim() !== '' || !previous) return [...rest, { ...last, text: text.trimEnd() }];
  return [...rest.slice(0, -1), { ...previous, text: previous.text.trimEnd() }, { ...last, text: '' }];
}

/** A dash set closed up to the word before it at a line end ("platforms—") runs on into the
 *  next line's first word with no space, as it does inside the lines. */
const CLOSED_DASH_END = /[\p{L}\p{N}][\u2013\u2014]$/u;

/** How a line meets the next one: a closed-up dash keeps them together, anything else is a
 *  question of hyphenation. */
const joinOf = (left: string, right: string, words: DocumentWords): LineJoin =>
  CLOSED_DASH_END.test(left) && /^[\p{L}\p{N}]/u.test(right) ? 'keep' : decideJoin(left, right, words);

/** Builds an article block from its layout blocks: lines joined with spaces, soft hyphens
 *  taken out, compounds broken at their hyphen closed up, a list item's marker left out; spans
 *  keep their provenance. */
export function toArticleBlock(piece: ParagraphPiece, id: string, words: DocumentWords): ArticleBlock {
  const all: Line[] = piece.blocks.flatMap((b) => b.lines);
  const lines = piece.list ? withoutMarker(all, piece.list.marker) : all;
  const spans: Span[] = [];
  lines.forEach((line, index) => {
    const lineSpans = line.spans.filter((s) => s.text !== '');
    const next = lines[index + 1];
    if (!next) {
      spans.push(...lineSpans);
      return;
    }
    const join = joinOf(lineText(line).trimEnd(), lineText(next).trimStart(), words);
    const last = lineSpans.at(-1);
    if (last && join === 'join') {
      spans.push(...withoutLineEndHyphen(lineSpans));
    } else if (last && join === 'keep') {
      spans.push(...lineSpans.slice(0, -1), { ...last, text: last.text.trimEnd().replace(/\u00AD$/u, '-') });
    } else {
      spans.push(...lineSpans, { text: ' ', prov: [] });
    }
  });
  const cleaned = spans.map((s) => (s.text.includes('\u00AD') ? { ...s, text: s.text.replace(/\u00AD/g, '') } : s));
  const text = cleaned.map((s) => s.text).join('');
  const pages = [...new Set(piece.blocks.map((b) => b.page))].sort((x, y) => x - y);
  return piece.list
    ? { id, kind: piece.kind, text, spans: cleaned, pages, list: piece.list }
    : { id, kind: piece.kind, text, spans: cleaned, pages };
}
