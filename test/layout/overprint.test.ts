import { describe, expect, test } from 'vitest';
import { dropOverprint } from '../../src/layout/overprint.js';
import type { TextItem } from '../../src/model/document.js';
import { font } from '../helpers/layout.js';

/** A text item starting at x on the baseline y, half an em per character. */
function item(text: string, x: number, y: number, size = 12, index = 0): TextItem {
  return {
    text,
    page: 1,
    item: index,
    box: [x, y - 0.22 * size, x + text.length * size * 0.5, y + 0.88 * size],
    baseline: y,
    font: font({ size }),
    vertical: false,
  };
}

const texts = (items: readonly TextItem[]) => dropOverprint(items).map((i) => i.text);

describe('dropOverprint', () => {
  test('a header drawn twice at the same place is kept once', () => {
    const header = [item('Paclitaxel', 40, 711, 25, 0), item('http://aidsinfo.nih.gov', 162, 19, 12, 1)];
    const again = [item('Paclitaxel', 40, 711, 25, 519), item('http://aidsinfo.nih.gov', 162, 19, 12, 521)];
    expect(texts([...header, item('Body text', 40, 600, 12, 2), ...again])).toEqual(['Paclitaxel', 'http://aidsinfo.nih.gov', 'Body text']);
  });

  test('fake bold: the copy a fraction of a point off is dropped, across a rounding boundary too', () => {
    expect(texts([item('Warning', 72, 700.45), item('Warning', 72.4, 700.6)])).toEqual(['Warning']);
  });

  test.each<[string, TextItem, TextItem]>([
    ['the same word further along the line', item('the', 72, 700), item('the', 140, 700)],
    ['the same word on the next line', item('the', 72, 700), item('the', 72, 686)],
    ['the same text in another size', item('Note', 72, 700, 12), item('Note', 72, 700, 9)],
    ['different text at the same place', item('A', 72, 700), item('B', 72, 700)],
  ])('%s is kept', (_, a, b) => {
    expect(texts([a, b])).toHaveLength(2);
  });

  test('a vertical item is not a copy of a horizontal one', () => {
    expect(texts([item('arXiv', 20, 400), { ...item('arXiv', 20, 400), vertical: true }])).toHaveLength(2);
  });
});
