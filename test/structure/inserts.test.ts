import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { joinAroundInserts } from '../../src/structure/inserts.js';
import type { ParagraphPiece } from '../../src/structure/paragraphs.js';
import { block } from '../helpers/layout.js';

const EDGES = new Map([
  ['1:0', 523],
  ['2:0', 523],
]);
const FULL = 451; // from x = 72 to the right edge

const para = (lines: string[], y: number, { page = 1, size = 11, width = FULL } = {}): ParagraphPiece => ({
  kind: 'paragraph',
  blocks: [block(lines, { y, page, size, width })],
});
/** A paragraph whose last line stops `width` points from its start. */
function shortLast(lines: string[], y: number, width: number): ParagraphPiece {
  const [b] = para(lines, y).blocks as Block[];
  const last = b.lines.at(-1)!;
  const resized = { ...last, box: [last.box[0], last.box[1], last.box[0] + width, last.box[3]] as const };
  return { kind: 'paragraph', blocks: [{ ...b, lines: [...b.lines.slice(0, -1), resized] }] };
}

/** The texts of the pieces, blocks joined by " | ". */
const texts = (pieces: readonly ParagraphPiece[]) =>
  pieces.map((p) => p.blocks.map((b: Block) => b.lines.map((l) => l.spans.map((s) => s.text).join('')).join(' ')).join(' | '));

describe('joinAroundInserts', () => {
  test('a paragraph cut by a sidebar in a smaller face joins its continuation; the sidebar follows', () => {
    const pieces = [
      para(['The strategy provides a good foundation for establishing a', 'more comprehensive'], 100),
      para(['In March 2023, the White House issued the strategy.'], 700, { size: 9 }),
      para(['strategy. However, not all were addressed.'], 760, { page: 2 }),
    ];
    expect(texts(joinAroundInserts(pieces, EDGES))).toEqual([
      'The strategy provides a good foundation for establishing a more comprehensive | strategy. However, not all were addressed.',
      'In March 2023, the White House issued the strategy.',
    ]);
  });

  test.each<[string, ParagraphPiece[]]>([
    [
      'a paragraph that ends a sentence',
      [para(['It ends here.'], 100), para(['A caption'], 90, { size: 9 }), para(['then lower case'], 80)],
    ],
    [
      'a continuation in upper case',
      [para(['It stops after'], 100), para(['A caption'], 90, { size: 9 }), para(['The next paragraph'], 80)],
    ],
    [
      'a paragraph in its own face between',
      [para(['It stops after'], 100), para(['Another paragraph.'], 90), para(['then lower case'], 80)],
    ],
    [
      'a short last line with room for the next word',
      [shortLast(['A paragraph whose last line is', 'short and'], 100, 60), para(['A caption'], 90, { size: 9 }), para(['then more'], 80)],
    ],
    [
      'a lower-case line in another face right after it',
      [para(['It runs on to a link at'], 100), para(['https://example.org here'], 90, { size: 9 }), para(['then more'], 80)],
    ],
  ])('%s is left alone', (_, pieces) => {
    expect(joinAroundInserts(pieces, EDGES)).toHaveLength(pieces.length);
  });
});
