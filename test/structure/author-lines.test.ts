import { describe, expect, test } from 'vitest';
import { isAuthorLine } from '../../src/structure/author-lines.js';

const AUTHORS = ['Jane Doe', 'John Roe'];

describe('isAuthorLine', () => {
  test.each([
    ['Jane Doe', true],
    ['and John Roe', true], // the second line of a wrapped author list
    ['Jane Doe and John Roe', true],
    ['by Jane Doe', true],
    ['Jane Doe, John Roe', true],
    ['Jane Doe and Ann Poe', false],
    ['Jane Doe said the plan would work.', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isAuthorLine(text, AUTHORS)).toBe(expected);
  });

  test('no authors known: nothing is an author line', () => {
    expect(isAuthorLine('Jane Doe', [])).toBe(false);
  });
});
