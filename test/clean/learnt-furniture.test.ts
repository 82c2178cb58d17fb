import { describe, expect, test } from 'vitest';
import { markLearntFurniture } from '../../src/clean/learnt-furniture.js';
import type { FurnitureTemplate } from '../../src/model/furniture.js';
import { FOOTER, HEADER, PRODUCER, SMALL, exampleTemplate, templateDoc, templatePage } from '../helpers/furniture.js';
import { FOOT, MIDDLE, TOP, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const A4 = 'producer "Example Review Press 4.2", 595×842 pt';
const mark = (doc = templateDoc(1), furniture: readonly FurnitureTemplate[] = [exampleTemplate(3)]) =>
  markLearntFurniture(doc, testContext({ furniture }));

describe('markLearntFurniture', () => {
  test("a one-page file's header and footer are marked by its template, with the files that taught them", () => {
    const marked = mark();
    expect(rolesOf(marked)).toEqual([['running-header', 'body', 'running-footer']]);
    expect(marked.pages[0]?.blocks.map((b) => b.evidence)).toEqual([
      `learnt from 3 other files of this template (${A4})`,
      undefined,
      `learnt from 3 other files of this template (${A4})`,
    ]);
  });

  test.each([
    ['no learnt furniture', templateDoc(1), []],
    ['another producer', templateDoc(1, { producer: 'Other Press' }), undefined],
    ['no producer', templateDoc(1, { producer: '' }), undefined],
    [
      'another page width (same height, so the header is where the template has it)',
      templateDoc(1, { size: { width: 612, height: 842 } }),
      undefined,
    ],
    ['lines set a line lower', templateDoc(1, { headerY: TOP - 10 }), undefined],
  ])('the header is not marked with %s', (_, doc, furniture) => {
    const header = mark(doc, furniture).pages[0]?.blocks[0];
    expect([header?.role, header?.evidence]).toEqual(['body', undefined]);
  });

  test('without learnt furniture the layout is returned as it came', () => {
    const doc = templateDoc(1);
    expect(markLearntFurniture(doc, testContext())).toBe(doc);
  });

  test.each([
    ['a page size off by a fraction of a point', 'running-header', templateDoc(1, { size: { width: 595.28, height: 841.89 } })],
    ['a typo in the header', 'running-header', templateDoc(1, { header: 'Example Reveiw — example-review.org' })],
    ['a header set a point lower', 'running-header', templateDoc(1, { headerY: TOP - 1 })],
    ['a different top line', 'body', templateDoc(1, { header: 'Letters to the editor, spring issue' })],
  ])('with %s the header is %s', (_, role, doc) => {
    expect(rolesOf(mark(doc))[0]?.[0]).toBe(role);
  });

  test('a footer naming another year is still the footer (digits masked)', () => {
    expect(rolesOf(mark(templateDoc(1, { footer: 'Example Review · Independent commentary since 2011' })))[0]?.[2]).toBe('running-footer');
  });

  test('a page of another size inside a file of the template is left alone', () => {
    const doc = layout([templatePage(1), templatePage(2, { size: { width: 612, height: 842 } })], { producer: PRODUCER });
    expect(rolesOf(mark(doc)).map((roles) => roles[0])).toEqual(['running-header', 'body']);
  });

  test('a block is marked only when every line of it is a template line', () => {
    const doc = layout(
      [page(1, [block([HEADER, 'A second line no file showed'], { y: TOP, size: SMALL, leading: 9 }), block('Body.', { y: MIDDLE })])],
      { producer: PRODUCER },
    );
    expect(rolesOf(mark(doc))).toEqual([['body', 'body']]);
  });

  test('a block another pass marked keeps its role and has no evidence', () => {
    const doc = layout([page(1, [block(HEADER, { y: TOP, size: SMALL, role: 'title' }), block(FOOTER, { y: FOOT, size: SMALL })])], {
      producer: PRODUCER,
    });
    expect(mark(doc).pages[0]?.blocks.map((b) => [b.role, b.evidence !== undefined])).toEqual([
      ['title', false],
      ['running-footer', true],
    ]);
  });

  test('of two matching templates the one with more files teaches, and the evidence counts its files', () => {
    const marked = mark(templateDoc(1), [exampleTemplate(1), exampleTemplate(5, { width: 596 })]);
    expect(marked.pages[0]?.blocks[0]?.evidence).toBe(
      'learnt from 5 other files of this template (producer "Example Review Press 4.2", 596×842 pt)',
    );
  });

  test('one file of evidence is enough, and said so', () => {
    expect(mark(templateDoc(1), [exampleTemplate(1)]).pages[0]?.blocks[0]?.evidence).toBe(
      `learnt from 1 other file of this template (${A4})`,
    );
  });

  test('each relabelling is noted', () => {
    const ctx = testContext({ furniture: [exampleTemplate(2)] });
    markLearntFurniture(templateDoc(1), ctx);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(['clean/running-header', 'clean/running-footer']);
  });
});
