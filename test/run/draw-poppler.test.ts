import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { drawWithPoppler, hasPoppler, pageBoxes } from '../../src/run/draw-poppler.js';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-poppler-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('page sizes and rotations are read from pdfinfo -box', () => {
  const info = [
    'Pages:           2',
    'Page    1 rot:   0',
    'Page    2 rot:   270',
    'Page    1 MediaBox:     0.00     0.00   612.00   792.00',
    'Page    1 CropBox:     10.00    20.00   602.00   772.00',
    'Page    2 CropBox:      0.00     0.00   420.00   595.00',
  ].join('\n');
  expect(pageBoxes(info)).toEqual([
    { page: 1, width: 592, height: 752, rotation: 0 },
    { page: 2, width: 420, height: 595, rotation: 270 },
  ]);
});

const poppler = await hasPoppler();
if (!poppler) console.warn('draw-poppler tests skipped: pdftoppm, pdfinfo or timeout is not installed');

describe.skipIf(!poppler)('drawing with Poppler', () => {
  test('every page of a PDF becomes a picture of the width asked for, sized in points', async () => {
    const prefix = path.join(dir, 'two-column.page-');
    const pages = await drawWithPoppler({
      pdf: path.join(root, 'fixtures/two-column.pdf'),
      prefix,
      widthPx: 400,
      quality: 60,
      seconds: 30,
      maxSidePx: 3000,
    });
    expect(pages?.map((p) => [p.page, p.width, p.height])).toEqual([
      [1, 420, 595],
      [2, 420, 595],
    ]);
    for (const p of pages ?? []) expect(p.file && existsSync(p.file)).toBe(true);
  });

  test('a page whose picture would be too long, or a file Poppler cannot read, is left to pdf.js', async () => {
    const base = { prefix: path.join(dir, 'x-'), widthPx: 800, quality: 60, seconds: 30 };
    expect(await drawWithPoppler({ ...base, pdf: path.join(root, 'fixtures/two-column.pdf'), maxSidePx: 1000 })).toBeUndefined();
    expect(await drawWithPoppler({ ...base, pdf: path.join(root, 'package.json'), maxSidePx: 3000 })).toBeUndefined();
  });
});
