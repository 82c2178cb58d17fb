import { describe, expect, test } from 'vitest';
import { findTitleRepeats, isAuthorLine, linesAboveTitle } from '../../src/structure/author-lines.js';
import { block } from '../helpers/layout.js';

const AUTHORS = ['Jane Doe', 'John Roe'];

describe('isAuthorLine', () => {
  test.each([
    ['Jane Doe', true],
    ['and John Roe', true], // the second line of a wrapped author list
    ['Jane Doe and John Roe', true],
    ['by Jane Doe', true],
    ['Jane Doe, John Roe', true],
    ['Jane Doe and Ann Poe', false],
    ['Jane Doe said the plan would work.', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isAuthorLine(text, AUTHORS)).toBe(expected);
  });

  test('no authors known: nothing is an author line', () => {
    expect(isAuthorLine('Jane Doe', [])).toBe(false);
  });
});

describe('linesAboveTitle', () => {
  test('short lines before the title on its page; long ones and other pages stay', () => {
    const kicker = block('OPINION', { y: 780 });
    const notice = block('This section contains notices to the public of the proposed issuance of rules and regulations.', { y: 760 });
    const title = block('Libraries should stay open after dark', { y: 740, size: 20 });
    const after = block('By Jane Doe', { y: 700 });
    const earlier = block('Page one furniture', { y: 700, page: 0 });
    expect(linesAboveTitle([earlier, kicker, notice, title, after], title)).toEqual([kicker]);
    expect(linesAboveTitle([kicker, title], undefined)).toEqual([]);
  });
});

describe('findTitleRepeats', () => {
  test('a body block setting the title again, whatever its case and punctuation', () => {
    const repeat = block('PRODUCING PDFs: with groff and mom', { y: 700, page: 3 });
    const other = block('Producing PDFs is easy with groff and mom.', { y: 680, page: 3 });
    expect(findTitleRepeats([repeat, other], 'Producing PDFs with groff and mom')).toEqual([repeat]);
    expect(findTitleRepeats([repeat], null)).toEqual([]);
  });
});
