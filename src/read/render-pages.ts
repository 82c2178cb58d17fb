import { createRequire } from 'node:module';
import { assertPdfHeader } from './read-pdf.js';
import { classifyPdfJsError } from './errors.js';
import { documentOptions, loadPdfJsForDrawing, pdfJsDataDir } from './pdfjs.js';

type CanvasModule = typeof import('@napi-rs/canvas');

/** One page drawn: its number, its size in points (crop box, unrotated) and the picture. */
export interface PageImage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** JPEG bytes; undefined when this page could not be drawn (`error` says why). */
  readonly jpeg?: Uint8Array;
  readonly error?: string;
}

export interface DrawOptions {
  /** Width of each picture in pixels: the page is scaled to it, whatever its size in points. */
  readonly widthPx: number;
  /** JPEG quality, 0–100. */
  readonly quality: number;
  readonly password?: string;
  /** Receives each page as it is drawn, in page order; awaited before the next page is drawn. */
  readonly onPage: (page: PageImage) => void | Promise<void>;
}

/** Most pixels on the long side of a picture, whatever the page's shape: a strip of a page
 *  (a 20-inch receipt) is not drawn 10,000 pixels tall. */
export const MAX_SIDE_PX = 3000;

/**
 * Draws each page of a PDF with pdf.js onto a canvas (@napi-rs/canvas) and encodes it as JPEG,
 * unrotated, so that the picture lines up with the boxes of the JSON (PDF points from the crop
 * box's lower left corner). Throws ConversionError when the file does not open; a page that
 * fails to draw is reported through `onPage` with its error and the others go on. Returns the
 * number of pages.
 */
export async function drawPages(bytes: Uint8Array, options: DrawOptions): Promise<number> {
  assertPdfHeader(bytes);
  const pdfjs = await loadPdfJsForDrawing();
  const canvases = createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule;
  const task = pdfjs.getDocument({
    ...documentOptions(bytes, options.password),
    // drawing needs the programs of the 14 standard fonts, which reading leaves out
    standardFontDataUrl: pdfJsDataDir('standard_fonts'),
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw classifyPdfJsError(error, options.password !== undefined);
    });
    // a picture is encoded on a thread of libuv's pool while the next page is drawn here: the
    // two take about as long (JPEG of 800 px about 18 ms, drawing a text page 20-60 ms)
    let encoding: Promise<void> = Promise.resolve();
    let older: Promise<void> = Promise.resolve();
    for (let page = 1; page <= doc.numPages; page++) {
      await older.catch(() => undefined); // one picture in hand at most: memory stays flat
      let size = { width: 0, height: 0 };
      let encoded: Promise<Uint8Array> | undefined;
      try {
        const pdfPage = await doc.getPage(page);
        const [x0, y0, x1, y1] = pdfPage.view as [number, number, number, number];
        size = { width: x1 - x0, height: y1 - y0 };
        const scale = Math.min(options.widthPx / size.width, MAX_SIDE_PX / Math.max(size.width, size.height));
        const viewport = pdfPage.getViewport({ scale, rotation: 0 });
        const canvas = canvases.createCanvas(Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff'; // JPEG has no transparency: a page's paper is white
        context.fillRect(0, 0, canvas.width, canvas.height);
        await pdfPage.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
        pdfPage.cleanup();
        encoded = canvas.encode('jpeg', options.quality);
      } catch (error) {
        encoded = Promise.reject(error);
      }
      const drawn = { page, ...size };
      const before = encoding;
      older = before;
      encoding = encoded.then(
        async (jpeg) => {
          await before;
          await options.onPage({ ...drawn, jpeg });
        },
        async (error: unknown) => {
          await before;
          await options.onPage({ ...drawn, error: messageOf(error) });
        },
      );
      encoding.catch(() => undefined); // awaited with the next page or below: not unhandled meanwhile
    }
    await encoding;
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
