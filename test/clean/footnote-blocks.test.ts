import { describe, expect, test } from 'vitest';
import { markFootnoteBlocks } from '../../src/clean/footnote-blocks.js';
import type { Block } from '../../src/model/document.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

/** A page of body text (11 pt) from the top, then the blocks given below it. */
const bodyBlock = (text: string, y = 700) => block([text, 'and more of the running text of the article', 'ending here.'], { y });
const note = (text: string | string[], y: number, size = 9) => block(text, { y, size });

const mark = (...pages: Block[][]) => rolesOf(markFootnoteBlocks(layout(pages.map((blocks, i) => page(i + 1, blocks))), testContext()));

describe('markFootnoteBlocks', () => {
  test('a smaller block under the text starting with a raised marker is a footnote', () => {
    expect(mark([bodyBlock('The report said so.¹ Then'), note('¹ The report of 2020, p. 4.', 100)])).toEqual([['body', 'footnote']]);
  });

  test('a symbol note at the page bottom is a footnote', () => {
    expect(mark([bodyBlock('By Jane Doe∗'), note('∗ Jane Doe teaches at a university.', 100)])).toEqual([['body', 'footnote']]);
  });

  test('a small block without a marker (a licence line) stays body', () => {
    expect(mark([bodyBlock('The text.'), note('Copyright © 2021 by the author', 60)])).toEqual([['body', 'body']]);
  });

  test('a marker set apart from its note text goes with it', () => {
    const marker = block('1', { y: 101, x: 66, size: 7 });
    expect(mark([bodyBlock('The saying.¹ Then'), marker, note(['“The translation of it”.', 'ends here.'], 100)])).toEqual([
      ['body', 'footnote', 'footnote'],
    ]);
  });

  test('plain numbers opening notes one after another count without raised markers (an OCR layer)', () => {
    const notes = [note('1 See the report of 2019 on parks.', 100), note('2 The survey counted forty of them.', 86)];
    expect(mark([bodyBlock('The text with markers in line 1 and 2.'), ...notes])).toEqual([['body', 'footnote', 'footnote']]);
    const rows = [note('1 Apples 20', 100), note('2 Pears 30', 86)];
    expect(mark([bodyBlock('The table below.'), ...rows])).toEqual([['body', 'body', 'body']]);
  });

  test('a small number beside small text at the page foot is a table cell unless the text carries it', () => {
    const cell = block('12', { y: 101, x: 66, size: 7 });
    expect(mark([bodyBlock('The text.'), cell, note('Apples and pears sold', 100)])).toEqual([['body', 'body', 'body']]);
  });

  test('a plain number opens a note only when the text above carries that marker', () => {
    expect(mark([bodyBlock('The text without any marker.'), note('1 Numbered item in small type.', 100)])).toEqual([['body', 'body']]);
    expect(mark([bodyBlock('The text with a marker.¹'), note('1 The note itself.', 100)])).toEqual([['body', 'footnote']]);
  });

  test('a note with body text below it is no footnote unless its marker stands above', () => {
    const table = [note('Sales* 1.0% 5.8%', 600, 11), note('* Without fuel.', 560), bodyBlock('Total sales were up.', 400)];
    expect(mark(table)).toEqual([['body', 'footnote', 'body']]);
    const abstract = [note('∗ This is not a note.', 760), bodyBlock('Text without markers.', 600)];
    expect(mark(abstract)).toEqual([['body', 'body']]);
  });

  test('the lines under a note in its size continue it, on the next page too', () => {
    const first = [bodyBlock('Said so.¹'), note('¹ The note runs long and', 120), note('goes on below, then past the', 96)];
    const second = [bodyBlock('Next page text.'), note('page end to finish here.', 100)];
    expect(mark(first, second)).toEqual([
      ['body', 'footnote', 'footnote'],
      ['body', 'footnote'],
    ]);
  });

  test('a finished note does not take the next page’s small print', () => {
    const first = [bodyBlock('Said so.¹'), note('¹ The note ends here.', 100)];
    const second = [bodyBlock('Next page text.'), note('Printed in the country.', 100)];
    expect(mark(first, second)).toEqual([
      ['body', 'footnote'],
      ['body', 'body'],
    ]);
  });

  test('a reference list in small type is no footnote, though the text cites its numbers', () => {
    expect(mark([bodyBlock('As shown before.³'), note('3. Blatt, R. & Wineland, D. Entangled states.', 100)])).toEqual([['body', 'body']]);
  });

  test('a formula’s stray digits are no note', () => {
    expect(mark([bodyBlock('The value.⁰'), note('0 0', 100)])).toEqual([['body', 'body']]);
  });

  test('a rule typed above the notes goes with them; one above other small print stays', () => {
    const rule = block('__________', { y: 112, size: 11 });
    expect(mark([bodyBlock('Said.¹'), rule, note('¹ The note.', 100)])).toEqual([['body', 'footnote', 'footnote']]);
    expect(mark([bodyBlock('Said.'), rule, note('Printed in the country.', 100)])).toEqual([['body', 'body', 'body']]);
  });

  test('a footer line in the body size at the page foot does not hide the notes above it', () => {
    const footer = block('www.example.org | Policy Brief No. 7', { y: 30 });
    expect(mark([bodyBlock('Said.'), note('∗ Jane Doe teaches at a university.', 100), footer])).toEqual([['body', 'footnote', 'body']]);
  });
});
