import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DiscoverOptions, type Input, discoverInputs, shardOf } from '../../src/run/inputs.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-inputs-test-'));
const tree = path.join(dir, 'tree');
const at = (...parts: string[]) => path.join(dir, ...parts);

/** Writes an empty file for every path, creating its folders. */
function files(...rels: string[]): void {
  for (const rel of rels) {
    mkdirSync(path.dirname(at(rel)), { recursive: true });
    writeFileSync(at(rel), '');
  }
}

async function discover(args: readonly string[], options: DiscoverOptions = {}): Promise<Input[]> {
  const found: Input[] = [];
  for await (const input of discoverInputs(args, options)) found.push(input);
  return found;
}

const names = async (args: readonly string[], options: DiscoverOptions = {}) => (await discover(args, options)).map((i) => i.name);

/** Thirty PDFs in three folders: 27 plain, and 3 whose names differ from another's by case
 *  only, so they are named "-2" in a whole run. */
const SHARD_FILES = [
  ...Array.from({ length: 27 }, (_, i) => `shards/${['', 'p/', 'p/q/'][i % 3]}f${String(i).padStart(2, '0')}.pdf`),
  'shards/F00.PDF',
  'shards/p/F04.PDF',
  'shards/p/q/F08.PDF',
];

beforeAll(() => {
  // created neither sorted nor reverse-sorted (some file systems list by creation): the walk sorts
  files(
    'tree/b.pdf',
    'tree/sub/readme.md',
    'tree/sub/deeper/d.PDF',
    'tree/sub/c.pdf',
    'tree/a.pdf',
    'tree/out/o.pdf',
    'tree/notes.txt',
    'tree/.dot.pdf',
    'tree/.hidden/h.pdf',
    'tree/.hidden/junk.txt',
    'dup/one/x.pdf',
    'dup/two/x.pdf',
    'case/x.pdf',
    'case/x.PDF',
    ...SHARD_FILES,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('discoverInputs', () => {
  test('a folder is walked recursively in sorted order, its files first, names mirroring folders', async () => {
    const found = await discover([tree]);
    expect(found).toEqual([
      { path: at('tree/a.pdf'), rel: 'a.pdf', name: 'a' },
      { path: at('tree/b.pdf'), rel: 'b.pdf', name: 'b' },
      { path: at('tree/out/o.pdf'), rel: 'out/o.pdf', name: 'out/o' },
      { path: at('tree/sub/c.pdf'), rel: 'sub/c.pdf', name: 'sub/c' },
      { path: at('tree/sub/deeper/d.PDF'), rel: 'sub/deeper/d.PDF', name: 'sub/deeper/d' },
    ]);
  });

  test.each<[string, DiscoverOptions, string[]]>([
    ['recursive: false stays in the folder', { recursive: false }, ['a', 'b']],
    ['exclude skips a folder and what is in it', { exclude: [at('tree/out')] }, ['a', 'b', 'sub/c', 'sub/deeper/d']],
    ['exclude takes relative paths too', { exclude: [path.relative(process.cwd(), at('tree/sub'))] }, ['a', 'b', 'out/o']],
  ])('%s', async (_what, options, expected) => {
    expect(await names([tree], options)).toEqual(expected);
  });

  test('files in a folder that are not PDFs are reported; hidden files and folders are not walked', async () => {
    const skipped: string[] = [];
    const found = await names([tree], { onSkipped: (file) => skipped.push(file) });
    expect(skipped).toEqual([at('tree/notes.txt'), at('tree/sub/readme.md')]);
    expect(found).toEqual(['a', 'b', 'out/o', 'sub/c', 'sub/deeper/d']); // no .dot, no .hidden/h
  });

  test.each([
    ['tree/**/*.pdf', ['a', 'b', 'out/o', 'sub/c']], // the pattern is case-sensitive: d.PDF is left out
    ['tree/*.pdf', ['a', 'b']],
    ['tree/sub/*.pdf', ['c']],
    ['tree/**/*.{pdf,PDF}', ['a', 'b', 'out/o', 'sub/c', 'sub/deeper/d']],
    ['tree/nothing-*.pdf', []],
  ])('the glob %j → %j, named relative to its base', async (glob, expected) => {
    const skipped: string[] = [];
    expect(await names([at(glob)], { onSkipped: (file) => skipped.push(file) })).toEqual(expected);
    expect(skipped).toEqual([]); // files the pattern does not match are not "not PDF"
  });

  test('a path that does not exist is passed on as it is', async () => {
    const missing = at('no/such/file.pdf');
    expect(await discover([missing])).toEqual([{ path: missing, rel: 'file.pdf', name: 'file' }]);
  });

  test.each<[string, string[], string[]]>([
    ['two files given with one base name', ['dup/one/x.pdf', 'dup/two/x.pdf'], ['x', 'x-2']],
    ['x.pdf and x.PDF in one folder', ['case'], ['x', 'x-2']],
    ['a folder given twice', ['dup/one', 'dup/one'], ['x', 'x-2']],
    ['the same file given three times', ['tree/a.pdf', 'tree/a.pdf', 'tree/a.pdf'], ['a', 'a-2', 'a-3']],
  ])('%s: distinct names in discovery order', async (_what, args, expected) => {
    expect(await names(args.map((arg) => at(arg)))).toEqual(expected);
  });
});

describe('sharding', () => {
  const shards = at('shards');

  test('shards 1..3 are disjoint and together are the whole run, each file named as in the whole run', async () => {
    const whole = await discover([shards]);
    expect(whole).toHaveLength(30);
    const parts = [];
    for (let index = 1; index <= 3; index++) parts.push(await discover([shards], { shard: { index, count: 3 } }));
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
    const union = parts.flat();
    expect(union).toHaveLength(whole.length); // with the check below: no input in two shards
    const byPath = (a: Input, b: Input) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    expect([...union].sort(byPath)).toEqual([...whole].sort(byPath));
    // each shard keeps the whole run's order
    for (const part of parts) expect(part).toEqual(whole.filter((input) => part.some((p) => p.path === input.path)));
  });

  test('a file is in the same shard wherever the folder lies (the hash is of its relative path)', async () => {
    const moved = at('moved', 'elsewhere');
    cpSync(shards, moved, { recursive: true });
    for (let index = 1; index <= 3; index++) {
      const here = await discover([shards], { shard: { index, count: 3 } });
      const there = await discover([moved], { shard: { index, count: 3 } });
      expect(there.map((input) => [input.rel, input.name])).toEqual(here.map((input) => [input.rel, input.name]));
      for (const input of here) expect(shardOf(input.rel, 3)).toBe(index);
    }
  });

  test('a renamed duplicate keeps its whole-run name in a shard without the original', async () => {
    const whole = await discover([shards]);
    expect(whole.filter((input) => input.name.endsWith('-2')).map((input) => input.rel)).toEqual(['f00.pdf', 'p/f04.pdf', 'p/q/f08.pdf']);
    let alone = 0; // renamed files in a shard that lacks the file they were renamed against
    for (let index = 1; index <= 3; index++) {
      const part = await discover([shards], { shard: { index, count: 3 } });
      const names = new Set(part.map((input) => input.name.toLowerCase()));
      for (const input of part) {
        if (input.name.endsWith('-2') && !names.has(input.name.slice(0, -2).toLowerCase())) alone++;
      }
    }
    expect(alone).toBeGreaterThan(0); // else this test would not test anything
  });
});

describe('shardOf', () => {
  test.each([
    // sha256("a.pdf") starts a7949e62 = 2811534946; mod 3 is 1, so shard 2
    ['a.pdf', 3, 2],
    ['a.pdf', 7, 4],
    ['sub/c.pdf', 3, 3],
    ['sub/c.pdf', 7, 7],
    ['anything', 1, 1],
  ])('shardOf(%j, %i) = %i', (rel, count, shard) => {
    expect(shardOf(rel, count)).toBe(shard);
    expect(shardOf(rel, count)).toBe(shard); // stable
  });

  test('every shard number is within 1..count', () => {
    const seen = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`f${i}.pdf`, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });
});
