import { describe, expect, test } from 'vitest';
import { markCoverPage } from '../../src/clean/cover-page.js';
import { FOOT, MIDDLE, TOP, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const TITLE = 'Producing Documents with Care';
const PROSE = 'The article itself begins here and runs on for a while. '.repeat(4);

/** A cover (title, author, licence), then the article restarting under its title. */
function covered(firstPageText = ['This file is part of the toolkit.', 'You may redistribute it under the licence.']) {
  return layout([
    page(1, [
      block(TITLE, { y: 600, size: 14 }),
      block('Ada Byron', { y: 560 }),
      ...firstPageText.map((text, i) => block(text, { y: 400 - i * 30 })),
    ]),
    page(2, [block(TITLE, { y: TOP - 40, size: 14 }), block('Ada Byron', { y: TOP - 70 }), block(PROSE, { y: MIDDLE })]),
    page(3, [block(PROSE, { y: MIDDLE })]),
  ]);
}

describe('markCoverPage', () => {
  test('a cover repeated by the first page of the article: all but the title and the names leave the body', () => {
    expect(rolesOf(markCoverPage(covered(), testContext()))[0]).toEqual(['body', 'body', 'cover', 'cover']);
  });

  test('a first page full of article text is no cover', () => {
    const doc = covered(Array.from({ length: 6 }, () => PROSE));
    expect(rolesOf(markCoverPage(doc, testContext()))[0]?.every((role) => role === 'body')).toBe(true);
  });

  test('a title repeated only as a small running head is no restart', () => {
    const doc = covered();
    const small = layout([
      doc.pages[0]!,
      page(2, [block(TITLE, { y: TOP, size: 7 }), block(PROSE, { y: MIDDLE }), block('2', { y: FOOT })]),
      doc.pages[2]!,
    ]);
    expect(rolesOf(markCoverPage(small, testContext()))[0]?.every((role) => role === 'body')).toBe(true);
  });

  test('a title set again in two pieces (title and subtitle apart) still restarts the article', () => {
    const doc = covered();
    const split = layout([
      doc.pages[0]!,
      page(2, [
        block('Producing Documents', { y: TOP - 40, size: 14 }),
        block('with Care', { y: TOP - 60, size: 14 }),
        block(PROSE, { y: MIDDLE }),
      ]),
      doc.pages[2]!,
    ]);
    expect(rolesOf(markCoverPage(split, testContext()))[0]).toEqual(['body', 'cover', 'cover', 'cover']);
  });
});
