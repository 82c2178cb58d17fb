import { describe, expect, test } from 'vitest';
import { isDisclaimer, markDisclaimer } from '../../src/clean/disclaimer.js';
import { MIDDLE, TOP, block, layout, page, pageWith, rolesOf, testContext } from '../helpers/layout.js';

const EIR =
  'This PDF is auto-generated for reference only. As such, it may contain some conversion errors and/or missing information. For all formal use please refer to the official version on the website, as linked below.';

describe('isDisclaimer', () => {
  test.each([
    [EIR, true],
    ['This document was auto-generated for reference only.', true],
    ['Conversion errors may occur; please refer to the official version.', true],
    ['The auto-generated reports of the ministry were widely ignored by officials in Brussels.', false], // one phrase only
    ['Ten years ago, in 2015, China introduced the plan.', false],
    [`${'Analysts argued at length about the figures. '.repeat(12)} The text was auto-generated for reference only.`, false], // too long: article prose
  ])('%j → %s', (text, expected) => {
    expect(isDisclaimer(text)).toBe(expected);
  });
});

describe('markDisclaimer', () => {
  test('marks the disclaimer on a one-page PDF, where repetition cannot reveal it', () => {
    const doc = pageWith(
      ['This PDF is auto-generated for reference only. As such, it may contain some', 'conversion errors and/or missing information.'],
      { y: TOP - 30, size: 8 },
    );
    expect(rolesOf(markDisclaimer(doc, testContext()))).toEqual([['disclaimer']]);
  });

  test('leaves the article around it alone', () => {
    const doc = layout([
      page(1, [block(EIR, { y: TOP - 30, size: 8 }), block('Officials called the data auto-generated and unreliable.', { y: MIDDLE })]),
    ]);
    expect(rolesOf(markDisclaimer(doc, testContext()))).toEqual([['disclaimer', 'body']]);
  });
});
