import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OutDirError } from '../src/run/out-dir.js';
import { createPool } from '../src/run/pool.js';
import { runBatch } from './helpers/batch.js';
import { TEMPLATE_FOOTER, TEMPLATE_HEADER, templatePdfs } from './helpers/template-pdfs.js';
import { ARTICLE_TEXT, encryptedPdf, textPdf } from './robustness/pdfs.js';
import { ROOT, WORKER, ensureBuilt } from './robustness/built-cli.js';

/** A worker started from TypeScript source compiles the pipeline on its first file (a few seconds). */
const SLOW_MS = 60_000;

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-batch-test-'));
const pool = createPool({ size: 2, workerFile: WORKER });
const file = (name: string) => path.join(dir, 'in', name);
const outDir = (name: string) => path.join(dir, `out-${name}`);
const indexOf = (out: string) =>
  readFileSync(path.join(out, 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

let article: Buffer;

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  article = await textPdf([ARTICLE_TEXT, ARTICLE_TEXT]);
  writeFileSync(file('good.pdf'), article);
  writeFileSync(file('long.pdf'), await textPdf(Array.from({ length: 40 }, () => ARTICLE_TEXT)));
  writeFileSync(file('sub/good.pdf'), article);
  writeFileSync(file('good-2.pdf'), article);
  writeFileSync(file('empty.pdf'), '');
  writeFileSync(file('locked.pdf'), await encryptedPdf('secret'));
}, SLOW_MS);

afterAll(() => {
  pool.close();
  rmSync(dir, { recursive: true, force: true });
});

const workerPids = () =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('worker.');
      } catch (error) {
        // the process ended between listing /proc and reading it
        return (error as NodeJS.ErrnoException).code !== 'ENOENT';
      }
    });

describe('convertBatch', () => {
  test(
    'a failed file never stops the run; names stay unique; index.jsonl lists every input',
    async () => {
      const out = outDir('mixed');
      const inputs = ['good.pdf', 'empty.pdf', 'missing.pdf', 'locked.pdf', 'sub/good.pdf', 'good-2.pdf'].map(file);
      const { results, summary } = await runBatch(inputs, out, { extract: false }, { pool });
      expect(results.map((r) => [r.name, r.status === 'failed' ? r.error?.kind : 'converted'])).toEqual([
        ['good', 'converted'],
        ['empty', 'not-a-pdf'],
        ['missing', 'unreadable-file'],
        ['locked', 'encrypted'],
        ['good-2', 'converted'], // the second "good": named in discovery order
        ['good-2-2', 'converted'],
      ]);
      expect(summary).toMatchObject({ converted: 3, unchanged: 0, failed: { 'not-a-pdf': 1, 'unreadable-file': 1, encrypted: 1 } });
      expect(readdirSync(out).sort()).toEqual(
        ['good.md', 'good.json', 'good-2.md', 'good-2.json', 'good-2-2.md', 'good-2-2.json', 'index.jsonl'].sort(),
      );
      const index = indexOf(out);
      expect(index.map((entry) => entry.name)).toEqual(['empty', 'good', 'good-2', 'good-2-2', 'locked', 'missing']);
      expect(index.find((e) => e.name === 'good')).toMatchObject({
        input: inputs[0],
        status: 'ok',
        outputs: ['good.md', 'good.json'],
        pages: 2,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        ms: expect.any(Number),
      });
      expect(index.find((e) => e.name === 'empty')).toMatchObject({
        status: 'failed',
        outputs: [],
        error: { kind: 'not-a-pdf', message: 'not a PDF: the file is empty' },
      });
    },
    SLOW_MS,
  );

  test(
    'one clock per file: a queue far longer than --timeout loses no file to waiting',
    async () => {
      const input = path.join(dir, 'queue');
      mkdirSync(input);
      const seed = readFileSync(path.join(ROOT, 'fixtures', 'seed-mic25.chromium.pdf'));
      for (let i = 0; i < 60; i++) writeFileSync(path.join(input, `copy-${String(i).padStart(2, '0')}.pdf`), seed);
      const one = createPool({ size: 1, workerFile: WORKER, preloadExtract: true });
      // one file to start the worker, then one to time: how long a file takes on this machine under its present load
      const seedFile = path.join(ROOT, 'fixtures', 'seed-mic25.chromium.pdf');
      await runBatch([seedFile], outDir('queue-start'), {}, { pool: one, learnTemplates: false });
      const warmStart = performance.now();
      await runBatch([seedFile], outDir('queue-warm'), {}, { pool: one, learnTemplates: false });
      const warmMs = performance.now() - warmStart;
      // several times what one file takes (about 0.2 s with extraction), far under the 60 files together
      const timeoutMs = Math.max(3_000, 6 * warmMs);
      const started = performance.now();
      const { results } = await runBatch([input], outDir('queue'), { timeoutMs }, { pool: one, learnTemplates: false });
      one.close();
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThan(timeoutMs); // the batch outlasts the limit: queued clocks would have run out
      expect(results.filter((r) => r.status === 'failed').map((r) => r.error?.message)).toEqual([]);
      expect(results).toHaveLength(60);
    },
    SLOW_MS,
  );

  test(
    'a rerun converts only what changed; --force converts again; a new format set leaves no stale output',
    async () => {
      const input = path.join(dir, 'rerun');
      const out = outDir('rerun');
      mkdirSync(input);
      writeFileSync(path.join(input, 'a.pdf'), article);
      writeFileSync(path.join(input, 'b.pdf'), article);
      const first = await runBatch([input], out, { extract: false }, { pool });
      expect(first.summary).toMatchObject({ converted: 2, unchanged: 0 });

      writeFileSync(path.join(input, 'b.pdf'), await textPdf([ARTICLE_TEXT])); // b changes
      rmSync(path.join(out, 'a.json')); // a's pair is incomplete
      writeFileSync(path.join(input, 'c.pdf'), article); // c is new
      const second = await runBatch([input], out, { extract: false }, { pool });
      expect(second.results.map((r) => [r.name, r.status])).toEqual([
        ['a', 'ok'],
        ['b', 'ok'],
        ['c', 'ok'],
      ]);
      const third = await runBatch([input], out, { extract: false }, { pool });
      expect(third.results.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
      const forced = await runBatch([input], out, { extract: false }, { pool, force: true });
      expect(forced.summary).toMatchObject({ converted: 3, unchanged: 0 });

      const mdOnly = await runBatch([input], out, { formats: ['md'] }, { pool });
      expect(mdOnly.summary.converted).toBe(3); // other settings: converted again
      expect(readdirSync(out).sort()).toEqual(['a.md', 'b.md', 'c.md', 'index.jsonl']);
      expect(indexOf(out).map((e) => e.outputs)).toEqual([['a.md'], ['b.md'], ['c.md']]);
    },
    SLOW_MS,
  );

  test(
    'folders are walked recursively and mirrored under --out; non-PDF files are skipped and counted',
    async () => {
      const input = path.join(dir, 'tree');
      mkdirSync(path.join(input, '2024', 'march'), { recursive: true });
      writeFileSync(path.join(input, 'top.pdf'), article);
      writeFileSync(path.join(input, 'notes.txt'), 'not a PDF');
      writeFileSync(path.join(input, '2024', 'march', 'top.pdf'), article);
      const out = outDir('tree');
      const { summary } = await runBatch([input], out, { extract: false }, { pool });
      expect(summary).toMatchObject({ converted: 2, notPdf: 1 });
      expect(existsSync(path.join(out, 'top.md'))).toBe(true);
      expect(existsSync(path.join(out, '2024', 'march', 'top.json'))).toBe(true);
      expect(indexOf(out).map((e) => e.outputs[0])).toEqual(['2024/march/top.md', 'top.md']);
      const flat = await runBatch([input], outDir('flat'), { extract: false }, { pool, recursive: false });
      expect(flat.results.map((r) => r.name)).toEqual(['top']);
    },
    SLOW_MS,
  );

  test(
    'the union of the shards of a folder is one unsharded run',
    async () => {
      const input = path.join(dir, 'shards');
      mkdirSync(path.join(input, 'sub'), { recursive: true });
      for (let i = 0; i < 9; i++) writeFileSync(path.join(input, i % 3 ? '' : 'sub', `piece-${i}.pdf`), article);
      const whole = await runBatch([input], outDir('unsharded'), { extract: false }, { pool });
      const shards = [];
      for (let index = 1; index <= 3; index++) {
        shards.push(await runBatch([input], outDir('sharded'), { extract: false }, { pool, shard: { index, count: 3 } }));
      }
      const names = shards.flatMap((s) => s.results.map((r) => r.name)).sort();
      expect(names).toEqual(whole.results.map((r) => r.name).sort());
      expect(new Set(names).size).toBe(names.length); // disjoint
      expect(shards.filter((s) => s.results.length > 0).length).toBeGreaterThan(1);
      for (const name of names) {
        expect(readFileSync(path.join(outDir('sharded'), `${name}.md`), 'utf8')).toBe(
          readFileSync(path.join(outDir('unsharded'), `${name}.md`), 'utf8'),
        );
      }
      expect(readdirSync(outDir('sharded')).filter((f) => f.startsWith('index'))).toEqual([
        'index-1-of-3.jsonl',
        'index-2-of-3.jsonl',
        'index-3-of-3.jsonl',
      ]);
    },
    SLOW_MS,
  );

  test(
    'a one-page piece is cleaned with the furniture its multi-page siblings showed',
    async () => {
      const input = path.join(dir, 'template');
      mkdirSync(input);
      const { multiPage, onePage } = await templatePdfs();
      // named so that the one-page piece comes first: it converts before anything was learnt
      writeFileSync(path.join(input, 'a-short.pdf'), onePage);
      for (const [i, bytes] of multiPage.entries()) writeFileSync(path.join(input, `b-long-${i}.pdf`), bytes);
      const alone = await runBatch([path.join(input, 'a-short.pdf')], outDir('template-alone'), { extract: false }, { pool });
      expect(alone.summary.converted).toBe(1);
      const aloneMd = readFileSync(path.join(outDir('template-alone'), 'a-short.md'), 'utf8');
      expect(aloneMd).toContain(TEMPLATE_HEADER); // nothing on one page shows it is furniture

      await runBatch([input], outDir('template'), { extract: false }, { pool });
      for (const name of ['a-short', 'b-long-0']) {
        const md = readFileSync(path.join(outDir('template'), `${name}.md`), 'utf8');
        expect(md).not.toContain(TEMPLATE_HEADER);
        expect(md).not.toContain(TEMPLATE_FOOTER);
      }
      const json = JSON.parse(readFileSync(path.join(outDir('template'), 'a-short.json'), 'utf8'));
      expect(json.removed).toContainEqual(
        expect.objectContaining({ kind: 'running-header', evidence: expect.stringMatching(/\d+ other files?/) }),
      );
    },
    SLOW_MS,
  );

  test(
    'writes both files or none: a failed write takes back the other file and leaves no temp file',
    async () => {
      const out = outDir('blocked');
      mkdirSync(path.join(out, 'good.json', 'inside'), { recursive: true }); // a folder where the JSON must go
      const { results } = await runBatch([file('good.pdf')], out, { extract: false }, { pool });
      expect(results[0]?.error?.kind).toBe('write-failed');
      expect(readdirSync(out).sort()).toEqual(['good.json', 'index.jsonl']);
    },
    SLOW_MS,
  );

  test('an unusable --out is refused before anything converts', async () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    for (const out of [path.join(dir, 'a-file'), '/proc/opclean-test/out']) {
      const seen: string[] = [];
      await expect(runBatch([file('good.pdf')], out, {}, { pool, onResult: (r) => seen.push(r.name) })).rejects.toBeInstanceOf(OutDirError);
      expect(seen).toEqual([]);
    }
  });

  test(
    'a second run into a folder in use is refused, naming the run that holds it',
    async () => {
      const out = outDir('locked');
      const first = runBatch([path.join(dir, 'queue')], out, { extract: false }, { pool });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expect(runBatch([file('good.pdf')], out, {}, { pool })).rejects.toThrow(/another opclean run \(pid \d+\) is writing into/);
      expect((await first).summary.converted).toBe(60);
    },
    SLOW_MS,
  );

  test(
    'a worker killed at the time limit is replaced and the next file converts',
    async () => {
      const killed = await pool.convert(file('long.pdf'), { timeoutMs: 20 }); // 40 pages with extraction: far over 20 ms
      expect(killed).toMatchObject({ ok: false, error: { kind: 'timeout' } });
      expect(killed.ok || killed.error.message).toMatch(/time limit \(--timeout\)/);
      const next = await pool.convert(file('good.pdf'), { extract: false });
      expect(next.ok).toBe(true);
    },
    SLOW_MS,
  );

  test(
    'a worker killed at the memory limit is replaced and the next file converts',
    async () => {
      // any worker is bigger than 16 MB: the first memory poll stops it
      const killed = await pool.convert(file('long.pdf'), { extract: false, maxMemoryMb: 16 });
      expect(killed).toMatchObject({ ok: false, error: { kind: 'too-large' } });
      expect(killed.ok || killed.error.message).toMatch(/memory limit of 16 MB/);
      const next = await pool.convert(file('good.pdf'), { extract: false });
      expect(next.ok).toBe(true);
    },
    SLOW_MS,
  );

  test(
    'a pool of its own is closed when the batch ends: no worker outlives it',
    async () => {
      const before = workerPids();
      await runBatch([file('empty.pdf'), file('missing.pdf')], outDir('own-pool'), {});
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(workerPids().filter((pid) => !before.includes(pid))).toEqual([]);
    },
    SLOW_MS,
  );
});
