// Speed benchmark for extraction (a figure to report, not a timed test). Runs each variant as a
// fresh process, so process start and module loading are included:
//   bare     pdf.js text dump of a 3-page dev PDF
//   worker   the dump with preloadNlp() called first, then extract() on the gold paragraphs + JSON
//   serial   the same without preloadNlp(): compromise loads only when extract() is called
// Usage: npx tsc -p tsconfig.json --outDir node_modules/.cache/opclean-bench &&
//        npx tsx test/eval/speed.ts node_modules/.cache/opclean-bench
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS } from './gold-texts.js';

const build = path.resolve(process.argv[2] ?? 'dist');
const name = 'sotu-1962-kennedy.chromium';
const pdf = path.join(CORPUS, 'dev', `${name}.pdf`);
const gold = path.join(CORPUS, 'dev', `${name}.gold.json`);
const pdfjs = path.resolve('node_modules/pdfjs-dist/legacy/build/pdf.mjs');
const RUNS = 15;

const dump = `
  const { getDocument } = await import(${JSON.stringify(pdfjs)});
  const fs = await import('node:fs');
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(${JSON.stringify(pdf)})), verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    text += (await page.getTextContent()).items.map((x) => x.str ?? '').join(' ');
  }`;
const enrich = (preload: boolean) => `
  const x = await import(${JSON.stringify(path.join(build, 'extract/index.js'))});
  ${preload ? 'x.preloadNlp();' : ''}
  ${dump}
  const { createContext } = await import(${JSON.stringify(path.join(build, 'model/context.js'))});
  const g = JSON.parse(fs.readFileSync(${JSON.stringify(gold)}, 'utf8'));
  const span = (t, p) => ({ text: t, prov: [{ page: p, box: [0, 0, 0, 0], item: 0 }] });
  const blocks = g.paragraphs.map((t, i) => ({ id: 'p' + (i + 1), kind: 'paragraph', text: t, spans: [span(t, g.paragraph_pages[i][0])], pages: [g.paragraph_pages[i][0]] }));
  const article = { source: { fileName: '', sha256: '', pages: 3 }, title: null, authors: [], published: g.published, url: null, publisher: null, bio: null, blocks, removed: [], corrections: [], missing: [] };
  const e = await x.extract(article, createContext());
  JSON.stringify(e);`;

/** Runs the variants round-robin (fairer on a busy machine) and returns min and median per variant. */
function timeAll(scripts: readonly string[]): { min: number; median: number }[] {
  const times: number[][] = scripts.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    scripts.forEach((script, k) => {
      const t0 = performance.now();
      execFileSync(process.execPath, ['--input-type=module', '-e', script]);
      times[k]?.push(performance.now() - t0);
    });
  }
  return times.map((t) => {
    const sorted = [...t].sort((a, b) => a - b);
    return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
  });
}

if (!fs.existsSync(path.join(build, 'extract/index.js'))) throw new Error(`no build in ${build}`);
const [bare, worker, serial] = timeAll([dump, enrich(true), enrich(false)]);
const show = (label: string, t: { min: number; median: number } | undefined) =>
  console.log(
    `  ${label.padEnd(24)} min ${t?.min.toFixed(0)} ms, median ${t?.median.toFixed(0)} ms` +
      (bare && t !== bare ? `  (${((t?.min ?? 0) / bare.min).toFixed(2)}× / ${((t?.median ?? 0) / bare.median).toFixed(2)}× bare)` : ''),
  );
console.log(`3-page ${name}, ${RUNS} fresh processes per variant, load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}:`);
show('bare pdf.js dump', bare);
show('+ extract, preloadNlp()', worker);
show('+ extract, serial load', serial);

// warm cost per page in one long process: extraction only, on every dev gold file
const { extract } = await import(path.join(build, 'extract/index.js'));
const { createContext } = await import(path.join(build, 'model/context.js'));
const { devGolds, devArticle } = await import('./gold-texts.js');
const golds = devGolds();
const pages = golds.reduce((n: number, g: { paragraph_pages: number[][] }) => n + Math.max(...g.paragraph_pages.flat()), 0);
const words = golds.reduce((n: number, g: { paragraphs: string[] }) => n + g.paragraphs.join(' ').split(/\s+/).length, 0);
for (const g of golds) await extract(devArticle(g), createContext()); // warm up
const WARM_ROUNDS = 10;
const t0 = performance.now();
for (let r = 0; r < WARM_ROUNDS; r++) for (const g of golds) await extract(devArticle(g), createContext());
const ms = (performance.now() - t0) / WARM_ROUNDS;
console.log(
  `warm extraction: ${(ms / pages).toFixed(1)} ms per page, ${Math.round((words / ms) * 1000)} words/s (${pages} pages, ${words} words)`,
);
const { stopNlp } = await import(path.join(build, 'extract/nlp-load.js'));
await stopNlp();
