import type { Block, Line, ListItemInfo } from '../model/document.js';
import { blockText } from '../model/text.js';
import type { ParagraphPiece } from './paragraphs.js';

/** Markers whose left edges differ by less than this share of the size stand at one depth. */
const SAME_DEPTH_EM = 0.5;

/**
 * What a body block is: a heading, a list item (it opens with a list marker and text follows),
 * or a paragraph. A numbered line set as a heading ("2. Methods") stays a heading; a bulleted
 * one is an item whatever its face.
 */
export function pieceKind(block: Block, heading: boolean): ParagraphPiece['kind'] {
  if (block.list && !(heading && block.list.ordered) && hasTextAfterMarker(block)) return 'list-item';
  return heading ? 'heading' : 'paragraph';
}

const hasTextAfterMarker = (block: Block): boolean =>
  /[\p{L}\p{N}]/u.test(
    blockText(block)
      .trimStart()
      .slice(block.list?.marker.length ?? 0),
  );

/**
 * Gives each list item its depth: within a run of consecutive items, markers further right of
 * their column's left edge are nested deeper. Measured from the column's edge, so a list running
 * on into the next column or page keeps its depths. `columnLefts` maps `page:column` to the left
 * edge of that column's body text.
 */
export function assignListLevels(pieces: readonly ParagraphPiece[], columnLefts: ReadonlyMap<string, number>): ParagraphPiece[] {
  const out: ParagraphPiece[] = [];
  let run: ParagraphPiece[] = [];
  const flush = () => {
    out.push(...levelRun(run, columnLefts));
    run = [];
  };
  for (const piece of pieces) {
    if (piece.kind === 'list-item') {
      run.push(piece);
    } else {
      flush();
      out.push(piece);
    }
  }
  flush();
  return out;
}

function levelRun(run: readonly ParagraphPiece[], columnLefts: ReadonlyMap<string, number>): ParagraphPiece[] {
  const offsets = run.map((piece) => {
    const first = piece.blocks[0];
    const left = first ? (columnLefts.get(`${first.page}:${first.column}`) ?? 0) : 0;
    return { piece, offset: (first?.list?.x ?? left) - left, size: first?.lines[0]?.font.size ?? 10 };
  });
  const depths: number[] = [];
  for (const { offset, size } of [...offsets].sort((a, b) => a.offset - b.offset)) {
    const last = depths.at(-1);
    if (last === undefined || offset - last >= SAME_DEPTH_EM * size) depths.push(offset);
  }
  return offsets.map(({ piece, offset, size }) => {
    const level = Math.max(
      0,
      depths.findIndex((d) => Math.abs(offset - d) < SAME_DEPTH_EM * size),
    );
    const mark = piece.blocks[0]?.list;
    const list: ListItemInfo = { level, ordered: mark?.ordered ?? false, marker: mark?.marker ?? '' };
    return { ...piece, list };
  });
}

/** The left edge of the body text of each page's columns (`page:column` → x). */
export function measureColumnLefts(blocks: readonly Block[]): Map<string, number> {
  const lefts = new Map<string, number>();
  for (const block of blocks) {
    const key = `${block.page}:${block.column}`;
    lefts.set(key, Math.min(lefts.get(key) ?? Number.POSITIVE_INFINITY, block.box[0]));
  }
  return lefts;
}

/** A list item's lines without the marker that opens the first one (nor the space after it);
 *  a marker set apart as a line fragment of its own goes whole. Lines that no longer open with
 *  the marker (a repair changed them) are left as they are. */
export function withoutMarker(lines: readonly Line[], marker: string): Line[] {
  const [first, ...rest] = lines;
  if (!first) return [];
  if (
    !first.spans
      .map((s) => s.text)
      .join('')
      .trimStart()
      .startsWith(marker)
  )
    return [...lines];
  let toCut = marker.length; // characters of the marker still to take off
  let inLead = true; // still before the item's first character of text
  const spans = first.spans.flatMap((span) => {
    let text = span.text;
    if (inLead && toCut > 0) {
      text = text.trimStart();
      const take = Math.min(toCut, text.length);
      toCut -= take;
      text = text.slice(take);
    }
    if (inLead && toCut === 0) {
      text = text.trimStart();
      inLead = text === '';
    }
    return text === '' ? [] : [{ ...span, text }];
  });
  return spans.length > 0 ? [{ ...first, spans }, ...rest] : rest;
}
