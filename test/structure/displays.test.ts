import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { isFormulaEvidence, markDisplays, toDisplayBlock } from '../../src/structure/displays.js';
import type { ParagraphPiece } from '../../src/structure/paragraphs.js';
import { block, font } from '../helpers/layout.js';

const BODY = font();
const para = (text: string | string[], y: number, name?: string): ParagraphPiece => ({
  kind: 'paragraph',
  blocks: [block(text, name ? { y, name } : { y })],
});
const kinds = (pieces: readonly ParagraphPiece[]) => pieces.map((p) => `${p.kind}:${p.blocks.length}`);
const PROSE = 'The trap potential can be written as a sum of a static and an oscillating part.';

describe('isFormulaEvidence', () => {
  test.each([
    ['x² + y² = z²', true],
    ['(3)', true],
    ['ð3Þ', true],
    ['WDCðx,y,zÞ~', true],
    ['24/7', false],
    ['qffiffiffiffiffiffi', true],
    ['Costs rose by 4% in 2023.', false],
    ['Thank you.', false],
  ])('%s → %s', (text, expected) => {
    expect(isFormulaEvidence(text)).toBe(expected);
  });
});

describe('markDisplays', () => {
  test('short pieces around a formula become one formula; prose stays', () => {
    const pieces = [para(PROSE, 700), para('U₀', 680), para('x² + y² − 2z²', 670), para('(1)', 660), para(PROSE, 640)];
    const out = markDisplays(pieces, BODY);
    expect(kinds(out)).toEqual(['paragraph:1', 'formula:3', 'paragraph:1']);
  });

  test('two or more pieces of bare variables are a formula', () => {
    const pieces = [para(PROSE, 700), para('j', 680), para('h i', 670), para(PROSE, 640)];
    expect(kinds(markDisplays(pieces, BODY))).toEqual(['paragraph:1', 'formula:2', 'paragraph:1']);
  });

  test('in a document with formulas, a lone piece of bare variables is one too', () => {
    const pieces = [para(PROSE, 700), para('x² + y² = z²', 690), para(PROSE, 680), para('j', 670), para(PROSE, 660)];
    expect(kinds(markDisplays(pieces, BODY))).toEqual(['paragraph:1', 'formula:1', 'paragraph:1', 'formula:1', 'paragraph:1']);
    const without = [para(PROSE, 700), para('j', 670), para(PROSE, 660)];
    expect(kinds(markDisplays(without, BODY))).toEqual(['paragraph:1', 'paragraph:1', 'paragraph:1']);
  });

  test('short pieces without a formula sign stay paragraphs', () => {
    const pieces = [para(PROSE, 700), para('Thank you.', 680), para('by Alan Smith', 670)];
    expect(kinds(markDisplays(pieces, BODY))).toEqual(['paragraph:1', 'paragraph:1', 'paragraph:1']);
  });

  test('consecutive lines in a monospaced face are one code block', () => {
    const pieces = [
      para(PROSE, 700),
      para('groff -Tpdf doc.mom > doc.pdf', 680, 'g_courier'),
      para('pdfmom doc.mom', 670, 'g_courier'),
      para(PROSE, 650),
    ];
    expect(kinds(markDisplays(pieces, BODY))).toEqual(['paragraph:1', 'code:2', 'paragraph:1']);
  });

  test('a document set in a monospaced face throughout has no code blocks', () => {
    const pieces = [para(PROSE, 700, 'g_courier'), para(PROSE, 680, 'g_courier')];
    expect(kinds(markDisplays(pieces, font({ name: 'g_courier' })))).toEqual(['paragraph:1', 'paragraph:1']);
  });

  test('headings and list items are never displays', () => {
    const heading: ParagraphPiece = { kind: 'heading', blocks: [block('(2)', { y: 700 })] };
    expect(kinds(markDisplays([heading], BODY))).toEqual(['heading:1']);
  });
});

describe('toDisplayBlock', () => {
  test('keeps each line as a line, drops control characters', () => {
    const b: Block = block(['x² = \u0002y', '\u0003 ', 'z ~ 0'], { y: 700 });
    const out = toDisplayBlock({ kind: 'formula', blocks: [b] }, 'p3');
    expect(out).toMatchObject({ id: 'p3', kind: 'formula', text: 'x² = y\nz ~ 0', pages: [1] });
  });
});
