import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConversionError } from '../../src/model/errors.js';
import { type PageImage, drawPages } from '../../src/read/render-pages.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Width and height of a JPEG from its first start-of-frame marker. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  for (let at = 2; at + 9 < bytes.length; ) {
    const marker = bytes[at + 1] as number;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return {
        height: ((bytes[at + 5] as number) << 8) | (bytes[at + 6] as number),
        width: ((bytes[at + 7] as number) << 8) | (bytes[at + 8] as number),
      };
    }
    at += 2 + length;
  }
  throw new Error('no start-of-frame marker');
}

describe('drawPages', () => {
  test('draws every page of a fixture as a JPEG of the width asked, in page order, with the page size in points', async () => {
    const pages: PageImage[] = [];
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'two-column.pdf')));
    const count = await drawPages(bytes, { widthPx: 400, quality: 60, onPage: (p) => void pages.push(p) });
    expect(count).toBe(2);
    expect(pages.map((p) => [p.page, p.width, p.height, p.error])).toEqual([
      [1, 420, 595, undefined],
      [2, 420, 595, undefined],
    ]);
    const jpeg = pages[0]?.jpeg as Uint8Array;
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpegSize(jpeg)).toEqual({ width: 400, height: Math.round((595 * 400) / 420) });
    expect(jpeg.length).toBeLessThan(60_000);
  });

  test('a file that is not a PDF is refused as such', async () => {
    const drawing = drawPages(new TextEncoder().encode('<html>'), { widthPx: 400, quality: 60, onPage: () => undefined });
    await expect(drawing).rejects.toBeInstanceOf(ConversionError);
  });
});
