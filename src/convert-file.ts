import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from './model/context.js';
import type { Diagnostic } from './model/diagnostics.js';
import type { Article } from './model/document.js';
import { ConversionError } from './model/errors.js';
import type { Options } from './model/options.js';

export interface ConvertedFile {
  readonly markdown?: string;
  readonly json?: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReadFile {
  readonly article: Article;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads one PDF file up to its article (the PDF half of the pipeline) in this process; throws
 * ConversionError when it cannot be converted. The worker processes run this half.
 */
export async function readArticleFile(input: string, options: Partial<Options> = {}): Promise<ReadFile> {
  const ctx = createContext(options);
  const info = await stat(input).catch((error: unknown) => {
    throw new ConversionError('unreadable-file', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  });
  if (!info.isFile()) throw new ConversionError('unreadable-file', 'not a regular file');
  if (info.size > ctx.options.maxFileBytes) {
    throw new ConversionError('too-large', `${info.size} bytes, over the limit of ${ctx.options.maxFileBytes} (--max-file-mb)`);
  }
  const bytes = new Uint8Array(await readFile(input));
  // loaded on first use: a CLI parent that only hands files to workers never loads pdf.js
  const { readArticle } = await import('./pipeline.js');
  const { article } = await readArticle(bytes, path.basename(input), ctx);
  return { article, diagnostics: ctx.diagnostics };
}

/** Extracts and renders an article read elsewhere (the text half of the pipeline). */
export async function finishFile(read: ReadFile, options: Partial<Options> = {}): Promise<ConvertedFile> {
  const ctx = createContext(options, read.diagnostics);
  const { finishArticle } = await import('./pipeline.js');
  const { output } = await finishArticle(read.article, ctx);
  return { ...output, diagnostics: ctx.diagnostics };
}

/**
 * Converts one PDF file in memory in this process (nothing written) and returns the rendered
 * files; throws ConversionError when it cannot be converted. No time or memory limit applies
 * here: use convertBatch for untrusted files.
 */
export async function convertFile(input: string, options: Partial<Options> = {}): Promise<ConvertedFile> {
  const { preloadFinish } = await import('./pipeline.js');
  void preloadFinish(createContext(options)).catch(() => undefined);
  return finishFile(await readArticleFile(input, options), options);
}
