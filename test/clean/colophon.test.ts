import { describe, expect, test } from 'vitest';
import { markColophon } from '../../src/clean/colophon.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const PROSE = 'The office will report again next year on the progress of the strategy and its plan. '.repeat(4);

/** A last page: a paragraph of the article, then small print. */
const lastPage = (smallPrint: readonly string[]) =>
  layout([page(1, [block(PROSE, { y: 700 }), ...smallPrint.map((text, i) => block(text, { y: 300 - i * 20, size: 7 }))])]);

describe('markColophon', () => {
  test('the closing box with telephone numbers and a web address leaves the body', () => {
    const doc = lastPage([
      'About the Office',
      'Connect with us: https://www.example.gov/contact.',
      'Jane Doe, Managing Director, Public Affairs, (202) 555-4400',
      'Cover photo source: Example Images',
    ]);
    expect(rolesOf(markColophon(doc, testContext()))[0]).toEqual(['body', 'colophon', 'colophon', 'colophon', 'colophon']);
  });

  test('references with web addresses but no telephone number stay', () => {
    const doc = lastPage([
      '1. Smith, J. Cities and rivers. https://doi.org/10.1000/xyz (2019).',
      '2. Doe, A. Rivers and cities. https://doi.org/10.1000/abc (2020).',
    ]);
    expect(rolesOf(markColophon(doc, testContext()))[0]).toEqual(['body', 'body', 'body']);
  });

  test('a single contact line in a closing note stays', () => {
    const doc = lastPage(['For questions, call (202) 555-4400.']);
    expect(rolesOf(markColophon(doc, testContext()))[0]).toEqual(['body', 'body']);
  });
});
