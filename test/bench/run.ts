/**
 * Speed figures (printed, never asserted):
 *  1. per file, process start included: a bare pdf.js text dump vs `opclean --format md` vs
 *     `opclean --format md,json` (full JSON), median of the runs, interleaved so load hits all alike;
 *  2. a batch, every input in one run: bare pdf.js in one process (the floor) and in <cores>
 *     processes at once (what the machine's cores give pdf.js alone), opclean Markdown and full
 *     JSON, each with --jobs 1 and --jobs <cores>; wall time, pages/s, per-document latency
 *     (index.jsonl `ms`), the peak RSS of the whole process tree and the cores it kept busy;
 *     medians of interleaved rounds;
 *  3. in one long process, warm: ms per page for pdf.js alone and for each opclean stage.
 * Usage: npm run bench [-- [--rounds N] [--no-per-file] [--no-batch] [--no-stages] <pdf|folder ...>]
 *   default input: fixtures/ (a folder stands for every PDF under it); --rounds N sets the runs
 *   per figure in sections 1 and 2 (default 5 and 3). Needs the built CLI (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { type Dirent, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SAMPLE_MS, type TreeRun, runTree } from './process-tree.js';

const PER_FILE_RUNS = 5;
const ROUNDS = 3;
const WARM_ROUNDS = 3;
/** Longest argument list handed to bare-batch directly; longer lists go through a list file. */
const MAX_ARGS_CHARS = 100_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const bareDump = path.join(root, 'test/bench/bare-dump.mjs');
const bareBatch = path.join(root, 'test/bench/bare-batch.mjs');
const bareParallel = path.join(root, 'test/bench/bare-parallel.mjs');

const USAGE = 'usage: npm run bench [-- [--rounds N] [--no-per-file] [--no-batch] [--no-stages] <pdf|folder ...>]';
let parsed: ReturnType<typeof parseBenchArgs>;
try {
  parsed = parseBenchArgs();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message.split('.')[0] : String(error)}\n${USAGE}`);
  process.exit(2);
}
function parseBenchArgs() {
  return parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string' },
      'no-per-file': { type: 'boolean', default: false },
      'no-batch': { type: 'boolean', default: false },
      'no-stages': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
const { values: flags, positionals } = parsed;
if (flags.help) {
  console.log(`${USAGE}\n  default input: fixtures/; --rounds N: runs per figure (default ${PER_FILE_RUNS} per file, ${ROUNDS} per batch)`);
  process.exit(0);
}
const roundsFlag = flags.rounds === undefined ? undefined : Number(flags.rounds);
if (roundsFlag !== undefined && !(Number.isInteger(roundsFlag) && roundsFlag > 0)) {
  console.error(`bench: --rounds wants a whole number above 0, not "${flags.rounds}"`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`bench: ${path.relative(process.cwd(), cli)} is missing: run npm run build first`);
  process.exit(2);
}
const inputs = positionals.length > 0 ? positionals : [path.relative(process.cwd(), path.join(root, 'fixtures')) || '.'];
const files = listPdfs(inputs);
const cores = os.availableParallelism();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'opclean-bench-'));
process.once('SIGINT', () => {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(130);
});

/** The files the inputs stand for, as opclean finds them: a file as given; a folder's PDFs
 *  (`*.pdf`, any case) at any depth, sorted, hidden entries and linked folders left out. */
function listPdfs(args: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const folders: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else if (/\.pdf$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(full)))) found.push(full);
    }
    for (const folder of folders) walk(folder);
  };
  for (const arg of args) {
    if (isDirectory(arg)) walk(arg);
    else found.push(arg);
  }
  return found;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const median = (xs: readonly number[]): number => {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** A number for a table cell: '—' when there is none. */
const num = (x: number, digits = 0): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const ratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
const row = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
const shown = (file: string): string => path.relative(process.cwd(), file) || '.';
const loadavg = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Pages of each file by pdf.js (0 for a file it cannot open). */
async function countPages(list: readonly string[]): Promise<number[]> {
  const pages: number[] = [];
  for (const file of list) {
    try {
      const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
      pages.push(doc.numPages);
      await doc.destroy();
    } catch {
      pages.push(0);
    }
  }
  return pages;
}

function machine(): void {
  const cpus = os.cpus();
  console.log('machine');
  console.log(`  cpu     ${cpus[0]?.model ?? 'unknown'}`);
  console.log(`  cores   ${cores} available (${cpus.length} logical)`);
  console.log(`  memory  ${(os.totalmem() / 2 ** 30).toFixed(1)} GB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GB free`);
  console.log(`  node    ${process.version} (${process.platform} ${process.arch})`);
  console.log(`  load    ${loadavg()} (1, 5, 15 min) at start`);
}

// ── 1. one file per process ─────────────────────────────────────────────────────────────────

function timeCommand(argv: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, argv, { stdio: 'ignore' });
  // a file opclean refuses (exit status 1), or pdf.js cannot open, has no speed to report
  return run.status === 0 ? performance.now() - started : Number.NaN;
}

function perFileFigures(runs: number): void {
  const out = path.join(scratch, 'per-file');
  const widths = [40, 7, 7, 6, 7, 6];
  console.log(
    `\n1. one file per process, process start included (median ms of ${runs} interleaved run${runs === 1 ? '' : 's'}; ratio to the bare pdf.js dump)`,
  );
  console.log(row(['file', 'bare', 'md', 'ratio', 'json', 'ratio'], widths));
  for (const file of files) {
    const t = { bare: [] as number[], md: [] as number[], json: [] as number[] };
    for (let i = 0; i < runs; i++) {
      t.bare.push(timeCommand([bareDump, file]));
      t.md.push(timeCommand([cli, file, '--out', out, '--force', '-q', '--format', 'md']));
      t.json.push(timeCommand([cli, file, '--out', out, '--force', '-q', '--format', 'md,json']));
    }
    const [b, m, j] = [median(t.bare), median(t.md), median(t.json)];
    console.log(row([path.basename(file).slice(0, 40), num(b), num(m), ratio(m / b), num(j), ratio(j / b)], widths));
  }
  console.log('  bare: node test/bench/bare-dump.mjs <pdf>');
  console.log('  md:   node dist/cli.js <pdf> --out <dir> --force -q --format md');
  console.log('  json: node dist/cli.js <pdf> --out <dir> --force -q --format md,json   (full JSON: entities, figures, claims)');
  console.log('  —: the command failed for this file (opclean refused it)');
  rmSync(out, { recursive: true, force: true });
}

// ── 2. a batch ──────────────────────────────────────────────────────────────────────────────

interface Variant {
  readonly label: string;
  /** Arguments after `node`; `out` is a fresh folder for this run. */
  argv(out: string): string[];
  /** The command as printed. */
  readonly shown: string;
  readonly isBare: boolean;
}

interface RoundFigures {
  readonly run: TreeRun;
  /** Per-document ms: index.jsonl's `ms` for opclean, bare-batch's own timing for the floor. */
  readonly docMs: readonly number[];
  readonly ok: number;
  readonly failed: number;
  /** Files the run reported on (index.jsonl lines, or bare-batch's count). */
  readonly seen: number;
}

function variants(): Variant[] {
  const listed = files.join('').length + files.length > MAX_ARGS_CHARS;
  const listFile = path.join(scratch, 'files.txt');
  if (listed) writeFileSync(listFile, `${files.join('\n')}\n`);
  const bare: Variant = {
    label: 'bare pdf.js, 1 process',
    argv: () => [bareBatch, ...(listed ? [`@${listFile}`] : files)],
    shown: `node ${shown(bareBatch)} ${listed ? '@<list of the files>' : `<the ${files.length} files>`}`,
    isBare: true,
  };
  // as many bare pdf.js processes at once as opclean runs workers: what a second core gives by itself
  const bareN: Variant = {
    label: `bare pdf.js, ${cores} processes`,
    argv: () => [bareParallel, String(cores), ...(listed ? [`@${listFile}`] : files)],
    shown: `node ${shown(bareParallel)} ${cores} ${listed ? '@<list of the files>' : `<the ${files.length} files>`}`,
    isBare: true,
  };
  const opclean = (format: 'md' | 'md,json', jobs: number): Variant => {
    const flagsOf = ['--format', format, '--jobs', String(jobs), '--force', '-q'];
    return {
      label: `${format === 'md' ? 'md' : 'json'}, jobs ${jobs}`,
      argv: (out) => [cli, ...inputs, '--out', out, ...flagsOf],
      shown: `node ${shown(cli)} ${inputs.join(' ')} --out <fresh dir> ${flagsOf.join(' ')}`,
      isBare: false,
    };
  };
  const jobs = cores > 1 ? [1, cores] : [1];
  return [bare, ...(cores > 1 ? [bareN] : []), ...jobs.map((n) => opclean('md', n)), ...jobs.map((n) => opclean('md,json', n))];
}

async function runVariant(variant: Variant, round: number, index: number): Promise<RoundFigures> {
  const out = path.join(scratch, `batch-${round}-${index}`);
  const run = await runTree(process.execPath, variant.argv(out));
  const expected = variant.isBare ? [0] : [0, 1]; // opclean exits 1 when some file failed
  if (!expected.includes(run.code ?? -1)) {
    const why = run.stderr.split('\n').find((line) => line.trim() !== '' && !line.startsWith('bare-batch')) ?? '';
    console.log(`  note: ${variant.label}, round ${round + 1}: exit ${run.code ?? run.signal} ${why}`.trimEnd());
  }
  if (variant.isBare) {
    const line = run.stderr.split('\n').find((l) => l.startsWith('bare-batch {'));
    const summary = line ? (JSON.parse(line.slice('bare-batch '.length)) as { files: number; failed: number; ms: number[] }) : undefined;
    return {
      run,
      docMs: summary?.ms ?? [],
      ok: (summary?.files ?? 0) - (summary?.failed ?? 0),
      failed: summary?.failed ?? 0,
      seen: summary?.files ?? 0,
    };
  }
  const indexFile = path.join(out, 'index.jsonl');
  const entries = existsSync(indexFile)
    ? readFileSync(indexFile, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { status: string; ms: number })
    : [];
  rmSync(out, { recursive: true, force: true });
  return {
    run,
    docMs: entries.map((e) => e.ms),
    ok: entries.filter((e) => e.status !== 'failed').length,
    failed: entries.filter((e) => e.status === 'failed').length,
    seen: entries.length,
  };
}

async function batchFigures(rounds: number, pages: number): Promise<void> {
  const list = variants();
  const results = list.map(() => [] as RoundFigures[]);
  console.log(
    `\n2. batch: ${files.length} files, ${pages} pages (pdf.js count), every file in one run; median of ${rounds} interleaved round${rounds === 1 ? '' : 's'}`,
  );
  for (let round = 0; round < rounds; round++) {
    // each round starts one further along, so no variant always runs right after the same one
    for (let k = 0; k < list.length; k++) {
      const i = (k + round) % list.length;
      (results[i] as RoundFigures[]).push(await runVariant(list[i] as Variant, round, i));
    }
  }
  const widths = [24, 8, 8, 8, 8, 8, 6, 10];
  console.log(row(['', 'wall ms', 'pages/s', 'ms/page', 'doc ms', 'peak MB', 'cores', 'ok/failed'], widths));
  const figures = list.map((variant, i) => {
    const rs = results[i] as RoundFigures[];
    const wall = median(rs.map((r) => r.run.ms));
    const peak = median(rs.map((r) => r.run.peakRssMb));
    const doc = median(rs.flatMap((r) => r.docMs));
    const last = rs.at(-1);
    const counts = last ? `${last.ok}/${last.failed}` : '—';
    const pps = pages / (wall / 1000);
    // cores busy on average: CPU time of the whole process tree over wall time
    const busy = median(rs.map((r) => (r.run.cpuSeconds * 1000) / r.run.ms));
    console.log(row([variant.label, num(wall), num(pps, 1), num(wall / pages, 1), num(doc), num(peak), num(busy, 2), counts], widths));
    if (last && last.seen !== files.length) console.log(`  note: ${variant.label} reported on ${last.seen} files, not ${files.length}`);
    return { label: variant.label, wall, pps };
  });
  const get = (label: string) => figures.find((f) => f.label === label) ?? { label, wall: Number.NaN, pps: Number.NaN };
  const [bare, bareN, md1, json1, jsonN] = [
    get('bare pdf.js, 1 process'),
    get(`bare pdf.js, ${cores} processes`),
    get('md, jobs 1'),
    get('json, jobs 1'),
    get(`json, jobs ${cores}`),
  ];
  console.log('  doc ms: median per-document latency; for opclean the `ms` of each index.jsonl line (a file handed to the');
  console.log('  pool until its outputs are written, so waiting for a free worker counts); for bare pdf.js, one file read.');
  console.log(`  peak MB: highest sum of VmRSS over the process and all its descendants, sampled every ${SAMPLE_MS} ms.`);
  console.log('  cores: CPU time of the process tree (every thread: V8 compiles and collects garbage beside the');
  console.log('  main thread) over wall time; median of the rounds.');
  console.log('  ok/failed: files of the last round; a failed file still counts in wall ms (its pages may be 0).');
  console.log('\n  ratios');
  const ratios: [string, number][] = [
    [`json jobs ${cores} / json jobs 1, pages/s`, jsonN.pps / json1.pps],
    ...(cores > 1 ? [[`bare ${cores} processes / bare 1, pages/s`, bareN.pps / bare.pps] as [string, number]] : []),
    ['md jobs 1 / bare, pages/s', md1.pps / bare.pps],
    ['json jobs 1 / bare, ms per page', json1.wall / bare.wall],
    ['md jobs 1 / bare, ms per page', md1.wall / bare.wall],
  ];
  for (const [label, value] of ratios) console.log(`  ${label.padEnd(36)} ${ratio(value).padStart(8)}`);
  if (cores > 1)
    console.log(
      `  (bare ${cores} processes / bare 1: what ${cores} cores give pdf.js alone on this machine, the ceiling for jobs ${cores} / jobs 1)`,
    );
  if (cores === 1) console.log('  (one core available: jobs 1 is all cores)');
  console.log('\n  commands (cwd: %s)', process.cwd());
  for (const variant of list) console.log(`  ${variant.label.padEnd(24)} ${variant.shown}`);
}

// ── 3. one long process, warm: ms per page per stage ────────────────────────────────────────

async function stageFigures(): Promise<void> {
  // imported here, so that sections 1 and 2 (which run the built CLI) work while src/ is mid-edit
  const [{ clean, learnFurniture, templateKeyOf }, { extract }, { layoutPages }, { createContext }, { render }, { loadPdfJs }] =
    await Promise.all([
      import('../../src/clean/index.js'),
      import('../../src/extract/index.js'),
      import('../../src/layout/index.js'),
      import('../../src/model/context.js'),
      import('../../src/output/index.js'),
      import('../../src/read/pdfjs.js'),
    ]);
  const [{ readPdf }, { buildArticle }] = await Promise.all([import('../../src/read/read-pdf.js'), import('../../src/structure/index.js')]);
  const pdfjs = await loadPdfJs();
  const totals = { pdfjs: 0, read: 0, layout: 0, clean: 0, furniture: 0, structure: 0, extract: 0, render: 0 };
  let pages = 0;
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(file));
      } catch {
        continue;
      }
      let t = performance.now();
      let pdfjsMs: number;
      try {
        const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
        for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
        await doc.destroy();
        pdfjsMs = performance.now() - t;
      } catch {
        continue; // pdf.js cannot open it: opclean refuses it too
      }
      const ctx = createContext();
      try {
        t = performance.now();
        const raw = await readPdf(bytes, ctx);
        const lap = (key: keyof typeof totals) => {
          const now = performance.now();
          if (round > 0) totals[key] += now - t;
          t = now;
        };
        lap('read');
        const laid = layoutPages(raw, ctx);
        lap('layout');
        const cleaned = clean(laid, ctx);
        lap('clean');
        templateKeyOf(cleaned);
        learnFurniture(cleaned);
        lap('furniture');
        const article = buildArticle(cleaned, ctx, { fileName: path.basename(file), sha256: '', pages: raw.pageCount });
        lap('structure');
        const enriched = await extract(article, ctx);
        lap('extract');
        await render(enriched, ctx);
        lap('render');
        if (round > 0) {
          totals.pdfjs += pdfjsMs;
          pages += raw.pageCount;
        }
      } catch {
        // refused files (no text layer, too large) have no stage times
      }
    }
  }
  console.log(`\n3. one long process, warm (${WARM_ROUNDS - 1} rounds after one warm-up; source via tsx): ms per page`);
  if (pages === 0) {
    console.log('  no file converted');
    return;
  }
  for (const [stage, ms] of Object.entries(totals)) console.log(`  ${stage.padEnd(10)} ${(ms / pages).toFixed(2).padStart(7)}`);
  const ours = totals.layout + totals.clean + totals.furniture + totals.structure + totals.extract + totals.render;
  console.log(`  cleaning + extraction / bare pdf.js per page: ${ratio(ours / totals.pdfjs)}`);
  console.log(`  whole pipeline / bare pdf.js per page: ${ratio((ours + totals.read) / totals.pdfjs)}`);
  console.log(`  peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

// ── main ────────────────────────────────────────────────────────────────────────────────────

machine();
const pageCounts = await countPages(files);
const totalPages = pageCounts.reduce((sum, n) => sum + n, 0);
const unopened = pageCounts.filter((n) => n === 0).length;
console.log(
  `inputs    ${inputs.join(' ')}: ${files.length} files, ${totalPages} pages${unopened > 0 ? ` (${unopened} pdf.js cannot open: 0 pages)` : ''}`,
);
if (files.length === 0) {
  console.log('no files to measure');
  process.exit(0);
}
mkdirSync(scratch, { recursive: true });
if (!flags['no-per-file']) perFileFigures(roundsFlag ?? PER_FILE_RUNS);
if (!flags['no-batch']) await batchFigures(roundsFlag ?? ROUNDS, totalPages);
if (!flags['no-stages']) await stageFigures();
console.log(`\nload ${loadavg()} (1, 5, 15 min) at end`);
rmSync(scratch, { recursive: true, force: true });
process.exit(0);
