import type { Context } from '../model/context.js';
import type { DocInfo, RawDoc, RawPage, TextItem } from '../model/document.js';
import { ConversionError } from '../model/errors.js';
import { classifyPdfJsError } from './errors.js';
import { documentOptions, loadPdfJs } from './pdfjs.js';
import { keepCompiledCode } from './pdfjs-scripts.js';
import { parsePdfDate } from './pdf-date.js';
import { toTextItems } from './text-items.js';
import { checkTextQuality } from './text-quality.js';

/** How far into the file the `%PDF-` header may start; readers accept junk before it. */
const HEADER_SEARCH_BYTES = 1024;

/** Checks the bytes look like a PDF before pdf.js sees them; throws not-a-pdf otherwise. */
export function assertPdfHeader(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ConversionError('not-a-pdf', 'not a PDF: the file is empty');
  const head = Buffer.from(bytes.subarray(0, HEADER_SEARCH_BYTES)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw new ConversionError('not-a-pdf', `not a PDF: no %PDF- header in the first ${HEADER_SEARCH_BYTES} bytes`);
  }
}

/** Reads a PDF's text items (with page, box and font) and document info; no cleaning here. */
export async function readPdf(bytes: Uint8Array, ctx: Context): Promise<RawDoc> {
  assertPdfHeader(bytes);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    ...documentOptions(bytes, ctx.options.password),
    // no standardFontDataUrl: the programs of the 14 standard fonts only serve rendering. Text
    // comes from the PDF's encodings and pdf.js's built-in metrics either way (goldens, dev and
    // real corpus scores unchanged), and loading them took reading from 1.0× to 1.5× a bare
    // pdf.js read (fixtures and dev corpus, one process)
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw classifyPdfJsError(error, ctx.options.password !== undefined);
    });
    if (doc.numPages > ctx.options.maxPages) {
      throw new ConversionError('too-large', `${doc.numPages} pages, over the limit of ${ctx.options.maxPages} (--max-pages)`);
    }
    const info = await readInfo(doc).catch((error: unknown) => {
      ctx.warn('read/info', `document info unreadable: ${String(error)}`);
      return {};
    });
    const pages: RawPage[] = [];
    const failedPages: number[] = [];
    for (let page = 1; page <= doc.numPages; page++) {
      try {
        const pdfPage = await doc.getPage(page);
        const content = await pdfPage.getTextContent();
        const [x0, y0, x1, y1] = pdfPage.view as [number, number, number, number];
        pages.push({
          page,
          width: x1 - x0,
          height: y1 - y0,
          items: toTextItems(content, page, [x0, y0, x1, y1]),
        });
        pdfPage.cleanup();
      } catch (error) {
        failedPages.push(page);
        ctx.warn('read/page', `page ${page} could not be read: ${errorMessage(error)}`);
      }
    }
    return checkTextQuality(finish({ pages, info, pageCount: doc.numPages, failedPages }), ctx);
  } finally {
    await task.destroy();
    keepCompiledCode();
  }
}

function finish(doc: RawDoc): RawDoc {
  const hasText = doc.pages.some((page) => page.items.some((item: TextItem) => item.text.trim() !== ''));
  if (hasText) return doc;
  if (doc.pages.length === 0) {
    throw new ConversionError('damaged', `the PDF is damaged: none of its ${doc.pageCount} page(s) could be read`);
  }
  const span = doc.pageCount === 1 ? 'page 1' : `pages 1–${doc.pageCount}`;
  throw new ConversionError('no-text-layer', `no extractable text on ${span} (scanned PDF? OCR it first, e.g. with ocrmypdf)`);
}

interface PdfInfoDict {
  Title?: unknown;
  Author?: unknown;
  Subject?: unknown;
  Keywords?: unknown;
  Producer?: unknown;
  Creator?: unknown;
  CreationDate?: unknown;
  ModDate?: unknown;
}

async function readInfo(doc: { getMetadata(): Promise<{ info: object }> }): Promise<DocInfo> {
  const { info } = await doc.getMetadata();
  const dict = info as PdfInfoDict;
  const str = (value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined;
    const trimmed = value.replace(/\s+/g, ' ').trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const entries: [keyof DocInfo, string | undefined][] = [
    ['title', str(dict.Title)],
    ['author', str(dict.Author)],
    ['subject', str(dict.Subject)],
    ['keywords', str(dict.Keywords)],
    ['producer', str(dict.Producer)],
    ['creator', str(dict.Creator)],
    ['creationDate', parsePdfDate(str(dict.CreationDate))],
    ['modDate', parsePdfDate(str(dict.ModDate))],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as DocInfo;
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
