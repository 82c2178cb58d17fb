import { describe, expect, test } from 'vitest';
import { joinReferenceLabels } from '../../src/structure/reference-labels.js';
import type { ParagraphPiece } from '../../src/structure/paragraphs.js';
import { block } from '../helpers/layout.js';

const piece = (text: string, x: number, y: number): ParagraphPiece => ({ kind: 'paragraph', blocks: [block(text, { x, y })] });

describe('joinReferenceLabels', () => {
  test('a lone label joins the entry on its baseline', () => {
    const out = joinReferenceLabels([piece('[Cop05]', 72, 500), piece('D. Cope, Computer models of musical creativity.', 120, 500)]);
    expect(out).toHaveLength(1);
    expect(out[0]?.blocks).toHaveLength(2);
  });

  test('a label above its entry, or text that is no label, stays apart', () => {
    expect(joinReferenceLabels([piece('[12]', 72, 520), piece('A. Author, A title.', 120, 500)])).toHaveLength(2);
    expect(joinReferenceLabels([piece('Results', 72, 500), piece('A. Author, A title.', 120, 500)])).toHaveLength(2);
  });
});
