import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openSqlite } from '../../../src/run/sinks/sqlite.js';
import { CorpusDbError } from '../../../src/run/sinks/store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-sqlite-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a new database is created with the folders it needs', async () => {
  const file = path.join(dir, 'a', 'b', 'corpus.sqlite');
  const store = openSqlite(file, { create: true });
  await store.close();
  const again = openSqlite(file, { create: false });
  await again.close();
});

test('opening a database that does not exist for reading says so', () => {
  expect(() => openSqlite(path.join(dir, 'missing', 'corpus.sqlite'), { create: false })).toThrow(CorpusDbError);
});
