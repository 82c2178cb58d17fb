/**
 * Runs a command and watches its whole process tree: wall time, the peak of the summed VmRSS
 * of the spawned process and all its descendants, and their CPU time, sampled from /proc (Linux;
 * elsewhere both stay 0).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** How often the tree's memory is sampled, ms. */
export const SAMPLE_MS = 50;

export interface TreeRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** From spawn to the process's exit. */
  readonly ms: number;
  /** Highest sum of VmRSS over the process and its descendants at one sample, MB. */
  readonly peakRssMb: number;
  /** User and system CPU time of the process and its descendants, s: each process's last sample,
   *  so each misses at most its last SAMPLE_MS. */
  readonly cpuSeconds: number;
  /** The same for the spawned process alone. */
  readonly rootCpuSeconds: number;
  readonly stderr: string;
}

/** What /proc counts CPU time in: 100 a second on Linux's common builds. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

const hasProc = existsSync('/proc/self/status');
// /proc/<pid>/task/<tid>/children needs CONFIG_PROC_CHILDREN; without it the whole of /proc is scanned
const hasChildrenFiles = hasProc && existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

/** Runs `command args…` (stdin and stdout ignored, stderr kept) and samples its tree every SAMPLE_MS. */
export function runTree(command: string, args: readonly string[], options: { cwd?: string } = {}): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...(options.cwd ? { cwd: options.cwd } : {}) });
  const root = child.pid ?? -1;
  let peakKb = 0;
  const ticks = new Map<number, number>();
  let stderr = '';
  let ms = 0;
  const sample = () => {
    if (root <= 0 || !hasProc) return;
    const pids = treePids(root);
    peakKb = Math.max(peakKb, sumRssKb(pids));
    for (const pid of pids) {
      const used = cpuTicks(pid);
      if (used !== undefined) ticks.set(pid, Math.max(used, ticks.get(pid) ?? 0));
    }
  };
  const cpuSeconds = () => [...ticks.values()].reduce((sum, n) => sum + n, 0) / CLOCK_TICKS;
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.on('exit', () => {
    ms = performance.now() - started;
  });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      clearInterval(timer);
      resolve({
        code: null,
        signal: null,
        ms: performance.now() - started,
        peakRssMb: 0,
        cpuSeconds: 0,
        rootCpuSeconds: 0,
        stderr: `${stderr}${String(error)}\n`,
      });
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      resolve({
        code,
        signal,
        ms: ms || performance.now() - started,
        peakRssMb: peakKb / 1024,
        cpuSeconds: cpuSeconds(),
        rootCpuSeconds: (ticks.get(root) ?? 0) / CLOCK_TICKS,
        stderr,
      });
    });
  });
}

/** Summed VmRSS of `root` and every process below it, kB. */
export function treeRssKb(root: number): number {
  return sumRssKb(treePids(root));
}

function sumRssKb(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) total += Number(readProc(`/proc/${pid}/status`)?.match(/^VmRSS:\s*(\d+)/m)?.[1] ?? 0);
  return total;
}

/** A process's user and system CPU time so far, in clock ticks. */
function cpuTicks(pid: number): number | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // fields after the command name (which may hold spaces and parentheses): state ppid … utime stime
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** `root` and its descendants, alive at the moment of the call. */
function treePids(root: number): number[] {
  const found = [root];
  if (hasChildrenFiles) {
    for (let i = 0; i < found.length; i++) found.push(...childrenOf(found[i] as number));
    return found;
  }
  const childrenByParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    // fields after the command name (which may hold spaces and parentheses): state ppid …
    const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(ppid)) continue;
    const list = childrenByParent.get(ppid) ?? [];
    list.push(Number(entry));
    childrenByParent.set(ppid, list);
  }
  for (let i = 0; i < found.length; i++) found.push(...(childrenByParent.get(found[i] as number) ?? []));
  return found;
}

/** Direct children of a process: those of each of its threads (a child belongs to the thread that forked it). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // it has exited
  }
  const children: number[] = [];
  for (const tid of tasks) {
    for (const word of (readProc(`/proc/${pid}/task/${tid}/children`) ?? '').split(' '))
      if (word.trim() !== '') children.push(Number(word));
  }
  return children;
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process or thread ended between listing and reading
  }
}
