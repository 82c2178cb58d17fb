import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../dist/cli.js');

// npx and a global install run the bin as a file of its own: it must be executable
test.skipIf(process.platform === 'win32')('the built CLI is executable', () => {
  expect(statSync(CLI).mode & 0o111).not.toBe(0);
});

// the build bundles the Markdown serializer's packages into one script (src/output/markdown-packages.ts)
test('the built Markdown serializer is one script that imports nothing but Node built-ins', async () => {
  const bundle = path.resolve(import.meta.dirname, '../dist/output/markdown-packages.js');
  const text = readFileSync(bundle, 'utf8');
  const imports = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  expect(imports.filter((specifier) => !specifier?.startsWith('node:'))).toEqual([]);
  const { unified, remarkStringify } = await import(bundle);
  const markdown = String(
    unified()
      .use(remarkStringify)
      .stringify({ type: 'root', children: [{ type: 'text', value: 'Hi *there*' }] }),
  );
  expect(markdown.trim()).toBe('Hi \\*there\\*');
});
