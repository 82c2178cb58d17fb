import { statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../dist/cli.js');

// npx and a global install run the bin as a file of its own: it must be executable
test.skipIf(process.platform === 'win32')('the built CLI is executable', () => {
  expect(statSync(CLI).mode & 0o111).not.toBe(0);
});
