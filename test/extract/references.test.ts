import { describe, expect, test } from 'vitest';
import { isReferenceEntry } from '../../src/extract/references.js';

describe('reference entries are recognised by their shape', () => {
  test.each([
    'Okafor, B. N. et al. Ion traps at scale. Nature 512, 101–109 (2014).',
    '12. Brandt, L. & Ivers, K. Planar crystals. Phys. Rev. A 88, 043215 (2013).',
    'Moreau J, Lindqvist P. Liposomal agents in review. J Clin Pharm. 2011 Mar;29(4):412-19.',
    'Hassan, R. (2019). The long decade. doi:10.1000/xyz123',
  ])('%j is a reference entry', (text) => {
    expect(isReferenceEntry(text)).toBe(true);
  });

  test.each([
    'In 2014, Okafor and colleagues showed that ion traps scale, and 512 people read it.',
    'Smith et al. (2010) found that growth slowed, a result later confirmed in Peru.',
    'Nature, as Darwin wrote, has no plan.',
    'Sales rose 4% (2023) and 5% (2024).',
  ])('%j is prose', (text) => {
    expect(isReferenceEntry(text)).toBe(false);
  });
});
