import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawTerm } from './tagger.js';

/** compromise's reading of one capitalised term: offsets into the text, tags, common-word flag. */
export interface TermTags {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
  /** The lower-cased word is in compromise's lexicon as an ordinary word ("Nation", "Earth"). */
  readonly isCommon: boolean;
}

interface Reply {
  readonly id: number;
  readonly result?: RawTerm[][];
  readonly error?: string;
}

/** The compiled thread file; absent when this module runs from source (tests, tsx), where
 *  compromise then runs in the calling thread. */
const THREAD_FILE = new URL('./thread.js', import.meta.url);

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (r: RawTerm[][]) => void; reject: (e: Error) => void }>();

function settleAll(from: Worker, error: Error): void {
  if (worker !== from) return; // an old worker stopped by stopNlp()
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = null;
}

const hasThreadFile = (): boolean => THREAD_FILE.protocol === 'file:' && existsSync(fileURLToPath(THREAD_FILE));

/**
 * Starts loading compromise in a thread of its own, so its ~0.25 s load overlaps PDF parsing on
 * another core; safe to call any number of times.
 */
export function preloadNlp(): void {
  if (worker || !hasThreadFile()) return;
  const started = new Worker(THREAD_FILE);
  started.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if (reply.result) waiting.resolve(reply.result);
    else waiting.reject(new Error(`compromise thread failed: ${reply.error ?? 'no result'}`));
  });
  started.on('error', (error) => settleAll(started, new Error('compromise thread crashed', { cause: error })));
  started.on('exit', (code) => settleAll(started, new Error(`compromise thread exited with code ${code}`)));
  // an idle thread must not keep the process alive; unref only after the listeners are on,
  // since adding a 'message' listener refs the thread's port again
  started.unref();
  worker = started;
}

async function tagRaw(texts: readonly string[]): Promise<RawTerm[][]> {
  preloadNlp();
  const current = worker;
  if (!current) {
    const { tagText } = await import('./tagger.js');
    return texts.map(tagText);
  }
  const id = nextId++;
  return new Promise<RawTerm[][]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    current.ref(); // keep the process alive while an answer is due
    current.postMessage({ id, texts });
  });
}

/** Tags each text with compromise, returning its capitalised terms. */
export async function tagTexts(texts: readonly string[]): Promise<TermTags[][]> {
  const raw = await tagRaw(texts);
  return raw.map((terms) =>
    terms.map(([start, length, tags, isCommon]) => ({ start, end: start + length, tags: new Set(tags), isCommon })),
  );
}

/** Stops the thread (tests and long-running hosts); a later call starts a new one. */
export async function stopNlp(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await current.terminate();
}
