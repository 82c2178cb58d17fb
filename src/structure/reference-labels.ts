import type { Block } from '../model/document.js';
import { blockText } from '../model/text.js';
import type { ParagraphPiece } from './paragraphs.js';

/**
 * A reference list set with its labels in a column of their own ("[Cop05]", "[12]") hangs each
 * label beside its entry; when the entry opens in another face the label comes apart from it.
 * A piece that is only a label, followed by a piece starting on the label's baseline, is joined
 * to it: the label opens its entry again.
 */

/** A bibliography label: "[12]", "[Cop05]", "[GEB15a]", "[Smi+19]". */
const LABEL = /^\[(?:\d{1,3}|[A-Z][A-Za-z]{0,5}\+?\d{2,4}[a-z]?)\]$/;

/** Baselines this share of the type size apart stand on one line. */
const SAME_LINE_EM = 0.5;

const firstLine = (block: Block) => block.lines[0];

function onOneLine(label: Block, next: Block): boolean {
  const a = firstLine(label);
  const b = firstLine(next);
  if (!a || !b || label.page !== next.page) return false;
  return Math.abs(a.box[1] - b.box[1]) <= SAME_LINE_EM * a.font.size && b.box[0] > a.box[0];
}

/** Joins each lone reference label to the entry beside it. */
export function joinReferenceLabels(pieces: readonly ParagraphPiece[]): ParagraphPiece[] {
  const out: ParagraphPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as ParagraphPiece;
    const next = pieces[i + 1];
    const label = piece.blocks[0];
    if (
      next?.kind === 'paragraph' &&
      piece.kind === 'paragraph' &&
      piece.blocks.length === 1 &&
      label &&
      next.blocks[0] &&
      LABEL.test(blockText(label).trim()) &&
      onOneLine(label, next.blocks[0])
    ) {
      out.push({ ...next, blocks: [label, ...next.blocks] });
      i++;
      continue;
    }
    out.push(piece);
  }
  return out;
}
