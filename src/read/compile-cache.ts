import { chmodSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The per-user folder where compiled pdf.js code is kept between runs (see pdfjs-scripts.ts),
 * and the rules for trusting what is in it: compiled code runs as it is, so a file is only read
 * when this user alone can have written it.
 */

/** The per-user cache folder: OPCLEAN_CACHE_DIR when set (empty: none), else the platform's
 *  usual place (XDG_CACHE_HOME or ~/.cache on Linux). */
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

/** The file's bytes when only this user can have written it (owned by this user, writable by
 *  nobody else, in a folder writable by nobody else); otherwise, or when it is missing, undefined. */
export function readOwnFile(file: string): Buffer | undefined {
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size === 0 || !isPrivate(info) || !isPrivate(statSync(path.dirname(file)))) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

const isPrivate = (info: { uid: number; mode: number }): boolean =>
  process.getuid === undefined || (info.uid === process.getuid() && (info.mode & 0o022) === 0);

/** Writes the file where readOwnFile will trust it: the folder made private if new, the bytes
 *  under a temporary name first (a process starting alongside never reads half a file). False
 *  when that cannot be done: the folder is not writable, or others could write to it. */
export function writeOwnFile(file: string, data: Uint8Array): boolean {
  const dir = path.dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    makeFolder(dir);
    if (!isPrivate(statSync(dir))) return false;
    writeFileSync(temporary, data);
    chmodSync(temporary, 0o644); // whatever the umask
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // never written
    }
    return false;
  }
}

/** Creates `dir` and any missing parents one level at a time, private to this user: Node's
 *  recursive mkdir loops for ever on some paths (under /proc). */
function makeFolder(dir: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error(`cannot make ${dir}`);
  makeFolder(parent);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Removes the files of `dir` whose names start with `family` but not with `current`: what older
 *  versions left behind. */
export function removeOthers(dir: string, family: string, current: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(family) && !name.startsWith(current)) unlinkSync(path.join(dir, name));
    }
  } catch {
    // in use or gone: harmless, the next write tries again
  }
}

/** Keeps, of the files whose names start with `prefix` and end in `-<part>.bin`, those of the
 *  `keep` most recently written keys (a key: the name without its `-<part>.bin`): each install
 *  of the same version (another folder, another Node) compiles under a key of its own, and the
 *  folder must not grow with every one. */
export function keepNewestKeys(dir: string, prefix: string, keep: number): void {
  try {
    const newest = new Map<string, number>();
    const files: { name: string; key: string }[] = [];
    for (const name of readdirSync(dir)) {
      const cut = name.lastIndexOf('-');
      if (!name.startsWith(prefix) || cut <= prefix.length) continue;
      const key = name.slice(0, cut);
      files.push({ name, key });
      newest.set(key, Math.max(newest.get(key) ?? 0, statSync(path.join(dir, name)).mtimeMs));
    }
    const kept = new Set(
      [...newest]
        .sort((a, b) => b[1] - a[1])
        .slice(0, keep)
        .map(([key]) => key),
    );
    for (const { name, key } of files) if (!kept.has(key)) unlinkSync(path.join(dir, name));
  } catch {
    // in use or gone: harmless, the next write tries again
  }
}
