/**
 * Mutation fuzzing: damages fixture PDFs (truncation, bit flips, corrupt stream data, cut or
 * doubled byte ranges) with a fixed seed and converts every mutant through the worker pool.
 * Each must end in output (both files) or a typed failure within the per-file time limit;
 * an `internal` failure is a bug in opclean and fails the test with the mutant's recipe.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runBatch } from '../helpers/batch.js';
import type { FailureCode } from '../../src/model/errors.js';
import { createPool } from '../../src/run/pool.js';
import { ROOT, WORKER, ensureBuilt } from './built-cli.js';

/** Mutants per run: a few hundred, about 20 s on two cores. */
const MUTANTS = 300;
/** Fixed so a failure reproduces; change it to explore other mutants. */
const SEED = 0x0c1ea4;
/** Per-file limit for the fuzz run, ms: a small mutant converts in well under a second. */
const FILE_TIMEOUT_MS = 10_000;
/** Largest source PDF used, bytes: keeps the run short. */
const MAX_SOURCE_BYTES = 400_000;
/** Failure kinds a damaged PDF may end in; `internal` (our bug) and the file-system kinds may not. */
const TYPED: readonly FailureCode[] = ['not-a-pdf', 'encrypted', 'no-text-layer', 'undecodable-text', 'damaged', 'too-large', 'timeout'];

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Where stream data lies: between `stream` + EOL and `endstream`. */
function streamRanges(pdf: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/stream\r?\n/g)) {
    if (text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

type Mutation = (pdf: Buffer, random: () => number) => { bytes: Buffer; recipe: string };
const int = (random: () => number, below: number) => Math.floor(random() * below);

const MUTATIONS: readonly [string, Mutation][] = [
  [
    'truncate',
    (pdf, random) => {
      const at = int(random, pdf.length);
      return { bytes: pdf.subarray(0, at), recipe: `cut at ${at}` };
    },
  ],
  [
    'bitflip',
    (pdf, random) => {
      const bytes = Buffer.from(pdf);
      const flips = 1 + int(random, 32);
      for (let i = 0; i < flips; i++) {
        const at = int(random, bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << int(random, 8));
      }
      return { bytes, recipe: `${flips} bit flips` };
    },
  ],
  [
    'stream',
    (pdf, random) => {
      const ranges = streamRanges(pdf);
      const bytes = Buffer.from(pdf);
      const [start, end] = ranges[int(random, ranges.length)] ?? [0, bytes.length];
      const at = start + int(random, end - start);
      const length = Math.min(1 + int(random, 64), end - at);
      for (let i = 0; i < length; i++) bytes[at + i] = int(random, 256);
      return { bytes, recipe: `${length} random bytes in stream data at ${at}` };
    },
  ],
  [
    'splice',
    (pdf, random) => {
      const at = int(random, pdf.length);
      const length = 1 + int(random, 512);
      const isCut = random() < 0.5;
      const bytes = isCut
        ? Buffer.concat([pdf.subarray(0, at), pdf.subarray(at + length)])
        : Buffer.concat([pdf.subarray(0, at + length), pdf.subarray(at, at + length), pdf.subarray(at + length)]);
      return { bytes, recipe: `${isCut ? 'cut' : 'doubled'} ${length} bytes at ${at}` };
    },
  ],
];

function sourcePdfs(): { from: string; files: string[] } | undefined {
  for (const from of [path.join(ROOT, 'fixtures'), path.resolve(ROOT, '../shared/corpus/dev')]) {
    if (!existsSync(from)) continue;
    const files = readdirSync(from)
      .filter((name) => name.endsWith('.pdf'))
      .map((name) => path.join(from, name))
      .filter((file) => readFileSync(file).length <= MAX_SOURCE_BYTES)
      .sort();
    if (files.length > 0) return { from, files };
  }
  return undefined;
}

const sources = sourcePdfs();
if (!sources) console.log('fuzz: skipped, no PDFs in fixtures/ or ../shared/corpus/dev');

describe.skipIf(!sources)('fuzzing', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-fuzz-'));
  const pool = createPool({ size: 2, workerFile: WORKER });
  beforeAll(() => ensureBuilt(), 120_000);
  afterAll(() => {
    pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${MUTANTS} mutants of ${sources?.files.length ?? 0} PDFs end in output or a typed error`, async () => {
    const random = prng(SEED);
    const originals = (sources?.files ?? []).map((file) => ({ name: path.basename(file), bytes: readFileSync(file) }));
    const recipes = new Map<string, string>();
    const inputs: string[] = [];
    mkdirSync(path.join(dir, 'in'));
    for (let i = 0; i < MUTANTS; i++) {
      const source = originals[int(random, originals.length)];
      const [kind, mutate] = MUTATIONS[int(random, MUTATIONS.length)] ?? MUTATIONS[0]!;
      if (!source) continue;
      const { bytes, recipe } = mutate(source.bytes, random);
      const input = path.join(dir, 'in', `${String(i).padStart(3, '0')}-${kind}.pdf`);
      writeFileSync(input, bytes);
      recipes.set(input, `${source.name}: ${recipe}`);
      inputs.push(input);
    }
    const out = path.join(dir, 'out');
    const started = performance.now();
    const { results } = await runBatch(inputs, out, { extract: false, timeoutMs: FILE_TIMEOUT_MS }, { pool });
    const elapsedMs = performance.now() - started;

    const bad = results.flatMap((result) => {
      const recipe = `${path.basename(result.input)} (${recipes.get(result.input)})`;
      if (result.status === 'failed') {
        return result.error && TYPED.includes(result.error.kind) ? [] : [`${recipe}: ${result.error?.kind}: ${result.error?.message}`];
      }
      const written = ['md', 'json'].map((ext) => path.join(out, `${result.name}.${ext}`));
      if (!written.every((file) => existsSync(file))) return [`${recipe}: converted but not both files written`];
      return [];
    });
    const kinds = results.reduce<Record<string, number>>((count, r) => {
      const key = r.error?.kind ?? 'converted';
      count[key] = (count[key] ?? 0) + 1;
      return count;
    }, {});
    console.log(`fuzz: ${results.length} mutants in ${(elapsedMs / 1000).toFixed(1)} s: ${JSON.stringify(kinds)}`);
    expect(bad).toEqual([]);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 180_000);
});
