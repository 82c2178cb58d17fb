import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { NLP_WORKER_SOURCE } from './nlp-worker-source.js';

/** compromise's reading of one capitalised term: offsets into the text, tags, common-word flag. */
export interface TermTags {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
  /** The lower-cased word is in compromise's lexicon as an ordinary word ("Nation", "Earth"). */
  readonly isCommon: boolean;
}

type RawTerm = [number, number, string[], boolean];
interface Reply {
  readonly id?: number;
  readonly result?: RawTerm[][];
  readonly error?: string;
  readonly ready?: boolean;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (r: RawTerm[][]) => void; reject: (e: Error) => void }>();

function settleAll(from: Worker, error: Error): void {
  if (worker !== from) return; // an old worker stopped by stopNlp()
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = null;
}

/**
 * Starts loading compromise in a worker thread, so its ~0.25 s import overlaps PDF parsing on
 * another core; safe to call any number of times.
 */
export function preloadNlp(): void {
  if (worker) return;
  // the require condition resolves to compromise's single-file CommonJS bundle, which loads in
  // about half the time of its ESM source tree (0.24 s vs 0.44 s measured on this machine)
  const compromisePath = createRequire(import.meta.url).resolve('compromise');
  const started = new Worker(NLP_WORKER_SOURCE, { eval: true, workerData: { compromisePath } });
  started.on('message', (reply: Reply) => {
    if (reply.id === undefined) return;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if (reply.result) waiting.resolve(reply.result);
    else waiting.reject(new Error(`compromise worker failed: ${reply.error ?? 'no result'}`));
  });
  started.on('error', (error) => settleAll(started, new Error('compromise worker crashed', { cause: error })));
  started.on('exit', (code) => settleAll(started, new Error(`compromise worker exited with code ${code}`)));
  // an idle worker must not keep the process alive; unref only after the listeners are on,
  // since adding a 'message' listener refs the worker's port again
  started.unref();
  worker = started;
}

/** Tags each text with compromise (in the worker), returning its capitalised terms. */
export async function tagTexts(texts: readonly string[]): Promise<TermTags[][]> {
  preloadNlp();
  const current = worker;
  if (!current) throw new Error('compromise worker could not be started');
  const id = nextId++;
  const raw = await new Promise<RawTerm[][]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    current.ref(); // keep the process alive while an answer is due
    current.postMessage({ id, texts });
  });
  return raw.map((terms) =>
    terms.map(([start, length, tags, isCommon]) => ({ start, end: start + length, tags: new Set(tags), isCommon })),
  );
}

/** Stops the worker (tests and long-running hosts); a later call starts a new one. */
export async function stopNlp(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await current.terminate();
}
