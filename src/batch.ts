import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from './model/context.js';
import type { Diagnostic } from './model/diagnostics.js';
import { ConversionError, type FailureCode } from './model/errors.js';
import type { Options } from './model/options.js';
import { outputName, writeAllAtomically } from './output-files.js';
import { runPipeline } from './pipeline.js';

export interface FileResult {
  readonly input: string;
  readonly name: string;
  readonly status: 'ok' | 'partial' | 'failed';
  readonly outputs: readonly string[];
  readonly error?: { readonly kind: FailureCode; readonly message: string; readonly detail?: string };
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}

export interface ConvertedFile {
  readonly markdown?: string;
  readonly json?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Converts one PDF file in memory (nothing written); throws ConversionError when it cannot be converted. */
export async function convertFile(input: string, options: Partial<Options> = {}): Promise<ConvertedFile> {
  const ctx = createContext(options);
  const info = await stat(input).catch((error: unknown) => {
    throw new ConversionError('unreadable-file', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  });
  if (!info.isFile()) throw new ConversionError('unreadable-file', 'not a regular file');
  if (info.size > ctx.options.maxFileBytes) {
    throw new ConversionError('too-large', `${info.size} bytes, over the limit of ${ctx.options.maxFileBytes} (--max-file-mb)`);
  }
  const bytes = new Uint8Array(await readFile(input));
  const trace = await runPipeline(bytes, path.basename(input), ctx);
  return { ...trace.output, diagnostics: ctx.diagnostics };
}

/** Expands folders to the PDF files directly inside them (sorted); files are kept as given. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => /\.pdf$/i.test(n)).sort();
      out.push(...names.map((n) => path.join(input, n)));
    } else {
      out.push(input);
    }
  }
  return out;
}

/** Converts many files into `outDir`, one result per file; a failed file never stops the run. */
export async function convertBatch(
  inputs: readonly string[],
  outDir: string,
  options: Partial<Options> = {},
  onResult?: (result: FileResult) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const used = new Set<string>();
  for (const input of inputs) {
    const name = uniqueName(outputName(input), used);
    const started = performance.now();
    let result: FileResult;
    try {
      const converted = await convertFile(input, options);
      const files = [
        ...(converted.markdown === undefined ? [] : [{ path: path.join(outDir, `${name}.md`), content: converted.markdown }]),
        ...(converted.json === undefined ? [] : [{ path: path.join(outDir, `${name}.json`), content: converted.json }]),
      ];
      await writeAllAtomically(files);
      const partial = converted.diagnostics.some((d) => d.severity === 'warning');
      result = { input, name, status: partial ? 'partial' : 'ok', outputs: files.map((f) => f.path), diagnostics: converted.diagnostics, ms: performance.now() - started };
    } catch (error) {
      result = { input, name, status: 'failed', outputs: [], error: describeError(error), diagnostics: [], ms: performance.now() - started };
    }
    results.push(result);
    onResult?.(result);
  }
  return results;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${name}-${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function describeError(error: unknown): NonNullable<FileResult['error']> {
  if (error instanceof ConversionError) {
    const cause = error.cause instanceof Error ? error.cause.stack : undefined;
    return { kind: error.code, message: error.message, ...(cause ? { detail: cause } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'damaged', message: `unexpected failure while reading (${message})`, ...(error instanceof Error && error.stack ? { detail: error.stack } : {}) };
}
