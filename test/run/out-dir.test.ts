import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { type OutDir, OutDirError, openOutDir, releaseOutDirs } from '../../src/run/out-dir.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-out-dir-test-'));
afterEach(() => releaseOutDirs());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let folders = 0;
/** A fresh path under the test folder (not created). */
const fresh = (...parts: string[]) => path.join(dir, `case-${++folders}`, ...parts);

/** Above any Linux pid_max (2^22): no process has it. */
const DEAD_PID = 2 ** 22 + 1;

describe('openOutDir', () => {
  test('creates missing folders, nested, with the lock and an empty staging folder', async () => {
    const root = fresh('a', 'b', 'c');
    const out = await openOutDir(root);
    expect(out.root).toBe(root);
    expect(statSync(root).isDirectory()).toBe(true);
    expect(readFileSync(path.join(root, '.opclean.lock'), 'utf8')).toBe(`${process.pid} ${os.hostname()}\n`);
    expect(readdirSync(out.staging)).toEqual([]);
    expect(out.staging).toBe(path.join(root, '.opclean-staging'));
  });

  test('a relative path is resolved', async () => {
    const root = fresh('rel');
    const out = await openOutDir(path.relative(process.cwd(), root));
    expect(out.root).toBe(root);
  });

  test.each([
    ['a file', (file: string) => file, 'it is a file'],
    ['a folder under a file', (file: string) => path.join(file, 'sub'), 'a part of the path is a file'],
  ])('%s as --out is an OutDirError naming it', async (_what, outOf, why) => {
    const file = fresh('file.txt');
    mkdirSync(path.dirname(file));
    writeFileSync(file, 'x');
    const out = outOf(file);
    const error = await openOutDir(out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutDirError);
    expect((error as Error).message).toContain(out);
    expect((error as Error).message).toContain(why);
  });

  // Node's recursive mkdir never returns on this path
  test.skipIf(!existsSync('/proc/self'))('a folder under /proc fails at once, naming the folder', { timeout: 2_000 }, async () => {
    const error = await openOutDir('/proc/opclean-test/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutDirError);
    expect((error as Error).message).toContain('/proc/opclean-test');
  });

  test('a second run on a held folder is refused, naming the holder', async () => {
    const root = fresh();
    await openOutDir(root);
    await expect(openOutDir(root)).rejects.toThrow(OutDirError);
    await expect(openOutDir(root)).rejects.toThrow(`another opclean run (pid ${process.pid}) is writing into ${root}`);
  });

  test('shards with their own suffix share a folder', async () => {
    const root = fresh();
    const one = await openOutDir(root, '-1-of-2');
    const two = await openOutDir(root, '-2-of-2');
    expect(one.staging).not.toBe(two.staging);
    expect(existsSync(path.join(root, '.opclean-1-of-2.lock'))).toBe(true);
    expect(existsSync(path.join(root, '.opclean-2-of-2.lock'))).toBe(true);
  });

  test('an empty lock is a run that is starting; an old empty one was left by a killed run', async () => {
    const root = fresh();
    mkdirSync(root);
    const lock = path.join(root, '.opclean.lock');
    writeFileSync(lock, '');
    await expect(openOutDir(root)).rejects.toThrow(/another opclean run is writing into/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    await openOutDir(root);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${os.hostname()}\n`);
  });

  test.each([
    ['a dead pid on this host', `${DEAD_PID} ${os.hostname()}\n`, true],
    ['a lock that is not a pid', 'garbage\n', true],
    ['pid 0 (not a run)', `0 ${os.hostname()}\n`, true],
    ['a live pid on this host', `${process.pid} ${os.hostname()}\n`, false],
    ['a dead pid on another host (a shared folder)', `${DEAD_PID} not-${os.hostname()}\n`, false],
  ])('a lock file left with %s: taken over is %s', async (_what, content, isTaken) => {
    const root = fresh();
    mkdirSync(root);
    const lock = path.join(root, '.opclean.lock');
    writeFileSync(lock, content);
    if (isTaken) {
      await openOutDir(root);
      expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${os.hostname()}\n`);
    } else {
      await expect(openOutDir(root)).rejects.toThrow(/another opclean run \(pid \d+( on [^)]+)?\)/);
      expect(readFileSync(lock, 'utf8')).toBe(content);
    }
  });

  test('what a killed run left in the staging folder is swept', async () => {
    const root = fresh();
    mkdirSync(path.join(root, '.opclean-staging', 'deep'), { recursive: true });
    writeFileSync(path.join(root, '.opclean-staging', 'half-written.md'), '# Half');
    writeFileSync(path.join(root, '.opclean-staging', 'deep', 'x.json'), '{');
    writeFileSync(path.join(root, 'kept.md'), '# Kept');
    const out = await openOutDir(root);
    expect(readdirSync(out.staging)).toEqual([]);
    expect(readFileSync(path.join(root, 'kept.md'), 'utf8')).toBe('# Kept');
  });

  test('release() removes the lock and the staging folder, once; the folder can then be opened again', async () => {
    const root = fresh();
    const out: OutDir = await openOutDir(root);
    writeFileSync(path.join(out.staging, 'tmp.md'), 'x');
    out.release();
    expect(readdirSync(root)).toEqual([]);
    out.release();
    const again = await openOutDir(root);
    out.release(); // a stale handle does not take the new run's lock
    expect(existsSync(path.join(root, '.opclean.lock'))).toBe(true);
    again.release();
    expect(readdirSync(root)).toEqual([]);
  });
});
