import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { findAuthors } from '../../../src/structure/metadata/authors.js';
import { block } from '../../helpers/layout.js';
import { inputOf } from './input.js';

const TITLE = block('A Title Set Large', { y: 790, size: 20 });
const PARAGRAPH = block(['Body text runs on over a line or two, as a paragraph does.', 'It ends here.'], { y: 600 });

function authorsOf(front: Block[], info = {}) {
  const input = inputOf([TITLE, ...front, PARAGRAPH], info);
  const title = input.blocks[0] as Block;
  return findAuthors(input, [title]);
}
const names = (found: ReturnType<typeof findAuthors>) => found.authors.map((a) => a.name);

describe('findAuthors', () => {
  test.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By ANN LEE, BO CHAN & CY DEE', ['Ann Lee', 'Bo Chan', 'Cy Dee']],
    ['Von Max Mustermann', ['Max Mustermann']],
    ['Par Jeanne Dupont', ['Jeanne Dupont']],
    ['JANE DOE, MAR 3 2024', ['Jane Doe']],
    ['By Monday, the markets had closed', []],
  ])('byline %j → %j', (line, expected) => {
    expect(names(authorsOf([block(line, { y: 760 })]))).toEqual(expected);
  });

  test('"Reviewed by" on a line of its own takes the name on the next block, without markers', () => {
    const found = authorsOf([block('Reviewed by', { y: 760 }), block(['Gabriele Rossi∗', 'University of Bologna'], { y: 740 })]);
    expect(names(found)).toEqual(['Gabriele Rossi']);
    expect(found.evidence).toMatchObject({ source: 'byline', page: 1 });
    expect(found.blocks).toHaveLength(2);
  });

  test('names under the title with affiliation markers are the authors', () => {
    const found = authorsOf([block('S.-T. Wang¹,², C. Shen¹ & L.-M. Duan¹', { y: 760 })]);
    expect(names(found)).toEqual(['S.-T. Wang', 'C. Shen', 'L.-M. Duan']);
    expect(found.authors[0]?.sources).toEqual(['author-line']);
  });

  test('one name under the title counts only when the document information confirms it', () => {
    expect(names(authorsOf([block('Second Quarter Highlights', { y: 760 })]))).toEqual([]);
    const found = authorsOf([block('Alan Kay', { y: 760 })], { author: 'Alan Kay' });
    expect(found.authors).toEqual([{ name: 'Alan Kay', sources: ['author-line', 'pdf-info'] }]);
  });

  test('"and" on a line of its own joins two author lines; the info\'s "and" is no author', () => {
    const found = authorsOf([block('Deri James', { y: 760 }), block(['and', 'Peter Schaffter'], { y: 740 })], {
      author: 'Deri James, and, Peter Schaffter,',
    });
    expect(names(found)).toEqual(['Deri James', 'Peter Schaffter']);
  });

  test('the document information alone names no author', () => {
    expect(authorsOf([], { author: 'Jane Doe' }).authors).toEqual([]);
    expect(authorsOf([], { author: 'U.S. Government Accountability Office, http://www.gao.gov' }).authors).toEqual([]);
  });

  test('a byline that carries a date gives it', () => {
    expect(authorsOf([block('By Jane Doe | 9 February 2025', { y: 760 })]).bylineDate?.value).toBe('2025-02-09');
  });

  test('"About the author" names the author when no byline does', () => {
    const bio = block(['About the author: Jane Doe is a senior fellow at an institute', 'and writes on trade.'], { y: 200, page: 2 });
    const found = authorsOf([bio]);
    expect(found.authors).toEqual([{ name: 'Jane Doe', sources: ['bio'] }]);
    expect(found.evidence).toMatchObject({ source: 'bio', page: 2 });
  });

  test('a subtitle may stand between the title and the names; an address in brackets is no name', () => {
    const found = authorsOf([
      block('A library for the system', { y: 770 }),
      block(['Ann Lee', 'Bo Chan', 'Cy Dee (help@example.org)'], { y: 740 }),
    ]);
    expect(names(found)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee']);
  });

  test('"Reviewed by" beside "Edited by" names referees, not authors', () => {
    const found = authorsOf([
      block('Edited by: Ann Lee, Some University', { y: 770 }),
      block('Reviewed by: Bo Chan, Other University', { y: 750 }),
    ]);
    expect(found.authors).toEqual([]);
  });

  test("a newsletter's next article's byline, after running text, is not this one's", () => {
    const text = block(
      Array.from({ length: 3 }, () => 'Running text of the first article goes on and on for many words here.'),
      { y: 720 },
    );
    const found = authorsOf([block('By Jane Doe', { y: 760 }), text, block('By John Roe', { y: 650 })]);
    expect(names(found)).toEqual(['Jane Doe']);
  });

  test('one name under the title is confirmed by a running head or a bio opening on a later page', () => {
    const head = block('Jane Doe', { y: 815, role: 'running-header', page: 2 });
    expect(names(authorsOf([block('Jane Doe', { y: 760 }), head]))).toEqual(['Jane Doe']);
    const bio = block('Jane Doe is a fellow at an institute and writes on trade and industry.', { y: 300, page: 3 });
    expect(names(authorsOf([block('Jane Doe', { y: 760 }), bio]))).toEqual(['Jane Doe']);
  });
});
