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
});
