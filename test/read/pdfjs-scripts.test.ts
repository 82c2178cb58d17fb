import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';
import {
  KEEP_DRAWN_SOFT_HYPHEN,
  SKIP_FORMAT_MARK,
  keepCompiledCode,
  keepDrawnSoftHyphens,
  moduleAsScript,
  runPdfJsScripts,
} from '../../src/read/pdfjs-scripts.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('moduleAsScript', () => {
  test('a module with one final export list runs as a script, with import.meta.url in place', () => {
    const code = moduleAsScript(
      'const here = import.meta.url;\nglobalThis.__scriptTest = { here, self: this };\nexport { here };\n//# sourceMappingURL=x.map\n',
      'file:///pkg/bundle.mjs',
    );
    expect(code).toBeDefined();
    vm.runInThisContext(code as string);
    const g = globalThis as { __scriptTest?: { here: string; self: unknown } };
    expect(g.__scriptTest).toEqual({ here: 'file:///pkg/bundle.mjs', self: undefined });
    delete g.__scriptTest;
  });

  test('a hidden global is undefined inside the bundle and untouched outside it', () => {
    const code = moduleAsScript(
      'globalThis.__hiddenTest = [typeof DecompressionStream, typeof TextDecoder];\nexport {};\n',
      'file:///x.mjs',
      ['DecompressionStream'],
    ) as string;
    vm.runInThisContext(code);
    const g = globalThis as { __hiddenTest?: string[] };
    expect(g.__hiddenTest).toEqual(['undefined', 'function']);
    expect(typeof DecompressionStream).toBe('function');
    delete g.__hiddenTest;
  });

  test('the lines stay where they were', () => {
    const code = moduleAsScript('const a = 1;\nconst b = 2;\nexport { a, b };\n', 'file:///x.mjs') as string;
    expect(code.split('\n')[1]).toBe('const b = 2;');
  });

  test.each([
    ['a default export', 'export default 1;\n'],
    ['an export list that is not last', 'const a = 1;\nexport { a };\nconst b = 2;\n'],
    ['no export at all', 'const a = 1;\n'],
  ])('a module with %s is left to the module loader', (_, source) => {
    expect(moduleAsScript(source, 'file:///x.mjs')).toBeUndefined();
  });

  test.each([
    ['a static import', "import fs from 'node:fs';\nexport { fs };\n"],
    ['import.meta other than its url', 'const r = import.meta.resolve("x");\nexport { r };\n'],
  ])('a module with %s does not compile as a script', (_, source) => {
    const code = moduleAsScript(source, 'file:///x.mjs');
    expect(() => new vm.Script(code as string)).toThrow(SyntaxError);
  });
});

describe('keepDrawnSoftHyphens', () => {
  test('changes the one line that skips format characters', () => {
    expect(keepDrawnSoftHyphens(`a\n${SKIP_FORMAT_MARK}\nb`)).toBe(`a\n${KEEP_DRAWN_SOFT_HYPHEN}\nb`);
  });

  test('leaves a source without that line, or with it twice, alone', () => {
    expect(keepDrawnSoftHyphens('nothing to change')).toBeUndefined();
    expect(keepDrawnSoftHyphens(`${SKIP_FORMAT_MARK}\n${SKIP_FORMAT_MARK}`)).toBeUndefined();
  });
});

describe('runPdfJsScripts', () => {
  const files = () => readdirSync(dir).sort();

  test('runs pdf.js, and keeps its compiled code once a document was read', () => {
    const api = runPdfJsScripts(dir) as { getDocument?: unknown };
    expect(typeof api.getDocument).toBe('function');
    expect(files()).toEqual([]);
    keepCompiledCode();
    // each bundle's compiled code and the script it was compiled from
    expect(files()).toHaveLength(4);
    expect(files().every((f) => /^pdfjs-[\d.]+-[0-9a-f]{16}-(worker|display)\.(bin|js)$/.test(f))).toBe(true);
  });

  test('compiled from kept code, it writes nothing again', () => {
    const kept = files().map((f) => statSync(path.join(dir, f)).mtimeMs);
    runPdfJsScripts(dir);
    keepCompiledCode();
    expect(files().map((f) => statSync(path.join(dir, f)).mtimeMs)).toEqual(kept);
  });
});

describe('the kept script', () => {
  test('is the patched, wrapped bundle, and a later start runs it as kept', () => {
    const keptDir = mkdtempSync(path.join(os.tmpdir(), 'opclean-scripts-kept-'));
    try {
      runPdfJsScripts(keptDir);
      keepCompiledCode();
      const worker = readdirSync(keptDir).find((f) => f.endsWith('-worker.js')) as string;
      const text = readFileSync(path.join(keptDir, worker), 'utf8');
      expect(text).toContain(KEEP_DRAWN_SOFT_HYPHEN);
      expect(text.startsWith('(function (DecompressionStream) { "use strict";')).toBe(true);
      const api = runPdfJsScripts(keptDir) as { getDocument?: unknown };
      expect(typeof api.getDocument).toBe('function');
    } finally {
      rmSync(keptDir, { recursive: true, force: true });
    }
  });
});
