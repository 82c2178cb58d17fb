import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Characters a file name may not hold on common file systems; replaced so no name escapes --out. */
const UNSAFE_NAME = /[/\\<>:"|?*\u0000-\u001F\u007F]/g;

/** Longest output base name, UTF-8 bytes: file systems allow 255, and the staging name adds a
 *  dot, an extension (".json"), the pid and a random tag (about 30 bytes). */
const MAX_NAME_BYTES = 200;

/** Temporary files written but not yet renamed into place, so an interrupted run can remove them. */
const staged = new Set<string>();

/** The output base name for an input: its file name without ".pdf", made safe; never a path. */
export function outputName(inputPath: string): string {
  const base = path.basename(inputPath).replace(/\.pdf$/i, '');
  const safe = base.replace(UNSAFE_NAME, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  return truncateUtf8(safe, MAX_NAME_BYTES) || '_';
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}

/** Writes several files so that either all of them appear complete or none does:
 *  each goes to a hidden temporary name first, then all are renamed into place. */
export async function writeAllAtomically(files: readonly { path: string; content: string }[]): Promise<void> {
  const mine: { tmp: string; path: string }[] = [];
  const renamed: string[] = [];
  try {
    for (const file of files) {
      const tmp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.add(tmp);
      mine.push({ tmp, path: file.path });
      // 'wx': never follow or reuse an existing entry (a planted symlink) at the staging name
      await writeFile(tmp, file.content, { flag: 'wx' });
    }
    for (const file of mine) {
      await rename(file.tmp, file.path);
      staged.delete(file.tmp);
      renamed.push(file.path);
    }
  } catch (error) {
    // both files or none: take back what was already renamed into place
    await Promise.all([...mine.map((f) => rm(f.tmp, { force: true })), ...renamed.map((p) => rm(p, { force: true }))]);
    for (const file of mine) staged.delete(file.tmp);
    throw error;
  }
}

/** Removes temporary files of writes still in flight; synchronous, for exit and signal handlers. */
export function removeStagedFiles(): void {
  for (const tmp of staged) rmSync(tmp, { force: true });
  staged.clear();
}
