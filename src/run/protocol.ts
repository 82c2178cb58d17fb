import type { Diagnostic } from '../model/diagnostics.js';
import type { CitationAsk, CitationText } from '../output/citation/render-citation.js';
import type { FailureCode } from '../model/errors.js';
import type { FurnitureTemplate, TemplateKey } from '../model/furniture.js';
import type { Options } from '../model/options.js';

/** Why a file failed, as it travels from a worker to the parent and into index.jsonl. */
export interface FileError {
  readonly kind: FailureCode;
  readonly message: string;
  /** Stack traces, pdf.js messages, worker output: shown with --verbose only. */
  readonly detail?: string;
}

/** What one file's conversion produced: the rendered files and what the parent records. */
export interface Converted {
  readonly markdown?: string;
  readonly json?: string;
  readonly bib?: string;
  readonly csl?: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly sha256: string;
  readonly pages: number;
  /** Time the worker took to convert the file, ms. */
  readonly ms: number;
  /** The file's template, and the furniture its own pages showed (none for a one-page piece). */
  readonly template?: TemplateKey;
  readonly learnt?: FurnitureTemplate;
  /** Without furniture of its own: the keys of the lines left in its page bands. */
  readonly bandKeys?: readonly string[];
  /** Files of evidence behind the learnt furniture this conversion was given and used. */
  readonly usedTemplateFiles: number;
}

/** One file's conversion, from the parent's side: the rendered files, or why there are none. */
export type Outcome = ({ readonly ok: true } & Converted) | { readonly ok: false; readonly error: FileError };

/** Parent → worker: convert the file at `input` (the worker reads it itself) to the end. */
export interface ConvertRequest {
  readonly type: 'convert';
  readonly id: number;
  readonly input: string;
  readonly options: Partial<Options>;
}

/** Worker → parent: the outcome of one request. */
export type ConvertReply = { readonly type: 'result'; readonly id: number } & Outcome;

/** Worker → parent: resident size, sent only where the parent cannot read /proc. */
export interface MemoryReport {
  readonly type: 'memory';
  readonly rssBytes: number;
}

/** Worker → parent: the worker's code loaded; a death before this is a start-up failure. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** Conversion thread → the thread that started it: render these citations (that thread has
 *  citeproc loaded by then, or loads it). */
export interface CiteRequest {
  readonly type: 'cite';
  readonly id: number;
  readonly ask: CitationAsk;
}

/** The reply to a CiteRequest. */
export type CiteReply = { readonly type: 'cite-reply'; readonly id: number } & (
  | { readonly ok: true; readonly text: CitationText }
  | { readonly ok: false; readonly message: string }
);

export type WorkerMessage = ConvertReply | MemoryReport | ReadyMessage;

/** What the watchdog thread writes to stderr before it kills its process at the memory limit;
 *  the parent reads it in the worker's output to name the cause. */
export const MEMORY_KILL_MARK = 'opclean-worker: over the memory limit';
