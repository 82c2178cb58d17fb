/**
 * A sample of the shared robustness corpus (one file per kind of trouble) through the built CLI
 * in one batch, judged as `npm run robustness` judges the whole corpus. Skips without ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ROOT, ensureBuilt } from './built-cli.js';
import { type ManifestEntry, findCorpus, isCrash, judgeFile, makeSandbox, outputNameOf, runCli } from './harness.js';

/** One of each expected behaviour and each hostile trick; the bomb stops at the memory limit in a few seconds. */
const SAMPLE = [
  'made/control-normal.pdf',
  'made/zero-bytes.pdf',
  'made/not-a-pdf-png.pdf',
  'made/truncated-10.pdf',
  'made/garbage-prefix.pdf',
  'made/encrypted-owner-only.pdf',
  'made/encrypted-user-password.pdf',
  'made/scanned-image-only.pdf',
  'made/javascript-openaction.pdf',
  'made/title-path-traversal.pdf',
  "made/weird name a b;$(touch opclean-shell-canary)'éß中文.pdf",
  'made/objstm-deflate-bomb.pdf',
  'made/pages-1000.pdf',
  // one 200,000-character word: every extraction rule must stay linear on it
  'made/long-line-no-spaces.pdf',
  'real/poppler-742-0-fuzzed.pdf',
  'real/Pages-tree-refs.pdf',
];

/** Hard limit for the sample batch, ms. */
const BATCH_MS = 120_000;

const corpus = findCorpus(ROOT);
if (!corpus) console.log('robustness corpus test: skipped, ../shared/robustness not found (a fresh clone has no ../shared)');

describe.skipIf(!corpus)('shared robustness corpus (sample)', () => {
  const entries = corpus
    ? (JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] }).files.filter((f) =>
        SAMPLE.includes(f.path),
      )
    : [];
  const sandbox = makeSandbox('vitest-sample');
  beforeAll(() => ensureBuilt(), BATCH_MS);
  afterAll(() => sandbox.remove());

  test(
    'one batch: every file as the manifest expects, nothing outside --out, no crash, no stray process',
    async () => {
      expect(entries.length).toBe(SAMPLE.length);
      const inputs = entries.map((entry) => path.join(corpus ?? '', entry.path));
      const run = await runCli(CLI, [...inputs, '--out', sandbox.out], sandbox, BATCH_MS);
      expect(isCrash(run) || run.timedOut).toBe(false);
      expect(run.code).toBe(1);
      expect(run.strayProcesses).toBe(0);
      const problems = entries.flatMap((entry, i) =>
        judgeFile(entry, inputs[i] ?? '', run.stderr, sandbox.out, { exitCode: run.code, isAlone: false }).map(
          (p) => `${entry.path}: ${p}`,
        ),
      );
      problems.push(...sandbox.leftovers(new Set(entries.map((e) => outputNameOf(e.path)))));
      expect(problems).toEqual([]);
      expect(sandbox.readIndex()).toHaveLength(entries.length);
    },
    BATCH_MS,
  );

  test.skipIf(!corpus)(
    'the user-password file opens with --password',
    async () => {
      const input = path.join(corpus ?? '', 'made/encrypted-user-password.pdf');
      const own = makeSandbox('vitest-password');
      const run = await runCli(CLI, [input, '--password', 'opclean-user', '--out', own.out], own, BATCH_MS);
      const md = readFileSync(path.join(own.out, 'encrypted-user-password.md'), 'utf8');
      own.remove();
      expect(run.code).toBe(0);
      expect(md).toContain('Keep the Library Open After Dark');
    },
    BATCH_MS,
  );
});
