import { describe, expect, test } from 'vitest';
import { clean, learnFurniture } from '../../src/clean/index.js';
import type { PageLayout } from '../../src/model/document.js';
import { FOOTER_TOP, HEADER, HEADER_TOP, PRODUCER, SMALL, exampleTemplate, templateDoc } from '../helpers/furniture.js';
import { FOOT, MIDDLE, TOP, block, layout, page, testContext } from '../helpers/layout.js';

const DISCLAIMER =
  'This PDF is auto-generated for reference only. As such, it may contain some conversion errors and/or missing information.';

const learnt = (doc: PageLayout) => learnFurniture(clean(doc, testContext()));

describe('learnFurniture', () => {
  test('a header and footer repeated on three pages are the template, keyed by producer and page size', () => {
    expect(learnt(templateDoc(3))).toEqual(exampleTemplate(1));
  });

  test.each([
    ['a one-page file (its header is only a guess)', templateDoc(1)],
    [
      'a one-page file whose "Written by …" header the pattern pass marks',
      layout([page(1, [block('Written by Nadia Berg', { y: TOP, size: SMALL }), block('Body text.', { y: MIDDLE })])], {
        producer: PRODUCER,
      }),
    ],
    [
      'a disclaimer with nothing repeated',
      layout([page(1, [block(DISCLAIMER, { y: MIDDLE, size: 8 })]), page(2, [block('Body text.', { y: MIDDLE })])], { producer: PRODUCER }),
    ],
  ])('nothing is learnt from %s', (_, doc) => {
    expect(learnt(doc)).toBeUndefined();
  });

  test('pages whose bands hold different lines teach nothing', () => {
    const doc = layout(
      [1, 2, 3].map((n) =>
        page(n, [block(`Section ${'abc'.slice(0, n)} notes`, { y: TOP, size: SMALL }), block('Body text.', { y: MIDDLE })]),
      ),
      { producer: PRODUCER },
    );
    expect(learnt(doc)).toBeUndefined();
  });

  test('page numbers are masked in the key', () => {
    const doc = layout(
      [1, 2, 3].map((n) =>
        page(n, [block('Body text.', { y: MIDDLE }), block(`Example Review, page ${n} of 3`, { y: FOOT, size: SMALL })]),
      ),
    );
    expect(learnt(doc)?.lines).toEqual([{ kind: 'running-footer', key: 'example review, page # of #', top: FOOTER_TOP, files: 1 }]);
  });

  test('no producer is keyed as the empty string', () => {
    expect(learnt(templateDoc(2, { producer: '' }))?.template.producer).toBe('');
  });

  test('a page size off the whole point is rounded', () => {
    expect(learnt(templateDoc(2, { size: { width: 595.28, height: 841.89 } }))?.template).toEqual({
      producer: PRODUCER,
      width: 595,
      height: 842,
    });
  });

  test('the disclaimer comes along once something repeated', () => {
    const doc = layout(
      [1, 2].map((n) =>
        page(n, [
          block(HEADER, { y: TOP, size: SMALL }),
          ...(n === 1 ? [block(DISCLAIMER, { y: TOP - 40, size: 8 })] : []),
          block('Body text.', { y: MIDDLE }),
        ]),
      ),
      { producer: PRODUCER },
    );
    expect(learnt(doc)?.lines.map((l) => [l.kind, l.top])).toEqual([
      ['running-header', HEADER_TOP],
      ['disclaimer', 842 - (TOP - 40 + 8)],
    ]);
  });

  test('the same line set at another height on page 1 is learnt at both heights', () => {
    const doc = layout([templateDoc(1, { headerY: TOP - 12 }).pages[0]!, ...templateDoc(3).pages.slice(1)], { producer: PRODUCER });
    expect(
      learnt(doc)
        ?.lines.filter((l) => l.kind === 'running-header')
        .map((l) => l.top),
    ).toEqual([HEADER_TOP, HEADER_TOP + 12]);
  });
});
