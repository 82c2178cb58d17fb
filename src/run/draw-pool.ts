import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DrawMessage, DrawRequest } from './draw-worker.js';
import { WORKER_V8_FLAGS } from './pool.js';

/** One page as drawn: its size in points, and its picture's file or why there is none. */
export interface DrawnPage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly file?: string;
  readonly error?: string;
}

/** What drawing one PDF gave: the pages drawn so far (all, unless `error` says why not). */
export interface Drawn {
  readonly pages: readonly DrawnPage[];
  readonly error?: string;
}

export interface DrawPool {
  /** Draws one PDF in a drawing process within `timeoutMs`; never rejects. */
  draw(request: Omit<DrawRequest, 'id'>, timeoutMs: number): Promise<Drawn>;
  close(): void;
}

/** V8 heap of a drawing process, MB: pdf.js holds one page's objects at a time; the pictures
 *  live in the canvas addon's memory, outside it. */
const HEAP_MB = 512;

interface Slot {
  child?: ChildProcess | undefined;
  busy: boolean;
}

/** A pool of at most `size` drawing processes, started when first needed and kept for the run:
 *  each drawing starts pdf.js once, not once a file. A process that dies or overruns its time
 *  is replaced; its file keeps the pages drawn before. */
export function createDrawPool(size: number): DrawPool {
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({ busy: false }));
  const queue: { request: Omit<DrawRequest, 'id'>; timeoutMs: number; resolve: (drawn: Drawn) => void }[] = [];
  let nextId = 0;
  let isClosed = false;

  const run = (slot: Slot, job: (typeof queue)[number]): void => {
    slot.busy = true;
    const child = slot.child ?? forkDrawer();
    slot.child = child;
    const id = nextId++;
    const pages: DrawnPage[] = [];
    const finish = (error?: string): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      slot.busy = false;
      job.resolve(error === undefined ? { pages } : { pages, error });
      pump();
    };
    const onMessage = (message: DrawMessage): void => {
      if (message.id !== id) return;
      if (message.type === 'done') finish(message.error);
      else {
        const { type: _, id: __, ...page } = message;
        pages.push(page);
      }
    };
    const onExit = (code: number | null, signal: string | null): void => {
      slot.child = undefined;
      finish(`the drawing process ended (${signal ?? `exit code ${code}`})`);
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      child.kill('SIGKILL');
      slot.child = undefined;
      finish(`not drawn within ${Math.round(job.timeoutMs / 1000)} s`);
    }, job.timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ ...job.request, id, timeoutMs: job.timeoutMs } satisfies DrawRequest);
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (isClosed || queue.length === 0) return;
      if (!slot.busy) run(slot, queue.shift() as (typeof queue)[number]);
    }
  };

  return {
    draw(request, timeoutMs) {
      return new Promise((resolve) => {
        if (isClosed) {
          resolve({ pages: [], error: 'the review was stopped' });
          return;
        }
        queue.push({ request, timeoutMs, resolve });
        pump();
      });
    },
    close() {
      isClosed = true;
      for (const waiting of queue.splice(0)) waiting.resolve({ pages: [], error: 'the review was stopped' });
      for (const slot of slots) slot.child?.kill('SIGKILL');
    },
  };
}

/** Forks a drawing process: the compiled worker next to this module, or its TypeScript source
 *  through tsx when this module runs from source. */
function forkDrawer(): ChildProcess {
  const entry = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './draw-worker.ts' : './draw-worker.js', import.meta.url));
  // the conversion workers' flags: pdf.js's drawing code is as short-lived a hot spot there as its
  // reading code is in a conversion (fixtures and corpora, 153 pages: 85-98 ms a page instead of 110-116)
  const execArgv = [`--max-old-space-size=${HEAP_MB}`, ...WORKER_V8_FLAGS];
  if (entry.endsWith('.ts')) execArgv.unshift('--import', import.meta.resolve('tsx'));
  const { NODE_EXTRA_CA_CERTS: _unused, ...env } = process.env; // never opens a connection
  return fork(entry, [], { execArgv, env, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
}
