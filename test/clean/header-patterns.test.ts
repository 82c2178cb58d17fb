import { describe, expect, test } from 'vitest';
import { markHeaderPatterns } from '../../src/clean/header-patterns.js';
import { FOOT, MIDDLE, TOP, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const TITLE = 'Opinion – Lithium Nationalism in the Andes';

/** A one-page article: small header, large title, body, and the footer given. */
const onePage = (header: readonly string[], footer: string) =>
  layout([
    page(1, [
      block(header, { y: TOP, size: 7, leading: 9 }),
      block(TITLE, { y: TOP - 80, size: 18 }),
      block('Body text of the article.', { y: MIDDLE }),
      block(footer, { y: FOOT, size: 7 }),
    ]),
  ]);

describe('markHeaderPatterns (what repetition cannot reveal)', () => {
  test('a small-print title and "Written by …" in the top band are the header', () => {
    expect(rolesOf(markHeaderPatterns(onePage([TITLE, 'Written by Rodrigo Paredes'], 'www.e-ir.info | 1'), testContext()))).toEqual([
      ['running-header', 'body', 'body', 'running-footer'],
    ]);
  });

  test.each([
    ['E-International Relations ISSN 2053-8626', 'running-footer'],
    ['www.example.org | 2', 'running-footer'],
    ['example.org', 'running-footer'],
    ['Notes and sources', 'body'],
  ])('footer %j is %s', (footer, role) => {
    expect(rolesOf(markHeaderPatterns(onePage([TITLE], footer), testContext()))[0]?.[3]).toBe(role);
  });

  test('a top line that copies nothing and names no author stays body', () => {
    expect(rolesOf(markHeaderPatterns(onePage(['Special issue on energy'], 'x'), testContext()))[0]?.[0]).toBe('body');
  });
});

describe('volume and issue lines', () => {
  test.each([
    ['Vol. 85, No. 152', TOP, 'running-header'],
    ['Volume 12 | Issue 3', FOOT, 'running-footer'],
    ['Vol. 85, No. 152', MIDDLE, 'body'], // cited in the text, not in a band
    ['Issue 7 · Spring 2024', TOP, 'running-header'],
    ['Ausgabe 3/2024', FOOT, 'running-footer'],
    ['Issue 7 of the series was the last to appear', TOP, 'body'],
  ])('%j at y=%d → %s', (text, y, role) => {
    const doc = layout([page(1, [block(text, { y, size: 8 }), block(TITLE, { y: TOP - 80, size: 18 })])]);
    expect(rolesOf(markHeaderPatterns(doc, testContext()))[0]?.[0]).toBe(role);
  });
});
