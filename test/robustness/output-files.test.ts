import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { outputName, writeOutputs } from '../../src/run/outputs.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-output-files-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('outputName', () => {
  test.each([
    ['papers/article.pdf', 'article'],
    ['Article.PDF', 'Article'],
    ['../escape.pdf', 'escape'],
    ['/abs/path/to/x.pdf', 'x'],
    ['..pdf', '_'],
    ['.hidden.pdf', '_hidden'],
    ['...pdf', '__'],
    ['.pdf', '_'],
    ['a\\b.pdf', 'a_b'],
    ['tab\there\n.pdf', 'tab_here_'],
    ["weird name a b;$(touch opclean-shell-canary)'éß中文.pdf", "weird name a b;$(touch opclean-shell-canary)'éß中文"],
    ['report.pdf.pdf', 'report.pdf'],
    ['notes.txt', 'notes.txt'],
  ])('%j → %j', (input, name) => {
    expect(outputName(input)).toBe(name);
  });

  test('a very long name is cut to whole characters within the file-name limit', () => {
    const name = outputName(`${'文'.repeat(200)}.pdf`);
    expect(Buffer.byteLength(`.${name}.json.4194304.deadbeef.tmp`)).toBeLessThanOrEqual(255);
    expect(name).toBe('文'.repeat(66));
  });
});

describe('writeOutputs', () => {
  const staging = path.join(dir, '.staging');

  test('writes every file, removes stale ones of the name and leaves nothing staged', async () => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(dir, 'a.json'), 'stale JSON of an earlier conversion');
    await writeOutputs([{ path: path.join(dir, 'sub', 'a.md'), content: 'content of a.md' }], staging, [path.join(dir, 'a.json')]);
    expect(readdirSync(dir).sort()).toEqual(['.staging', 'sub']);
    expect(readFileSync(path.join(dir, 'sub', 'a.md'), 'utf8')).toBe('content of a.md');
    expect(readdirSync(staging)).toEqual([]);
  });

  test('when one file cannot be put in place, none is left', async () => {
    mkdirSync(path.join(dir, 'b.json', 'inside'), { recursive: true }); // a folder where the JSON must go
    const files = [
      { path: path.join(dir, 'b.md'), content: 'md' },
      { path: path.join(dir, 'b.json'), content: 'json' },
    ];
    await expect(writeOutputs(files, staging)).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir).filter((name) => name.startsWith('b.'))).toEqual(['b.json']);
    expect(readdirSync(staging)).toEqual([]);
  });
});
