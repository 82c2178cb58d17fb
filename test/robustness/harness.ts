/**
 * Shared by `npm run robustness` (run.ts) and the vitest robustness tests: finding the shared
 * corpus, running the built CLI in a sandbox while watching its process tree, and judging a
 * run against a manifest entry.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ManifestEntry {
  readonly path: string;
  readonly expected: string; // 'text' | 'either' | `error:${kind}`
  readonly also_ok: readonly string[];
  readonly must_contain: readonly string[] | null;
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
  readonly peakTreeRssMb: number;
  /** Processes of the run's process group still alive after the CLI exited. */
  readonly strayProcesses: number;
}

export interface Sandbox {
  readonly out: string;
  readonly cwd: string;
  readonly tmp: string;
  /** Everything the run left that it should not have: files outside `<out>/<name>.*` and
   *  index.jsonl, hidden or temporary files, anything in the working or temp directory. */
  leftovers(names: ReadonlySet<string>): string[];
  readIndex(): { input: string; status: string; outputs: string[]; error?: { kind: string } }[];
  remove(): void;
}

/** How often the process tree's memory is sampled, ms. */
const RSS_POLL_MS = 100;

/** How long after the CLI exits its workers may take to disappear, ms. */
const STRAY_GRACE_MS = 300;

/** Names of the files the hostile PDFs try to create: one appearing means code from a PDF ran. */
const CANARY = /^opclean-(js-canary-.*|shell-canary|attachment-canary|launch-canary.*)$/;

/** Words the manifest accepts in an error line, per kind. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  'not-a-pdf': /not a pdf|empty/i,
  encrypted: /encrypted|password/i,
  'no-text-layer': /no text layer|no extractable text|scanned/i,
  'undecodable-text': /undecodable|unicode mapping/i,
  damaged: /damaged|corrupt|invalid|malformed/i,
  'too-large': /too-large|limit/i,
  timeout: /timeout|time limit/i,
};

/** The robustness corpus folder (OPCLEAN_ROBUSTNESS_DIR or ../shared/robustness), if present. */
export function findCorpus(root: string): string | undefined {
  const dir = process.env.OPCLEAN_ROBUSTNESS_DIR ?? path.resolve(root, '../shared/robustness');
  return existsSync(path.join(dir, 'manifest.json')) ? dir : undefined;
}

/** The output base name the manifest demands: the input's base name without '.pdf'. */
export const outputNameOf = (input: string): string => path.basename(input).replace(/\.pdf$/i, '');

/** A fresh output, working and temp directory for one CLI run. */
export function makeSandbox(label: string): Sandbox {
  const dir = mkdtempSync(path.join(os.tmpdir(), `opclean-robustness-${label}-`));
  const [out, cwd, tmp] = ['out', 'cwd', 'tmp'].map((sub) => path.join(dir, sub)) as [string, string, string];
  for (const sub of [cwd, tmp]) mkdirSync(sub);
  return {
    out,
    cwd,
    tmp,
    leftovers(names) {
      const problems: string[] = [];
      for (const entry of existsSync(out) ? readdirSync(out) : []) {
        const isOutput = [...names].some((name) => entry.startsWith(`${name}.`) && !entry.endsWith('.tmp'));
        if (entry !== 'index.jsonl' && (!isOutput || entry.startsWith('.'))) problems.push(`unexpected file in --out: ${entry}`);
      }
      for (const entry of readdirSync(cwd)) problems.push(`file written to the working directory: ${entry}`);
      for (const entry of readdirSync(tmp)) problems.push(`file left in the temp directory: ${entry}`);
      return problems;
    },
    readIndex() {
      const file = path.join(out, 'index.jsonl');
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as ReturnType<Sandbox['readIndex']>[number]);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `node <cli> ...args` in its own process group inside the sandbox, with a hard wall-clock
 *  limit, sampling the memory of the whole group. */
export function runCli(cli: string, args: readonly string[], sandbox: Sandbox, hangMs: number): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: sandbox.cwd,
    env: { ...process.env, TMPDIR: sandbox.tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so workers can be found (and killed) by group id
  });
  const pgid = child.pid ?? -1;
  let stdout = '';
  let stderr = '';
  let peak = 0;
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const poll = setInterval(() => {
    peak = Math.max(peak, groupRssKb(pgid));
  }, RSS_POLL_MS);
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(pgid);
  }, hangMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearInterval(poll);
      clearTimeout(timer);
      setTimeout(() => {
        const stray = groupPids(pgid).length;
        if (stray > 0) killGroup(pgid);
        resolve({ code, signal, stdout, stderr, ms, timedOut, peakTreeRssMb: Math.round(peak / 1024), strayProcesses: stray });
      }, STRAY_GRACE_MS);
    });
  });
}

/** A stack trace, a V8 fatal error, a signal death or an exit status the CLI never uses. */
export function isCrash(run: CliRun): boolean {
  if (run.timedOut) return false;
  if (run.signal !== null || (run.code !== 0 && run.code !== 1)) return true;
  return /^\s+at .+[(:]\d*|FATAL ERROR|Segmentation fault|core dumped/m.test(run.stderr);
}

/** What is wrong with one file's handling in a run, judged against its manifest entry. */
export function judgeFile(
  entry: ManifestEntry,
  input: string,
  stderr: string,
  outDir: string,
  run: { exitCode: number | null; isAlone: boolean },
): string[] {
  const problems: string[] = [];
  const name = outputNameOf(input);
  const prefix = `opclean: ${input}: `;
  const errorLines = stderr.split('\n').filter((line) => line.startsWith(prefix));
  const outputs = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.startsWith(`${name}.`)) : [];
  const md = path.join(outDir, `${name}.md`);
  const json = path.join(outDir, `${name}.json`);
  const hasOutput = outputs.length > 0;
  const checkOutput = () => {
    if (!existsSync(md) || !existsSync(json)) problems.push(`partial output: ${outputs.join(', ')}`);
    else if (statSync(md).size === 0) problems.push('empty Markdown');
    else {
      try {
        JSON.parse(readFileSync(json, 'utf8'));
      } catch (error) {
        problems.push(`JSON does not parse (${String(error)})`);
      }
      const text = squash(readFileSync(md, 'utf8'));
      for (const wanted of entry.must_contain ?? []) if (!text.includes(squash(wanted))) problems.push(`Markdown lacks "${wanted}"`);
    }
    if (errorLines.length > 0) problems.push(`output written but also an error line: ${errorLines[0]}`);
  };
  const checkError = (kinds: readonly string[] | undefined) => {
    if (run.isAlone && run.exitCode === 0) problems.push('exit status 0 for a failed file');
    if (hasOutput) problems.push(`failed file left output: ${outputs.join(', ')}`);
    if (errorLines.length !== 1) {
      problems.push(`expected one error line naming the file, got ${errorLines.length}`);
      return;
    }
    const line = errorLines[0] ?? '';
    const kind = line.slice(prefix.length).split(':')[0] ?? '';
    if (kinds && !kinds.includes(kind)) problems.push(`kind ${kind}, expected ${kinds.join(' or ')}: ${line}`);
    const words = KIND_WORDS[kind];
    if (!words) problems.push(`unknown kind ${kind}: ${line}`);
    else if (!words.test(line)) problems.push(`the reason does not say what kind of failure: ${line}`);
  };

  if (entry.expected === 'text') {
    if (run.isAlone && run.exitCode !== 0) problems.push(`exit status ${run.exitCode}: ${errorLines[0] ?? stderr.slice(0, 200)}`);
    checkOutput();
  } else if (entry.expected === 'either') {
    if (hasOutput) checkOutput();
    else checkError(undefined);
  } else {
    const kinds = [entry.expected, ...entry.also_ok].map((k) => k.replace(/^error:/, ''));
    checkError(kinds);
  }
  return problems;
}

/** Paths of every file under `dir`, relative to it. */
export function listTree(dir: string): Set<string> {
  const found = new Set<string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else found.add(rel);
    }
  };
  walk('');
  return found;
}

/** Canary files in the given folders (recursively) and at the top of the temp directories. */
export function strayCanaries(dirs: readonly string[]): string[] {
  const found: string[] = [];
  for (const dir of [...new Set([...dirs, os.tmpdir(), '/tmp'])]) {
    if (!existsSync(dir)) continue;
    const isShallow = dir === os.tmpdir() || dir === '/tmp' || existsSync(path.join(dir, 'node_modules'));
    const names = isShallow ? readdirSync(dir) : [...listTree(dir)];
    for (const name of names) if (CANARY.test(path.basename(name))) found.push(path.join(dir, name));
  }
  return found;
}

/** Text compared the way the manifest says: NFKC, all whitespace removed. */
const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    // fields after the command name (which may hold spaces and parentheses): state ppid pgrp …
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields && fields[0] !== 'Z' && Number(fields[2]) === pgid) pids.push(Number(entry));
  }
  return pids;
}

function groupRssKb(pgid: number): number {
  let total = 0;
  for (const pid of groupPids(pgid)) total += Number(readProc(`/proc/${pid}/status`)?.match(/^VmRSS:\s*(\d+)/m)?.[1] ?? 0);
  return total;
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    // the process ended between listing /proc and reading its files
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
    throw error;
  }
}
