import { describe, expect, test } from 'vitest';
import { composeDiacritics } from '../../src/layout/diacritics.js';
import type { TextItem } from '../../src/model/document.js';
import { font } from '../helpers/layout.js';

/** A text item from x0 to x1 on the baseline y, 9 pt. */
function item(text: string, x0: number, x1: number, y = 216, index = 0): TextItem {
  return { text, page: 1, item: index, box: [x0, y - 2, x1, y + 8], baseline: y, font: font({ size: 9 }), vertical: false };
}

const texts = (items: readonly TextItem[]) => composeDiacritics(items).map((i) => i.text);

describe('composeDiacritics', () => {
  // shared/corpus/real/06-federal-register-proposed-rule-itext.pdf p.5: each accent starts the
  // item after its letter, drawn back over it
  test('accents drawn after their letter, over or under it', () => {
    const items = [
      item('authorities: Age', 222.01, 287.46, 226.08, 0),
      item('\u02C6ncia Nacional de', 283.71, 356.87, 226.64, 1),
      item('Aviac', 222, 246, 216.08, 2),
      item('\u00B8a', 241.5, 250.5, 215.99, 3),
      item('\u02DCo Civil (ANAC) Brazil, Transport', 246.76, 385.86, 216.42, 4),
    ];
    expect(texts(items)).toEqual(['authorities: Agê', 'ncia Nacional de', 'Aviaç', 'ã', 'o Civil (ANAC) Brazil, Transport']);
  });

  test('an accent drawn before its letter, ending the item before it', () => {
    // TeX's \^e: the accent first, then a kern back and the letter
    expect(texts([item('Ag\u02C6', 100, 115.5), item('encia', 112, 134)])).toEqual(['Ag', 'ência']);
  });

  test('an accent item of its own over the first letter of the next item', () => {
    expect(texts([item('Jos', 100, 113), item('\u00B4', 114, 117), item('e', 113.2, 117.2)])).toEqual(['Jos', 'é']);
  });

  test('the box of the item that held the accent shrinks by the accent', () => {
    const [, rest] = composeDiacritics([item('Age', 100, 112), item('\u02C6ncia', 108.5, 128.5)]);
    expect(rest?.box[0]).toBeCloseTo(112.5);
  });

  test('the accented letter covers the accent drawn wider than it', () => {
    const [letter] = composeDiacritics([item('~', 138.5, 145.06), item('r', 139.92, 143.29)]);
    expect(letter?.text).toBe('r\u0303');
    expect([letter?.box[0], letter?.box[2]]).toEqual([138.5, 145.06]);
  });

  test.each<[string, TextItem[]]>([
    ['a circumflex beside a letter (code)', [item('x', 100, 105), item('^2', 105, 114)]],
    ['a tilde set apart in maths', [item('\u00DE', 119.9, 123.47), item('~', 123.48, 132.75)]],
    ['an accent inside an item', [item('Aviac\u00B8\u02DCao', 100, 140)]],
    ['an accent over a digit', [item('12', 100, 110), item('\u02DC', 106, 110)]],
    ['an accent on another line', [item('Age', 100, 112, 700), item('\u02C6ncia', 108.5, 128.5, 686)]],
  ])('%s is left alone', (_, items) => {
    expect(texts(items)).toEqual(items.map((i) => i.text));
  });
});
