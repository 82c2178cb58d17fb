import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { KEEP_DRAWN_SOFT_HYPHEN, cachedWorkerPath, defaultCacheDir, loadWorker } from '../../src/read/pdfjs-worker.js';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-worker-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const isWorker = (module: unknown): boolean => typeof (module as { WorkerMessageHandler?: unknown }).WorkerMessageHandler === 'function';

describe('the patched pdf.js worker', () => {
  test('is written once to the cache folder and loaded from there', async () => {
    const dir = path.join(tempDir(), 'cache');
    expect(isWorker(await loadWorker(dir))).toBe(true);
    const copies = readdirSync(dir);
    expect(copies).toEqual([path.basename(cachedWorkerPath(dir))]);
    expect(readFileSync(cachedWorkerPath(dir), 'utf8')).toContain(KEEP_DRAWN_SOFT_HYPHEN);
  });

  test('a copy in place is imported without being written again', async () => {
    const dir = tempDir();
    writeFileSync(cachedWorkerPath(dir), 'export const copy = "in place";\n');
    expect(await loadWorker(dir)).toMatchObject({ copy: 'in place' });
  });

  test('a copy others could have written is not imported, and copies for other versions go', async () => {
    const dir = tempDir();
    writeFileSync(cachedWorkerPath(dir), 'export const copy = "planted";\n');
    chmodSync(cachedWorkerPath(dir), 0o666);
    writeFileSync(path.join(dir, 'pdf.worker-1.0.0-0123456789abcdef.mjs'), '');
    const module = await loadWorker(dir);
    expect(isWorker(module)).toBe(true);
    expect(module).not.toHaveProperty('copy');
    expect(readdirSync(dir)).toEqual([path.basename(cachedWorkerPath(dir))]);
  });

  test('without a usable cache folder the patched source still loads', async () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(isWorker(await loadWorker(path.join(file, 'cache')))).toBe(true);
    expect(isWorker(await loadWorker(undefined))).toBe(true);
  });
});

describe('defaultCacheDir', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('OPCLEAN_CACHE_DIR decides when set; empty means no cache', () => {
    process.env.OPCLEAN_CACHE_DIR = 'relative/cache';
    expect(defaultCacheDir()).toBe(path.resolve('relative/cache'));
    process.env.OPCLEAN_CACHE_DIR = '';
    expect(defaultCacheDir()).toBeUndefined();
  });

  test.runIf(process.platform === 'linux')('on Linux, under XDG_CACHE_HOME when it is absolute, else ~/.cache', () => {
    delete process.env.OPCLEAN_CACHE_DIR;
    process.env.XDG_CACHE_HOME = '/var/cache/someone';
    expect(defaultCacheDir()).toBe('/var/cache/someone/opclean');
    process.env.XDG_CACHE_HOME = 'not/absolute';
    expect(defaultCacheDir()).toBe(path.join(os.homedir(), '.cache', 'opclean'));
  });
});
