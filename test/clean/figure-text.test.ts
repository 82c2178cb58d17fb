import { describe, expect, test } from 'vitest';
import { markCaptions } from '../../src/clean/captions.js';
import { markFigureText } from '../../src/clean/figure-text.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';
import type { PageLayout } from '../../src/model/document.js';

const BODY = 'Our measurements of the river show that the flow slowed during the dry season of that year. '.repeat(3);
const run = (doc: PageLayout) => markFigureText(markCaptions(doc, testContext()), testContext());

describe('markFigureText', () => {
  test('labels drawn above a caption leave the body; the paragraph before the figure stays', () => {
    const doc = layout([
      page(1, [
        block(BODY, { y: 760 }),
        block('x0', { y: 700 }),
        block('w2', { y: 690, x: 150 }),
        block('Σ ϕ', { y: 680, x: 200 }),
        block('Fig. 1: A unit of a network.', { y: 640 }),
        block(BODY, { y: 600 }),
      ]),
    ]);
    expect(rolesOf(run(doc))[0]).toEqual(['body', 'figure-text', 'figure-text', 'figure-text', 'caption', 'body']);
  });

  test('a sentence in small type above a caption is a standfirst, not a label', () => {
    const doc = layout([
      page(1, [
        block('In March, the ministry issued its strategy.', { y: 700, size: 9 }),
        block('Figure 1. Five pillars', { y: 640, size: 9 }),
      ]),
    ]);
    expect(rolesOf(run(doc))[0]).toEqual(['body', 'caption']);
  });

  test('between a caption set above its figure and the source line, the figure text leaves the body', () => {
    const doc = layout([
      page(1, [
        block('Figure 2: Extent of coverage', { y: 700, size: 9 }),
        block('Fully addressed', { y: 680, size: 8 }),
        block(['Goals, objectives,', 'and measures'], { y: 660, size: 8 }),
        block('Source: analysis of the strategy.', { y: 620, size: 6 }),
        block(BODY, { y: 580 }),
      ]),
    ]);
    expect(rolesOf(run(doc))[0]).toEqual(['caption', 'figure-text', 'figure-text', 'caption', 'body']);
  });

  test('without a source line, text below a caption stays', () => {
    const doc = layout([
      page(1, [
        block('Figure 2: Extent of coverage', { y: 700, size: 9 }),
        block('Fully addressed', { y: 680, size: 8 }),
        block(BODY, { y: 580 }),
      ]),
    ]);
    expect(rolesOf(run(doc))[0]).toEqual(['caption', 'body', 'body']);
  });

  test('the last words of a paragraph, set as a block of their own above a caption, stay', () => {
    const doc = layout([
      page(1, [block(BODY, { y: 760 }), block('and so on.', { y: 700 }), block('Fig. 1: A unit of a network.', { y: 640 })]),
    ]);
    expect(rolesOf(run(doc))[0]).toEqual(['body', 'body', 'caption']);
  });
});
