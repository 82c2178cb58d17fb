import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFormat } from '../model/options.js';

/** Characters a file name may not hold on common file systems; replaced so no name escapes --out. */
const UNSAFE_NAME = /[/\\<>:"|?*\u0000-\u001F\u007F]/g;

/** Longest output base name, UTF-8 bytes: file systems allow 255, and the staging name adds a
 *  dot, an extension (".json"), the pid and a random tag (about 30 bytes). */
const MAX_NAME_BYTES = 200;

/** Each output format's file extension. */
export const EXTENSION: Readonly<Record<OutputFormat, string>> = Object.freeze({ md: 'md', json: 'json', bib: 'bib', csl: 'csl.json' });

/** Extensions of every output format; a name's outputs are always those of one conversion. */
export const OUTPUT_EXTENSIONS: readonly string[] = Object.values(EXTENSION);

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

export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Writes a file's outputs so that all of them appear complete or none does: each is written to
 * `stagingDir` first (inside the output folder, so a rename moves it), then all are renamed into
 * place. Outputs of the same name in other formats are removed: they came from an earlier
 * conversion, possibly of another PDF. An interrupted write leaves its files only in
 * `stagingDir`, which the next run sweeps.
 */
export async function writeOutputs(files: readonly OutputFile[], stagingDir: string, stale: readonly string[] = []): Promise<void> {
  const mine: { tmp: string; path: string }[] = [];
  const renamed: string[] = [];
  try {
    for (const file of files) {
      const tmp = path.join(stagingDir, `${randomBytes(6).toString('hex')}${path.extname(file.path)}`);
      mine.push({ tmp, path: file.path });
      // 'wx': never follow or reuse an existing entry at the staging name
      await writeFile(tmp, file.content, { flag: 'wx' });
    }
    const folders = new Set(files.map((f) => path.dirname(f.path)));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    for (const file of mine) {
      await rename(file.tmp, file.path);
      renamed.push(file.path);
    }
  } catch (error) {
    // all files or none: take back what was already renamed into place
    await Promise.all([...mine.map((f) => rm(f.tmp, { force: true })), ...renamed.map((p) => rm(p, { force: true }))]);
    throw error;
  }
  await removeFiles(stale);
}

/** Removes files that may or may not exist. */
export async function removeFiles(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((p) => rm(p, { force: true })));
}
