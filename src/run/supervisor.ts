import type { Readable } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { type ConvertRequest, type FileError, MEMORY_KILL_MARK, type Outcome, type WorkerMessage } from './protocol.js';

/**
 * One supervised conversion process: sends it a file, runs the file's one clock (started when
 * the process is handed the file) and watches its resident size, SIGKILLs it past either limit,
 * and says what happened when it dies. pdf.js decodes streams synchronously with no cap on
 * their decompressed size: no in-process check could interrupt a deflate bomb.
 */

/** How often the parent reads a busy worker's resident size, ms. pdf.js inflates a bomb at
 *  roughly 100 MB/s here, so the guard overshoots its limit by a few MB at most. */
const MEMORY_POLL_MS = 50;

/** Time a process may take to start before its first file's clock starts, ms: a cold start
 *  loads Node and the worker's modules in well under a second; a process that never starts is
 *  still stopped. */
const STARTUP_ALLOWANCE_MS = 15_000;

/** Bytes of a worker's stdout/stderr kept per file for --verbose: room for a stack trace. */
const OUTPUT_TAIL_BYTES = 8 * 1024;

/** The parts of a child process the supervisor uses; a fake one stands in for it in tests. */
export interface ChildLike {
  readonly pid?: number | undefined;
  readonly connected: boolean;
  readonly stdout?: Readable | null;
  readonly stderr?: Readable | null;
  send(message: ConvertRequest, callback: (error: Error | null) => void): boolean;
  kill(signal: NodeJS.Signals): boolean;
  on(event: 'message', listener: (message: WorkerMessage) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'close', listener: (code: number | null, signal: NodeJS.Signals | null) => void): this;
  disconnect(): void;
  unref(): void;
}

/** One file for a process, with its limits. */
export interface Job {
  readonly input: string;
  readonly options: ConvertRequest['options'];
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
}

/** A job's end: the outcome, whether a retry in a fresh process may help, and the peak size. */
export interface JobEnd {
  readonly outcome: Outcome;
  /** The process died of a cause opclean did not set (killed from outside, crashed). */
  readonly diedUnexplained: boolean;
  readonly peakRssBytes: number;
}

export interface Supervised {
  readonly pid: number | undefined;
  readonly isAlive: boolean;
  readonly isBusy: boolean;
  /** Runs one job; the process must be idle. Never rejects. */
  run(job: Job): Promise<JobEnd>;
  /** Kills the process; a running job ends as stopped. */
  stop(): void;
}

export interface SuperviseHooks {
  /** Called once when the process is gone, after its job (if any) ended. */
  readonly onExit?: () => void;
  /** Reads a process's resident size, bytes; default /proc, else the worker's own reports. */
  readonly readRss?: (pid: number) => Promise<number | undefined>;
}

interface Running {
  readonly job: Job;
  readonly id: number;
  readonly resolve: (end: JobEnd) => void;
  timer: NodeJS.Timeout;
  readonly poll: NodeJS.Timeout;
  killedFor?: 'timeout' | 'memory' | 'stop';
  peakRssBytes: number;
}

let nextId = 1;

/** Supervises a started child process. */
export function supervise(child: ChildLike, hooks: SuperviseHooks = {}): Supervised {
  const readRss = hooks.readRss ?? readProcRss;
  let output = '';
  let isReady = false;
  let isAlive = true;
  let reportedRss = 0;
  let isPolling = false;
  let running: Running | undefined;

  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const end = (outcome: Outcome, diedUnexplained = false): void => {
    const job = running;
    if (!job) return;
    running = undefined;
    clearTimeout(job.timer);
    clearInterval(job.poll);
    job.resolve({ outcome, diedUnexplained, peakRssBytes: job.peakRssBytes });
  };

  const kill = (reason: 'timeout' | 'memory' | 'stop'): void => {
    if (running && running.killedFor === undefined) running.killedFor = reason;
    child.kill('SIGKILL');
  };

  const onDeath = (code: number | null, signal: NodeJS.Signals | null): void => {
    if (!isAlive) return;
    isAlive = false;
    child.kill('SIGKILL');
    if (running) {
      const failure = deathOf(running, output, isReady, code, signal);
      end({ ok: false, error: failure.error }, failure.unexplained);
    }
    hooks.onExit?.();
  };

  const startClock = (ms: number): NodeJS.Timeout => setTimeout(() => kill('timeout'), ms);

  child.on('message', (message) => {
    if (message.type === 'ready') {
      isReady = true;
      // 'ready' comes once: a file handed over before it ran on the start-up allowance till now
      if (running) {
        clearTimeout(running.timer);
        running.timer = startClock(running.job.timeoutMs);
      }
    } else if (message.type === 'memory') reportedRss = message.rssBytes;
    else if (running && message.id === running.id) {
      const { type: _type, id: _id, ...outcome } = message;
      end(outcome);
    }
  });
  child.on('error', (error) => {
    // spawn or IPC failure: the process is of no further use
    keep(Buffer.from(`${error.stack ?? String(error)}\n`));
    onDeath(null, null);
  });
  child.on('close', onDeath);

  const checkMemory = (): void => {
    const job = running;
    const pid = child.pid;
    if (!job || pid === undefined || isPolling) return;
    isPolling = true;
    readRss(pid)
      .then((rss) => rss ?? reportedRss)
      .then((rss) => {
        if (running !== job) return;
        job.peakRssBytes = Math.max(job.peakRssBytes, rss);
        if (rss > job.job.maxMemoryMb * 2 ** 20) kill('memory');
      })
      .finally(() => {
        isPolling = false;
      });
  };

  return {
    get pid() {
      return child.pid;
    },
    get isAlive() {
      return isAlive;
    },
    get isBusy() {
      return running !== undefined;
    },
    run(job) {
      return new Promise<JobEnd>((resolve) => {
        if (!isAlive || running) {
          resolve({
            outcome: { ok: false, error: { kind: 'internal', message: 'no conversion process was free' } },
            diedUnexplained: true,
            peakRssBytes: 0,
          });
          return;
        }
        output = '';
        const id = nextId++;
        running = {
          job,
          id,
          resolve,
          // the file's one clock: it starts when the file's own work starts, not when it was
          // queued, nor while its process is still starting
          timer: startClock(isReady ? job.timeoutMs : job.timeoutMs + STARTUP_ALLOWANCE_MS),
          poll: setInterval(checkMemory, MEMORY_POLL_MS),
          peakRssBytes: 0,
        };
        checkMemory(); // a process already past the limit stops before doing any work
        child.send({ type: 'convert', id, input: job.input, options: job.options }, (error) => {
          if (error) onDeath(null, null);
        });
      });
    },
    stop() {
      if (running) kill('stop');
      else child.kill('SIGKILL');
      // the kill is sent: do not hold the parent's exit until the process's pipes close
      child.stdout?.destroy();
      child.stderr?.destroy();
      if (child.connected) child.disconnect();
      child.unref();
      onDeath(null, 'SIGKILL');
    },
  };
}

/** What to tell the user about a file whose process died before replying. */
function deathOf(
  job: Running,
  output: string,
  isReady: boolean,
  code: number | null,
  signal: NodeJS.Signals | null,
): { error: FileError; unexplained: boolean } {
  const trimmed = output.trim();
  const detail = trimmed === '' ? {} : { detail: trimmed };
  const how = signal ? `killed by ${signal}` : `exit code ${code}`;
  if (job.killedFor === 'timeout') {
    return {
      error: { kind: 'timeout', message: `stopped after ${job.job.timeoutMs / 1000} s, the per-file time limit (--timeout)`, ...detail },
      unexplained: false,
    };
  }
  if (job.killedFor === 'memory' || output.includes(MEMORY_KILL_MARK) || /heap out of memory|allocation failed/i.test(output)) {
    return {
      error: {
        kind: 'too-large',
        message: `stopped at the memory limit of ${job.job.maxMemoryMb} MB (--max-memory-mb): a stream inflates to more than that (decompression bomb?)`,
        ...detail,
      },
      unexplained: false,
    };
  }
  if (job.killedFor === 'stop') {
    return { error: { kind: 'internal', message: 'the run was stopped while this file was converting' }, unexplained: false };
  }
  if (!isReady) {
    return { error: { kind: 'internal', message: `the conversion process could not start (${how})`, ...detail }, unexplained: true };
  }
  return {
    error: {
      kind: 'internal',
      message: `the conversion process died while converting this file (${how}), not stopped by opclean`,
      ...detail,
    },
    unexplained: true,
  };
}

/** A process's resident set size from /proc, or undefined where there is no /proc. */
export async function readProcRss(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = status?.match(/^VmRSS:\s*(\d+)\s*kB/m)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}
