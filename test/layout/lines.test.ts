import { describe, expect, test } from 'vitest';
import { buildLines } from '../../src/layout/lines.js';
import type { TextItem } from '../../src/model/document.js';
import { font } from '../helpers/layout.js';

/** A text item at x0..x1 on the baseline y, 11 pt unless told. */
function item(text: string, x0: number, x1: number, y: number, index = 0, size = 11): TextItem {
  return {
    text,
    page: 1,
    item: index,
    box: [x0, y - 0.22 * size, x1, y + 0.88 * size],
    baseline: y,
    font: font({ size }),
    vertical: false,
  };
}

const texts = (items: TextItem[]) => buildLines(items).map((l) => l.spans.map((s) => s.text).join(''));

describe('buildLines', () => {
  test('items on one baseline form one line, spaces inferred from gaps', () => {
    expect(texts([item('World', 130, 160, 700, 1), item('Hello', 100, 127, 700, 0)])).toEqual(['Hello World']);
  });

  test('a right-to-left row reads from right to left, spaces from the gaps', () => {
    // pdf.js gives Arabic one word (or glyph) per item, marked dir 'rtl'
    const rtl = (text: string, x0: number, x1: number, index: number) => ({ ...item(text, x0, x1, 700, index), rtl: true });
    expect(texts([rtl('ثالث', 100, 130, 2), rtl('ثان', 140, 165, 1), rtl('أول', 175, 200, 0)])).toEqual(['أول ثان ثالث']);
  });

  test('kerning gaps do not split a word', () => {
    expect(texts([item('Hel', 100, 116, 700, 0), item('lo', 116.5, 127, 700, 1)])).toEqual(['Hello']);
  });

  test('baselines one leading apart are two lines, top first', () => {
    expect(texts([item('second', 100, 140, 686), item('first', 100, 130, 700)])).toEqual(['first', 'second']);
  });

  test('a wide gutter splits a row into two fragments', () => {
    expect(texts([item('left column text', 56, 280, 700, 0), item('right column text', 320, 540, 700, 1)])).toEqual([
      'left column text',
      'right column text',
    ]);
  });

  // bug: FRAGMENT_GAP_EM is 2.5 em (27.5 pt at 11 pt), wider than common gutters (18–24 pt):
  // full lines of the two columns at the same height are read as one line
  test('an 18 pt gutter between two 11 pt columns splits the row', () => {
    expect(
      texts([item('around €4 billion in transmission', 48, 194, 700, 0), item('security. Offshore wind farms', 212, 360, 700, 1)]),
    ).toEqual(['around €4 billion in transmission', 'security. Offshore wind farms']);
  });
});
