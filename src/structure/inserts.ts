import type { Line } from '../model/document.js';
import { lineText } from '../model/text.js';
import { sameFont } from './blocks.js';
import { type ParagraphPiece, columnKey } from './paragraphs.js';

/** How many pieces a paragraph may be interrupted by: a sidebar, a figure's title and its many
 *  labels, a caption or two, the next page's masthead (fixtures of the real corpus show up to
 *  two dozen between a paragraph cut at a column's foot and its continuation). */
const MAX_INSERT_PIECES = 40;
/** A last line ending on a word, a comma or a dash stops in mid-sentence. */
const MID_SENTENCE_END = /[\p{L}\p{N},\-–—]$/u;
const LOWER_START = /^\p{Ll}/u;
/** Room (ems) a line must leave to be short: the continuation's first word and a space fit
 *  in it with this much to spare. */
const FIT_SLACK_EM = 1.3;

/**
 * Joins a paragraph (or list item) that stops in mid-sentence with its continuation further on,
 * past pieces set in other faces that the page put in between: a sidebar, a figure, a caption
 * ("…early work with" | caption | "children and LOGO."). The continuation is the first later
 * piece in the paragraph's own face, on the same or the next page, and only when it starts in
 * lower case and its first word would not have fitted on the paragraph's last line (a short
 * line is a label's, not a paragraph's cut by the page); the pieces in between follow the
 * joined paragraph. `rightEdges` maps `page:column` to the column's right edge, the measure of
 * a block of one line.
 */
export function joinAroundInserts(pieces: readonly ParagraphPiece[], rightEdges: ReadonlyMap<string, number>): ParagraphPiece[] {
  const taken = new Set<number>();
  const out: ParagraphPiece[] = [];
  pieces.forEach((piece, i) => {
    if (taken.has(i)) return;
    let current = piece;
    const next = () => continuationOf(pieces, i, current, taken, rightEdges);
    for (let j = next(); j !== undefined; j = next()) {
      current = { ...current, blocks: [...current.blocks, ...(pieces[j] as ParagraphPiece).blocks] };
      taken.add(j);
    }
    out.push(current);
  });
  return out;
}

/** Index of the piece that carries on `current` (the piece at `i`, grown so far), if any. */
function continuationOf(
  pieces: readonly ParagraphPiece[],
  i: number,
  current: ParagraphPiece,
  taken: ReadonlySet<number>,
  rightEdges: ReadonlyMap<string, number>,
): number | undefined {
  const lastBlock = current.blocks.at(-1);
  const last = lastBlock?.lines.at(-1);
  if (current.kind === 'heading' || !lastBlock || !last || !MID_SENTENCE_END.test(lineText(last).trimEnd())) return undefined;
  for (let j = i + 1; j < pieces.length && j <= i + MAX_INSERT_PIECES; j++) {
    if (taken.has(j)) continue;
    const candidate = pieces[j] as ParagraphPiece;
    const first = candidate.blocks[0];
    const line = first?.lines[0];
    if (!first || !line || first.page > lastBlock.page + 1) return undefined;
    const lower = LOWER_START.test(lineText(line).trimStart());
    if (!sameFont(line.font, last.font)) {
      // right after the paragraph, a piece in lower case carries on its text in another face
      // (a line mostly taken by a link); further on, one in another face is an insert
      if (lower && j === i + 1) return undefined;
      continue;
    }
    // the paragraph's own lines give its measure (text set beside a picture is narrower than
    // the column); a one-line block has only the column's
    const own = lastBlock.lines.length > 1 ? Math.max(...lastBlock.lines.map((l) => l.box[2])) : undefined;
    const edge = own ?? rightEdges.get(columnKey(lastBlock)) ?? last.box[2];
    return candidate.kind === 'paragraph' && lower && !hasRoomFor(last, line, edge) ? j : undefined;
  }
  return undefined;
}

/** True when the first word of `next` would have fitted at the end of `last`, before `edge`. */
function hasRoomFor(last: Line, next: Line, edge: number): boolean {
  const text = lineText(next).trim();
  const word = text.split(/\s+/u)[0] ?? '';
  const perChar = (next.box[2] - next.box[0]) / Math.max(1, text.length);
  return last.box[2] + FIT_SLACK_EM * last.font.size + word.length * perChar < edge;
}
