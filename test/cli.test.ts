import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSandbox, runCli } from './robustness/harness.js';
import { CLI, ensureBuilt } from './robustness/built-cli.js';
import { ARTICLE_TEXT, textPdf } from './robustness/pdfs.js';

/** One CLI run converts a PDF in well under this, ms; building dist/ first takes longer. */
const RUN_MS = 60_000;

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-cli-test-'));
const input = (name: string) => path.join(dir, 'in', name);
const out = (name: string) => path.join(dir, `out-${name}`);

function cli(args: readonly string[], cwd = dir): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: RUN_MS });
}

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(input('article.pdf'), await textPdf([ARTICLE_TEXT, ARTICLE_TEXT]));
  writeFileSync(input('notes.pdf'), 'these are plain text notes, not a PDF\n');
  const pdf = readFileSync(input('article.pdf'));
  writeFileSync(input('cut.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
  writeFileSync(input("odd name;$(touch cli-canary)'é\n.pdf"), pdf);
}, RUN_MS);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('opclean CLI', () => {
  test('--help documents the flags, the error line, index.jsonl and the exit codes', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    for (const text of [
      '--timeout',
      '--max-pages',
      '--max-memory-mb',
      '--password',
      '--jobs',
      '--no-recursive',
      '--force',
      '--shard',
      'opclean: <file>: <kind>: <reason>',
      'index.jsonl',
      'Exit status: 0',
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(CLI, '../../package.json'), 'utf8')) as { version: string };
    expect(cli(['--version']).stdout.trim()).toBe(version);
  });

  test.each([
    [[], 'missing required argument'],
    [['--bogus', 'a.pdf'], "unknown option '--bogus'"],
    [['a.pdf', '--format', 'xml'], 'unknown format "xml"'],
    [['a.pdf', '--timeout', '-1'], 'is not a positive number'],
    [['a.pdf', '--max-memory-mb', 'lots'], 'is not a positive number'],
    [['a.pdf', '--jobs', '1.5'], 'is not a whole number'],
    [['a.pdf', '--shard', '3/2'], 'is not a shard'],
    [['a.pdf', '--shard', '0/2'], 'is not a shard'],
  ])('usage error %j exits 2', (args, message) => {
    const run = cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('a folder with no PDFs is a usage error', () => {
    mkdirSync(path.join(dir, 'empty-folder'));
    expect(cli([path.join(dir, 'empty-folder'), '--out', out('none')]).status).toBe(2);
  });

  test(
    'a good file: exit 0, Markdown and JSON written, index.jsonl lists it',
    () => {
      const run = cli([input('article.pdf'), '--out', out('good')]);
      expect(run.status).toBe(0);
      expect(readdirSync(out('good')).sort()).toEqual(['article.json', 'article.md', 'index.jsonl']);
      expect(readFileSync(path.join(out('good'), 'article.md'), 'utf8')).toContain('Libraries should stay open after dark');
      expect(() => JSON.parse(readFileSync(path.join(out('good'), 'article.json'), 'utf8'))).not.toThrow();
      const index = JSON.parse(readFileSync(path.join(out('good'), 'index.jsonl'), 'utf8'));
      expect(index).toMatchObject({ input: input('article.pdf'), name: 'article', outputs: ['article.md', 'article.json'] });
    },
    RUN_MS,
  );

  test(
    'a bad file: exit 1, one line naming file, kind and reason, no output of its own',
    () => {
      const run = cli([input('notes.pdf'), '--out', out('bad')]);
      expect(run.status).toBe(1);
      const [line, summary, ...rest] = run.stderr.split('\n');
      expect(line).toBe(`opclean: ${input('notes.pdf')}: not-a-pdf: not a PDF: no %PDF- header in the first 1024 bytes`);
      expect(summary).toMatch(/^opclean: 0 converted, 1 failed \(1 not-a-pdf\); 0 pages in /);
      expect(rest).toEqual(['']);
      expect(readdirSync(out('bad'))).toEqual(['index.jsonl']);
    },
    RUN_MS,
  );

  test(
    '--verbose adds the detail below the error line; without it there is no stack trace',
    () => {
      const plain = cli([input('cut.pdf'), '--out', out('cut')]);
      expect(plain.status).toBe(1);
      expect(plain.stderr).toMatch(/^opclean: .*cut\.pdf: damaged: .*(invalid|corrupt).*\nopclean: 0 converted, 1 failed/);
      const verbose = cli([input('cut.pdf'), '--out', out('cut'), '--verbose']);
      expect(verbose.stderr.split('\n')[0]).toBe(plain.stderr.split('\n')[0]);
      expect(verbose.stderr.split('\n').length).toBeGreaterThan(2);
    },
    RUN_MS,
  );

  test(
    'a batch with good and bad files: exit 1, the good ones converted, a summary line',
    () => {
      const run = cli([input('article.pdf'), input('notes.pdf'), input('cut.pdf'), '--out', out('mixed')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/opclean: 1 converted, 2 failed \(1 not-a-pdf, 1 damaged\); 2 pages in /);
      expect(readdirSync(out('mixed')).sort()).toEqual(['article.json', 'article.md', 'index.jsonl']);
      const index = readFileSync(path.join(out('mixed'), 'index.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(index.map((entry) => [entry.name, entry.status === 'failed' ? entry.error.kind : 'converted'])).toEqual([
        ['article', 'converted'],
        ['cut', 'damaged'],
        ['notes', 'not-a-pdf'],
      ]);
    },
    RUN_MS,
  );

  test(
    'a name with shell syntax, a quote, unicode and a newline: no shell runs, outputs stay in --out',
    () => {
      const cwd = path.join(dir, 'cwd');
      mkdirSync(cwd);
      const run = cli([input("odd name;$(touch cli-canary)'é\n.pdf"), '--out', out('odd')], cwd);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('\\x0a'); // printed as an escape: one line per file
      expect(readdirSync(out('odd')).sort()).toEqual(
        ["odd name;$(touch cli-canary)'é_.json", "odd name;$(touch cli-canary)'é_.md", 'index.jsonl'].sort(),
      );
      expect(readdirSync(cwd)).toEqual([]);
      expect(existsSync(path.join(dir, 'cli-canary'))).toBe(false);
    },
    RUN_MS,
  );

  test(
    'no worker process outlives the CLI, also when the run fails',
    async () => {
      const sandbox = makeSandbox('cli-test');
      const run = await runCli(CLI, [input('article.pdf'), input('notes.pdf'), '--out', sandbox.out], sandbox, RUN_MS);
      sandbox.remove();
      expect(run.code).toBe(1);
      expect(run.strayProcesses).toBe(0);
    },
    RUN_MS,
  );
});
