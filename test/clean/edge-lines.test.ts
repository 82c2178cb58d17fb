import { describe, expect, test } from 'vitest';
import { markEdgeLines } from '../../src/clean/edge-lines.js';
import { MIDDLE, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

/** Pages whose first block is `head(p)`, set below the top band, then a page of text. */
const doc = (count: number, head: (p: number) => string) =>
  layout(
    Array.from({ length: count }, (_, i) =>
      page(i + 1, [block(head(i + 1), { y: 700, size: 9 }), block(`Text of page ${i + 1}: ${'word '.repeat(i + 5)}`, { y: MIDDLE })]),
    ),
  );

describe('markEdgeLines', () => {
  test('the same short line heading most pages below the band is a running header', () => {
    expect(
      rolesOf(
        markEdgeLines(
          doc(4, (p) => `Annual Review 2024 · page ${p}`),
          testContext(),
        ),
      ).map((r) => r[0]),
    ).toEqual(['running-header', 'running-header', 'running-header', 'running-header']);
  });

  test.each([
    ['different headings on each page', (p: number) => ['Introduction', 'Methods', 'Results', 'Discussion'][p - 1] ?? ''],
    ['a two-page document', (p: number) => `Annual Review 2024 · page ${p}`],
  ])('%s stay body', (name, head) => {
    const count = name === 'a two-page document' ? 2 : 4;
    expect(rolesOf(markEdgeLines(doc(count, head), testContext())).every((r) => r[0] === 'body')).toBe(true);
  });

  test('the same text in the middle of every page is no running line', () => {
    const same = layout([1, 2, 3, 4].map((p) => page(p, [block('Body text.', { y: MIDDLE })])));
    expect(rolesOf(markEdgeLines(same, testContext())).every((r) => r[0] === 'body')).toBe(true);
  });
});
