import { describe, expect, test } from 'vitest';
import { toTextItems } from '../../src/read/text-items.js';

const content = (transform: number[], width: number, height: number) => ({
  items: [{ str: 'arXiv:1601.03642v1', transform, width, height, fontName: 'f1' }],
  styles: { f1: { fontFamily: 'serif' } },
});

describe('toTextItems', () => {
  test('text turned a quarter to the left runs up the page from its origin', () => {
    const [item] = toTextItems(content([0, 20, -20, 0, 30, 200], 250, 20), 1, [0, 0, 612, 792]);
    expect(item?.vertical).toBe(true);
    expect(item?.box).toEqual([10, 200, 30, 450]);
  });

  test('text set across the page keeps its line box', () => {
    const [item] = toTextItems(content([10, 0, 0, 10, 72, 700], 100, 10), 1, [0, 0, 612, 792]);
    expect(item?.vertical).toBe(false);
    expect(item?.box[0]).toBe(72);
    expect(item?.box[2]).toBe(172);
  });
});
