import { type ChildProcess, fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_OPTIONS, type Options } from './model/options.js';
import type { ConvertOutcome, ConvertRequest, FileError, WorkerMessage } from './worker-protocol.js';

/**
 * Parent side of the conversion processes. Each file is converted in a forked worker; the
 * parent watches the worker's clock and resident size and SIGKILLs it past a limit, because
 * pdf.js decodes streams synchronously and has no cap on their decompressed size: no
 * in-process check could interrupt a deflate bomb. This module must stay light (no pdf.js,
 * no pipeline): the CLI loads it before anything else so the first worker starts at once.
 */

/** How often the parent reads a busy worker's resident size, ms. pdf.js inflates a bomb at
 *  roughly 100 MB/s here, so the guard overshoots its limit by a few MB at most. */
const MEMORY_POLL_MS = 50;

/** Bytes of a worker's stdout/stderr kept per file for --verbose: room for a stack trace. */
const OUTPUT_TAIL_BYTES = 8 * 1024;

/** Share of the memory limit past which a worker is replaced after its file: V8 keeps freed
 *  memory resident for a while, and the next file should not pay for the last one. */
const RECYCLE_SHARE = 0.5;

/** V8 heap limit of a worker as a multiple of the memory limit. The RSS poll enforces the limit;
 *  the heap cap is the backstop where there is no /proc. Not 1: V8 collects far more often
 *  under a tight cap (a 3-page piece converted about 60-100 ms slower with 512 MB than with 2 GB). */
const HEAP_LIMIT_FACTOR = 4;

/** Workers in a batch: two keep both cores of a small machine busy without doubling the
 *  memory a pair of bombs could take before the guard fires. */
export const DEFAULT_WORKERS = 2;

/** A set of conversion processes that run files one at a time each. */
export interface WorkerPool {
  /** Starts up to `count` workers now, so their start-up overlaps with other work. */
  prewarm(count: number): void;
  /** Converts one file in a worker, within the options' time and memory limits; never rejects. */
  convert(input: string, options: Partial<Options>): Promise<ConvertOutcome>;
  /** Kills every worker; files still queued fail as internal errors. */
  close(): void;
}

export interface PoolSettings {
  /** Most workers alive at once. */
  readonly size?: number;
  /** Memory limit the workers' V8 heap cap (--max-old-space-size) is derived from, megabytes. */
  readonly maxMemoryMb?: number;
  /** Worker entry file; by default worker.js (or worker.ts, via tsx) next to this module. */
  readonly workerFile?: string;
}

interface Job {
  readonly request: ConvertRequest;
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
  readonly resolve: (outcome: ConvertOutcome) => void;
}

interface RunningJob extends Job {
  readonly timer: NodeJS.Timeout;
  readonly poll: NodeJS.Timeout;
  killedFor?: 'timeout' | 'memory';
  peakRssBytes: number;
}

interface Worker {
  readonly child: ChildProcess;
  output: string;
  isReady: boolean;
  isAlive: boolean;
  reportedRssBytes: number;
  isPolling: boolean;
  job?: RunningJob | undefined;
}

const liveChildren = new Set<ChildProcess>();

// a worker must never outlive the run that started it, however the run ends
process.once('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

/** Kills every worker of every pool in this process at once; for signal handlers. */
export function killAllWorkers(): void {
  for (const child of liveChildren) child.kill('SIGKILL');
}

/** A pool of at most `size` conversion processes, started on demand and restarted after a kill. */
export function createWorkerPool(settings: PoolSettings = {}): WorkerPool {
  const size = Math.max(1, Math.floor(settings.size ?? DEFAULT_WORKERS));
  const heapMb = Math.ceil((settings.maxMemoryMb ?? DEFAULT_OPTIONS.maxMemoryMb) * HEAP_LIMIT_FACTOR);
  const workers = new Set<Worker>();
  const queue: Job[] = [];
  let nextId = 1;
  let isClosed = false;

  const spawnWorker = (): Worker => {
    const entry = workerEntry(settings.workerFile);
    const child = fork(entry.file, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${heapMb}`],
      env: workerEnv(),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const worker: Worker = { child, output: '', isReady: false, isAlive: true, reportedRssBytes: 0, isPolling: false };
    workers.add(worker);
    liveChildren.add(child);
    const keep = (chunk: Buffer) => {
      worker.output = (worker.output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('message', (message: WorkerMessage) => onMessage(worker, message));
    child.on('error', (error) => {
      // spawn or IPC failure: the process is of no further use
      keep(Buffer.from(`${error.stack ?? String(error)}\n`));
      retire(worker, null, null);
    });
    child.on('close', (code, signal) => retire(worker, code, signal));
    return worker;
  };

  const onMessage = (worker: Worker, message: WorkerMessage): void => {
    if (message.type === 'ready') {
      worker.isReady = true;
    } else if (message.type === 'memory') {
      worker.reportedRssBytes = message.rssBytes;
    } else if (worker.job && message.id === worker.job.request.id) {
      const outcome: ConvertOutcome = message.ok
        ? { ok: true, article: message.article, diagnostics: message.diagnostics }
        : { ok: false, error: message.error };
      finish(worker, outcome);
    }
  };

  const finish = (worker: Worker, outcome: ConvertOutcome): void => {
    const job = worker.job;
    if (!job) return;
    clearTimeout(job.timer);
    clearInterval(job.poll);
    worker.job = undefined;
    if (job.peakRssBytes > job.maxMemoryMb * 2 ** 20 * RECYCLE_SHARE) retire(worker, null, null);
    job.resolve(outcome);
    pump();
  };

  const retire = (worker: Worker, code: number | null, signal: NodeJS.Signals | null): void => {
    if (!worker.isAlive) return;
    worker.isAlive = false;
    workers.delete(worker);
    liveChildren.delete(worker.child);
    worker.child.kill('SIGKILL');
    if (worker.job) finish(worker, { ok: false, error: failureOfDeadWorker(worker, worker.job, code, signal) });
    pump();
  };

  const kill = (worker: Worker, reason: 'timeout' | 'memory'): void => {
    if (worker.job && worker.job.killedFor === undefined) worker.job.killedFor = reason;
    worker.child.kill('SIGKILL');
  };

  const checkMemory = (worker: Worker): void => {
    const job = worker.job;
    const pid = worker.child.pid;
    if (!job || pid === undefined || worker.isPolling) return;
    worker.isPolling = true;
    readRssBytes(pid)
      .then((rss) => rss ?? worker.reportedRssBytes)
      .then((rss) => {
        if (worker.job !== job) return;
        job.peakRssBytes = Math.max(job.peakRssBytes, rss);
        if (rss > job.maxMemoryMb * 2 ** 20) kill(worker, 'memory');
      })
      .finally(() => {
        worker.isPolling = false;
      });
  };

  const dispatch = (worker: Worker, job: Job): void => {
    worker.output = '';
    worker.job = {
      ...job,
      timer: setTimeout(() => kill(worker, 'timeout'), job.timeoutMs),
      poll: setInterval(() => checkMemory(worker), MEMORY_POLL_MS),
      peakRssBytes: 0,
    };
    checkMemory(worker); // a worker already past the limit stops before doing any work
    worker.child.send(job.request, (error) => {
      if (error) retire(worker, null, null);
    });
  };

  const pump = (): void => {
    while (queue.length > 0 && !isClosed) {
      let worker = [...workers].find((w) => w.isAlive && !w.job);
      if (!worker && workers.size < size) worker = spawnWorker();
      if (!worker) return;
      const job = queue.shift();
      if (job) dispatch(worker, job);
    }
  };

  return {
    prewarm(count) {
      while (!isClosed && workers.size < Math.min(count, size)) spawnWorker();
    },
    convert(input, options) {
      const merged = { ...DEFAULT_OPTIONS, ...options };
      return new Promise<ConvertOutcome>((resolve) => {
        if (isClosed) {
          resolve({ ok: false, error: { kind: 'internal', message: 'the conversion processes were shut down' } });
          return;
        }
        queue.push({
          request: { type: 'convert', id: nextId++, input, options },
          timeoutMs: merged.timeoutMs,
          maxMemoryMb: merged.maxMemoryMb,
          resolve,
        });
        pump();
      });
    },
    close() {
      isClosed = true;
      for (const job of queue.splice(0)) {
        job.resolve({ ok: false, error: { kind: 'internal', message: 'the run was stopped before this file' } });
      }
      for (const worker of workers) {
        if (worker.job) {
          clearTimeout(worker.job.timer);
          clearInterval(worker.job.poll);
        }
        worker.child.kill('SIGKILL');
        // the kill is sent: do not hold the parent's exit until the worker's pipes close
        worker.child.stdout?.destroy();
        worker.child.stderr?.destroy();
        if (worker.child.connected) worker.child.disconnect();
        worker.child.unref();
      }
    },
  };
}

/** What to tell the user about a file whose worker died before replying. */
function failureOfDeadWorker(worker: Worker, job: RunningJob, code: number | null, signal: NodeJS.Signals | null): FileError {
  const detail = worker.output.trim() === '' ? {} : { detail: worker.output.trim() };
  if (job.killedFor === 'timeout') {
    return { kind: 'timeout', message: `stopped after ${job.timeoutMs / 1000} s, the per-file time limit (--timeout)`, ...detail };
  }
  if (job.killedFor === 'memory' || /heap out of memory|allocation failed/i.test(worker.output)) {
    return {
      kind: 'too-large',
      message: `stopped at the memory limit of ${job.maxMemoryMb} MB (--max-memory-mb): a stream inflates to more than that (decompression bomb?)`,
      ...detail,
    };
  }
  if (!worker.isReady) {
    return { kind: 'internal', message: `the conversion process could not start (${signal ?? `exit code ${code}`})`, ...detail };
  }
  return {
    kind: 'damaged',
    message: `the PDF crashed the reader (${signal ?? `exit code ${code}`}); the file is probably malformed`,
    ...detail,
  };
}

/** The worker's environment: the parent's, minus what only network code needs. A worker never
 *  opens a connection, and Node parses NODE_EXTRA_CA_CERTS at every start (about 50 ms for a
 *  system CA bundle), which would land on the critical path of a one-file run. */
function workerEnv(): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...env } = process.env;
  return env;
}

/** A process's resident set size from /proc, or undefined where there is no /proc. */
async function readRssBytes(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = status?.match(/^VmRSS:\s*(\d+)\s*kB/m)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

/** The worker's entry file and node flags: compiled JS next to this file, or the TypeScript
 *  source run via tsx when this module itself runs from source (`npm run convert`). A tsx
 *  worker idles near 400 MB (the compiled one near 90 MB): give it a higher --max-memory-mb. */
function workerEntry(file?: string): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const entry = file ?? fileURLToPath(new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url));
  if (!entry.endsWith('.ts')) return { file: entry, execArgv: [] };
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return { file: entry, execArgv: ['--import', pathToFileURL(tsx).href] };
}
