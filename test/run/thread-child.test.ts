import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPool } from '../../src/run/pool.js';
import { ROOT, WORKER, ensureBuilt } from '../robustness/built-cli.js';
import { ARTICLE_TEXT, textPdf } from '../robustness/pdfs.js';

const SLOW_MS = 60_000;
const SEED = path.join(ROOT, 'fixtures', 'seed-mic25.chromium.pdf');
const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-thread-test-'));

beforeAll(() => ensureBuilt(), SLOW_MS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a pool of threads (one-file runs)', () => {
  test(
    'converts a file in a thread of this process, as a worker process would',
    async () => {
      const pool = createPool({ size: 1, inThreads: true, workerFile: WORKER });
      const outcome = await pool.convert(SEED, { formats: ['md'], extract: false });
      pool.close();
      expect(outcome.ok).toBe(true);
      expect(outcome.ok && outcome.pages).toBe(2);
      expect(outcome.ok && outcome.markdown).toMatch(/^# /m);
    },
    SLOW_MS,
  );

  test(
    'the memory limit holds: the thread is ended and the file fails as too-large, not retried',
    async () => {
      // this process alone is over 16 MB: the first poll ends the thread
      const pool = createPool({ size: 1, inThreads: true, workerFile: WORKER, maxMemoryMb: 16 });
      const outcome = await pool.convert(SEED, { formats: ['md'], extract: false, maxMemoryMb: 16 });
      pool.close();
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    },
    SLOW_MS,
  );

  test(
    'the time limit holds: a file slower than it fails as timeout, and the pool goes on',
    async () => {
      const slow = path.join(dir, 'slow.pdf');
      writeFileSync(slow, await textPdf(Array.from({ length: 80 }, () => ARTICLE_TEXT)));
      const pool = createPool({ size: 1, inThreads: true, workerFile: WORKER });
      const late = await pool.convert(slow, { formats: ['md'], extract: false, timeoutMs: 10 });
      const next = await pool.convert(SEED, { formats: ['md'], extract: false });
      pool.close();
      expect(late).toMatchObject({ ok: false, error: { kind: 'timeout' } });
      expect(next.ok).toBe(true);
    },
    SLOW_MS,
  );
});
