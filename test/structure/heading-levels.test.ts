import { describe, expect, test } from 'vitest';
import { headingLevels } from '../../src/structure/heading-levels.js';
import { block } from '../helpers/layout.js';

describe('headingLevels', () => {
  test('section numbers give the depth, whatever the type size', () => {
    const heads = [
      block('I. INTRODUCTION', { y: 700, size: 8 }),
      block('A. Google DeepDream', { y: 600, size: 10 }),
      block('3.1. Links', { y: 500 }),
    ];
    const levels = headingLevels(heads.map((b) => [b]));
    expect(heads.map((b) => levels.get(b))).toEqual([2, 3, 3]);
  });

  test('unnumbered headings rank by size, the largest at level 2', () => {
    const heads = [
      block('So which do I use?', { y: 700, size: 18 }),
      block('Is it code?', { y: 600, size: 14 }),
      block('Testing UI?', { y: 500, size: 14.2 }),
    ];
    const levels = headingLevels(heads.map((b) => [b]));
    expect(heads.map((b) => levels.get(b))).toEqual([2, 3, 3]);
  });

  test('an unnumbered heading beside numbered ones ranks on its own', () => {
    const heads = [block('Background', { y: 700, size: 9 }), block('(a) Comments Due Date', { y: 600, size: 8 })];
    const levels = headingLevels(heads.map((b) => [b]));
    expect(heads.map((b) => levels.get(b))).toEqual([2, 3]);
  });
});
