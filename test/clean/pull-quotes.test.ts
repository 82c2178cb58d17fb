import { describe, expect, test } from 'vitest';
import { markPullQuotes } from '../../src/clean/pull-quotes.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const SENTENCE = 'We have intimate relationships with our tools for art, and so it should be with computers.';
const PROSE = `Artists have always shaped their tools. ${SENTENCE} The rest of the argument follows from there, step by step.`;
const TITLE = block('On Tools', { y: 780, size: 24 });

describe('markPullQuotes', () => {
  test('a sentence of the text set again in display type leaves the body; the sentence stays', () => {
    const doc = layout([
      page(1, [TITLE, block(PROSE, { y: 700 }), block(`“${SENTENCE}”`, { y: 500, size: 16 }), block(PROSE.slice(0, 40), { y: 400 })]),
    ]);
    expect(rolesOf(markPullQuotes(doc, testContext()))[0]).toEqual(['body', 'body', 'pull-quote', 'body']);
  });

  test.each([
    ['a heading quoted in the text', 'Using the tools of the trade for art and computers', true],
    ['display text the article does not repeat', 'A completely different sentence that appears only once in large type.', false],
  ])('%s stays', (_, display, quoted) => {
    const text = quoted ? `${PROSE} See “${display}”.` : PROSE;
    const doc = layout([page(1, [TITLE, block(text, { y: 700 }), block(display, { y: 500, size: 16 })])]);
    expect(rolesOf(markPullQuotes(doc, testContext()))[0]).toEqual(['body', 'body', 'body']);
  });

  test('the title, in the largest type, is no pull quote even when the URL spells it out', () => {
    const title = 'Opinion – Can the Gulf Buy Its Way to Food Security?';
    const doc = layout([
      page(1, [
        block(title, { y: 760, size: 18 }),
        block('https://www.example.org/2024/09/05/opinion-can-the-gulf-buy-its-way-to-food-security/', { y: 730, size: 8 }),
        block(PROSE, { y: 700 }),
      ]),
    ]);
    expect(rolesOf(markPullQuotes(doc, testContext()))[0]).toEqual(['body', 'body', 'body']);
  });

  test('the sentence broken at a line end in the text still matches its pull quote', () => {
    const doc = layout([
      page(1, [
        TITLE,
        block(
          [
            'Artists have always shaped their tools. We have intimate relation-',
            'ships with our tools for art, and so it should be with computers. The rest follows.',
          ],
          {
            y: 700,
          },
        ),
        block(`“${SENTENCE}”`, { y: 500, size: 16 }),
      ]),
    ]);
    expect(rolesOf(markPullQuotes(doc, testContext()))[0]).toEqual(['body', 'body', 'pull-quote']);
  });
});
