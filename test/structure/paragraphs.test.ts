import { describe, expect, test } from 'vitest';
import type { Block, Line } from '../../src/model/document.js';
import { documentWords } from '../../src/structure/hyphenation.js';
import { joinAcrossBreaks, measureRightEdges, toArticleBlock } from '../../src/structure/paragraphs.js';
import { block } from '../helpers/layout.js';

const RIGHT_EDGE = 523;
const FULL = 451; // a line running to the right edge, from x = 72
const SHORT = 200;

/** A body paragraph whose last line is `lastWidth` wide, its last line's bottom at `bottom`. */
function para(page: number, lines: readonly string[], bottom: number, lastWidth = FULL): Block {
  const top = bottom + (lines.length - 1) * 14;
  const b = block(lines, { page, y: top, leading: 14, width: FULL });
  const last = b.lines.at(-1)!;
  const resized = { ...last, box: [last.box[0], last.box[1], last.box[0] + lastWidth, last.box[3]] as const };
  return { ...b, lines: [...b.lines.slice(0, -1), resized] };
}

/** A full-width line on each page so the right edge is known. */
const ruler = (page: number) => para(page, ['a full line that sets the right edge of the text column here'], 400);

function join(a: Block, b: Block): number {
  const edges = measureRightEdges([a, b, ruler(a.page), ruler(b.page)]);
  return joinAcrossBreaks(
    [
      { kind: 'paragraph', blocks: [a] },
      { kind: 'paragraph', blocks: [b] },
    ],
    edges,
  ).length;
}

describe('joinAcrossBreaks', () => {
  test('the right edge is the furthest line end per page and column', () => {
    expect(measureRightEdges([ruler(1)]).get('1:0')).toBe(RIGHT_EDGE);
  });

  test.each<[string, Block, Block, number]>([
    ['a lower-case start on the next page', para(1, ['The paragraph runs on and'], 100, SHORT), para(2, ['then continues here.'], 700), 1],
    ['a line stopping mid-sentence', para(1, ['The paragraph runs on to'], 100, SHORT), para(2, ['Moscow and beyond.'], 700), 1],
    [
      'a full last line at the foot of the page',
      para(1, ['The paragraph ends a sentence.'], 100),
      para(2, ['Then another one follows.'], 700),
      1,
    ],
    ['a short last line ending a sentence', para(1, ['The paragraph ends here.'], 100, SHORT), para(2, ['A new one starts.'], 700), 2],
    ['a heading-free same-page gap', para(1, ['First paragraph ends.'], 400, SHORT), para(1, ['Second starts.'], 370), 2],
  ])('%s → %i block(s)', (_, a, b, count) => {
    expect(join(a, b)).toBe(count);
  });

  // fixtures/typo-page-three.pdf p.2–3: page 2's last paragraph ends on a full line 270 pt
  // above the foot of the text column; the page break is not a run-on, the page simply ended early
  test('a full last line ending a sentence high on a half-empty page → kept apart', () => {
    const pieces = [
      para(1, ['Page one is full down to its foot.'], 100, SHORT), // where the text column ends
      para(2, ['The commission ends with Vietnam and Cambodia.'], 391),
      para(3, ['Washington has tried to fill the gap.'], 700),
    ];
    const edges = measureRightEdges([...pieces, ruler(1), ruler(2), ruler(3)]);
    const joined = joinAcrossBreaks(
      pieces.map((b) => ({ kind: 'paragraph' as const, blocks: [b] })),
      edges,
    );
    expect(joined).toHaveLength(3);
  });
});

describe('toArticleBlock', () => {
  test('a soft hyphen ending a line joins a split word and reads as a hyphen in a compound', () => {
    const b = block(['the impossibil\u00AD', 'ity of the pseudo\u00AD', 'Avicennian treatise'], { y: 700 });
    const article = toArticleBlock({ kind: 'paragraph', blocks: [b] }, 'p1', documentWords([]));
    expect(article.text).toBe('the impossibility of the pseudo-Avicennian treatise');
  });

  test('a hyphen set apart at a line end goes with the space before it, in its span or its own', () => {
    const b = block(['a cata -', 'strophic loss'], { y: 700 });
    expect(toArticleBlock({ kind: 'paragraph', blocks: [b] }, 'p1', documentWords([])).text).toBe('a catastrophic loss');
    const first = b.lines[0] as Line;
    const split: Line = {
      ...first,
      spans: [
        { text: 'a cata ', prov: [] },
        { text: '-', prov: [] },
      ],
    };
    const c = { ...b, lines: [split, ...b.lines.slice(1)] };
    expect(toArticleBlock({ kind: 'paragraph', blocks: [c] }, 'p1', documentWords([])).text).toBe('a catastrophic loss');
  });
});
