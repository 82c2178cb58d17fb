/**
 * The review site's cost, printed, never asserted: the time `opclean review` takes to build the
 * site of a run of N PDFs (default 100) against the time of the same PDFs' Markdown-only
 * conversion, the usual run to compare with; and the site's size per page of PDF.
 *  1. N PDFs: the fixtures and ../shared/corpus/{dev,real} (where present), copied round-robin
 *     into a scratch folder under distinct names until there are N (copies are drawn anew:
 *     nothing is shared between documents);
 *  2. once, untimed: `opclean <in> --out <run>` (Markdown and JSON), which the review reads;
 *  3. interleaved rounds, so that other load hits all alike: `opclean <in> --out <md> --format
 *     md` into a fresh folder, `opclean review <run>` after removing <run>/review, and the same
 *     with --no-pictures (outlines on blank pages: the site without pdf.js drawing); medians.
 * Usage: npx tsx test/bench/review.ts [--files N] [--rounds R]. Needs the built CLI (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const { values: flags } = parseArgs({ options: { files: { type: 'string', default: '100' }, rounds: { type: 'string', default: '3' } } });
const count = Number(flags.files);
const rounds = Number(flags.rounds);
if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const sources = [path.join(root, 'fixtures'), path.resolve(root, '../shared/corpus/dev'), path.resolve(root, '../shared/corpus/real')]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
const scratch = mkdtempSync(path.join(os.tmpdir(), 'opclean-bench-review-'));
const input = path.join(scratch, 'in');
mkdirSync(input);
for (let i = 0; i < count; i++) {
  const source = sources[i % sources.length] as string;
  copyFileSync(source, path.join(input, `${String(i).padStart(3, '0')}-${path.basename(source)}`));
}

/** Runs the CLI and returns its wall time in seconds. */
function time(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: scratch, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(`opclean ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return seconds;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const full = path.join(dir, e.name);
    return sum + (e.isDirectory() ? sizeOf(full) : statSync(full).size);
  }, 0);
}

const run = path.join(scratch, 'run');
const md = path.join(scratch, 'md');
console.log(`${count} PDFs from ${sources.length} distinct files, in ${input}; ${os.availableParallelism()} cores`);
console.log('untimed: node dist/cli.js in --out run -q');
time(['in', '--out', 'run', '-q']);
const pages = readFileSync(path.join(run, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .reduce((sum, line) => sum + ((JSON.parse(line) as { pages?: number }).pages ?? 0), 0);

const mdTimes: number[] = [];
const reviewTimes: number[] = [];
const outlineTimes: number[] = [];
console.log('rounds: rm -rf md && node dist/cli.js in --out md --format md -q');
console.log('        rm -rf run/review && node dist/cli.js review run -q');
console.log('        rm -rf run/review && node dist/cli.js review run -q --no-pictures');
for (let round = 1; round <= rounds; round++) {
  rmSync(md, { recursive: true, force: true });
  mdTimes.push(time(['in', '--out', 'md', '--format', 'md', '-q']));
  rmSync(path.join(run, 'review'), { recursive: true, force: true });
  outlineTimes.push(time(['review', 'run', '-q', '--no-pictures']));
  rmSync(path.join(run, 'review'), { recursive: true, force: true });
  reviewTimes.push(time(['review', 'run', '-q']));
  const [a, b, c] = [mdTimes, reviewTimes, outlineTimes].map((list) => list.at(-1)?.toFixed(2));
  console.log(`  round ${round}: Markdown-only ${a} s, review ${b} s, review --no-pictures ${c} s`);
}
const site = sizeOf(path.join(run, 'review'));
const mdMedian = median(mdTimes);
const reviewMedian = median(reviewTimes);
console.log(`Markdown-only conversion: ${mdMedian.toFixed(2)} s (median of ${rounds})`);
console.log(
  `review site:              ${reviewMedian.toFixed(2)} s (median of ${rounds}), ${(reviewMedian / mdMedian).toFixed(2)}× the conversion`,
);
console.log(
  `review --no-pictures:     ${median(outlineTimes).toFixed(2)} s (median of ${rounds}), ${(median(outlineTimes) / mdMedian).toFixed(2)}× the conversion`,
);
console.log(`site: ${(site / 2 ** 20).toFixed(1)} MB for ${pages} pages, ${(site / pages / 1024).toFixed(0)} KB per page`);
rmSync(scratch, { recursive: true, force: true });
