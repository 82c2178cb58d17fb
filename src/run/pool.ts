import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CiteStyle, DEFAULT_OPTIONS, type Options } from '../model/options.js';
import type { FileError, Outcome } from './protocol.js';
import { type ChildLike, type Job, type Supervised, supervise } from './supervisor.js';
import { ThreadChild } from './thread-child.js';

/**
 * The conversion processes of a run: at most `size` supervised workers, started on demand,
 * replaced after a kill, recycled when they grew, each converting one file at a time to the end.
 * This module stays light (no pdf.js, no pipeline): the CLI loads it first so the first worker
 * starts at once.
 */

/** Share of the memory limit past which a worker is replaced after its file: V8 keeps freed
 *  memory resident for a while, and the next file should not pay for the last one. */
const RECYCLE_SHARE = 0.5;

/** V8 old-space limit of a worker as a share of the memory limit. The RSS poll enforces the
 *  limit itself; this sets how freely V8 grows its heap between collections. With 4× (2 GB for
 *  the default 512 MB) a worker's resident size crept from 150 MB to about 300 MB over a few dozen
 *  files and it was recycled every 25-30 files, each time paying a cold start; with 0.5× it levels
 *  at about 225 MB, is never recycled on ordinary files, and the 116-file benchmark ran about
 *  10% faster at --jobs 1. A file whose heap needs more dies of V8's out-of-memory error, which
 *  is reported like the memory limit. */
const HEAP_LIMIT_FACTOR = 0.5;

/**
 * V8 flags of a worker process. The interrupt budget is how much a function runs before V8
 * considers optimizing it; V8's default (132 KB of bytecode budget) suits long-lived servers,
 * but in a worker most functions of pdf.js and the pipeline are hot for a few pages only, and
 * V8 optimized, deoptimized and reoptimized them all run long on background threads: on the
 * benchmark's articles those threads used 70% as much CPU as the conversion itself. With about
 * three times the budget, a Markdown-only run of 54 articles in one process took 22% less CPU
 * and 8% less time (full JSON: 18% less CPU, 3% less time); with ten times, it got slower.
 * Without inlining, each optimization is a smaller compile: on 54 articles at --jobs 2, where
 * the workers compete for the cores, Markdown-only took 3.4 s instead of 4.3 s and full JSON
 * 5.5 s instead of 6.0 s, with 7-22% less CPU, and --jobs 1 took the same time (medians of 3).
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--interrupt-budget=400000', '--no-turbo-inlining'];

/** Workers in a batch by default: one per core. */
export const DEFAULT_JOBS = Math.max(1, availableParallelism());

export interface Pool {
  /** Most workers alive at once. */
  readonly size: number;
  /** Starts up to `count` workers now, so their start-up overlaps with other work. */
  prewarm(count: number): void;
  /** Converts one file in a worker within the options' time and memory limits; never rejects.
   *  A file whose worker died of a cause opclean did not set is retried once in a fresh one. */
  convert(input: string, options: Partial<Options>): Promise<Outcome>;
  /** Kills every worker; files still queued fail as stopped. */
  close(): void;
}

export interface PoolSettings {
  /** Most workers alive at once (--jobs). */
  readonly size?: number;
  /** The memory limit, megabytes: the workers' own watchdog and V8 heap cap derive from it. */
  readonly maxMemoryMb?: number;
  /** Load compromise in each worker at start (the run extracts). */
  readonly preloadExtract?: boolean;
  /** Load citeproc at worker start (the run renders references). */
  readonly preloadCite?: boolean;
  /** The run's citation style, built into citeproc's engine ahead of the first file. */
  readonly citeStyle?: CiteStyle | undefined;
  /** Run the workers as threads of this process rather than processes (thread-child.ts): for a
   *  run of one file, which then pays no second Node start. */
  readonly inThreads?: boolean;
  /** Worker entry file; by default worker.js (or worker.ts, via tsx) next to this module. */
  readonly workerFile?: string;
  /** Starts a worker process; by default a fork of the worker entry. Tests pass fakes. */
  readonly spawn?: () => ChildLike;
}

interface Waiting {
  readonly job: Job;
  readonly resolve: (outcome: Outcome) => void;
  readonly isRetry: boolean;
}

const liveWorkers = new Set<Supervised>();

// a worker must never outlive the run that started it, however the run ends
process.once('exit', killAllWorkers);

/** Kills every worker of every pool in this process at once; for signal handlers. */
export function killAllWorkers(): void {
  for (const worker of liveWorkers) worker.stop();
}

/** What a worker loads at start, besides pdf.js and the pipeline. */
interface Preload {
  readonly extract: boolean;
  readonly cite: boolean;
}

/** A pool of at most `size` conversion processes. */
export function createPool(settings: PoolSettings = {}): Pool {
  const size = Math.max(1, Math.floor(settings.size ?? DEFAULT_JOBS));
  const maxMemoryMb = settings.maxMemoryMb ?? DEFAULT_OPTIONS.maxMemoryMb;
  const preload = { extract: settings.preloadExtract ?? false, cite: settings.preloadCite ?? false };
  const spawn =
    settings.spawn ??
    (settings.inThreads
      ? () =>
          // the starting thread loads citeproc and renders the references while the conversion thread reads
          new ThreadChild(workerEntry(settings.workerFile), {
            heapMb: heapLimitMb(maxMemoryMb),
            env: workerEnv(maxMemoryMb, { ...preload, cite: false }),
            citations: preload.cite ? (settings.citeStyle ?? DEFAULT_OPTIONS.citeStyle) : undefined,
          })
      : () => forkWorker(settings.workerFile, maxMemoryMb, preload));
  const idle: Supervised[] = [];
  const workers = new Set<Supervised>();
  const queue: Waiting[] = [];
  let isClosed = false;

  const start = (): Supervised => {
    const worker = supervise(spawn(), {
      onExit: () => {
        workers.delete(worker);
        liveWorkers.delete(worker);
        const at = idle.indexOf(worker);
        if (at >= 0) idle.splice(at, 1);
        pump();
      },
    });
    workers.add(worker);
    liveWorkers.add(worker);
    idle.push(worker);
    return worker;
  };

  const dispatch = (worker: Supervised, waiting: Waiting): void => {
    void worker.run(waiting.job).then(({ outcome, diedUnexplained, peakRssBytes }) => {
      if (worker.isAlive) {
        if (peakRssBytes > waiting.job.maxMemoryMb * 2 ** 20 * RECYCLE_SHARE) worker.stop();
        else idle.push(worker);
      }
      if (diedUnexplained && !waiting.isRetry && !isClosed && !outcome.ok) {
        queue.unshift({ ...waiting, isRetry: true }); // once, first in line
      } else {
        waiting.resolve(!outcome.ok && diedUnexplained && waiting.isRetry ? diedTwice(outcome.error) : outcome);
      }
      pump();
    });
  };

  const pump = (): void => {
    while (queue.length > 0 && !isClosed) {
      let worker = idle.shift(); // onExit takes a dead worker off this list
      if (!worker && workers.size < size) {
        start();
        worker = idle.shift();
      }
      if (!worker) return;
      const next = queue.shift() as Waiting;
      dispatch(worker, next);
    }
  };

  return {
    size,
    prewarm(count) {
      while (!isClosed && workers.size < Math.min(count, size)) start();
    },
    convert(input, options) {
      const merged = { ...DEFAULT_OPTIONS, ...options };
      return new Promise<Outcome>((resolve) => {
        if (isClosed) {
          resolve({ ok: false, error: { kind: 'internal', message: 'the run was stopped before this file' } });
          return;
        }
        const job: Job = { input, options, timeoutMs: merged.timeoutMs, maxMemoryMb: merged.maxMemoryMb };
        queue.push({ job, resolve, isRetry: false });
        pump();
      });
    },
    close() {
      isClosed = true;
      for (const waiting of queue.splice(0)) {
        waiting.resolve({ ok: false, error: { kind: 'internal', message: 'the run was stopped before this file' } });
      }
      for (const worker of [...workers]) worker.stop();
    },
  };
}

/** A file whose worker died unexplained twice: it is the file, most likely. */
function diedTwice(error: FileError): Outcome {
  if (error.message.startsWith('the conversion process could not start')) return { ok: false, error };
  return {
    ok: false,
    error: { ...error, kind: 'damaged', message: `${error.message}; it died again on a retry, so the file probably crashes the reader` },
  };
}

/** The worker's entry: the file given, else compiled JS next to this file, or the TypeScript
 *  source (run via tsx) when this module itself runs from source (`npm run convert`). */
function workerEntry(file: string | undefined): URL {
  if (file !== undefined) return pathToFileURL(file);
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}

const heapLimitMb = (maxMemoryMb: number): number => Math.ceil(maxMemoryMb * HEAP_LIMIT_FACTOR);

/** Forks a worker process. */
function forkWorker(file: string | undefined, maxMemoryMb: number, preload: Preload): ChildLike {
  const entry = fileURLToPath(workerEntry(file));
  const execArgv = [`--max-old-space-size=${heapLimitMb(maxMemoryMb)}`, ...WORKER_V8_FLAGS];
  if (entry.endsWith('.ts')) execArgv.unshift('--import', import.meta.resolve('tsx'));
  return fork(entry, [], {
    execArgv,
    env: workerEnv(maxMemoryMb, preload),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

/** The worker's environment: the parent's, minus what only network code needs, plus its
 *  settings. A worker never opens a connection, and Node parses NODE_EXTRA_CA_CERTS at every
 *  start (about 50 ms for a system CA bundle), which would land on a one-file run's critical path. */
function workerEnv(maxMemoryMb: number, preload: Preload): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...env } = process.env;
  const stages = [...(preload.extract ? ['extract'] : []), ...(preload.cite ? ['cite'] : [])];
  return { ...env, OPCLEAN_MAX_RSS_MB: String(maxMemoryMb), ...(stages.length ? { OPCLEAN_PRELOAD: stages.join(',') } : {}) };
}
