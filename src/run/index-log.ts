import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FailureCode } from '../model/errors.js';

/**
 * The run index, `<out>/index.jsonl`: one JSON object a line per input. Lines are appended as
 * files finish (one write each, so a killed run never leaves a torn line that counts), a later
 * line for the same name replacing an earlier one; at the start and the end of a run it is
 * rewritten compacted, one line per name, sorted by name. It is also what makes reruns resume:
 * an input whose sha256, output-shaping options and opclean version match its line, with its
 * outputs all present, is not converted again.
 */

/** The run index's file name; a shard's run keeps its own, `index-<i>-of-<n>.jsonl`. */
export const INDEX_FILE = 'index.jsonl';
export const indexFileName = (shard?: { readonly index: number; readonly count: number }): string =>
  shard ? `index-${shard.index}-of-${shard.count}.jsonl` : INDEX_FILE;
/** Whether a file name in an output folder is a run index, a shard's included. */
export const isIndexFile = (name: string): boolean => name === INDEX_FILE || /^index-\d+-of-\d+\.jsonl$/.test(name);

export interface IndexEntry {
  readonly input: string;
  readonly name: string;
  readonly status: 'ok' | 'partial' | 'failed';
  /** Output files relative to the output folder. */
  readonly outputs: readonly string[];
  readonly sha256?: string;
  readonly pages?: number;
  readonly ms: number;
  readonly error?: { readonly kind: FailureCode; readonly message: string };
  /** What the outputs depend on besides the PDF: formats, extraction, opclean version. */
  readonly settings: string;
}

export interface RunIndex {
  /** The entry recorded for an output name, if any. */
  get(name: string): IndexEntry | undefined;
  /** Appends one entry (one write). */
  append(entry: IndexEntry): void;
  /** Rewrites the index compacted and closes it. */
  close(): void;
}

/** Opens (and compacts) the index file `file`. */
export function openIndex(file: string): RunIndex {
  // kept as the lines themselves: a run over 100,000 files holds one short string per file
  const existed = existsSync(file);
  const entries = readEntries(file);
  rewrite(file, entries);
  const fd = openSync(file, 'a');
  let isClosed = false;
  return {
    get: (name) => {
      const line = entries.get(name);
      return line === undefined ? undefined : parseIndexLine(line);
    },
    append(entry) {
      const line = JSON.stringify(entry);
      entries.set(entry.name, line);
      writeSync(fd, `${line}\n`);
    },
    close() {
      if (isClosed) return;
      isClosed = true;
      closeSync(fd);
      // a run that found nothing to convert leaves no index it did not find
      if (entries.size === 0 && !existed) rmSync(file, { force: true });
      else rewrite(file, entries);
    },
  };
}

function readEntries(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  if (!existsSync(file)) return entries;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const entry = parseIndexLine(line);
    if (entry) entries.set(entry.name, line);
  }
  return entries;
}

/** An entry from one line; undefined for a line cut short or not ours. */
export function parseIndexLine(line: string): IndexEntry | undefined {
  if (line.trim() === '') return undefined;
  try {
    const value = JSON.parse(line) as Partial<IndexEntry>;
    return typeof value.name === 'string' &&
      typeof value.input === 'string' &&
      typeof value.status === 'string' &&
      Array.isArray(value.outputs)
      ? (value as IndexEntry)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the file with one line per name, sorted by name, through a rename. */
function rewrite(file: string, entries: ReadonlyMap<string, string>): void {
  const lines = [...entries.keys()].sort().map((name) => `${entries.get(name)}\n`);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, lines.join(''));
  renameSync(tmp, file);
}
