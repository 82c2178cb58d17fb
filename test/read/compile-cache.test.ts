import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultCacheDir, keepNewestKeys, readOwnFile, removeOthers, writeOwnFile } from '../../src/read/compile-cache.js';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-cache-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the compiled-code cache folder', () => {
  test('a file written is read back; the folder is made private', () => {
    const dir = path.join(tempDir(), 'new', 'cache');
    expect(writeOwnFile(path.join(dir, 'a.bin'), Buffer.from('code'))).toBe(true);
    expect(readOwnFile(path.join(dir, 'a.bin'))?.toString()).toBe('code');
    expect(readdirSync(dir)).toEqual(['a.bin']);
  });

  test('a file others could have written is not read', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.bin');
    writeFileSync(file, 'code');
    chmodSync(file, 0o666);
    expect(readOwnFile(file)).toBeUndefined();
    chmodSync(file, 0o644);
    chmodSync(dir, 0o777);
    expect(readOwnFile(file)).toBeUndefined();
  });

  test('a folder others can write to is not written to; a missing or empty file reads as none', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    expect(writeOwnFile(path.join(dir, 'a.bin'), Buffer.from('code'))).toBe(false);
    expect(existsSync(path.join(dir, 'a.bin'))).toBe(false);
    chmodSync(dir, 0o700);
    writeFileSync(path.join(dir, 'empty.bin'), '');
    expect(readOwnFile(path.join(dir, 'empty.bin'))).toBeUndefined();
    expect(readOwnFile(path.join(dir, 'missing.bin'))).toBeUndefined();
  });

  test('a folder that cannot be made is no error', () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(writeOwnFile(path.join(file, 'cache', 'a.bin'), Buffer.from('code'))).toBe(false);
  });

  test.runIf(process.platform === 'linux')('a folder under /proc is refused at once, not looped on', () => {
    expect(writeOwnFile('/proc/opclean/cache/a.bin', Buffer.from('code'))).toBe(false);
  });

  test('removeOthers removes the family files of other versions only', () => {
    const dir = tempDir();
    for (const name of ['pdfjs-1.0-a-worker.bin', 'pdfjs-2.0-b-worker.bin', 'pdfjs-2.0-c-worker.bin', 'notes.txt']) {
      writeFileSync(path.join(dir, name), 'x');
    }
    mkdirSync(path.join(dir, 'sub'));
    removeOthers(dir, 'pdfjs-', 'pdfjs-2.0-');
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'pdfjs-2.0-b-worker.bin', 'pdfjs-2.0-c-worker.bin', 'sub']);
  });
});

test('keepNewestKeys keeps the files of the most recently written keys of a version', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-keys-'));
  try {
    const names = ['a', 'b', 'c', 'd'].flatMap((key) => [`pdfjs-2.0-${key}-worker.bin`, `pdfjs-2.0-${key}-display.bin`]);
    names.forEach((name, i) => {
      const file = path.join(dir, name);
      writeFileSync(file, 'x');
      utimesSync(file, 1000 + i, 1000 + i); // key a oldest, key d newest
    });
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    keepNewestKeys(dir, 'pdfjs-2.0-', 2);
    expect(readdirSync(dir).sort()).toEqual([
      'notes.txt',
      'pdfjs-2.0-c-display.bin',
      'pdfjs-2.0-c-worker.bin',
      'pdfjs-2.0-d-display.bin',
      'pdfjs-2.0-d-worker.bin',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
