/**
 * `npm run robustness`: runs every file of ../shared/robustness through the built CLI, each
 * alone and then all in one batch, and checks what manifest.json expects of it plus the checks
 * that apply to every file (containment, no code execution, no partial output, isolation,
 * limits). Prints `N/N as expected, crashes=0, hangs=0` and exits 1 when anything is off.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS } from '../../src/model/options.js';
import { DEFAULT_JOBS } from '../../src/run/pool.js';
import {
  type CliRun,
  type ManifestEntry,
  findCorpus,
  isCrash,
  judgeFile,
  listTree,
  makeSandbox,
  outputNameOf,
  runCli,
  strayCanaries,
} from './harness.js';

/** Wall-clock limit of one CLI run before the runner calls it a hang, ms: the CLI's own
 *  per-file limit (30 s) plus generous slack for a loaded machine. */
const HANG_MS = 75_000;

/** Slack on top of the workers' memory limits, MB: the parent (about 60 MB) and what a bomb
 *  inflates between two memory polls (measured up to about 70 MB per worker). */
const TREE_SLACK_MB = 250;

/** Process-tree memory bound, MB: every worker of a batch at its default limit, plus slack. */
const MAX_TREE_RSS_MB = DEFAULT_JOBS * DEFAULT_OPTIONS.maxMemoryMb + TREE_SLACK_MB;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');

async function main(): Promise<number> {
  const corpus = findCorpus(root);
  if (!corpus) {
    console.log('robustness: skipped, ../shared/robustness/manifest.json not found (a fresh clone has no ../shared)');
    return 0;
  }
  if (!existsSync(cli)) {
    console.log('robustness: dist/cli.js is missing; run `npm run build` first');
    return 1;
  }
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] };
  const files = manifest.files;
  const corpusBefore = listTree(corpus);
  const canariesBefore = strayCanaries([corpus, process.cwd()]);
  const problems = new Map<string, string[]>();
  const note = (file: string, problem: string) => {
    const list = problems.get(file) ?? [];
    list.push(problem);
    problems.set(file, list);
  };
  let crashes = 0;
  let hangs = 0;
  let peakTreeMb = 0;
  const count = (run: CliRun, file: string) => {
    if (run.timedOut) {
      hangs++;
      note(file, `hang: still running after ${HANG_MS / 1000} s`);
    } else if (isCrash(run)) {
      crashes++;
      note(file, `crash: exit ${run.code ?? run.signal}, stderr: ${run.stderr.slice(0, 400)}`);
    }
    if (run.strayProcesses > 0) note(file, `${run.strayProcesses} process(es) left behind`);
    peakTreeMb = Math.max(peakTreeMb, run.peakTreeRssMb);
    if (run.peakTreeRssMb > MAX_TREE_RSS_MB) note(file, `process tree reached ${run.peakTreeRssMb} MB`);
  };

  // one by one
  const started = performance.now();
  for (const [index, entry] of files.entries()) {
    const sandbox = makeSandbox(`single-${index}`);
    const input = path.join(corpus, entry.path);
    const run = await runCli(cli, [input, '--out', sandbox.out], sandbox, HANG_MS);
    count(run, entry.path);
    for (const problem of judgeFile(entry, input, run.stderr, sandbox.out, { exitCode: run.code, isAlone: true }))
      note(entry.path, `alone: ${problem}`);
    for (const problem of sandbox.leftovers(new Set([outputNameOf(entry.path)]))) note(entry.path, `alone: ${problem}`);
    process.stdout.write(`${problems.has(entry.path) ? '✗' : '✓'} ${entry.path} (${Math.round(run.ms)} ms, ${run.peakTreeRssMb} MB)\n`);
    sandbox.remove();
  }
  const singleMs = performance.now() - started;

  // all in one batch
  const sandbox = makeSandbox('batch');
  const inputs = files.map((entry) => path.join(corpus, entry.path));
  const batch = await runCli(cli, [...inputs, '--out', sandbox.out], sandbox, HANG_MS * 4);
  count(batch, '(batch)');
  if (batch.code === 0) note('(batch)', 'exit status 0 although some files must fail');
  for (const entry of files) {
    const input = path.join(corpus, entry.path);
    for (const problem of judgeFile(entry, input, batch.stderr, sandbox.out, { exitCode: batch.code, isAlone: false }))
      note(entry.path, `batch: ${problem}`);
  }
  for (const problem of sandbox.leftovers(new Set(files.map((f) => outputNameOf(f.path))))) note('(batch)', problem);
  const index = sandbox.readIndex();
  if (index.length !== files.length) note('(batch)', `index.jsonl has ${index.length} lines for ${files.length} inputs`);
  sandbox.remove();

  const corpusAfter = listTree(corpus);
  for (const name of corpusAfter) if (!corpusBefore.has(name)) note('(global)', `new file next to the inputs: ${name}`);
  for (const canary of strayCanaries([corpus, process.cwd()]))
    if (!canariesBefore.includes(canary)) note('(global)', `canary file appeared: ${canary}`);

  for (const [file, list] of problems) for (const problem of list) console.log(`  ${file}: ${problem}`);
  const asExpected = files.filter((f) => !problems.has(f.path)).length;
  const globalOk = !problems.has('(batch)') && !problems.has('(global)');
  console.log(
    `robustness: one by one in ${(singleMs / 1000).toFixed(0)} s, batch in ${(batch.ms / 1000).toFixed(0)} s (exit ${batch.code}), peak process tree ${peakTreeMb} MB${globalOk ? '' : '; global checks FAILED'}`,
  );
  console.log(`${asExpected}/${files.length} as expected, crashes=${crashes}, hangs=${hangs}`);
  return asExpected === files.length && globalOk && crashes === 0 && hangs === 0 ? 0 : 1;
}

process.exitCode = await main();
