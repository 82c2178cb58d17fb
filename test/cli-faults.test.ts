/**
 * The CLI under faults, run as a user would (the built CLI in its own process group): killed
 * midway (SIGKILL, also while a worker decodes a deflate bomb), stopped by a signal, its stderr
 * pipe closed, an unreadable input, a full disk, a folder already in use.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ROOT, ensureBuilt } from './robustness/built-cli.js';
import { findCorpus } from './robustness/harness.js';

const RUN_MS = 90_000;
const SEED = path.join(ROOT, 'fixtures', 'seed-mic25.chromium.pdf');
const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-faults-'));
const isRoot = process.getuid?.() === 0;
const robustness = findCorpus(ROOT);

beforeAll(() => {
  ensureBuilt();
  chmodSync(dir, 0o755);
}, RUN_MS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of `count` copies of the seed article, plus extra files. */
function folder(name: string, count: number, extra: Record<string, string> = {}): string {
  const input = path.join(dir, name);
  mkdirSync(input, { recursive: true });
  for (let i = 0; i < count; i++) copyFileSync(SEED, path.join(input, `copy-${String(i).padStart(3, '0')}.pdf`));
  for (const [file, from] of Object.entries(extra)) copyFileSync(from, path.join(input, file));
  return input;
}

function start(args: readonly string[]): ChildProcess & { stderrText: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return Object.assign(child, { stderrText: () => stderr });
}

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));

/** Processes of a process group still alive (the CLI and its workers share the group). */
function groupPids(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[2]) === pgid && fields[0] !== 'Z';
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const indexLines = (out: string): number =>
  existsSync(path.join(out, 'index.jsonl')) ? readFileSync(path.join(out, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).length : 0;

/** Every output name has both files, and nothing hidden or temporary is left. */
function checkOutputs(out: string, names: number): void {
  const files = readdirSync(out, { recursive: true }) as string[];
  expect(files.filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
  const md = files.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  const json = files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  expect(md.sort()).toEqual(json.sort());
  expect(md).toHaveLength(names);
}

const summaryOf = (stderr: string) => {
  const line = stderr.split('\n').find((l) => /^opclean: \d+ converted/.test(l)) ?? '';
  return { converted: Number(/(\d+) converted/.exec(line)?.[1] ?? -1), unchanged: Number(/(\d+) unchanged/.exec(line)?.[1] ?? 0) };
};

describe('killed midway', () => {
  test.each([
    ['between files', {}],
    ...(robustness
      ? [['while a worker decodes a deflate bomb', { 'aaa-bomb.pdf': path.join(robustness, 'made', 'content-deflate-bomb.pdf') }] as const]
      : []),
  ] as const)(
    'SIGKILL %s: no worker survives, and the rerun converts only the rest',
    async (label, extra) => {
      const input = folder(`kill-${label.length}`, 16, extra);
      const out = path.join(dir, `out-kill-${label.length}`);
      const run = start([input, '--out', out, '--jobs', '2']);
      const pgid = run.pid as number;
      await until(() => indexLines(out) >= 3);
      process.kill(pgid, 'SIGKILL');
      await exited(run);
      const before = indexLines(out);
      await until(() => groupPids(pgid).length === 0, 2_000); // the workers die with their parent
      const rerun = spawnSync(process.execPath, [CLI, input, '--out', out, '--jobs', '2'], { encoding: 'utf8', timeout: RUN_MS });
      const summary = summaryOf(rerun.stderr);
      expect(summary.unchanged).toBeGreaterThanOrEqual(before - (robustness && label.includes('bomb') ? 1 : 0));
      expect(summary.converted + summary.unchanged).toBe(16);
      checkOutputs(out, 16);
    },
    RUN_MS,
  );
  if (!robustness) console.log('cli-faults: the deflate-bomb case skipped, ../shared/robustness not found');
});

describe('stopped by a signal', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
  ] as const)(
    '%s: exit %i with a message, no worker left, no lock or staging left',
    async (signal, code) => {
      const input = folder(`signal-${signal}`, 12);
      const out = path.join(dir, `out-${signal}`);
      const run = start([input, '--out', out]);
      await until(() => indexLines(out) >= 1);
      process.kill(run.pid as number, signal);
      const status = await exited(run);
      expect(status.code).toBe(code);
      expect(run.stderrText()).toMatch(new RegExp(`stopped by ${signal} after \\d+ converted; the same command converts the rest`));
      await until(() => groupPids(run.pid as number).length === 0, 2_000);
      expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    },
    RUN_MS,
  );
});

test(
  'a closed stderr pipe does not stop the run',
  async () => {
    const input = folder('pipe', 8);
    const out = path.join(dir, 'out-pipe');
    const run = spawn(process.execPath, [CLI, input, '--out', out], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    run.stderr?.once('data', () => run.stderr?.destroy()); // like `2>&1 | head -1`
    const status = await new Promise<number | null>((resolve) => run.on('close', resolve));
    expect(status).toBe(0);
    expect(indexLines(out)).toBe(8);
  },
  RUN_MS,
);

test(
  'a second run into a folder in use exits 2 naming the run that holds it',
  async () => {
    const input = folder('busy', 12);
    const out = path.join(dir, 'out-busy');
    const first = start([input, '--out', out]);
    await until(() => existsSync(path.join(out, '.opclean.lock')));
    const second = spawnSync(process.execPath, [CLI, SEED, '--out', out], { encoding: 'utf8', timeout: RUN_MS });
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`another opclean run \\(pid ${first.pid}\\) is writing into`));
    expect((await exited(first)).code).toBe(0);
  },
  RUN_MS,
);

test('an unusable --out exits 2 with one line before anything converts', () => {
  writeFileSync(path.join(dir, 'plain-file'), '');
  for (const out of [path.join(dir, 'plain-file'), '/proc/opclean/out']) {
    const run = spawnSync(process.execPath, [CLI, SEED, '--out', out], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(out);
  }
});

/** Runs the CLI as an unprivileged user where this test runs as root (root reads any file). */
const asUser = (args: string[]): string[] =>
  isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args] : [process.execPath, ...args];

test(
  'an input without read permission is unreadable-file, and the rest of the run goes on',
  () => {
    const input = path.join(dir, 'perm');
    mkdirSync(input);
    copyFileSync(SEED, path.join(input, 'secret.pdf'));
    copyFileSync(SEED, path.join(input, 'open.pdf'));
    chmodSync(path.join(input, 'secret.pdf'), 0o000);
    chmodSync(input, 0o755);
    const out = path.join(dir, 'out-perm');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const [cmd, ...args] = asUser([CLI, input, '--out', out]);
    const run = spawnSync(cmd as string, args, { encoding: 'utf8', timeout: RUN_MS });
    expect(run.stderr).toContain(`${path.join(input, 'secret.pdf')}: unreadable-file: cannot read the file (permission denied)`);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(out, 'open.md'))).toBe(true);
  },
  RUN_MS,
);

/** A tiny tmpfs for the full-disk cases, where this test may mount one (root on Linux). */
function tinyDisk(kb: number): string | undefined {
  if (!isRoot) return undefined;
  const mount = mkdtempSync(path.join(dir, 'disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', mount], { stdio: 'ignore' });
    return mount;
  } catch {
    return undefined;
  }
}
/** Runs `check` on a fresh tiny tmpfs of `kb` kilobytes, unmounted afterwards. */
function withTinyDisk(kb: number, check: (mount: string) => void): void {
  const mount = tinyDisk(kb) as string;
  try {
    check(mount);
  } finally {
    execFileSync('umount', [mount], { stdio: 'ignore' });
  }
}

describe('a full disk', () => {
  const probe = tinyDisk(64);
  if (probe) execFileSync('umount', [probe], { stdio: 'ignore' });
  else console.log('cli-faults: full-disk cases skipped, no tmpfs can be mounted here (needs root on Linux)');

  test.skipIf(!probe)('full from the start: exit 2 with one clear line', () =>
    withTinyDisk(64, (mount) => {
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${path.join(mount, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
      } catch {
        // dd stops when the disk is full: that is the point
      }
      const run = spawnSync(process.execPath, [CLI, SEED, '--out', path.join(mount, 'out')], { encoding: 'utf8', timeout: RUN_MS });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/no space left on the device/);
    }),
  );

  test.skipIf(!probe)(
    'filling up midway: the run stops with the reason, and the index holds only whole lines',
    () =>
      withTinyDisk(160, (mount) => {
        const out = path.join(mount, 'out');
        const run = spawnSync(process.execPath, [CLI, folder('disk', 12), '--out', out], { encoding: 'utf8', timeout: RUN_MS });
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/write-failed: .*no space left on the device/);
        expect(run.stderr).toMatch(/stopped early: .*no space left on the device/);
        const lines = readFileSync(path.join(out, 'index.jsonl'), 'utf8').split('\n').filter(Boolean);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      }),
    RUN_MS,
  );
});
