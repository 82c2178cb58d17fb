import { describe, expect, test } from 'vitest';
import { isPageNumber, markPageNumbers } from '../../src/clean/page-numbers.js';
import { FOOT, MIDDLE, TOP, pageWith, rolesOf, testContext } from '../helpers/layout.js';

describe('isPageNumber', () => {
  test.each([
    ['7', true],
    ['Page 2', true],
    ['Page 2/3', true],
    ['Page 2 of 3', true],
    ['2 of 4', true],
    ['— 2 —', true],
    ['- 2 -', true],
    ['– 12 –', true],
    ['p. 2', true],
    ['[2]', true],
    ['(3)', true],
    ['iv', true],
    ['  7  ', true],
    ['7 Conclusion', false], // a numbered heading is text
    ['2024 was a year of elections', false],
    ['Page two', false],
    ['www.example.org | 2', false], // a site footer, marked by header-patterns instead
    ['1.5%', false],
    ['$84 million', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });
});

describe('markPageNumbers', () => {
  test.each([
    ['7', FOOT, 'page-number'],
    ['2 of 4', FOOT, 'page-number'],
    ['— 3 —', TOP, 'page-number'],
    ['7', MIDDLE, 'body'], // a number alone mid-page is a table cell or a list, not furniture
    ['7 Conclusion', FOOT, 'body'],
  ])('%j at y=%d is %s', (text, y, role) => {
    const doc = markPageNumbers(pageWith(text, { page: 7, y, size: 8 }), testContext());
    expect(doc.pages[0]?.blocks[0]?.role).toBe(role);
  });

  test('a marked page number is noted with its provenance', () => {
    const ctx = testContext();
    markPageNumbers(pageWith('3', { page: 3, y: FOOT }), ctx);
    expect(ctx.diagnostics).toHaveLength(1);
    expect(ctx.diagnostics[0]?.code).toBe('clean/page-number');
    expect(ctx.diagnostics[0]?.prov?.[0]?.page).toBe(3);
  });

  test('blocks already relabelled keep their role', () => {
    const doc = markPageNumbers(pageWith('3', { y: FOOT, role: 'running-footer' }), testContext());
    expect(doc.pages[0]?.blocks[0]?.role).toBe('running-footer');
  });
});

describe('page numbers in a side margin', () => {
  test.each([
    [10, 'page-number'], // in the outer margin
    [300, 'body'], // a number in the middle of the page is text
  ])('"- 3 -" at x=%d is %s', (x, role) => {
    const doc = pageWith('- 3 -', { y: MIDDLE, x, width: 30 });
    expect(rolesOf(markPageNumbers(doc, testContext()))[0]?.[0]).toBe(role);
  });
});
