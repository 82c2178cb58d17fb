/**
 * What --db adds to a batch's wall time (printed, never asserted): the dev corpus
 * (../shared/corpus/dev) copied to --files PDFs in a temporary folder, each copy with a comment
 * line after its end so that every copy has a sha256 of its own (one document each, as distinct
 * articles would be), converted into a fresh output folder with and without --db, in
 * interleaved rounds (the order flips every round, so load from other work hits both alike).
 * Prints each command, each run's wall time, the CPU time of its whole process tree and of the
 * CLI's own process (which writes the database, while workers convert), sampled from /proc on
 * Linux: CPU time moves less than wall time with other work on the machine. Then the medians and
 * their ratios.
 * Usage: npm run bench:db [-- [--files N] [--rounds N] [--jobs N] [--db <postgres://…>] [<pdf|folder ...>]]
 *   default: 200 files, 3 rounds, the CLI's default --jobs, a new SQLite file for each run; with
 *   --db a PostgreSQL database, emptied before each run. Needs the built CLI (npm run build).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isPostgresUrl, openStore } from '../../src/run/sinks/store.js';
import { runTree } from './process-tree.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const DEV = path.resolve(root, '../shared/corpus/dev');

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    jobs: { type: 'string' },
    db: { type: 'string' },
  },
});
const files = Number(flags.files);
const rounds = Number(flags.rounds);
if (!(Number.isInteger(files) && files > 0 && Number.isInteger(rounds) && rounds > 0)) {
  console.error('bench:db: --files and --rounds want whole numbers above 0');
  process.exit(2);
}
if (flags.db !== undefined && !isPostgresUrl(flags.db)) {
  console.error('bench:db: --db takes a postgres:// URL (without it each run gets a new SQLite file)');
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`bench:db: ${path.relative(process.cwd(), cli)} is missing: run npm run build first`);
  process.exit(2);
}
const sources = positionals.length > 0 ? positionals : [DEV];
const pdfs = sources.flatMap((source) => {
  if (!existsSync(source)) return [];
  return statSync(source).isDirectory()
    ? readdirSync(source)
        .filter((f) => f.toLowerCase().endsWith('.pdf'))
        .sort()
        .map((f) => path.join(source, f))
    : [source];
});
if (pdfs.length === 0) {
  console.log(`bench:db skipped: no PDFs in ${sources.join(', ')} (the shared corpus sits next to the repository)`);
  process.exit(0);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'opclean-bench-db-'));
const input = path.join(work, 'in');
mkdirSync(input);
for (let i = 0; i < files; i++) {
  const pdf = pdfs[i % pdfs.length] as string;
  const name = `${path.basename(pdf, '.pdf')}-${String(i + 1).padStart(4, '0')}.pdf`;
  // after %%EOF: readers ignore it, and the copy gets a sha256 of its own
  writeFileSync(path.join(input, name), Buffer.concat([readFileSync(pdf), Buffer.from(`\n% copy ${i + 1}\n`)]));
}

const jobs = flags.jobs === undefined ? [] : ['--jobs', flags.jobs];
const command = (withDb: boolean, run: number) => {
  const out = path.join(work, `out-${withDb ? 'db' : 'plain'}-${run}`);
  const db = flags.db ?? path.join(work, `corpus-${run}.sqlite`);
  return [cli, input, '--out', out, ...jobs, '-q', ...(withDb ? ['--db', db] : [])];
};

/** Empties the PostgreSQL database given with --db, so that every run writes every document. */
async function emptyDatabase(): Promise<void> {
  if (flags.db === undefined) return;
  const store = await openStore(flags.db, { create: true });
  await store.remove(await store.sha256s());
  await store.prune();
  await store.close();
}

const times: Record<'plain' | 'db', number[]> = { plain: [], db: [] };
const cpu: Record<'plain' | 'db', number[]> = { plain: [], db: [] };
const parentCpu: Record<'plain' | 'db', number[]> = { plain: [], db: [] };
console.log(`bench:db: ${files} files from ${pdfs.length} PDFs, ${rounds} rounds, in ${work}`);
console.log(`  without: node ${command(false, 1).join(' ')}`);
console.log(`  with:    node ${command(true, 1).join(' ')}`);
for (let round = 1; round <= rounds; round++) {
  const order = round % 2 === 1 ? [false, true] : [true, false];
  for (const withDb of order) {
    if (withDb) await emptyDatabase();
    const args = command(withDb, round);
    const run = await runTree(process.execPath, args);
    const seconds = run.ms / 1000;
    const cpuSeconds = run.cpuSeconds > 0 ? run.cpuSeconds : undefined;
    if (run.code !== 0) {
      console.error(`bench:db: run failed (exit ${run.code}): ${run.stderr}`);
      process.exit(1);
    }
    times[withDb ? 'db' : 'plain'].push(seconds);
    if (cpuSeconds !== undefined) cpu[withDb ? 'db' : 'plain'].push(cpuSeconds);
    parentCpu[withDb ? 'db' : 'plain'].push(run.rootCpuSeconds);
    const cpuText = cpuSeconds === undefined ? '' : `, CPU ${cpuSeconds.toFixed(2)} s (CLI process ${run.rootCpuSeconds.toFixed(2)} s)`;
    console.log(`  round ${round} ${withDb ? 'with --db' : 'without  '}: wall ${seconds.toFixed(2)} s${cpuText}`);
    rmSync(args[3] as string, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const plain = median(times.plain);
const withDb = median(times.db);
const ratio = (a: number, b: number) => `${(a / b).toFixed(3)} (${((a / b - 1) * 100).toFixed(1)} % added)`;
const kind = flags.db === undefined ? 'SQLite' : 'PostgreSQL';
console.log(
  `median wall time: ${plain.toFixed(2)} s without --db, ${withDb.toFixed(2)} s with --db (${kind}); ratio ${ratio(withDb, plain)}`,
);
if (cpu.plain.length === rounds && cpu.db.length === rounds) {
  const [cpuPlain, cpuDb] = [median(cpu.plain), median(cpu.db)];
  console.log(
    `median CPU time, process tree: ${cpuPlain.toFixed(2)} s without, ${cpuDb.toFixed(2)} s with; ratio ${ratio(cpuDb, cpuPlain)}`,
  );
  const [parentPlain, parentDb] = [median(parentCpu.plain), median(parentCpu.db)];
  const share = (((parentDb - parentPlain) / cpuPlain) * 100).toFixed(1);
  console.log(
    `median CPU time, CLI process: ${parentPlain.toFixed(2)} s without, ${parentDb.toFixed(2)} s with: ` +
      `${(parentDb - parentPlain).toFixed(2)} s for the database, ${share} % of the tree's CPU without it`,
  );
}
rmSync(work, { recursive: true, force: true });
