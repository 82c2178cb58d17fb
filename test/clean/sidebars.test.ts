import { describe, expect, test } from 'vitest';
import { markSidebars } from '../../src/clean/sidebars.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const LINE = 'The committee agreed that the proposal needed more work before a vote';
const column = (x: number, count: number, width = 250) =>
  Array.from({ length: count }, (_, i) => block([LINE, LINE, LINE], { y: 700 - i * 60, x, width }));

describe('markSidebars', () => {
  test('a narrow lane of labels beside the text column leaves the body', () => {
    const doc = layout([
      page(1, [
        block('SUBJECT AREAS:', { y: 700, x: 30, width: 80, size: 8 }),
        block('Received 3 May', { y: 660, x: 30, width: 80, size: 8 }),
        ...column(150, 5, 400),
      ]),
    ]);
    expect(rolesOf(markSidebars(doc, testContext()))[0]).toEqual(['sidebar', 'sidebar', 'body', 'body', 'body', 'body', 'body']);
  });

  test('two columns of one width are both the article', () => {
    const doc = layout([page(1, [...column(40, 4), ...column(310, 4)])]);
    expect(rolesOf(markSidebars(doc, testContext()))[0]?.every((role) => role === 'body')).toBe(true);
  });

  test('a quote that only grazes the text column still stands beside it', () => {
    const doc = layout([page(1, [...column(90, 5, 350), block('About 4 years old', { y: 500, x: 430, width: 100, size: 8 })])]);
    expect(rolesOf(markSidebars(doc, testContext()))[0]?.at(-1)).toBe('sidebar');
  });

  test('a page with little text is left alone', () => {
    const doc = layout([page(1, [block('Label', { y: 700, x: 30, width: 50 }), block('Short text here', { y: 700, x: 200, width: 200 })])]);
    expect(rolesOf(markSidebars(doc, testContext()))[0]).toEqual(['body', 'body']);
  });
});

describe('markSidebars and the end of a column', () => {
  test('a short lane in the body type (the last lines of a column) stays body', () => {
    const doc = layout([page(1, [...column(40, 5, 250), block('and so the vote was put off.', { y: 700, x: 310, width: 120 })])]);
    expect(rolesOf(markSidebars(doc, testContext()))[0]?.at(-1)).toBe('body');
  });
});
