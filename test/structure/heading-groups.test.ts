import { describe, expect, test } from 'vitest';
import { groupCandidates, inRun } from '../../src/structure/heading-groups.js';
import { block, font } from '../helpers/layout.js';

const BODY = font();
const bold = (text: string, y: number, spec: { size?: number; name?: string } = {}) =>
  block(text, { y, size: spec.size ?? 13, ...(spec.name ? { name: spec.name } : { bold: true }) });

describe('groupCandidates', () => {
  test('a heading line left open takes the next line at its leading, even in another face', () => {
    const groups = groupCandidates(
      [bold('The Administration Needs to Develop and', 700), bold('Implement the Strategy', 685, { name: 'g_other' })],
      BODY,
    );
    expect([...groups.values()].map((g) => g.length)).toEqual([2]);
  });

  test('a line ending a sentence, a line further down or in another size stays apart', () => {
    expect(groupCandidates([bold('Is it code?', 700), bold('Does it crash?', 685)], BODY).size).toBe(2);
    expect(groupCandidates([bold('Adjusted EPS', 700), bold('Operating Profit', 670)], BODY).size).toBe(2);
    expect(groupCandidates([bold('Kroger Reports Results', 700, { size: 14 }), bold('Highlights', 685)], BODY).size).toBe(2);
  });

  test('body text is no candidate', () => {
    expect(groupCandidates([block(['A paragraph of text', 'that goes on.'], { y: 700 })], BODY).size).toBe(0);
  });
});

describe('inRun', () => {
  test('lines of one type close together run; further apart or in another column they do not', () => {
    expect(inRun(bold('Adjusted EPS', 700), bold('Operating Profit', 670))).toBe(true);
    expect(inRun(bold('Adjusted EPS', 700), bold('Operating Profit', 600))).toBe(false);
    expect(inRun(bold('Adjusted EPS', 700), { ...bold('Operating Profit', 670), column: 1 })).toBe(false);
  });
});
