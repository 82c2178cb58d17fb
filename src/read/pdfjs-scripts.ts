import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { defaultCacheDir, keepNewestKeys, readOwnFile, removeOthers, writeOwnFile } from './compile-cache.js';

/**
 * pdf.js's two bundles (the worker, which parses and extracts text, and the display layer, its
 * API) run as scripts compiled from code kept between runs. Node 20 keeps no compiled code for
 * ES modules: each process compiled pdf.js's 3 MB anew, and then each function the first time it
 * ran, about 50 ms of CPU on a 3-page file, a good part of a one-file run. Both bundles are
 * self-contained: their only module syntax is a final export list and `import.meta.url`, and
 * both also publish what they export as a global (pdfjsWorker, pdfjsLib), so each runs as a
 * strict function with the file's own URL in place of `import.meta.url`.
 */

/** The line of pdf.js's text extraction that skips invisible format characters (\p{Cf}), and
 *  the same line keeping a soft hyphen (U+00AD) whose glyph has an advance. pdf.js skips it
 *  without moving past it: producers that draw every hyphen as U+00AD (iLovePDF) lose their
 *  hyphens, and the glyphs after one in the same run land a hyphen's width too far left, so
 *  the gap shows up as a space further on ("AraboI slamic" for "Arabo-Islamic"). A soft hyphen
 *  drawn with an advance is a hyphen on the page, so it stays in the text; one without an
 *  advance is still left out, as nothing is drawn for it. */
export const SKIP_FORMAT_MARK = 'if (category.isInvisibleFormatMark) {';
export const KEEP_DRAWN_SOFT_HYPHEN = 'if (category.isInvisibleFormatMark && !(glyph.unicode === "\\u00ad" && glyph.width > 0)) {';

const require = createRequire(import.meta.url);
export const WORKER_BUNDLE = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const DISPLAY_BUNDLE = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');

/** Start of the names of the compiled-code files in the cache folder. */
const CACHE_FAMILY = 'pdfjs-';
/** Keys of compiled code kept per pdf.js version: a few installs (or Node versions) used in turn
 *  each find theirs, and the folder stays a few megabytes. */
const KEPT_KEYS = 3;

interface Compiled {
  readonly script: vm.Script;
  /** Where its compiled code is kept; undefined without a cache folder. */
  readonly cacheFile: string | undefined;
  /** Compiled from kept code (nothing to write after the first document). */
  readonly isCached: boolean;
  /** The script's text to keep beside its compiled code, when it was not read from there. */
  readonly toKeep?: { readonly file: string; readonly code: string };
}

let compiled: readonly Compiled[] = [];

/** The worker's source with drawn soft hyphens kept, or undefined when the line this changes
 *  is not there exactly once. */
export function keepDrawnSoftHyphens(source: string): string | undefined {
  if (source.split(SKIP_FORMAT_MARK).length !== 2) return undefined;
  return source.replace(SKIP_FORMAT_MARK, KEEP_DRAWN_SOFT_HYPHEN);
}

/**
 * Globals the worker bundle is run without. pdf.js 5 inflates Flate streams (page contents,
 * fonts) with the platform's DecompressionStream when there is one; in Node that sends each
 * stream to zlib on the thread pool and back through web streams, and for the many small
 * streams of an article PDF the round trips cost more than the inflating: a bare pdf.js text
 * dump of the benchmark's articles takes about a third longer with it than without. Without it,
 * pdf.js inflates in its own code, as it does on platforms that lack one and as it falls back to
 * whenever that path fails, so the bytes are the same.
 */
export const WORKER_HIDDEN_GLOBALS: readonly string[] = ['DecompressionStream'];

/** A bundle's module source as the body of a strict function called at once, on the same lines
 *  (stack traces stay right); undefined when it does not end in one export list. Other module
 *  syntax left in it (an import, import.meta other than its url) fails to compile as a script.
 *  Each name in `hidden` is a parameter of that function, left undefined, so the bundle sees no
 *  global of that name; a bundle that declares one itself fails to compile as a script. */
export function moduleAsScript(source: string, url: string, hidden: readonly string[] = []): string | undefined {
  // plain string operations: regular expressions over the whole 2 MB cost tens of ms a start
  const exportAt = source.lastIndexOf('\nexport {') + 1;
  if (exportAt === 0 || !/^export \{[^}]*\};\s*(\/\/# sourceMappingURL=\S+\s*)?$/.test(source.slice(exportAt))) return undefined;
  const body = source.slice(0, exportAt).split('import.meta.url').join(JSON.stringify(url));
  return `(function (${hidden.join(', ')}) { "use strict"; ${body}\n})();\n`;
}

/**
 * Runs pdf.js's worker (drawn soft hyphens kept) and display bundles in this context and returns
 * the display bundle's API; undefined, or a SyntaxError, when a bundle is not shaped as
 * moduleAsScript expects (the caller then imports them as modules). Compiled code in the cache folder is used when it
 * was made for these files, this patch, this Node and these V8 flags (V8 refuses it otherwise).
 */
export function runPdfJsScripts(cacheDir: string | undefined = defaultCacheDir()): unknown {
  const bundles = [
    {
      name: 'worker',
      file: WORKER_BUNDLE,
      source: () => {
        const source = readFileSync(WORKER_BUNDLE, 'utf8');
        return keepDrawnSoftHyphens(source) ?? source;
      },
      hidden: WORKER_HIDDEN_GLOBALS,
    },
    { name: 'display', file: DISPLAY_BUNDLE, source: () => readFileSync(DISPLAY_BUNDLE, 'utf8'), hidden: [] },
  ];
  const prefix = `${CACHE_FAMILY}${pdfJsVersion()}-`;
  const key = `${prefix}${cacheKey()}`;
  const scripts: Compiled[] = [];
  for (const { name, file, source, hidden } of bundles) {
    // the script as run is kept beside its compiled code: reading it back is cheaper than
    // patching and wrapping 3 MB of source again
    const codeFile = cacheDir === undefined ? undefined : path.join(cacheDir, `${key}-${name}.js`);
    const keptCode = codeFile === undefined ? undefined : readOwnFile(codeFile)?.toString('utf8');
    const code = keptCode ?? moduleAsScript(source(), pathToFileURL(file).href, hidden);
    if (code === undefined) return undefined;
    const cacheFile = cacheDir === undefined ? undefined : path.join(cacheDir, `${key}-${name}.bin`);
    const cachedData = cacheFile === undefined ? undefined : readOwnFile(cacheFile);
    const script = new vm.Script(code, {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    scripts.push({
      script,
      cacheFile,
      isCached: cachedData !== undefined && !script.cachedDataRejected,
      ...(keptCode === undefined && codeFile !== undefined ? { toKeep: { file: codeFile, code } } : {}),
    });
  }
  if (cacheDir !== undefined && scripts.some((s) => !s.isCached)) {
    removeOthers(cacheDir, CACHE_FAMILY, prefix);
    keepNewestKeys(cacheDir, prefix, KEPT_KEYS - 1); // this key's files come next
  }
  for (const { script } of scripts) script.runInThisContext();
  compiled = scripts;
  return (globalThis as Record<string, unknown>).pdfjsLib;
}

/**
 * Keeps the code compiled so far for the next runs, once per process and only where none was
 * kept: called after a first document, so that the functions text extraction runs are compiled
 * in it too, not only the bundles' top level.
 */
export function keepCompiledCode(): void {
  const toKeep = compiled.filter((c) => !c.isCached && c.cacheFile !== undefined);
  const texts = compiled.flatMap((c) => (c.toKeep ? [c.toKeep] : []));
  compiled = [];
  for (const { script, cacheFile } of toKeep) writeOwnFile(cacheFile as string, script.createCachedData());
  for (const { file, code } of texts) writeOwnFile(file, Buffer.from(code, 'utf8'));
}

const pdfJsVersion = (): string => (require('pdfjs-dist/package.json') as { version: string }).version;

/** What compiled code depends on besides the pdf.js version: the bundles as installed (size and
 *  time), the patch, Node and the flags V8 was started with. */
function cacheKey(): string {
  const files = [WORKER_BUNDLE, DISPLAY_BUNDLE].map((file) => {
    const info = statSync(file);
    return `${info.size} ${info.mtimeMs}`;
  });
  const parts = [
    ...files,
    KEEP_DRAWN_SOFT_HYPHEN,
    WORKER_HIDDEN_GLOBALS.join(' '),
    process.version,
    process.arch,
    process.execArgv.join(' '),
    process.env.NODE_OPTIONS ?? '',
  ];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}
