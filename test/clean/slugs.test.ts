import { describe, expect, test } from 'vitest';
import { isSlug, markSlugs } from '../../src/clean/slugs.js';
import { MIDDLE, pageWith, rolesOf, testContext } from '../helpers/layout.js';

describe('isSlug', () => {
  test.each([
    ['BILLING CODE 4910–13–P', true],
    ['[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]', true],
    ['VerDate Sep<11>2014 17:01 Aug 05, 2020 Jkt 250001 PO 00000 Frm 00001 Fmt 4702 Sfmt 4702', true],
    ['Downloaded from https://academic.example.org/article/1/2 by guest on 01 December 2026', true],
    ['This content downloaded from 192.0.2.1 on Mon, 01 Dec 2026 10:00:00 UTC', true],
    ['Downloaded from the archive, the files showed a different story.', false],
    ['The billing code was changed in 2019.', false],
    ['The FR Doc. was filed late, the agency said.', false],
  ])('%j → %s', (text, expected) => {
    expect(isSlug(text)).toBe(expected);
  });
});

describe('markSlugs', () => {
  test('a slug in the middle of a column is taken out', () => {
    expect(rolesOf(markSlugs(pageWith('BILLING CODE 4910–13–P', { y: MIDDLE, size: 6 }), testContext()))).toEqual([['slug']]);
  });
});
