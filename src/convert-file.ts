import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from './model/context.js';
import type { Diagnostic } from './model/diagnostics.js';
import { ConversionError } from './model/errors.js';
import type { Options } from './model/options.js';

export interface ConvertedFile {
  readonly markdown?: string;
  readonly json?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Converts one PDF file in memory in this process (nothing written) and returns the rendered
 * files; throws ConversionError when it cannot be converted. No time or memory limit applies
 * here: use convertBatch for untrusted files.
 */
export async function convertFile(input: string, options: Partial<Options> = {}): Promise<ConvertedFile> {
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
  const { runPipeline } = await import('./pipeline.js');
  const trace = await runPipeline(bytes, path.basename(input), ctx);
  return { ...trace.output, diagnostics: ctx.diagnostics };
}
