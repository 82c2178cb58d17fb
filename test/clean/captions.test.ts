import { describe, expect, test } from 'vitest';
import { isCaption, markCaptions } from '../../src/clean/captions.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const BODY = 'Our measurements of the river show that the flow slowed during the dry season of that year. '.repeat(3);

describe('isCaption', () => {
  test.each([
    ['Figure 1. Five pillars of the strategy', 11, true],
    ['Fig. 2: Aurelia aurita', 11, true],
    ['Figure 3 | Gate infidelity and pulse shaping.', 11, true],
    ['Table 4 – Results by region', 11, true],
    ['Abbildung 5: Verlauf der Preise', 11, true],
    ['Table 3 Summary of the votes', 9, true], // no separator, but set apart from the body type
    ['Table 3 Summary of the votes', 11, false],
    ['Figure 1 shows that the flow slowed in the dry season.', 11, false],
    ['Source: national statistics office.', 8, true], // small type
    ['Source: national statistics office.', 11, false],
    ['Photo: Jane Doe for the Review', 8, true],
    ['Photograph by Jane Doe', 8, true],
    ['(AP Photo/Jane Doe)', 8, true],
    ['Photography is a way of seeing, she said.', 8, false],
    ['Bild 2: Der Hafen im Winter', 11, true],
  ])('%j at %d pt → %s', (text, size, expected) => {
    const doc = layout([page(1, [block(BODY, { y: 700 }), block(text, { y: 400, size })])]);
    expect(isCaption(doc.pages[0]!.blocks[1]!, 11)).toBe(expected);
  });
});

describe('markCaptions', () => {
  test('a caption broken at a change of type runs on into the line below, not into the next paragraph', () => {
    const doc = layout([
      page(1, [
        block('Fig. 1: Neural networks are built of simple units which get', { y: 620, size: 9, name: 'g_bold' }),
        block('combined into complex networks.', { y: 608 }),
        block(BODY, { y: 560 }),
      ]),
    ]);
    expect(rolesOf(markCaptions(doc, testContext()))).toEqual([['caption', 'caption', 'body']]);
  });

  test('a sub-figure caption counts only before a labelled caption', () => {
    const lettered = (withFigure: boolean) =>
      layout([
        page(1, [
          block(BODY, { y: 760 }),
          block('(a) Original image', { y: 600, size: 8 }),
          ...(withFigure ? [block('Fig. 4: The style applied to a photograph.', { y: 560 })] : [block(BODY, { y: 560 })]),
        ]),
      ]);
    expect(rolesOf(markCaptions(lettered(true), testContext()))[0]).toEqual(['body', 'caption', 'caption']);
    expect(rolesOf(markCaptions(lettered(false), testContext()))[0]).toEqual(['body', 'body', 'body']);
  });

  test('the small type between sub-figure captions and the figure caption is caption text', () => {
    const doc = layout([
      page(1, [
        block('(a) An artificial neuron unit. (b) A simple feed-', { y: 700, size: 8 }),
        block(['xi are the input signals. Each input signal gets', 'multiplied with its weight.'], { y: 690, size: 8 }),
        block(['forward network. The hidden units are green.'], { y: 690, x: 300, size: 8 }),
        block('Fig. 1: Neural networks are built of simple units.', { y: 640 }),
        block(BODY, { y: 600 }),
      ]),
    ]);
    expect(rolesOf(markCaptions(doc, testContext()))[0]).toEqual(['caption', 'caption', 'caption', 'caption', 'body']);
  });
});
