import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertBatch } from '../src/batch.js';
import { createWorkerPool } from '../src/worker-pool.js';
import { ARTICLE_TEXT, encryptedPdf, textPdf } from './robustness/pdfs.js';
import { WORKER, ensureBuilt } from './robustness/built-cli.js';

/** A worker started from TypeScript source compiles the pipeline on its first file (a few seconds). */
const SLOW_MS = 60_000;

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-batch-test-'));
const pool = createWorkerPool({ size: 2, workerFile: WORKER });
const file = (name: string) => path.join(dir, 'in', name);

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  const article = await textPdf([ARTICLE_TEXT, ARTICLE_TEXT]);
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
      const out = path.join(dir, 'out-mixed');
      mkdirSync(out);
      const inputs = ['good.pdf', 'empty.pdf', 'missing.pdf', 'locked.pdf', 'sub/good.pdf', 'good-2.pdf'].map(file);
      const seen: string[] = [];
      const results = await convertBatch(inputs, out, { extract: false }, { pool, onResult: (r) => seen.push(r.input) });
      expect(results.map((r) => [r.name, r.status === 'failed' ? r.error?.kind : 'converted'])).toEqual([
        ['good', 'converted'],
        ['empty', 'not-a-pdf'],
        ['missing', 'unreadable-file'],
        ['locked', 'encrypted'],
        ['good-3', 'converted'], // good-2 belongs to the input of that name
        ['good-2', 'converted'],
      ]);
      expect(seen.sort()).toEqual([...inputs].sort());
      expect(readdirSync(out).sort()).toEqual(
        ['good.md', 'good.json', 'good-2.md', 'good-2.json', 'good-3.md', 'good-3.json', 'index.jsonl'].sort(),
      );
      const index = readFileSync(path.join(out, 'index.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(index.map((entry) => entry.input)).toEqual(inputs);
      expect(index[0]).toEqual({ input: inputs[0], name: 'good', status: index[0].status, outputs: ['good.md', 'good.json'] });
      expect(index[1]).toEqual({
        input: inputs[1],
        name: 'empty',
        status: 'failed',
        outputs: [],
        error: { kind: 'not-a-pdf', message: 'not a PDF: the file is empty' },
      });
    },
    SLOW_MS,
  );

  test(
    'writes both files or none: a failed write takes back the other file and leaves no temp file',
    async () => {
      const out = path.join(dir, 'out-blocked');
      mkdirSync(path.join(out, 'good.json'), { recursive: true }); // a folder where the JSON must go
      const [result] = await convertBatch([file('good.pdf')], out, { extract: false }, { pool, writeIndex: false });
      expect(result?.error?.kind).toBe('write-failed');
      expect(readdirSync(out)).toEqual(['good.json']);
      expect(readdirSync(path.join(out, 'good.json'))).toEqual([]);
    },
    SLOW_MS,
  );

  test(
    'a worker killed at the time limit is replaced and the next file converts',
    async () => {
      const killed = await pool.convert(file('good.pdf'), { extract: false, timeoutMs: 5 });
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
      const out = path.join(dir, 'out-own-pool');
      const before = workerPids();
      mkdirSync(out);
      await convertBatch([file('empty.pdf'), file('missing.pdf')], out, {});
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(workerPids().filter((pid) => !before.includes(pid))).toEqual([]);
    },
    SLOW_MS,
  );
});
