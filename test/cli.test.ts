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
      'cite [options] <file>',
      'csl (CSL-JSON)',
      'review [options] <out>',
      '--review',
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
    [['cite', 'a.pdf', '--style', 'harvard'], "argument 'harvard' is invalid"],
    [['cite'], "missing required argument 'file'"],
    [['cite', 'missing.pdf'], 'opclean cite: missing.pdf: cannot read the file (no such file)'],
    [['cite', 'notes.txt'], 'opclean cite: notes.txt: not a .pdf or .json file'],
    [['review'], "missing required argument 'out'"],
    [['review', 'in'], 'no index.jsonl (not an opclean output folder?)'],
    [['review', 'missing-folder'], 'cannot read the folder (ENOENT)'],
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
    '--format bib,csl writes <name>.bib and <name>.csl.json; a rerun with other formats removes them',
    () => {
      const run = cli([input('article.pdf'), '--out', out('cite'), '--format', 'md,json,bib,csl']);
      expect(run.status).toBe(0);
      expect(readdirSync(out('cite')).sort()).toEqual(['article.bib', 'article.csl.json', 'article.json', 'article.md', 'index.jsonl']);
      const [item] = JSON.parse(readFileSync(path.join(out('cite'), 'article.csl.json'), 'utf8')) as { id: string }[];
      const json = JSON.parse(readFileSync(path.join(out('cite'), 'article.json'), 'utf8')) as { csl: { id: string } };
      expect(json.csl).toEqual(item);
      expect(readFileSync(path.join(out('cite'), 'article.bib'), 'utf8')).toMatch(new RegExp(`^@\\w+\\{${item?.id},`));
      const index = JSON.parse(readFileSync(path.join(out('cite'), 'index.jsonl'), 'utf8'));
      expect(index.outputs).toEqual(['article.md', 'article.json', 'article.bib', 'article.csl.json']);
      // the same formats again: up to date, nothing converted
      const again = cli([input('article.pdf'), '--out', out('cite'), '--format', 'md,json,bib,csl', '--verbose']);
      expect(again.stderr).toContain('unchanged, skipped');
      // fewer formats: converted again, the outputs no longer asked for removed
      expect(cli([input('article.pdf'), '--out', out('cite'), '--format', 'csl']).status).toBe(0);
      expect(readdirSync(out('cite')).sort()).toEqual(['article.csl.json', 'index.jsonl']);
    },
    RUN_MS,
  );

  test(
    'a one-file run, whose references its starting thread renders, writes them as a batch does, in the style asked',
    () => {
      const batchIn = path.join(dir, 'batch-in');
      mkdirSync(batchIn, { recursive: true });
      writeFileSync(path.join(batchIn, 'a.pdf'), readFileSync(input('article.pdf')));
      writeFileSync(path.join(batchIn, 'b.pdf'), readFileSync(input('article.pdf')));
      for (const style of ['chicago', 'apa']) {
        const one = out(`one-${style}`);
        const many = out(`many-${style}`);
        expect(cli([input('article.pdf'), '--out', one, '--cite-style', style]).status).toBe(0);
        expect(cli([batchIn, '--out', many, '--cite-style', style]).status).toBe(0);
        const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { citation: string; claims: { inText?: unknown }[] };
        const single = read(path.join(one, 'article.json'));
        const batch = read(path.join(many, 'a.json'));
        expect(single.citation).toMatch(/\S/);
        expect(single.citation).toBe(batch.citation);
        expect(single.claims.length).toBeGreaterThan(0);
        expect(single.claims[0]?.inText).toBeDefined();
        expect(single.claims.map((c) => c.inText)).toEqual(batch.claims.map((c) => c.inText));
        const frontmatter = (file: string) => /^citation: .*$/m.exec(readFileSync(file, 'utf8'))?.[0];
        expect(frontmatter(path.join(one, 'article.md'))).toBe(frontmatter(path.join(many, 'a.md')));
      }
    },
    RUN_MS,
  );

  test(
    'opclean cite prints the same reference from the PDF and from its JSON, in each style',
    () => {
      const json = path.join(out('cite-json'), 'article.json');
      expect(cli([input('article.pdf'), '--out', out('cite-json'), '--format', 'json', '--no-extract']).status).toBe(0);
      const { citation } = JSON.parse(readFileSync(json, 'utf8')) as { citation: string };
      const fromPdf = cli(['cite', input('article.pdf')]);
      expect(fromPdf.status).toBe(0);
      expect(fromPdf.stdout).toBe(`${citation}\n`);
      expect(cli(['cite', json]).stdout).toBe(`${citation}\n`);
      for (const style of ['apa', 'mla']) {
        const run = cli(['cite', json, '--style', style]);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toBe(`${citation}\n`);
        expect(run.stdout.trim().split('\n')).toHaveLength(1);
      }
      expect(cli(['cite', json, '--style', 'bibtex']).stdout).toMatch(/^@\w+\{[a-z0-9]+,\n/);
      expect(JSON.parse(cli(['cite', json, '--style', 'csl']).stdout)).toHaveLength(1);
      // a JSON without a csl item (written before 1.5.0, or not opclean's)
      writeFileSync(path.join(dir, 'old.json'), '{"schemaVersion": "1.4.0"}');
      const old = cli(['cite', path.join(dir, 'old.json')]);
      expect(old.status).toBe(2);
      expect(old.stderr).toContain('no "csl" item');
      // a PDF that does not convert: the batch's error line, exit 1
      const bad = cli(['cite', input('notes.pdf')]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('not-a-pdf');
      expect(bad.stdout).toBe('');
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
      expect(run.stderr).toMatch(/opclean: 1 converted, 2 failed \(1 damaged, 1 not-a-pdf\); 2 pages in /);
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
