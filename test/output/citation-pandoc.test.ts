import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCiteproc } from '../../src/output/citation/citeproc.js';
import { toCsl } from '../../src/output/citation/csl.js';
import { articleFrom } from '../helpers/article.js';
import { TEST_ACCESSED } from '../helpers/citation.js';

const hasPandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPandoc) console.log('citation-pandoc.test.ts: pandoc is not installed (Debian: apt-get install pandoc); skipped');

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-pandoc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = {
  ...articleFrom({ paragraphs: ['Text.'], published: '2025-02-09', author: 'Farhad Gojayev' }),
  title: 'Opinion – The Mixed Results of Made in China 2025',
  url: 'https://www.e-ir.info/2025/02/09/opinion-the-mixed-results-of-made-in-china-2025/',
  publisher: 'E-International Relations',
};

describe.skipIf(!hasPandoc)('pandoc --citeproc reads the CSL-JSON', () => {
  test('a [@key] citation resolves, and the reference is the one opclean renders (Chicago author-date)', async () => {
    const item = toCsl(SEED, TEST_ACCESSED);
    writeFileSync(path.join(dir, 'refs.csl.json'), JSON.stringify([item]));
    writeFileSync(path.join(dir, 'doc.md'), `As argued [@${item.id}].\n`);
    const run = spawnSync(
      'pandoc',
      ['--citeproc', '--bibliography', path.join(dir, 'refs.csl.json'), '-t', 'plain', '--wrap=none', path.join(dir, 'doc.md')],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const [text, , reference] = run.stdout.trim().split('\n');
    expect(text).toBe('As argued (Gojayev 2025).');
    expect(reference).toBe((await loadCiteproc()).reference(item, 'chicago'));
  });

  test('with the APA 7 style file, pandoc renders the seed into the APA reference opclean prints', async () => {
    const citeproc = await loadCiteproc();
    const item = toCsl(SEED, TEST_ACCESSED);
    writeFileSync(path.join(dir, 'seed.csl.json'), JSON.stringify([item]));
    writeFileSync(path.join(dir, 'apa.csl'), citeproc.styleXml('apa'));
    writeFileSync(path.join(dir, 'all.md'), '---\nnocite: "@*"\n---\n');
    const run = spawnSync(
      'pandoc',
      [
        '--citeproc',
        '--csl',
        path.join(dir, 'apa.csl'),
        '--bibliography',
        path.join(dir, 'seed.csl.json'),
        '-t',
        'plain',
        '--wrap=none',
        path.join(dir, 'all.md'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(citeproc.reference(item, 'apa'));
    expect(run.stdout).toContain('Gojayev, F. (2025, February 9).');
  });
});
