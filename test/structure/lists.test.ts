import { describe, expect, test } from 'vitest';
import type { Block, ListMark } from '../../src/model/document.js';
import { documentWords } from '../../src/structure/hyphenation.js';
import { assignListLevels, measureColumnLefts, pieceKind, withoutMarker } from '../../src/structure/lists.js';
import { type ParagraphPiece, joinAcrossBreaks, toArticleBlock } from '../../src/structure/paragraphs.js';
import { block } from '../helpers/layout.js';

/** A list item block: its marker at `x`, the text after it. */
function itemBlock(marker: string, text: string | string[], { x = 90, y = 700, page = 1, ordered = false, bold = false } = {}): Block {
  const lines = typeof text === 'string' ? [`${marker} ${text}`] : [`${marker} ${text[0]}`, ...text.slice(1)];
  const list: ListMark = { marker, ordered, x, textX: x + 18 };
  return { ...block(lines, { x, y, page, bold }), list };
}

describe('pieceKind', () => {
  test.each<[string, Block, boolean, ParagraphPiece['kind']]>([
    ['a bulleted line', itemBlock('•', 'Costs rose ten percent.'), false, 'list-item'],
    ['a bullet in a bold face, taken for a heading', itemBlock('•', 'Accessibility', { bold: true }), true, 'list-item'],
    ['a numbered heading', itemBlock('2.', 'Methods', { ordered: true, bold: true }), true, 'heading'],
    ['a numbered line that is no heading', itemBlock('2.', 'Costs rose.', { ordered: true }), false, 'list-item'],
    [
      'a marker with nothing after it',
      { ...block('•', { y: 700 }), list: { marker: '•', ordered: false, x: 72, textX: 80 } },
      false,
      'paragraph',
    ],
    ['a paragraph', block('Costs rose ten percent.', { y: 700 }), false, 'paragraph'],
    ['a heading', block('Methods', { y: 700, bold: true }), true, 'heading'],
  ])('%s → %s', (_, b, heading, kind) => {
    expect(pieceKind(b, heading)).toBe(kind);
  });
});

describe('assignListLevels', () => {
  test('markers further right of the column edge nest deeper; a paragraph ends the run', () => {
    const body = block('The quarter in brief:', { x: 54, y: 720 });
    const pieces: ParagraphPiece[] = [
      { kind: 'paragraph', blocks: [body] },
      { kind: 'list-item', blocks: [itemBlock('•', 'Sales grew.', { x: 72, y: 700 })] },
      { kind: 'list-item', blocks: [itemBlock('o', 'Digital sales grew.', { x: 108, y: 686 })] },
      { kind: 'list-item', blocks: [itemBlock('•', 'Costs fell.', { x: 72, y: 672 })] },
    ];
    const lefts = measureColumnLefts(pieces.flatMap((p) => p.blocks));
    expect(assignListLevels(pieces, lefts).map((p) => p.list?.level)).toEqual([undefined, 0, 1, 0]);
  });

  test('a list running on into the next page keeps its depths', () => {
    const pieces: ParagraphPiece[] = [
      { kind: 'list-item', blocks: [itemBlock('•', 'Sales grew.', { x: 72, page: 1 })] },
      { kind: 'list-item', blocks: [itemBlock('o', 'Digital sales grew.', { x: 108, page: 2 })] },
    ];
    const lefts = new Map([
      ['1:0', 54],
      ['2:0', 54],
    ]);
    expect(assignListLevels(pieces, lefts).map((p) => p.list?.level)).toEqual([0, 1]);
  });
});

describe('list items as article blocks', () => {
  test('the marker leaves the text, and the space after it', () => {
    const b = itemBlock('(a)', ['Comments due', 'by September.'], { ordered: true });
    expect(withoutMarker(b.lines, '(a)').map((l) => l.spans.map((s) => s.text).join(''))).toEqual(['Comments due', 'by September.']);
  });

  test('lines that do not open with the marker keep their text', () => {
    const b = block(['Comments due', 'by September.'], { y: 700 });
    expect(withoutMarker(b.lines, '(a)')).toEqual(b.lines);
  });

  test('an item continued on the next page comes out whole, with its marker and pages', () => {
    const first = itemBlock('•', ['Headcount was 71,469, a decrease of 14%. Approximately half of'], { y: 60, page: 1 });
    const rest = block('the employees impacted are included.', { x: 108, y: 760, page: 2 });
    const pieces = joinAcrossBreaks(
      [
        { kind: 'list-item', blocks: [first] },
        { kind: 'paragraph', blocks: [rest] },
      ],
      new Map(),
    );
    expect(pieces).toHaveLength(1);
    const levelled = assignListLevels(pieces, new Map([['1:0', 72]]));
    const article = toArticleBlock(levelled[0] as ParagraphPiece, 'p1', documentWords([]));
    expect(article).toMatchObject({
      kind: 'list-item',
      text: 'Headcount was 71,469, a decrease of 14%. Approximately half of the employees impacted are included.',
      pages: [1, 2],
      list: { level: 0, ordered: false, marker: '•' },
    });
  });

  test('a dash closed up to its word at a line end runs on without a space', () => {
    const b = block(['from clunky typewriters to AI-powered platforms—', 'reflects our progress.'], { y: 700 });
    expect(toArticleBlock({ kind: 'paragraph', blocks: [b] }, 'p1', documentWords([])).text).toBe(
      'from clunky typewriters to AI-powered platforms—reflects our progress.',
    );
  });
});
