import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from '../model/context.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { ConversionError } from '../model/errors.js';
import type { Options } from '../model/options.js';
import type { Converted, FileError } from './protocol.js';

/** RangeError messages V8 uses when an allocation fails: the input is too big, not our bug. */
const ALLOCATION_FAILURE = /allocation failed|invalid (string|array|typed array) length/i;

/**
 * Converts one PDF file to the end (read → … → extract → render) in this process and returns
 * the rendered files; throws ConversionError when the file cannot be converted. No time or
 * memory limit applies here: the worker process that runs it is supervised for that.
 */
export async function convertFileJob(input: string, options: Partial<Options>): Promise<Converted> {
  const started = performance.now();
  const ctx = createContext(options);
  const bytes = await readInput(input, ctx.options.maxFileBytes);
  const { runPipeline } = await import('../pipeline.js');
  const trace = await runPipeline(bytes, path.basename(input), ctx);
  return {
    ...trace.output,
    diagnostics: ctx.diagnostics,
    sha256: trace.article.source.sha256,
    pages: trace.article.source.pages,
    ...(trace.furniture.template ? { template: trace.furniture.template } : {}),
    ...(trace.furniture.learnt ? { learnt: trace.furniture.learnt } : {}),
    ...(trace.furniture.bandKeys ? { bandKeys: trace.furniture.bandKeys } : {}),
    usedTemplateFiles: trace.furniture.usedFiles,
    ms: performance.now() - started,
  };
}

async function readInput(input: string, maxBytes: number): Promise<Uint8Array> {
  const unreadable = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code;
    throw new ConversionError('unreadable-file', `cannot read the file (${reason})`, { cause: error });
  };
  const info = await stat(input).catch(unreadable);
  if (!info.isFile()) throw new ConversionError('unreadable-file', 'not a regular file');
  if (info.size > maxBytes) {
    throw new ConversionError('too-large', `${info.size} bytes, over the limit of ${maxBytes} (--max-file-mb)`);
  }
  return new Uint8Array(await readFile(input).catch(unreadable));
}

/** Turns whatever a conversion threw into the error reported for the file: the one mapping. */
export function toFileError(error: unknown): FileError {
  if (error instanceof ConversionError) {
    const cause = error.cause instanceof Error ? error.cause.stack : undefined;
    return { kind: error.code, message: error.message, ...(cause ? { detail: cause } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof Error && error.stack ? { detail: error.stack } : {};
  if (error instanceof RangeError && ALLOCATION_FAILURE.test(message)) {
    return { kind: 'too-large', message: `ran out of memory while converting (${message})`, ...detail };
  }
  return { kind: 'internal', message: `internal error, please report it with the file (${message})`, ...detail };
}

/** One file's rendered outputs and what was noted while converting it. */
export interface ConvertedFile {
  readonly markdown?: string;
  readonly json?: string;
  /** BibTeX, when 'bib' was asked for. */
  readonly bib?: string;
  /** CSL-JSON (an array of one item), when 'csl' was asked for. */
  readonly csl?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Converts one PDF file in memory in this process (nothing written) and returns the rendered
 * files; throws ConversionError when it cannot be converted. No time or memory limit applies
 * here: use convertBatch for untrusted files.
 */
export async function convertFile(input: string, options: Partial<Options> = {}): Promise<ConvertedFile> {
  const { markdown, json, bib, csl, diagnostics } = await convertFileJob(input, options);
  return {
    ...(markdown === undefined ? {} : { markdown }),
    ...(json === undefined ? {} : { json }),
    ...(bib === undefined ? {} : { bib }),
    ...(csl === undefined ? {} : { csl }),
    diagnostics,
  };
}
