import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { outputName, writeAllAtomically } from '../../src/output-files.js';

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

describe('writeAllAtomically', () => {
  test('writes every file and leaves no staging file behind', async () => {
    const files = ['a.md', 'a.json'].map((name) => ({ path: path.join(dir, name), content: `content of ${name}` }));
    await writeAllAtomically(files);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.md']);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('content of a.md');
  });

  test('when one file cannot be written, none is left', async () => {
    const files = [
      { path: path.join(dir, 'b.md'), content: 'md' },
      { path: path.join(dir, 'no-such-folder', 'b.json'), content: 'json' },
    ];
    await expect(writeAllAtomically(files)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir).filter((name) => name.includes('b.'))).toEqual([]);
  });
});
