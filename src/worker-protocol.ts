import type { Diagnostic } from './model/diagnostics.js';
import type { Article } from './model/document.js';
import type { FailureCode } from './model/errors.js';
import type { Options } from './model/options.js';

/** Why a file failed, as it travels from a worker to the parent and into index.jsonl. */
export interface FileError {
  readonly kind: FailureCode;
  readonly message: string;
  /** Stack traces, pdf.js messages, worker output: shown with --verbose only. */
  readonly detail?: string;
}

/** Parent → worker: convert the file at `input` (the worker reads it itself). */
export interface ConvertRequest {
  readonly type: 'convert';
  readonly id: number;
  readonly input: string;
  readonly options: Partial<Options>;
}

/** Worker → parent: the article read from the PDF (the parent extracts and renders it, so its
 *  renderers and NLP load while the worker reads), or why there is none. */
export type ConvertReply =
  | {
      readonly type: 'result';
      readonly id: number;
      readonly ok: true;
      readonly article: Article;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly type: 'result'; readonly id: number; readonly ok: false; readonly error: FileError };

/** Worker → parent: resident size, sent only where the parent cannot read /proc. */
export interface MemoryReport {
  readonly type: 'memory';
  readonly rssBytes: number;
}

/** Worker → parent: the worker's code loaded; a death before this is a start-up failure. */
export interface ReadyMessage {
  readonly type: 'ready';
}

export type WorkerMessage = ConvertReply | MemoryReport | ReadyMessage;

/** What one conversion produced, seen from the parent: the reply without its envelope. */
export type ConvertOutcome =
  | { readonly ok: true; readonly article: Article; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: FileError };
