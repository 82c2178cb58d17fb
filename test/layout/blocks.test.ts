import { describe, expect, test } from 'vitest';
import { groupBlocks } from '../../src/layout/blocks.js';
import type { OrderedLine } from '../../src/layout/reading-order.js';
import type { Line } from '../../src/model/document.js';
import type { Box } from '../../src/model/geometry.js';
import { font, line } from '../helpers/layout.js';

const LEADING = new Map([[11, 14]]);
const RIGHT = 523; // right edge of the text column, from x = 72
const MARGIN = 72;

/** A line at row `row` (14 pt apart, from the top), `width` points wide, in the body face unless bold. */
function at(text: string, row: number, { x = MARGIN, width = RIGHT - x, bold = false } = {}): OrderedLine {
  return { line: line(text, { x, y: 700 - row * 14, width, bold }), column: 0 };
}

/** A list item's first line: the marker drawn apart at `x`, its text from `textX`. */
function item(marker: string, text: string, row: number, { x = 90, textX = 108, width = RIGHT - 108, bold = false } = {}): OrderedLine {
  const y = 700 - row * 14;
  const f = font({ bold });
  const markerBox: Box = [x, y, x + 5, y + 11];
  const textBox: Box = [textX, y, textX + width, y + 11];
  const spans = [
    { text: `${marker} `, prov: [{ page: 1, box: markerBox, item: 0 }] },
    { text, prov: [{ page: 1, box: textBox, item: 1 }] },
  ];
  const result: Line = { box: [x, y, textX + width, y + 11], font: f, spans };
  return { line: result, column: 0 };
}

const texts = (lines: OrderedLine[]) =>
  groupBlocks(lines, 1, LEADING).map((b) => b.lines.map((l) => l.spans.map((s) => s.text).join('')).join(' | '));

describe('groupBlocks: list items', () => {
  test('each bullet starts an item; wrapped lines hanging under its text stay with it', () => {
    const blocks = groupBlocks(
      [
        item('•', 'Revenue was up eleven percent on the year, and up twelve on a', 0),
        at('constant currency basis.', 1, { x: 108, width: 120 }),
        item('•', 'Costs rose ten percent.', 2, { width: 110 }),
      ],
      1,
      LEADING,
    );
    expect(blocks.map((b) => b.lines.length)).toEqual([2, 1]);
    expect(blocks[0]?.list).toEqual({ marker: '•', ordered: false, x: 90, textX: 108 });
  });

  test('a bullet split from its text at a wide tab makes one item with the fragment after it', () => {
    const lines = [
      at('•', 0, { x: 72, width: 5 }),
      at('Family daily active people was 3.07 billion on average, up', 0, { x: 100, width: 420 }),
      at('year-over-year.', 1, { x: 100, width: 80 }),
      at('•', 2, { x: 72, width: 5 }),
      at('Headcount was 71,469.', 2, { x: 100, width: 120 }),
    ];
    const blocks = groupBlocks(lines, 1, LEADING);
    expect(blocks.map((b) => b.lines.length)).toEqual([3, 2]);
    expect(blocks[0]?.list).toMatchObject({ marker: '•', textX: 100 });
  });

  test('a wrapped line a little off in size (an OCR layer) stays with its item', () => {
    const wrapped = { line: line('constant currency basis.', { x: 108, y: 686, width: 120, size: 10 }), column: 0 };
    expect(texts([item('•', 'Revenue was up eleven percent on the year, and up twelve on a', 0), wrapped])).toHaveLength(1);
  });

  test('a bold lead-in filling the first line does not cut the item', () => {
    const lines = [
      item('•', 'Resources, investments, and risk management. The', 0, { bold: true }),
      at('strategy identifies investments for four of the five pillars.', 1, { x: 108, width: 300 }),
    ];
    expect(texts(lines)).toHaveLength(1);
  });

  test('a heading in another face after an item, at the indent of its text, is no part of it', () => {
    const lines = [
      item('•', 'browser-chrome: a rough automation tool that tests how the', 0, { x: 60, textX: 72 }),
      at('browser interacts with itself, and with content, in the end.', 1, { width: 330 }),
      at('Mochitest-Robocop', 2, { width: 100, bold: true }),
    ];
    expect(texts(lines)).toHaveLength(2);
  });

  test('numbers set on a tab stop open ordered items', () => {
    const blocks = groupBlocks([item('1.', 'Undo and redo.', 0, { width: 80 }), item('2.', 'Spell check.', 1, { width: 70 })], 1, LEADING);
    expect(blocks.map((b) => b.list?.ordered)).toEqual([true, true]);
  });

  test.each([
    ['a dash opening a line of prose', '– one of my heroes, and a friend for many years, told'],
    ['an initial', 'A. Nicole Clowers, Managing Director, at the office in'],
    ['a telephone number', '(800) 321-1335 or the line for callers from abroad'],
  ])('%s opens no item', (_, text) => {
    const lines = [
      at('The paragraph runs on to the right edge of its column and', 0),
      at(text, 1),
      at('the paragraph goes on.', 2, { width: 120 }),
    ];
    expect(groupBlocks(lines, 1, LEADING).map((b) => b.list)).toEqual([undefined]);
  });

  test('dashes opening lines with nothing else at their x are sibling items', () => {
    const lines = [
      at('The plan has two parts:', 0, { width: 140 }),
      at('– a tax on carbon', 1, { width: 100 }),
      at('– a fund for towns', 2, { width: 100 }),
    ];
    expect(groupBlocks(lines, 1, LEADING).map((b) => b.list?.marker)).toEqual([undefined, '–', '–']);
  });

  test('lines of prose that happen to open with "o" are no items', () => {
    const lines = [
      at('La decisión se tomará mañana por la tarde en la reunión', 0),
      at('o el día siguiente, según el tiempo y la agenda del', 1),
      at('gobierno, y la respuesta llegará más tarde por escrito', 2),
      at('o nunca, dijo el ministro ante la prensa en la capital', 3),
    ];
    expect(groupBlocks(lines, 1, LEADING).map((b) => b.list)).toEqual([undefined]);
  });

  test('a line of a table of contents is no item', () => {
    const lines = [at('1. Introduction . . . . . . . . . . 1', 0), at('2. Methods . . . . . . . . . . . . 4', 1)];
    expect(groupBlocks(lines, 1, LEADING).every((b) => b.list === undefined)).toBe(true);
  });
});

describe('groupBlocks: paragraph ends', () => {
  test('a short line ending a sentence, then a new sentence, ends the paragraph', () => {
    const lines = [
      at('Mochitest-other are mochitests with higher privileges, split in', 0),
      at('a few sections.', 1, { width: 90 }),
      at('These are tests that run in staging, under their official names', 2),
    ];
    expect(texts(lines)).toHaveLength(2);
  });

  test.each([
    ['French', 'a répondu le ministre : « Non ! »', '« Oui », disent les autres, qui avancent'],
    ['German', 'sagte die Ministerin gestern.', '„Wir bleiben dabei“, sagte sie dann noch'],
  ])('a short last line ends a %s paragraph, quotes and all', (_, end, start) => {
    const lines = [at('Le texte de la première phrase court jusqu’au bord droit et', 0), at(end, 1, { width: 180 }), at(start, 2)];
    expect(texts(lines)).toHaveLength(2);
  });

  test('a short line whose next word would not fit runs on (ragged right)', () => {
    const lines = [
      at('The typewriter laid the groundwork for later developments.', 0, { width: RIGHT - 72 - 40 }),
      at('Advancements such as carbon paper improved the speed and', 1),
    ];
    expect(texts(lines)).toHaveLength(1);
  });

  test('lines beside a figure, all short alike, stay one paragraph', () => {
    const lines = [
      at('A paragraph set beside a figure ends a sentence here.', 0, { width: 200 }),
      at('Then another sentence starts on a line as short.', 1, { width: 200 }),
    ];
    expect(texts(lines)).toHaveLength(1);
  });

  test('a line in another face runs on under a full line that ends no sentence', () => {
    const lines = [
      at('The paragraph runs on to the right edge of its column and then', 0),
      at('Italic words fill most of this line, which the paragraph carries', 1, { bold: true }),
    ];
    expect(texts(lines)).toHaveLength(1);
  });

  test('a line of the same face given another size runs on under a full line', () => {
    const small = {
      line: line('mental parameters (1% in voltage for example). rf', { x: MARGIN, y: 686, width: RIGHT - MARGIN, size: 8 }),
      column: 0,
    };
    const lines = [
      at('one would need more and more precise control for all the experi-', 0),
      small,
      at('heating may also destabilise a larger crystal.', 2, { width: 230 }),
    ];
    expect(texts(lines)).toHaveLength(1);
  });

  test.each([
    ['a size a little off (an OCR layer) runs on under a full line ending a sentence', 10, 1],
    ['a heading in the same face, a fifth larger, starts a block', 14, 2],
  ])('%s', (_, size, count) => {
    const next = { line: line('Then the text goes on in the next line of the page', { x: MARGIN, y: 686, width: 300, size }), column: 0 };
    expect(texts([at('A full line of the paragraph ends a sentence right at the edge.', 0), next])).toHaveLength(count);
  });

  test('a smaller line beside the one above (a stamp by a slug) is no next line', () => {
    const slug = at('VerDate Sep 2014 16:21 Aug 05, 2020 Jkt 250001 PO 00000 Frm 00001 Fmt', 0);
    const stamp = { line: line('on DSK with PROPOSALS', { x: 20, y: 699, width: 400, size: 7 }), column: 0 };
    expect(texts([slug, stamp])).toHaveLength(2);
  });

  test('a line in another face under a short line starts a block (a heading)', () => {
    const lines = [at('The letters are the abbreviations used.', 0, { width: 200 }), at('compiled-code (B)', 1, { width: 90, bold: true })];
    expect(texts(lines)).toHaveLength(2);
  });
});
