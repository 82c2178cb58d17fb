import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORKER_BUNDLE, keepDrawnSoftHyphens, runPdfJsScripts } from './pdfjs-scripts.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;
/** How this process loaded pdf.js: for text only (canvas addon answered empty) or to draw pages. */
let loadedFor: 'text' | 'drawing' | undefined;

/**
 * Loads pdf.js once per process. Its Node build requires an optional native canvas addon
 * at import time, which only rendering uses; text extraction never does, so the require is
 * answered with an empty module and the three DOM classes it would polyfill get inert stand-ins.
 * Its worker is loaded here too, in this thread (pdf.js takes it from globalThis.pdfjsWorker),
 * so that everything pdf.js installs is in place before Array.prototype.push is given back.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loadedFor ??= 'text';
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
    const restorePush = keepNativePush();
    try {
      const api = fromScripts();
      if (api) return api;
      g.pdfjsWorker ??= await importWorker();
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      Module._load = originalLoad;
      restorePush();
    }
  })();
  return loading;
}

/**
 * Loads pdf.js once per process to draw pages: with its canvas addon (@napi-rs/canvas, an
 * optional dependency of pdfjs-dist) and the DOM classes the addon gives. Rejects when the addon
 * is missing, or when this process loaded pdf.js for text only: it then has inert stand-ins for
 * those classes, so a process that draws must load pdf.js this way first.
 */
export function loadPdfJsForDrawing(): Promise<PdfJs> {
  if (loadedFor === 'text') return Promise.reject(new Error('pdf.js was loaded for text only in this process: it cannot draw pages'));
  loadedFor = 'drawing';
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    require('@napi-rs/canvas'); // fails here, plainly, when the addon is missing
    const restorePush = keepNativePush();
    try {
      return fromScripts() ?? (await import('pdfjs-dist/legacy/build/pdf.mjs'));
    } finally {
      restorePush();
    }
  })();
  return loading;
}

/** pdf.js run from kept compiled code (see pdfjs-scripts.ts), or undefined when its bundles
 *  cannot run that way: they are then imported as modules. */
function fromScripts(): PdfJs | undefined {
  try {
    return runPdfJsScripts() as PdfJs | undefined;
  } catch {
    return undefined;
  }
}

/** The worker module with drawn soft hyphens kept (from a data: URL), or pdf.js's own when its
 *  source no longer holds the line the patch changes. */
async function importWorker(): Promise<unknown> {
  const patched = keepDrawnSoftHyphens(readFileSync(WORKER_BUNDLE, 'utf8'));
  if (patched === undefined) return import(pathToFileURL(WORKER_BUNDLE).href);
  return import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`);
}

/**
 * Keeps V8's own Array.prototype.push across the loading of pdf.js. The legacy build bundles
 * core-js, which on V8 before 12.2 (Node 20) replaces push with a function written in JS, for
 * the sake of one corner case (pushing onto an array whose length was made read-only, which
 * should throw). That function is several times slower, and every push in the process goes
 * through it, pdf.js's own and the pipeline's: on the benchmark corpus it took about a tenth of
 * a Markdown-only run. Nothing here or in pdf.js freezes an array's length, so the native push
 * behaves the same. Returns the function that puts it back.
 */
function keepNativePush(): () => void {
  const native = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  return () => {
    if (native && Array.prototype.push !== native.value) Object.defineProperty(Array.prototype, 'push', native);
  };
}

/** Folder of pdf.js's bundled CMaps or standard fonts, with a trailing slash as pdf.js wants. */
export function pdfJsDataDir(sub: 'cmaps' | 'standard_fonts'): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(pkg), sub) + path.sep;
}

/** The options of every document opened here, reading or drawing: pdf.js takes ownership of (and
 *  may detach) the buffer it is given, so it gets a copy; nothing in a PDF may compile code, fetch
 *  or use the platform's fonts and decoders. */
export function documentOptions(bytes: Uint8Array, password: string | undefined) {
  return {
    data: new Uint8Array(bytes),
    ...(password === undefined ? {} : { password }),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    cMapUrl: pdfJsDataDir('cmaps'),
    cMapPacked: true,
    verbosity: 0,
  };
}
