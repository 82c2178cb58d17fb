import { describe, expect, test } from 'vitest';
import { joinDropCaps } from '../../src/layout/drop-caps.js';
import type { TextItem } from '../../src/model/document.js';
import { font } from '../helpers/layout.js';

/** A text item from x0 to x1 on the baseline y, 9.27 pt unless told. */
function item(text: string, x0: number, x1: number, y: number, size = 9.27, index = 0): TextItem {
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

/** shared/corpus/real/11-scientific-reports-article-arbortext.pdf p.1: a 36 pt "S" beside three
 *  lines of 9.27 pt text, its baseline on the third. */
const page = (cap: string, first: string, capSize = 36.36) => [
  item(cap, 143.94, 163.25, 393.51, capSize, 0),
  item(first, 165.77, 475, 414.43, 9.27, 1),
  item('trapped atomic ions are hailed as one of the most promising platforms', 165.77, 527, 403.77, 9.27, 2),
  item('linear Paul trap with an one-dimensional (1D) ion crystal was among', 165.77, 552, 393.11, 9.27, 3),
  item('gates and to generate entangled states, but in terms of scalability', 143.94, 552, 382.45, 9.27, 4),
];

const texts = (items: readonly TextItem[]) => joinDropCaps(items).map((i) => i.text);

describe('joinDropCaps', () => {
  test('the cap begins the first line beside it', () => {
    const result = texts(page('S', 'calable quantum computation constitutes one of the ultimate goals'));
    expect(result[0]).toBe('Scalable quantum computation constitutes one of the ultimate goals');
    expect(result).toHaveLength(4);
  });

  test.each([
    ['T', 'HE STUDY began in 2019', 'THE STUDY began in 2019'], // a word in capitals
    ['A', 'bout a year ago', 'About a year ago'], // a one-letter word that begins a longer one
    ['A', 'study of the trap', 'A study of the trap'], // a one-letter word of its own
    ['“T', 'he trap,” he said', '“The trap,” he said'], // with its quote
  ])('%j + %j → %j', (cap, first, expected) => {
    expect(texts(page(cap, first))[0]).toBe(expected);
  });

  test.each<[string, TextItem[]]>([
    ['a letter only a little larger than the text', page('S', 'calable quantum', 14)],
    ['a large word', page('So', 'me quantum computation')],
    [
      'a large letter beside a single line',
      [item('S', 143.94, 163.25, 393.51, 36.36, 0), item('calable quantum computation', 165.77, 475, 414.43, 9.27, 1)],
    ],
    [
      'a large letter far left of the text',
      [
        item('S', 43.94, 63.25, 393.51, 36.36, 0),
        item('calable quantum computation', 165.77, 475, 414.43, 9.27, 1),
        item('trapped atomic ions', 165.77, 475, 403.77, 9.27, 2),
      ],
    ],
  ])('%s is left alone', (_, items) => {
    expect(texts(items)).toEqual(items.map((i) => i.text));
  });
});
