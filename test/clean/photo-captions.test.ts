import { describe, expect, test } from 'vitest';
import { markPhotoCaptions } from '../../src/clean/photo-captions.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const PROSE = ['The children found the table full of things to build and try out,', 'and each of them made something of their own.'];
const filler = (y: number) => block([...PROSE, ...PROSE, ...PROSE], { y, x: 90, width: 350 });

describe('markPhotoCaptions', () => {
  test('small type under an empty stretch of the column, after a paragraph, is a caption', () => {
    const doc = layout([page(1, [filler(700), block('The start of the race', { y: 400, x: 120, width: 150, size: 8 }), filler(360)])]);
    expect(rolesOf(markPhotoCaptions(doc, testContext()))[0]).toEqual(['body', 'caption', 'body']);
  });

  test('a line in small type inside a paragraph is text', () => {
    const doc = layout([page(1, [filler(700), block('intended to restore compliance with the', { y: 625, x: 90, size: 8 }), filler(610)])]);
    expect(rolesOf(markPhotoCaptions(doc, testContext()))[0]).toEqual(['body', 'body', 'body']);
  });

  test('a footnote under a short page of text is no caption', () => {
    const doc = layout([page(1, [filler(700), block('¹ See the report of the committee.', { y: 200, x: 90, size: 8 })])]);
    expect(rolesOf(markPhotoCaptions(doc, testContext()))[0]).toEqual(['body', 'body']);
  });

  test('a footer in the page band under a short page is no caption', () => {
    const doc = layout([page(1, [filler(700), block('Example Review · Independent commentary', { y: 34, x: 200, width: 200, size: 8 })])]);
    expect(rolesOf(markPhotoCaptions(doc, testContext()))[0]).toEqual(['body', 'body']);
  });

  test("small type after the article's last paragraph is a note or a bio, not a caption", () => {
    const doc = layout([page(1, [filler(700), block('Ada Byron writes about engines and looms.', { y: 400, x: 90, size: 8 })])]);
    expect(rolesOf(markPhotoCaptions(doc, testContext()))[0]).toEqual(['body', 'body']);
  });

  test("a caption's next line, set apart in the same type, is caption too; the text below is not", () => {
    const doc = layout([
      page(1, [
        filler(700),
        block('The first of two pictures', { y: 400, x: 120, width: 120, size: 8 }),
        block('and its second line', { y: 390, x: 120, width: 100, size: 8 }),
        filler(370),
      ]),
    ]);
    expect(rolesOf(markPhotoCaptions(doc, testContext()))[0]).toEqual(['body', 'caption', 'caption', 'body']);
  });
});
