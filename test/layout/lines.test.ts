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

describe('superscripts and subscripts', () => {
  test('an ordinal raised on a smaller size stays in its word', () => {
    // "But in 4" + raised "th" + "grade", as a word processor sets it
    const line = [
      item('But in 4', 108, 142, 491, 0, 10),
      item('th', 142, 147, 495.5, 1, 6.5),
      item('grade the teacher', 150.3, 240, 491, 2, 10),
    ];
    expect(texts(line)).toEqual(['But in 4th grade the teacher']);
  });

  test('a footnote marker after a full stop joins its line in script digits', () => {
    const line = [item('as the report said.', 100, 190, 700, 0, 10), item('12', 190.2, 196, 704, 1, 6), item('Then', 199, 220, 700, 2, 10)];
    expect(texts(line)).toEqual(['as the report said.¹² Then']);
  });

  test('citation ranges keep their separators', () => {
    const line = [item('in most cases', 100, 160, 700, 0, 10), item('5–7', 160.1, 170, 703.5, 1, 6)];
    expect(texts(line)).toEqual(['in most cases⁵–⁷']);
  });

  test('a subscript index joins its formula', () => {
    const line = [item('CO', 100, 114, 700, 0, 10), item('2', 114.1, 118, 697.8, 1, 6), item('emissions', 121, 160, 700, 2, 10)];
    expect(texts(line)).toEqual(['CO₂ emissions']);
  });

  test('a small line that touches no word of the line below stays a line of its own', () => {
    // a caption in a smaller size just above a body line, but beside it, not on a word
    const lines = [item('Figure 1: the dam', 300, 380, 704, 0, 7), item('Body text of the column', 100, 210, 700, 1, 10)];
    expect(texts(lines)).toEqual(['Figure 1: the dam', 'Body text of the column']);
  });

  test('a small item raised more than a script is the line above, not a superscript', () => {
    const lines = [item('note', 100, 115, 708, 0, 6), item('Body text', 100, 150, 700, 1, 10)];
    expect(texts(lines)).toEqual(['note', 'Body text']);
  });

  test('an item of the same size is never a script, however close', () => {
    const lines = [item('upper', 100, 130, 704, 0, 10), item('lower', 100, 130, 700 - 10, 1, 10)];
    expect(texts(lines)).toEqual(['upper', 'lower']);
  });
});

describe('text sizes across a gap', () => {
  test('a note line beside the next column across a narrow gutter is its own fragment', () => {
    // a 7 pt note line ends at 209 and a 9 pt body line of the next column starts at 222 (1.4 em)
    const row = [
      item('Accident Report, dated October 2019,', 45, 209.4, 368.1, 0, 7),
      item('(EASA), the manufacturer,', 222, 386, 369.5, 1, 9),
    ];
    expect(buildLines(row).map((l) => [l.spans.map((s) => s.text).join(''), l.font.size])).toEqual([
      ['Accident Report, dated October 2019,', 7],
      ['(EASA), the manufacturer,', 9],
    ]);
  });

  test('a word in a smaller size at a word space stays on its line', () => {
    const row = [item('set in', 100, 126, 700, 0, 10), item('SMALL CAPS', 129, 170, 700, 1, 8), item('here', 173, 190, 700, 2, 10)];
    expect(texts(row)).toEqual(['set in SMALL CAPS here']);
  });
});

test('a bullet in another size before its hanging indent stays on its line', () => {
  const row = [item('•', 72, 77, 700, 0, 14), item('Wang Laboratories: In the 1970s', 90, 240, 700, 1, 11)];
  expect(texts(row)).toEqual(['• Wang Laboratories: In the 1970s']);
});

test('a subscript on its word’s row stays there, though a line below touches it', () => {
  // x₃ of a diagram label, with the dots of a vertical ellipsis just below the subscript
  const items = [item('x', 315.8, 321.5, 732.8, 0, 10), item('3', 321.5, 325.4, 731.3, 1, 7), item('.', 319.6, 322.1, 727.8, 2, 10)];
  expect(texts(items)).toEqual(['x3', '.']);
});

test('a script touching a word above and a word below joins the one nearest its baseline', () => {
  // x₃ of a diagram label: the row of x is set by another line's baseline 1.2 pt higher, and a
  // vertical ellipsis below touches the index too
  const items = [
    item('E-Mail: info', 103, 229, 734, 0, 10),
    item('x', 315.8, 321.5, 732.8, 1, 10),
    item('3', 321.5, 325.4, 731.3, 2, 7),
    item('.', 319.6, 322.1, 727.8, 3, 10),
  ];
  expect(texts(items)).toEqual(['E-Mail: info', 'x₃', '.']);
});
