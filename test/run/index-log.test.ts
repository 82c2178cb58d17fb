import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type IndexEntry, openIndex } from '../../src/run/index-log.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-index-log-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** A fresh index file path, holding `content` if given. */
function indexFile(content?: string): string {
  const file = path.join(dir, `index-${++files}.jsonl`);
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

const entry = (name: string, status: IndexEntry['status'] = 'ok', ms = 10): IndexEntry => ({
  input: `in/${name}.pdf`,
  name,
  status,
  outputs: status === 'failed' ? [] : [`${name}.md`],
  ms,
  settings: 'md',
});

const line = (e: IndexEntry) => `${JSON.stringify(e)}\n`;
const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');

describe('openIndex', () => {
  test('appended entries are there on reopening, the last one per name winning', () => {
    const file = indexFile();
    const first = openIndex(file);
    first.append(entry('b'));
    first.append(entry('a', 'failed'));
    first.append(entry('a', 'ok', 20));
    expect(linesOf(file)).toHaveLength(3); // appended as they came, as a killed run leaves them
    const again = openIndex(file);
    expect(again.get('a')).toEqual(entry('a', 'ok', 20));
    expect(again.get('b')).toEqual(entry('b'));
    expect(again.get('c')).toBeUndefined();
    expect(linesOf(file)).toEqual([line(entry('a', 'ok', 20)).trim(), line(entry('b')).trim()]); // compacted at open
    again.close();
    first.close();
  });

  test.each([
    ['a torn last line', '{"input":"in/c.pdf","name":"c","sta'],
    ['a torn line then a newline', '{"input":"in/c.pdf","name":"c","sta\n'],
    ['garbage', 'not json at all\n'],
    ['JSON that is not an entry', '{"name":"c"}\n[1,2]\nnull\n42\n'],
    ['an entry with a wrong type', '{"name":"c","status":"ok","outputs":"c.md"}\n'],
  ])('%s is ignored and compacted away', (_what, junk) => {
    const file = indexFile(line(entry('b')) + line(entry('a')) + junk);
    const index = openIndex(file);
    expect(index.get('c')).toBeUndefined();
    expect(index.get('a')).toEqual(entry('a'));
    expect(linesOf(file)).toEqual([line(entry('a')).trim(), line(entry('b')).trim()]);
    index.close();
  });

  test('an entry appended after a torn line is not lost', () => {
    const file = indexFile(`${line(entry('a'))}{"input":"in/b.pdf","na`);
    const index = openIndex(file);
    index.append(entry('c'));
    expect(openIndex(file).get('c')).toEqual(entry('c'));
    index.close();
  });

  test('close() rewrites one line per name, sorted by name', () => {
    const file = indexFile();
    const index = openIndex(file);
    for (const e of [entry('b'), entry('c'), entry('a'), entry('b', 'failed'), entry('a', 'partial')]) index.append(e);
    index.close();
    expect(readFileSync(file, 'utf8')).toBe(line(entry('a', 'partial')) + line(entry('b', 'failed')) + line(entry('c')));
    index.close(); // twice is harmless
    expect(linesOf(file)).toHaveLength(3);
  });

  test('a missing index file is created empty, and removed again when nothing was appended', () => {
    const file = indexFile();
    const index = openIndex(file);
    expect(readFileSync(file, 'utf8')).toBe('');
    index.close();
    expect(existsSync(file)).toBe(false);
  });

  test('an index that was there stays, even when this run appended nothing', () => {
    const file = indexFile();
    writeFileSync(file, '');
    openIndex(file).close();
    expect(existsSync(file)).toBe(true);
  });
});
