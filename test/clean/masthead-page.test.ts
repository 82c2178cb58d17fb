import { describe, expect, test } from 'vitest';
import { markMastheadPage } from '../../src/clean/masthead-page.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const PROSE = 'The model was tested on three groups of users over two years and held up well in each. '.repeat(3);
const article = page(1, [block(PROSE, { y: 700 }), block(PROSE, { y: 600 })]);

describe('markMastheadPage', () => {
  test('a last page of editors, boards and sponsors leaves the body', () => {
    const masthead = page(2, [
      block('Editors:', { y: 760 }),
      block('Jane Doe, University of Somewhere', { y: 740 }),
      block('Advisory Board:', { y: 700 }),
      block('John Roe, Institute of Elsewhere; Ann Poe, College of Nowhere', { y: 680 }),
      block('Sponsors:', { y: 640 }),
      block('Association of Examples', { y: 620 }),
    ]);
    expect(rolesOf(markMastheadPage(layout([article, masthead]), testContext()))[1]).toEqual(Array(6).fill('colophon'));
  });

  test('one credit line on the last page is not a masthead', () => {
    const last = page(2, [block(PROSE, { y: 760 }), block('Editor:', { y: 600 }), block('Jane Doe', { y: 580 })]);
    expect(rolesOf(markMastheadPage(layout([article, last]), testContext()))[1]).toEqual(['body', 'body', 'body']);
  });

  test('labels in the middle of a document are left alone', () => {
    const labels = page(
      2,
      ['Editors:', 'Sponsors:', 'Office:'].map((t, i) => block(t, { y: 700 - i * 40 })),
    );
    const doc = layout([article, labels, page(3, [block(PROSE, { y: 700 })])]);
    expect(rolesOf(markMastheadPage(doc, testContext()))[1]).toEqual(['body', 'body', 'body']);
  });
});
