import { describe, expect, test } from 'vitest';
import { orderLines } from '../../src/layout/reading-order.js';
import type { Line } from '../../src/model/document.js';
import { PAGE_WIDTH, line } from '../helpers/layout.js';

const LEADING = 14;
const LEFT_X = 56;
const RIGHT_X = 310;
const COLUMN_WIDTH = 230;

/** `count` lines of one column, top down from y = 700, labelled with the column's name. */
const column = (name: string, x: number, count: number, top = 700): Line[] =>
  Array.from({ length: count }, (_, i) => line(`${name}${i + 1}`, { x, y: top - i * LEADING, width: COLUMN_WIDTH }));

const textOf = (l: Line) => l.spans.map((s) => s.text).join('');
/** Shuffled deterministically: the input order must not matter. */
const interleave = (a: readonly Line[], b: readonly Line[]): Line[] => a.flatMap((l, i) => (b[i] ? [b[i] as Line, l] : [l]));

describe('orderLines', () => {
  test('two columns: the left column is read before the right one', () => {
    const ordered = orderLines(interleave(column('L', LEFT_X, 6), column('R', RIGHT_X, 6)), PAGE_WIDTH);
    expect(ordered.map((o) => `${textOf(o.line)}/c${o.column}`)).toEqual([
      ...['L1', 'L2', 'L3', 'L4', 'L5', 'L6'].map((t) => `${t}/c1`),
      ...['R1', 'R2', 'R3', 'R4', 'R5', 'R6'].map((t) => `${t}/c2`),
    ]);
  });

  test('a full-width title above the columns comes first, as column 0', () => {
    const title = line('Title across the page', { x: LEFT_X, y: 760, width: 480, size: 18 });
    const ordered = orderLines([...column('R', RIGHT_X, 5), title, ...column('L', LEFT_X, 5)], PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line))).toEqual([
      'Title across the page',
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
    ]);
    expect(ordered[0]?.column).toBe(0);
  });

  test('a full-width footer below the columns closes them', () => {
    const footer = line('Page 2 of 2', { x: 200, y: 30, width: 200 });
    const ordered = orderLines([footer, ...column('L', LEFT_X, 5), ...column('R', RIGHT_X, 5)], PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line)).at(-1)).toBe('Page 2 of 2');
    expect(ordered.at(-1)?.column).toBe(0);
  });

  test('one column: top to bottom, column 0', () => {
    const ordered = orderLines([...column('A', LEFT_X, 6)].reverse(), PAGE_WIDTH);
    expect(ordered.map((o) => `${textOf(o.line)}/c${o.column}`)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((t) => `${t}/c0`));
  });

  test('too few lines on one side is no second column (a short aside)', () => {
    const ordered = orderLines([...column('A', LEFT_X, 6), ...column('B', RIGHT_X, 2, 600)], PAGE_WIDTH);
    expect(ordered.every((o) => o.column === 0)).toBe(true);
  });

  test('a left block above a right block is not two columns', () => {
    const ordered = orderLines([...column('A', LEFT_X, 5, 700), ...column('B', RIGHT_X, 5, 400)], PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line))).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'B4', 'B5']);
  });

  test('three columns are read left to right', () => {
    const narrow = (name: string, x: number) =>
      Array.from({ length: 6 }, (_, i) => line(`${name}${i + 1}`, { x, y: 700 - i * LEADING, width: 150 }));
    const ordered = orderLines([...narrow('C', 396), ...narrow('A', 40), ...narrow('B', 218)], PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line)).join(' ')).toBe('A1 A2 A3 A4 A5 A6 B1 B2 B3 B4 B5 B6 C1 C2 C3 C4 C5 C6');
    expect(new Set(ordered.map((o) => o.column)).size).toBe(3);
  });

  test('a full-width line between two column stretches is read between them', () => {
    const figure = line('Figure 1: a caption set across both columns of the page', { x: LEFT_X, y: 520, width: 484 });
    const ordered = orderLines(
      [...column('L', LEFT_X, 5), ...column('R', RIGHT_X, 5), figure, ...column('l', LEFT_X, 5, 490), ...column('r', RIGHT_X, 5, 490)],
      PAGE_WIDTH,
    );
    expect(ordered.map((o) => textOf(o.line)).join(' ')).toBe(
      'L1 L2 L3 L4 L5 R1 R2 R3 R4 R5 Figure 1: a caption set across both columns of the page l1 l2 l3 l4 l5 r1 r2 r3 r4 r5',
    );
  });

  test('a box beside the top of a full-width text is read after the text beside it, before what follows', () => {
    const text = Array.from({ length: 5 }, (_, i) => line(`T${i + 1}`, { x: LEFT_X, y: 700 - i * LEADING, width: 300 }));
    const box = Array.from({ length: 5 }, (_, i) => line(`B${i + 1}`, { x: 400, y: 700 - i * LEADING, width: 140 }));
    const below = Array.from({ length: 3 }, (_, i) => line(`F${i + 1}`, { x: LEFT_X, y: 620 - i * LEADING, width: 484 }));
    const ordered = orderLines([...box, ...below, ...text], PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line)).join(' ')).toBe('T1 T2 T3 T4 T5 B1 B2 B3 B4 B5 F1 F2 F3');
  });

  test('numbers set apart from their items by a tab are no column', () => {
    const numbers = Array.from({ length: 5 }, (_, i) => line(`${i + 1}.`, { x: LEFT_X, y: 700 - i * LEADING, width: 10 }));
    const items = Array.from({ length: 5 }, (_, i) => line(`item ${i + 1}`, { x: 100, y: 700 - i * LEADING, width: 300 }));
    const ordered = orderLines([...items, ...numbers], PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line)).join(' ')).toBe('1. item 1 2. item 2 3. item 3 4. item 4 5. item 5');
  });

  test('two columns set close on shared baselines are cut inside the lines that span both', () => {
    // LaTeX two-column papers: each row of both columns can come out of line building as one
    // fragment with two spans 12 pt apart
    const rows = Array.from({ length: 6 }, (_, i) => {
      const y = 700 - i * 12;
      const left: [number, number, number, number] = [40, y, 292, y + 10];
      const right: [number, number, number, number] = [304, y, 556, y + 10];
      const full = line(`L${i + 1} R${i + 1}`, { x: 40, y, width: 516, size: 10 });
      return {
        ...full,
        spans: [
          { text: `L${i + 1} `, prov: [{ page: 1, box: left, item: 2 * i }] },
          { text: `R${i + 1}`, prov: [{ page: 1, box: right, item: 2 * i + 1 }] },
        ],
      };
    });
    const ordered = orderLines(rows, PAGE_WIDTH);
    expect(ordered.map((o) => textOf(o.line)).join(' ')).toBe('L1 L2 L3 L4 L5 L6 R1 R2 R3 R4 R5 R6');
    expect(ordered[0]?.line.box[2]).toBe(292);
  });
});
