import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runBatch } from '../helpers/batch.js';
import type { Options } from '../../src/model/options.js';
import { createPool } from '../../src/run/pool.js';
import { undecodablePdf } from '../helpers/undecodable-pdf.js';
import { ARTICLE_TEXT, encryptedPdf, imageOnlyPdf, textPdf } from './pdfs.js';
import { WORKER, ensureBuilt } from './built-cli.js';

/** A worker started from TypeScript source compiles the pipeline on its first file. */
const SLOW_MS = 60_000;

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-kinds-test-'));
const pool = createPool({ size: 2, workerFile: WORKER });
let article: Buffer;

beforeAll(async () => {
  ensureBuilt();
  article = await textPdf([ARTICLE_TEXT, ARTICLE_TEXT]);
}, SLOW_MS);
afterAll(() => {
  pool.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Case {
  readonly name: string;
  readonly bytes: () => Promise<Buffer | string> | Buffer | string;
  readonly options?: Partial<Options>;
  readonly kind: string;
  readonly says: RegExp;
}

const CASES: readonly Case[] = [
  { name: 'empty', bytes: () => '', kind: 'not-a-pdf', says: /not a PDF: the file is empty/ },
  { name: 'html', bytes: () => '<html><body>403 Forbidden</body></html>', kind: 'not-a-pdf', says: /not a PDF/ },
  { name: 'late-header', bytes: () => `${' '.repeat(2000)}%PDF-1.7\n`, kind: 'not-a-pdf', says: /first 1024 bytes/ },
  { name: 'header-only', bytes: () => '%PDF-1.7\n%%EOF\n', kind: 'damaged', says: /invalid|corrupt/ },
  { name: 'truncated', bytes: () => article.subarray(0, 400), kind: 'damaged', says: /invalid|corrupt/ },
  { name: 'locked', bytes: () => encryptedPdf('secret'), kind: 'encrypted', says: /needs a password.*--password/ },
  {
    name: 'wrong-password',
    bytes: () => encryptedPdf('secret'),
    options: { password: 'guess' },
    kind: 'encrypted',
    says: /password given .* is wrong/,
  },
  { name: 'scan', bytes: imageOnlyPdf, kind: 'no-text-layer', says: /no extractable text on page 1 \(scanned PDF\? OCR it first/ },
  {
    name: 'undecodable',
    bytes: () => undecodablePdf([{ lines: [ARTICLE_TEXT.slice(0, 90), ARTICLE_TEXT.slice(90, 180)], undecodable: 'codes' }]),
    kind: 'undecodable-text',
    says: /undecodable text on page 1 of 1 \(fonts without a usable Unicode mapping\? OCR it first/,
  },
  {
    name: 'many-pages',
    bytes: () => article,
    options: { maxPages: 1 },
    kind: 'too-large',
    says: /2 pages, over the limit of 1 \(--max-pages\)/,
  },
  {
    name: 'big-file',
    bytes: () => article,
    options: { maxFileBytes: 100 },
    kind: 'too-large',
    says: /over the limit of 100 \(--max-file-mb\)/,
  },
  { name: 'memory', bytes: () => article, options: { maxMemoryMb: 16 }, kind: 'too-large', says: /memory limit of 16 MB/ },
  {
    // 80 pages take far more than 10 ms even in a warm worker: the clock starts only once it holds the file
    name: 'slow',
    bytes: () => textPdf(Array.from({ length: 80 }, () => ARTICLE_TEXT)),
    options: { timeoutMs: 10 },
    kind: 'timeout',
    says: /per-file time limit \(--timeout\)/,
  },
];

describe('each failure kind: a typed error with a clear reason and no output', () => {
  test.each(CASES)(
    '$name → $kind',
    async ({ name, bytes, options, kind, says }) => {
      const input = path.join(dir, `${name}.pdf`);
      const out = path.join(dir, `out-${name}`);
      writeFileSync(input, await bytes());
      mkdirSync(out);
      const {
        results: [result],
      } = await runBatch([input], out, { extract: false, ...options }, { pool });
      expect(result?.status).toBe('failed');
      expect(result?.error?.kind).toBe(kind);
      expect(result?.error?.message).toMatch(says);
      expect(readdirSync(out)).toEqual(['index.jsonl']);
    },
    SLOW_MS,
  );

  test(
    'a missing file is unreadable-file',
    async () => {
      const out = path.join(dir, 'out-missing');
      const {
        results: [result],
      } = await runBatch([path.join(dir, 'nowhere.pdf')], out, {}, { pool });
      expect(result?.error).toMatchObject({ kind: 'unreadable-file', message: 'cannot read the file (no such file)' });
    },
    SLOW_MS,
  );

  test(
    'the right --password opens a user-password PDF',
    async () => {
      const input = path.join(dir, 'unlocked.pdf');
      const out = path.join(dir, 'out-unlocked');
      writeFileSync(input, await encryptedPdf('secret'));
      const {
        results: [result],
      } = await runBatch([input], out, { extract: false, password: 'secret' }, { pool });
      expect(result?.status).not.toBe('failed');
      expect(readdirSync(out).sort()).toEqual(['index.jsonl', 'unlocked.json', 'unlocked.md']);
    },
    SLOW_MS,
  );
});
