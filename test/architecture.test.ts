import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const STAGES = ['read', 'layout', 'clean', 'structure', 'extract', 'output'] as const;

interface ImportEdge {
  readonly file: string; // relative to src/, with forward slashes
  readonly specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Static imports, re-exports, dynamic import() calls and require()/require.resolve() with a literal specifier. */
const IMPORT =
  /^\s*(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\b(?:import|require|resolve)\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  return [...text.matchAll(IMPORT)].map((m) => ({ file: rel, specifier: (m[1] ?? m[2] ?? m[3]) as string }));
}

const edges = sourceFiles(SRC).flatMap(importsOf);

/** The src/ folder (or top-level file) an import resolves to; undefined for packages. */
function targetOf(edge: ImportEdge): string | undefined {
  if (!edge.specifier.startsWith('.')) return undefined;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(edge.file), edge.specifier));
  return resolved.includes('/') ? (resolved.split('/')[0] as string) : resolved;
}

const folderOf = (file: string): string => (file.includes('/') ? (file.split('/')[0] as string) : '');
const packageOf = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);

describe('architecture', () => {
  test('the import scan finds the stage imports', () => {
    // guards the regex: an empty scan would pass every rule below
    expect(edges.length).toBeGreaterThan(50);
    expect(edges.some((e) => e.file === 'pipeline.ts' && e.specifier === './clean/index.js')).toBe(true);
    for (const name of ['pdfjs-dist', 'compromise', 'unified', 'commander', '@citation-js/core', 'better-sqlite3', 'pg']) {
      expect(
        edges.some((e) => packageOf(e.specifier) === name),
        name,
      ).toBe(true);
    }
  });

  test.each(STAGES)('src/%s imports only model/ and itself', (stage) => {
    const bad = edges
      .filter((e) => folderOf(e.file) === stage)
      .filter((e) => {
        const target = targetOf(e);
        return target !== undefined && target !== stage && target !== 'model';
      })
      .map((e) => `${e.file} → ${e.specifier}`);
    expect(bad).toEqual([]);
  });

  test('src/review imports only model/, itself and the JSON types of output/', () => {
    const bad = edges
      .filter((e) => folderOf(e.file) === 'review')
      .filter((e) => {
        const target = targetOf(e);
        if (target === undefined) return !e.specifier.startsWith('node:');
        return target !== 'review' && target !== 'model' && !(target === 'output' && e.specifier.endsWith('/to-json.js'));
      })
      .map((e) => `${e.file} → ${e.specifier}`);
    expect(bad).toEqual([]);
  });

  test('src/model imports nothing outside model/', () => {
    const bad = edges
      .filter((e) => folderOf(e.file) === 'model')
      .filter((e) => {
        const target = targetOf(e);
        return target !== undefined && target !== 'model';
      })
      .map((e) => `${e.file} → ${e.specifier}`);
    expect(bad).toEqual([]);
  });

  test.each([
    ['pdfjs-dist', (file: string) => folderOf(file) === 'read'],
    ['compromise', (file: string) => folderOf(file) === 'extract'],
    ['unified', (file: string) => folderOf(file) === 'output'],
    ['remark-*', (file: string) => folderOf(file) === 'output'],
    ['@citation-js/*', (file: string) => file.startsWith('output/citation/')],
    ['commander', (file: string) => file === 'cli.ts'],
    ['cli-progress', (file: string) => file === 'run/progress.ts'],
    ['picomatch', (file: string) => file === 'run/inputs.ts'],
    ['node:child_process', (file: string) => folderOf(file) === 'run'],
    ['@napi-rs/canvas', (file: string) => folderOf(file) === 'read'],
    ['playwright-core', () => false],
    // a database driver lives in its sink, one sink per destination
    ['better-sqlite3', (file: string) => file === 'run/sinks/sqlite.ts'],
    ['pg', (file: string) => file === 'run/sinks/postgres.ts'],
  ] as const)('%s is imported only from its home', (name, isHome) => {
    const matches = (specifier: string) =>
      name.endsWith('*') ? packageOf(specifier).startsWith(name.slice(0, -1)) : packageOf(specifier) === name;
    const bad = edges.filter((e) => matches(e.specifier) && !isHome(e.file)).map((e) => `${e.file} → ${e.specifier}`);
    expect(bad).toEqual([]);
  });

  test('the database drivers load only when a database of their kind is opened', () => {
    // store.ts imports each sink with import(): a run without --db never loads a driver
    const importers = edges
      .filter((e) => /\/sinks\/(sqlite|postgres)\.js$|^\.\/(sqlite|postgres)\.js$/.test(e.specifier) && e.file.startsWith('run/'))
      .map((e) => `${e.file} → ${e.specifier}`);
    expect(importers.sort()).toEqual(['run/sinks/store.ts → ./postgres.js', 'run/sinks/store.ts → ./sqlite.js']);
    const store = readFileSync(path.join(SRC, 'run/sinks/store.ts'), 'utf8');
    expect(store).toMatch(/await import\('\.\/sqlite\.js'\)/);
    expect(store).toMatch(/await import\('\.\/postgres\.js'\)/);
  });
});
