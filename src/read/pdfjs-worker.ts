import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The line of pdf.js's text extraction that skips invisible format characters (\p{Cf}), and
 *  the same line keeping a soft hyphen (U+00AD) whose glyph has an advance. pdf.js skips it
 *  without moving past it: producers that draw every hyphen as U+00AD (iLovePDF) lose their
 *  hyphens, and the glyphs after one in the same run land a hyphen's width too far left, so
 *  the gap shows up as a space further on ("AraboI slamic" for "Arabo-Islamic"). A soft hyphen
 *  drawn with an advance is a hyphen on the page, so it stays in the text; one without an
 *  advance is still left out, as nothing is drawn for it. */
export const SKIP_FORMAT_MARK = 'if (category.isInvisibleFormatMark) {';
export const KEEP_DRAWN_SOFT_HYPHEN = 'if (category.isInvisibleFormatMark && !(glyph.unicode === "\\u00ad" && glyph.width > 0)) {';

/** Start of the names of the patched copies in the cache folder. */
const CACHED_PREFIX = 'pdf.worker-';

const require = createRequire(import.meta.url);

/**
 * pdf.js's worker module with drawn soft hyphens kept, or its own when its source no longer
 * holds the line this changes. The patched copy is written once to a
 * file in the user's cache folder, named after the pdf.js version, the source file and the
 * patch, and imported from there: Node compiles a file in about half the time it takes to
 * decode and compile the same 2 MB from a data: URL, which each process start would pay. Where
 * that folder cannot be written, or holds a copy another user could have changed, the patched
 * source is imported from a data: URL.
 */
export async function loadWorker(cacheDir: string | undefined = defaultCacheDir()): Promise<unknown> {
  const file = workerFile();
  const cached = cacheDir === undefined ? undefined : cachedWorkerPath(cacheDir);
  if (cached !== undefined && isOwnFile(cached)) return import(pathToFileURL(cached).href);
  const patched = patchedSource(file);
  if (patched === undefined) return import(pathToFileURL(file).href);
  if (cached !== undefined && writeCopy(cached, patched)) return import(pathToFileURL(cached).href);
  return import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`);
}

const workerFile = (): string => require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');

/** Where in the cache folder the patched copy for this pdf.js and this patch is kept. */
export const cachedWorkerPath = (cacheDir: string): string => path.join(cacheDir, `${CACHED_PREFIX}${cacheKey(workerFile())}.mjs`);

/** The worker's source with the patch applied, or undefined when the line it changes is not
 *  there exactly once. */
export function patchedSource(file: string): string | undefined {
  const source = readFileSync(file, 'utf8');
  if (source.split(SKIP_FORMAT_MARK).length !== 2) return undefined;
  // its source map sits next to the original only: a copy elsewhere would point at nothing
  return source.replace(SKIP_FORMAT_MARK, KEEP_DRAWN_SOFT_HYPHEN).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/** What the patched copy depends on: the pdf.js version, the source file as installed (size and
 *  time), and the patch itself. */
function cacheKey(file: string): string {
  const { version } = require('pdfjs-dist/package.json') as { version: string };
  const info = statSync(file);
  const hash = createHash('sha256')
    .update(`${info.size} ${info.mtimeMs}\n${SKIP_FORMAT_MARK}\n${KEEP_DRAWN_SOFT_HYPHEN}`)
    .digest('hex')
    .slice(0, 16);
  return `${version}-${hash}`;
}

/** A file in place that only this user can have written: owned by this user, writable by
 *  nobody else, in a folder writable by nobody else. */
function isOwnFile(file: string): boolean {
  try {
    const info = statSync(file);
    return info.isFile() && info.size > 0 && isPrivate(info) && isPrivate(statSync(path.dirname(file)));
  } catch {
    return false;
  }
}

const isPrivate = (info: { uid: number; mode: number }): boolean =>
  process.getuid === undefined || (info.uid === process.getuid() && (info.mode & 0o022) === 0);

/** Writes the copy (to a temporary name first, so a process starting alongside never imports a
 *  half-written file) and removes copies of other versions; false when the folder is unusable. */
function writeCopy(file: string, content: string): boolean {
  const dir = path.dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // a folder others may write to is never used: no point writing there at every start
    if (!isPrivate(statSync(dir))) return false;
    writeFileSync(temporary, content);
    chmodSync(temporary, 0o644); // whatever the umask
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // never written
    }
    return false;
  }
  removeOtherCopies(dir, path.basename(file));
  return isOwnFile(file);
}

/** Removes the copies made for other pdf.js versions or patches. */
function removeOtherCopies(dir: string, keep: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(CACHED_PREFIX) && name.endsWith('.mjs') && name !== keep) unlinkSync(path.join(dir, name));
    }
  } catch {
    // in use or gone: harmless, the next write tries again
  }
}

/** The per-user cache folder for opclean: OPCLEAN_CACHE_DIR when set (empty: none), else the
 *  platform's usual place. */
export function defaultCacheDir(): string | undefined {
  const set = process.env.OPCLEAN_CACHE_DIR;
  if (set !== undefined) return set === '' ? undefined : path.resolve(set);
  const home = os.homedir();
  if (!path.isAbsolute(home)) return undefined;
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'opclean', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'opclean');
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'opclean');
}
