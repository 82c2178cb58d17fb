import { describe, expect, test } from 'vitest';
import { isLeaderEntry, markContents } from '../../src/clean/contents.js';
import { MIDDLE, TOP, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

describe('isLeaderEntry', () => {
  test.each([
    ['1. Introduction . . . . . . . . . . . . 1', true],
    ['3.2. Creating links . . . . . . . .12', true],
    ['Preface ........ iv', true],
    ['Methods……………… 7', true],
    ['The results were clear... 3 of them agreed', false],
    ['He paused . . . and then went on.', false],
  ])('%j → %s', (text, expected) => {
    expect(isLeaderEntry(text)).toBe(expected);
  });
});

describe('markContents', () => {
  test('the entries and the title above them leave the body; the article on the next page stays', () => {
    const doc = layout([
      page(1, [
        block('Contents', { y: TOP, size: 14 }),
        block(['1. Introduction . . . . . . . . . . 1', '2. Methods . . . . . . . . . . . . 3'], { y: MIDDLE }),
      ]),
      page(2, [block('Introduction', { y: TOP, size: 14 }), block('The article begins here with a sentence.', { y: MIDDLE })]),
    ]);
    expect(rolesOf(markContents(doc, testContext()))).toEqual([
      ['contents', 'contents'],
      ['body', 'body'],
    ]);
  });

  test('a "Contents" heading without entries is body', () => {
    const doc = layout([page(1, [block('Contents', { y: TOP, size: 14 }), block('What the box holds matters.', { y: MIDDLE })])]);
    expect(rolesOf(markContents(doc, testContext()))).toEqual([['body', 'body']]);
  });

  test('rows of figures with dot leaders are a table, not contents', () => {
    const doc = layout([
      page(1, [block(['Revenue . . . . . . . . 450', 'Costs . . . . . . . . . 120', 'Profit . . . . . . . . 330'], { y: MIDDLE })]),
    ]);
    expect(rolesOf(markContents(doc, testContext()))).toEqual([['body']]);
  });
});
