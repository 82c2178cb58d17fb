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
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      Module._load = originalLoad;
    }
  })();
  return loading;
}

/** Folder of pdf.js's bundled CMaps, with a trailing slash as pdf.js wants. */
export function pdfJsDataDir(sub: 'cmaps'): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(pkg), sub) + path.sep;
}
