import { describe, expect, test } from 'vitest';
import { isRecordLine, markRecordLines } from '../../src/clean/record-lines.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

describe('isRecordLine', () => {
  test.each([
    ['ISSN 1535-6078', true],
    ['Working Papers on Information Systems | ISSN 1535-6078', true],
    ['Permanent URL: http://example.org/9-37', true],
    ['Stable URL: https://www.example.org/stable/123', true],
    ['Copyright: Creative Commons Attribution License', true],
    ['Reference: Doe J. (2009). "A title," Example University.', true],
    ['To cite this article: Jane Doe (2020) A title, Journal, 3:1, 1-20', true],
    ['DOI: 10.1000/xyz123', true],
    ['Copyright law says nothing about the case, the court found.', false],
    ['Reference points moved as the economy grew.', false],
    ['Licence fees rose by a third in 2020.', false],
  ])('%s → %s', (text, expected) => {
    expect(isRecordLine(text)).toBe(expected);
  });
});

describe('markRecordLines', () => {
  test('record lines on the first page leave the body; the same label later stays', () => {
    const doc = layout([
      page(1, [
        block('A paragraph of the abstract that says what the paper does.', { y: 700 }),
        block('Permanent URL: http://example.org/9-37', { y: 600 }),
      ]),
      page(2, [
        block('Reference: Doe J. (2009). "A title," Example University.', { y: 700 }),
        block('Series of Papers | ISSN 1535-6078', { y: 60 }),
      ]),
    ]);
    expect(rolesOf(markRecordLines(doc, testContext()))).toEqual([
      ['body', 'record'],
      ['body', 'record'],
    ]);
  });
});
