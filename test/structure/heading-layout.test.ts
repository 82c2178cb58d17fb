import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { alignedWithText, endsFullWidth, glued, hasCellGap, measureTextEdges } from '../../src/structure/heading-layout.js';
import { block } from '../helpers/layout.js';

const text = block(['A column of running text from edge', 'to edge of the column.'], { y: 700, x: 72, width: 451 }); // 72 … 523
const edges = measureTextEdges([text]);

describe('heading layout', () => {
  test('at the left edge or centred on the column is aligned; inset in a figure is not', () => {
    expect(alignedWithText(block('Background', { y: 720, x: 73 }), edges, edges)).toBe(true);
    expect(alignedWithText(block('I. INTRODUCTION', { y: 720, x: 257, width: 80 }), edges, edges)).toBe(true);
    expect(alignedWithText(block('Defend critical infrastructure', { y: 720, x: 380, width: 120 }), edges, edges)).toBe(false);
    expect(alignedWithText(block('1.1 Indented subsection', { y: 720, x: 94 }), edges, edges)).toBe(true); // 2 em in
    expect(alignedWithText(block('Sidebar label', { y: 720, x: 20 }), edges, edges)).toBe(false);
  });

  test('a last line reaching the right edge runs on', () => {
    expect(endsFullWidth(block('2018 National Cyber Strategy and its Implementation', { y: 720, width: 448 }), edges)).toBe(true);
    expect(endsFullWidth(block('Background', { y: 720 }), edges)).toBe(false);
  });

  test('table cells: wide gaps between spans, or lines side by side', () => {
    const row = block('Operating margin', { y: 720 });
    const line = row.lines[0] as Block['lines'][number];
    const far = { text: '29 %', prov: [{ page: 1, box: [400, 720, 420, 731] as const, item: 1 }] };
    expect(hasCellGap({ ...row, lines: [{ ...line, spans: [...line.spans, far] }] })).toBe(true);
    expect(hasCellGap(row)).toBe(false);
  });

  test('glued: the next line at the text pitch, not after a gap', () => {
    const line = (y: number) => block('Cyber Strategy Implementation Plan', { y });
    const para = block(['one', 'two', 'three'], { y: 600, leading: 12 }); // last line at 576
    expect(glued(para, line(564), para)).toBe(true);
    expect(glued(para, line(540), para)).toBe(false);
  });
});
