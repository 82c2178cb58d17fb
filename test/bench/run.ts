/**
 * Speed figures (printed, never asserted):
 *  1. per file, process start included: a bare pdf.js text dump vs `opclean --format md` vs
 *     `opclean` with full JSON (median of RUNS runs each, interleaved so load hits all alike);
 *  2. in one long process: ms per page for pdf.js alone and for each opclean stage, and peak RSS.
 * Usage: npm run bench [-- <pdf ...>]   (default: fixtures/*.pdf)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../../src/clean/index.js';
import { extract } from '../../src/extract/index.js';
import { layoutPages } from '../../src/layout/index.js';
import { createContext } from '../../src/model/context.js';
import { render } from '../../src/output/index.js';
import { loadPdfJs } from '../../src/read/pdfjs.js';
import { readPdf } from '../../src/read/read-pdf.js';
import { buildArticle } from '../../src/structure/index.js';

const RUNS = 5;
const WARM_ROUNDS = 3;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const bare = path.join(root, 'test/bench/bare-dump.mjs');

const args = process.argv.slice(2);
const files = args.length > 0 ? args : readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(root, 'fixtures', f));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function timeCommand(argv: string[]): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, argv, { stdio: 'ignore' });
  } catch {
    return Number.NaN; // a file opclean refuses has no speed to report
  }
  return performance.now() - started;
}

async function processFigures(): Promise<void> {
  const out = await mkdtemp(path.join(tmpdir(), 'opclean-bench-'));
  console.log('\n1. one file per process (median ms of %d runs; ratio to the bare pdf.js dump)', RUNS);
  console.log('file'.padEnd(40), 'bare'.padStart(6), 'md'.padStart(6), 'ratio'.padStart(6), 'json'.padStart(6), 'ratio'.padStart(6));
  for (const file of files) {
    const t = { bare: [] as number[], md: [] as number[], json: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      t.bare.push(timeCommand([bare, file]));
      t.md.push(timeCommand([cli, file, '--out', out, '--format', 'md', '-q']));
      t.json.push(timeCommand([cli, file, '--out', out, '-q']));
    }
    const [b, m, j] = [median(t.bare), median(t.md), median(t.json)];
    console.log(path.basename(file).slice(0, 40).padEnd(40), b.toFixed(0).padStart(6), m.toFixed(0).padStart(6), (m / b).toFixed(2).padStart(6), j.toFixed(0).padStart(6), (j / b).toFixed(2).padStart(6));
  }
  await rm(out, { recursive: true, force: true });
}

async function stageFigures(): Promise<void> {
  const pdfjs = await loadPdfJs();
  const totals = { pdfjs: 0, read: 0, layout: 0, clean: 0, structure: 0, extract: 0, render: 0 };
  let pages = 0;
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      let t = performance.now();
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
      for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
      await doc.destroy();
      const pdfjsMs = performance.now() - t;
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
        const article = buildArticle(cleaned, ctx, { fileName: path.basename(file), sha256: '', pages: raw.pageCount });
        lap('structure');
        const enriched = await extract(article, ctx);
        lap('extract');
        render(enriched, ctx);
        lap('render');
        if (round > 0) {
          totals.pdfjs += pdfjsMs;
          pages += raw.pageCount;
        }
      } catch {
        // refused files (not a PDF, no text) have no stage times
      }
    }
  }
  console.log('\n2. one long process, warm (%d rounds after one warm-up): ms per page', WARM_ROUNDS - 1);
  for (const [stage, ms] of Object.entries(totals)) console.log(`  ${stage.padEnd(10)} ${(ms / pages).toFixed(2)}`);
  const ours = totals.layout + totals.clean + totals.structure + totals.extract + totals.render;
  console.log(`  cleaning + extraction / bare pdf.js per page: ${(ours / totals.pdfjs).toFixed(2)}×`);
  console.log(`  whole pipeline / bare pdf.js per page: ${((ours + totals.read) / totals.pdfjs).toFixed(2)}×`);
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await processFigures();
await stageFigures();
process.exit(0);
