import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js once per process. Its Node build requires an optional native canvas addon
 * at import time, which only rendering uses; text extraction never does, so the require is
 * answered with an empty module and the three DOM classes it would polyfill get inert stand-ins.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const Module = createRequire(import.meta.url)('node:module') as {
      _load: (request: string, ...rest: unknown[]) => unknown;
    };
    const originalLoad = Module._load;
    Module._load = function load(this: unknown, request: string, ...rest: unknown[]) {
      if (request === '@napi-rs/canvas') return {};
      return originalLoad.call(this, request, ...rest);
    };
    const g = globalThis as Record<string, unknown>;
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= class {};
    // pdf.js in Node runs its worker in this thread and takes it from here when it is set
    g.pdfjsWorker ??= await loadWorker();
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      Module._load = originalLoad;
    }
  })();
  return loading;
}

/** The line of pdf.js's text extraction that skips invisible format characters (\p{Cf}), and
 *  the same line keeping a soft hyphen (U+00AD) whose glyph has an advance. pdf.js skips it
 *  without moving past it: producers that draw every hyphen as U+00AD (iLovePDF) lose their
 *  hyphens, and the glyphs after one in the same run land a hyphen's width too far left, so
 *  the gap shows up as a space further on ("AraboI slamic" for "Arabo-Islamic"). A soft hyphen
 *  drawn with an advance is a hyphen on the page, so it stays in the text; one without an
 *  advance is still left out, as nothing is drawn for it. */
const SKIP_FORMAT_MARK = 'if (category.isInvisibleFormatMark) {';
const KEEP_DRAWN_SOFT_HYPHEN = 'if (category.isInvisibleFormatMark && !(glyph.unicode === "\\u00ad" && glyph.width > 0)) {';

/** pdf.js's worker module with drawn soft hyphens kept, or undefined (pdf.js then loads its own)
 *  when its source no longer holds the line this changes. */
async function loadWorker(): Promise<unknown> {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const source = await readFile(file, 'utf8');
  if (source.split(SKIP_FORMAT_MARK).length !== 2) return undefined;
  const patched = source.replace(SKIP_FORMAT_MARK, KEEP_DRAWN_SOFT_HYPHEN);
  return import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`);
}

/** Folder of pdf.js's bundled CMaps, with a trailing slash as pdf.js wants. */
export function pdfJsDataDir(sub: 'cmaps'): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(pkg), sub) + path.sep;
}
