import { describe, expect, test } from 'vitest';
import { markMarginText } from '../../src/clean/margin-text.js';
import type { Block, Line } from '../../src/model/document.js';
import { PAGE_WIDTH, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

/** A block of one upright line (a stamp turned a quarter) whose box is x0..x0+20, 300 pt tall. */
function upright(text: string, x0: number): Block {
  const base = block(text, { x: x0, y: 300, size: 20, width: 20 });
  const lines: Line[] = base.lines.map((l) => ({ ...l, box: [x0, 200, x0 + 20, 500] }));
  return { ...base, lines, box: [x0, 200, x0 + 20, 500] };
}

describe('markMarginText', () => {
  test('an upright stamp up the left or right margin is margin text', () => {
    const doc = layout([
      page(1, [
        block('Body text of the page', { y: 700 }),
        upright('arXiv:1601.03642v1 [cs.CV] 12 Jan 2016', 12),
        upright('EP06AU20', PAGE_WIDTH - 30),
      ]),
    ]);
    expect(rolesOf(markMarginText(doc, testContext()))).toEqual([['body', 'margin', 'margin']]);
  });

  test('upright text inside the page, and flat text in the margin, stay body', () => {
    const flat = block('A short side note', { x: 10, y: 400, width: 40 });
    const doc = layout([page(1, [upright('Axis label', PAGE_WIDTH / 2), flat])]);
    expect(rolesOf(markMarginText(doc, testContext()))).toEqual([['body', 'body']]);
  });

  test('a page whose text is all upright (vertical writing) has no margin text', () => {
    const doc = layout([page(1, [upright('日本語', PAGE_WIDTH - 30), upright('あいうえお', PAGE_WIDTH - 60)])]);
    expect(rolesOf(markMarginText(doc, testContext()))).toEqual([['body', 'body']]);
  });
});
