/**
 * Memory over a long batch (printed, never asserted): builds a folder of N article PDFs (copies of
 * fixtures/*.pdf in turn), runs the built CLI on it, and samples the parent's resident size and the
 * whole process tree's as files finish, so a leak shows as a parent that keeps growing.
 * Usage: npm run scale -- [--files N] [--jobs N] [--format md|md,json] [--keep]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeRssKb } from './process-tree.js';

const SAMPLE_MS = 250;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');

const flag = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const files = Number(flag('--files', '1000'));
const jobs = flag('--jobs', String(os.availableParallelism()));
const format = flag('--format', 'md,json');

const sources = readdirSync(path.join(root, 'fixtures'))
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => path.join(root, 'fixtures', f));
const work = mkdtempSync(path.join(os.tmpdir(), 'opclean-scale-'));
const input = path.join(work, 'in');
mkdirSync(input);
for (let i = 0; i < files; i++) {
  copyFileSync(
    sources[i % sources.length] as string,
    path.join(input, `${String(i).padStart(6, '0')}-${path.basename(sources[i % sources.length] as string)}`),
  );
}
const out = path.join(work, 'out');
const rssKb = (pid: number): number =>
  Number(/^VmRSS:\s*(\d+)/m.exec(existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '')?.[1] ?? 0);
const done = (): number => {
  try {
    return readFileSync(path.join(out, 'index.jsonl'), 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
};

const args = [cli, input, '--out', out, '--jobs', jobs, '--format', format, '-q'];
console.log(
  `machine: ${os.cpus()[0]?.model ?? '?'}, ${os.availableParallelism()} cores, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`command: node ${args.map((a) => a.replace(work, '<tmp>')).join(' ')}   (${files} files of ${sources.length} kinds)`);
console.log('files done   parent MB   tree MB');
const started = performance.now();
const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const pid = child.pid ?? -1;
let peakParent = 0;
let peakTree = 0;
let nextReport = 0;
const parentAt: number[] = [];
const timer = setInterval(() => {
  const parent = rssKb(pid) / 1024;
  const tree = treeRssKb(pid) / 1024;
  if (parent === 0) return;
  peakParent = Math.max(peakParent, parent);
  peakTree = Math.max(peakTree, tree);
  const n = done();
  if (n >= nextReport) {
    console.log(`${String(n).padStart(10)}   ${parent.toFixed(0).padStart(9)}   ${tree.toFixed(0).padStart(7)}`);
    parentAt.push(parent);
    nextReport += Math.max(1, Math.floor(files / 10));
  }
}, SAMPLE_MS);
const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
console.log(
  `exit ${code}; ${done()} files in ${seconds.toFixed(1)} s; peak parent ${peakParent.toFixed(0)} MB, peak tree ${peakTree.toFixed(0)} MB`,
);
if (parentAt.length > 2) {
  const rest = parentAt.slice(1);
  console.log(`parent after the first tenth: min ${Math.min(...rest).toFixed(0)} MB, max ${Math.max(...rest).toFixed(0)} MB`);
}
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
