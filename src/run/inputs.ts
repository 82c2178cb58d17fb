import { createHash } from 'node:crypto';
import { type Dirent, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { outputName } from './outputs.js';

/**
 * Input discovery that streams: files, folders (walked in sorted order, recursively unless told
 * not to) and glob patterns become a sequence of inputs, each with the output name it will be
 * written under, so a folder of 100,000 files starts converting at once and memory does not
 * grow with its size (one folder's listing at a time).
 */

export interface Input {
  /** The path to read. */
  readonly path: string;
  /** The path relative to the folder or glob base it was found under (its base name when given
   *  as a file), with forward slashes: what sharding hashes. */
  readonly rel: string;
  /** Output name relative to --out, without extension: the input's relative folders mirrored,
   *  made safe; `-2`, `-3` … when two inputs would share one (in discovery order). */
  readonly name: string;
}

export interface DiscoverOptions {
  /** Walk sub-folders of a folder given (default true). */
  readonly recursive?: boolean;
  /** Folders never walked into (the output folder, when it lies inside an input folder). */
  readonly exclude?: readonly string[];
  /** Called for every file found in a folder that is not a PDF. */
  readonly onSkipped?: (file: string) => void;
  /** `{index, count}`, 1-based: keep only this share of the inputs (see shardOf). */
  readonly shard?: { readonly index: number; readonly count: number };
}

const GLOB_MAGIC = /[*?[\]{}]/;
const PDF = /\.pdf$/i;

/** The inputs the arguments stand for, in order. A path that does not exist (and is no glob)
 *  is passed on as it is, to fail as unreadable-file with the rest of the run going on. */
export async function* discoverInputs(args: readonly string[], options: DiscoverOptions = {}): AsyncGenerator<Input> {
  const claimed = new Set<string>();
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let i = 2; claimed.has(name.toLowerCase()); i++) name = `${wanted}-${i}`;
    claimed.add(name.toLowerCase());
    return name;
  };
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  for await (const found of expand(args, options.recursive ?? true, exclude, options.onSkipped)) {
    // names are claimed before the shard filter, so every shard names files as a whole run does
    const input = { ...found, name: claim(found.name) };
    if (isInShard(input.rel, options.shard)) yield input;
  }
}

/** How many inputs the arguments stand for: the same walk, counting only, so that progress can
 *  show a total and an ETA while the run converts what it has found. */
export async function countInputs(args: readonly string[], options: DiscoverOptions = {}): Promise<number> {
  let count = 0;
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  for await (const found of expand(args, options.recursive ?? true, exclude, undefined)) {
    if (isInShard(found.rel, options.shard)) count++;
  }
  return count;
}

const isInShard = (rel: string, shard: DiscoverOptions['shard']): boolean => !shard || shardOf(rel, shard.count) === shard.index;

/** The 1-based shard a relative path belongs to among `count`: a stable hash, the same on
 *  every machine, so shards run apart add up to one whole run. */
export function shardOf(rel: string, count: number): number {
  return (createHash('sha256').update(rel).digest().readUInt32BE(0) % count) + 1;
}

async function* expand(
  args: readonly string[],
  recursive: boolean,
  exclude: ReadonlySet<string>,
  onSkipped: ((file: string) => void) | undefined,
): AsyncGenerator<Input> {
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      yield* walk(arg, '', { recursive, exclude, onSkipped, matches: undefined });
    } else if (!info && GLOB_MAGIC.test(arg)) {
      const { base, glob } = picomatch.scan(arg);
      const root = base === '' ? '.' : base;
      const isMatch = picomatch(glob, { dot: false });
      yield* walk(root, '', { recursive: glob.includes('/') || glob.includes('**'), exclude, onSkipped, matches: isMatch });
    } else {
      const rel = path.basename(arg);
      yield { path: arg, rel, name: outputName(rel) };
    }
  }
}

/** Orders by name, code unit by code unit: the same order on every machine and locale. */
export const byName = (a: { readonly name: string }, b: { readonly name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

interface Walk {
  readonly recursive: boolean;
  readonly exclude: ReadonlySet<string>;
  readonly onSkipped: ((file: string) => void) | undefined;
  /** For a glob: does a relative path match it. */
  readonly matches: ((rel: string) => boolean) | undefined;
}

async function* walk(root: string, relDir: string, how: Walk): AsyncGenerator<Input> {
  const dir = path.join(root, relDir);
  if (how.exclude.has(path.resolve(dir))) return;
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // a sub-folder that cannot be listed (permissions): nothing in it can be read either
  }
  entries.sort(byName);
  const folders: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // hidden files and folders (.git, our own staging)
    const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    const kind = entry.isSymbolicLink()
      ? kindOfLink(path.join(dir, entry.name))
      : entry.isDirectory()
        ? 'dir'
        : entry.isFile()
          ? 'file'
          : 'other';
    if (kind === 'dir' && !entry.isSymbolicLink()) folders.push(rel); // a linked folder could loop: not followed
    if (kind !== 'file') continue;
    if (how.matches && !how.matches(rel)) continue;
    if (!PDF.test(entry.name)) {
      how.onSkipped?.(path.join(dir, entry.name));
      continue;
    }
    yield { path: path.join(root, rel), rel, name: mirroredName(rel) };
  }
  if (!how.recursive) return;
  for (const rel of folders) yield* walk(root, rel, how);
}

function kindOfLink(file: string): 'file' | 'dir' | 'other' {
  try {
    const info = statSync(file);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other'; // a dangling link
  }
}

/** The output name of a file found under a folder: its relative folders, each made safe, and
 *  its own name. */
function mirroredName(rel: string): string {
  const parts = rel.split('/');
  return [...parts.slice(0, -1).map((part) => outputName(`${part}.pdf`)), outputName(parts.at(-1) ?? rel)].join('/');
}
