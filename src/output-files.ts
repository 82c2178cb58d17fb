import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Characters a file name may not hold on common file systems; replaced so no name escapes --out. */
const UNSAFE_NAME = /[/\\\0<>:"|?*\u0000-\u001F]/g;

/** The output base name for an input: its file name without ".pdf", made safe; never a path. */
export function outputName(inputPath: string): string {
  const base = path.basename(inputPath).replace(/\.pdf$/i, '');
  const safe = base.replace(UNSAFE_NAME, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  return safe === '' ? '_' : safe;
}

/** Writes several files so that either all of them appear complete or none does:
 *  each goes to a hidden temporary name first, then all are renamed into place. */
export async function writeAllAtomically(files: readonly { path: string; content: string }[]): Promise<void> {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const tmp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ tmp, path: file.path });
      await writeFile(tmp, file.content, { flag: 'wx' });
    }
    for (const file of staged) await rename(file.tmp, file.path);
  } catch (error) {
    await Promise.all(staged.flatMap((f) => [rm(f.tmp, { force: true })]));
    throw error;
  }
}
