import { describe, expect, test } from 'vitest';
import { fixLigatures } from '../../src/clean/ligatures.js';
import { MIDDLE, pageWith, testContext, textsOf } from '../helpers/layout.js';

describe('fixLigatures', () => {
  test.each([
    ['ofﬁcials', 'officials'],
    ['ﬂexible ﬂows', 'flexible flows'],
    ['eﬀort, eﬃcient, baﬄed', 'effort, efficient, baffled'],
    ['$1\u00A0billion', '$1 billion'], // no-break space
    ['ABC', 'ABC'], // fullwidth forms
    ['co\u200Boperation', 'cooperation'], // zero-width space
    ['“Made in China 2025” – it’s ‘bold’ — yes', '“Made in China 2025” – it’s ‘bold’ — yes'], // kept as written
  ])('%j → %j', (text, expected) => {
    const result = fixLigatures(pageWith(text, { y: MIDDLE }), testContext());
    expect(textsOf(result)[0]?.[0]).toBe(expected);
  });

  test('provenance is kept on a repaired span', () => {
    const doc = pageWith('ﬁnance', { page: 2, y: MIDDLE });
    const span = fixLigatures(doc, testContext()).pages[0]?.blocks[0]?.lines[0]?.spans[0];
    expect(span?.text).toBe('finance');
    expect(span?.prov).toEqual(doc.pages[0]?.blocks[0]?.lines[0]?.spans[0]?.prov);
  });

  test('clean text is returned unchanged and unnoted', () => {
    const ctx = testContext();
    fixLigatures(pageWith('plain text', { y: MIDDLE }), ctx);
    expect(ctx.diagnostics).toEqual([]);
  });
});
