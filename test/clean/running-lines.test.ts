import { describe, expect, test } from 'vitest';
import { bandOf, markRunningLines } from '../../src/clean/running-lines.js';
import { FOOT, MIDDLE, TOP, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const TITLE = 'Opinion – Dams, Fish and Diplomacy on the Mekong';

/** A document of `count` pages, each with a two-line header, one body block and a footer. */
function doc(
  count: number,
  header: (p: number) => string = () => 'Written by Daniel Okafor',
  footer = (p: number) => `Page ${p} of ${count}`,
) {
  return layout(
    Array.from({ length: count }, (_, i) =>
      page(i + 1, [
        block([TITLE, header(i + 1)], { y: TOP, size: 7, leading: 9 }),
        block(`Body text of page ${i + 1}, different on every page: ${'word '.repeat(i + 3)}`, { y: MIDDLE }),
        block(footer(i + 1), { y: FOOT, size: 7 }),
      ]),
    ),
  );
}

describe('markRunningLines', () => {
  test('headers and footers repeated on every page, page numbers masked', () => {
    expect(rolesOf(markRunningLines(doc(3), testContext()))).toEqual(
      Array.from({ length: 3 }, () => ['running-header', 'body', 'running-footer']),
    );
  });

  test.each([
    ['a transposition', 'Written by Daniel Okafro'],
    ['a dropped letter', 'Written by Daniel Okafr'],
    ['a doubled letter', 'Written by Daniel Okaffor'],
  ])('a header with %s on one page is still the running header', (_, typo) => {
    const result = markRunningLines(
      doc(4, (p) => (p === 3 ? typo : 'Written by Daniel Okafor')),
      testContext(),
    );
    expect(rolesOf(result).map((roles) => roles[0])).toEqual(['running-header', 'running-header', 'running-header', 'running-header']);
  });

  test('a different top line on one page is not swept up with the header', () => {
    const result = markRunningLines(
      doc(4, (p) => (p === 2 ? 'Chapter notes and sources for this section' : 'Written by Daniel Okafor')),
      testContext(),
    );
    expect(rolesOf(result)[1]?.[0]).toBe('body');
  });

  test('a single page has nothing to repeat', () => {
    expect(rolesOf(markRunningLines(doc(1), testContext()))).toEqual([['body', 'body', 'body']]);
  });

  test('text repeated in the middle of pages is body', () => {
    const same = layout([1, 2, 3].map((p) => page(p, [block('Key findings', { y: MIDDLE })])));
    expect(rolesOf(markRunningLines(same, testContext()))).toEqual([['body'], ['body'], ['body']]);
  });
});

describe('bandOf', () => {
  test.each([
    [TOP, 'top'],
    [FOOT, 'bottom'],
    [MIDDLE, undefined],
  ])('a block at y=%d is in the %s band', (y, band) => {
    const p = page(1, [block('x', { y })]);
    expect(bandOf(p.blocks[0]!, p)).toBe(band);
  });
});

describe('alternating running heads', () => {
  /** Facing pages: the author on even pages, the short title on odd ones, page numbers outside. */
  const facing = (count: number) =>
    layout(
      Array.from({ length: count }, (_, i) => {
        const p = i + 1;
        const head = p % 2 === 0 ? [`${200 + p}`, 'Maria Rossi'] : ['Maria Rossi on the History of Alchemy', `${200 + p}`];
        const blocks = [block(`Body text of page ${p}: ${'word '.repeat(p + 3)}`, { y: MIDDLE })];
        return page(p, p === 1 ? blocks : [block(head, { y: TOP, size: 10, leading: 0.1 }), ...blocks]);
      }),
    );

  test('a head on every even page and another on every odd page are both running headers', () => {
    expect(rolesOf(markRunningLines(facing(5), testContext())).map((roles) => roles[0])).toEqual([
      'body',
      'running-header',
      'running-header',
      'running-header',
      'running-header',
    ]);
  });

  test('a top line on a single even page is body', () => {
    const doc = facing(5);
    const lone = layout(doc.pages.map((p) => (p.page === 4 ? page(4, [block('Closing thoughts', { y: TOP }), ...p.blocks.slice(1)]) : p)));
    expect(rolesOf(markRunningLines(lone, testContext()))[3]?.[0]).toBe('body');
  });
});

describe('side-margin running heads', () => {
  const sided = (count: number, side: string) =>
    layout(
      Array.from({ length: count }, (_, i) =>
        page(i + 1, [
          block(side, { y: MIDDLE + 100, x: 10, width: 50, size: 8 }),
          block(`Body text of page ${i + 1}, different on every page: ${'word '.repeat(i + 3)}`, { y: MIDDLE, x: 90, width: 420 }),
        ]),
      ),
    );

  test('a head repeated in the left margin of every page is a running header', () => {
    expect(rolesOf(markRunningLines(sided(3, 'Chapter 2'), testContext())).map((roles) => roles[0])).toEqual([
      'running-header',
      'running-header',
      'running-header',
    ]);
  });

  test('text in the margin of one page only is body', () => {
    const doc = sided(3, 'Chapter 2');
    const once = layout(doc.pages.map((p) => (p.page === 1 ? p : page(p.page, p.blocks.slice(1)))));
    expect(rolesOf(markRunningLines(once, testContext()))[0]?.[0]).toBe('body');
  });
});
