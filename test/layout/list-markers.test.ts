import { describe, expect, test } from 'vitest';
import { findLineMarker, markerFamily } from '../../src/layout/list-markers.js';
import type { Line } from '../../src/model/document.js';
import type { Box } from '../../src/model/geometry.js';
import { font, line } from '../helpers/layout.js';

/** A line whose marker is a text item of its own at x = 72, its text from `textX`. */
function apart(marker: string, text: string, textX: number): Line {
  const markerBox: Box = [72, 700, 72 + 5 * marker.length, 711];
  const textBox: Box = [textX, 700, textX + 200, 711];
  return {
    box: [72, 700, textX + 200, 711],
    font: font(),
    spans: [
      { text: `${marker} `, prov: [{ page: 1, box: markerBox, item: 0 }] },
      { text, prov: [{ page: 1, box: textBox, item: 1 }] },
    ],
  };
}

describe('findLineMarker', () => {
  test.each<[string, Line, object | undefined]>([
    ['a bullet', line('• Sales grew', { y: 700 }), { marker: '•', ordered: false, strong: true }],
    ['a number on a tab stop', apart('1.', 'Undo and redo', 90), { marker: '1.', ordered: true, strong: false, tabbed: true, textX: 90 }],
    ['a number a word space away', apart('1.', 'Undo and redo', 82), { marker: '1.', tabbed: false }],
    ['a letter in parentheses', line('(b) Affected rules', { y: 700 }), { marker: '(b)', ordered: true }],
    ['a roman numeral', line('iv. Costs', { y: 700 }), { marker: 'iv.', ordered: true }],
    ['a year ending a sentence', line('2023. The year', { y: 700 }), undefined],
    ['a telephone number', line('(800) 321-1335', { y: 700 }), undefined],
    ['a decimal', line('1.5 million more', { y: 700 }), undefined],
    ['a bullet with no text', line('•', { y: 700 }), undefined],
    ['a table of contents line', line('1. Introduction . . . . . 1', { y: 700 }), undefined],
  ])('%s', (_, input, expected) => {
    const found = findLineMarker(input);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject(expected);
  });

  test('a bullet alone in its fragment takes its text from the next fragment of the row', () => {
    const bullet = line('•', { x: 72, y: 700, width: 5 });
    const text = line('Family daily active people', { x: 100, y: 700 });
    expect(findLineMarker(bullet, text)).toMatchObject({ marker: '•', textX: 100 });
  });
});

describe('markerFamily', () => {
  test.each([
    ['1.', '12.', true],
    ['1.', '(2)', false],
    ['i.', 'ii.', true],
    ['(a)', '(b)', true],
    ['a.', 'A.', false],
    ['•', '–', false],
  ])('%s and %s are siblings: %s', (a, b, same) => {
    expect(markerFamily(a) === markerFamily(b)).toBe(same);
  });
});
