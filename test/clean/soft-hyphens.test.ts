import { describe, expect, test } from 'vitest';
import { fixSoftHyphens } from '../../src/clean/soft-hyphens.js';
import type { Line } from '../../src/model/document.js';
import { MIDDLE, block, layout, page, pageWith, testContext, textsOf } from '../helpers/layout.js';

describe('fixSoftHyphens', () => {
  test.each([
    ['the pseudo\u00ADAvicenne treatise', 'the pseudo-Avicenne treatise'],
    ['erroneous or non\u00ADexistent references', 'erroneous or non-existent references'],
    ['the (neo\u00AD)Lachmanian approach', 'the (neo-)Lachmanian approach'],
    ['the impossibil\u00AD', 'the impossibil\u00AD'], // at the line end: for the line join to decide
    ['the impossibil\u00AD  ', 'the impossibil\u00AD  '],
    ['a pseudo\u00ADAvicennian treatise, trea\u00AD', 'a pseudo-Avicennian treatise, trea\u00AD'],
    ['no soft hyphen here', 'no soft hyphen here'],
  ])('%j → %j', (text, expected) => {
    const result = fixSoftHyphens(pageWith(text, { y: MIDDLE }), testContext());
    expect(textsOf(result)[0]?.[0]).toBe(expected);
  });

  test('a soft hyphen ending one span is inside the line when another span follows', () => {
    const base = block('x', { y: MIDDLE });
    const first = base.lines[0] as Line;
    const line: Line = {
      ...first,
      spans: [
        { ...first.spans[0], text: 'Arabo\u00AD', prov: [] },
        { text: 'Islamic world', prov: [] },
      ],
    };
    const doc = layout([page(1, [{ ...base, lines: [line] }])]);
    expect(textsOf(fixSoftHyphens(doc, testContext()))[0]?.[0]).toBe('Arabo-Islamic world');
  });

  test('provenance is kept and each line of a block is read on its own', () => {
    const doc = pageWith(['the Judaeo\u00ADArabic sources of the trea\u00AD', 'tise'], { y: MIDDLE });
    const result = fixSoftHyphens(doc, testContext());
    expect(textsOf(result)[0]?.[0]).toBe('the Judaeo-Arabic sources of the trea\u00AD ⏎ tise');
    expect(result.pages[0]?.blocks[0]?.lines[0]?.spans[0]?.prov).toEqual(doc.pages[0]?.blocks[0]?.lines[0]?.spans[0]?.prov);
  });
});
