import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { finishFile } from './convert-file.js';
import { createContext } from './model/context.js';
import type { Diagnostic } from './model/diagnostics.js';
import { ConversionError } from './model/errors.js';
import { DEFAULT_OPTIONS, type Options } from './model/options.js';
import { outputName, writeAllAtomically } from './output-files.js';
import { type WorkerPool, createWorkerPool } from './worker-pool.js';
import type { ConvertOutcome, FileError } from './worker-protocol.js';

export type { ConvertedFile } from './convert-file.js';
export { convertFile } from './convert-file.js';
export type { FileError } from './worker-protocol.js';

/** Name of the run-level index written into the output folder, one JSON line per input. */
export const INDEX_FILE = 'index.jsonl';

export interface FileResult {
  readonly input: string;
  readonly name: string;
  readonly status: 'ok' | 'partial' | 'failed';
  /** Paths of the files written for this input; empty when it failed. */
  readonly outputs: readonly string[];
  readonly error?: FileError;
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}

export interface BatchOptions {
  /** Called once per input as soon as its result is known (completion order). */
  readonly onResult?: (result: FileResult) => void;
  /** Worker pool to run on (the CLI starts one early); by default a pool is made and closed. */
  readonly pool?: WorkerPool;
  /** Write `<outDir>/index.jsonl`; default true. */
  readonly writeIndex?: boolean;
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

/**
 * Converts many files into `outDir`, each in a worker process under the options' time and
 * memory limits, and returns one result per input (input order); a failed file never stops
 * the run and leaves no output of its own. Creates `outDir` and writes `<outDir>/index.jsonl`.
 */
export async function convertBatch(
  inputs: readonly string[],
  outDir: string,
  options: Partial<Options> = {},
  batch: BatchOptions = {},
): Promise<FileResult[]> {
  const pool = batch.pool ?? createWorkerPool({ ...(options.maxMemoryMb === undefined ? {} : { maxMemoryMb: options.maxMemoryMb }) });
  const names = uniqueNames(inputs.map(outputName));
  // the workers read the PDFs; this process extracts and renders, so load that now, meanwhile
  const { preloadFinish, stopFinish } = await import('./pipeline.js');
  void preloadFinish(createContext(options)).catch(() => undefined);
  try {
    await mkdir(outDir, { recursive: true });
    const results = await Promise.all(
      inputs.map(async (input, index) => {
        const name = names[index] ?? outputName(input);
        const started = performance.now();
        const read = await pool.convert(input, options);
        const outcome = read.ok ? await finishWithin(read, options, started, stopFinish) : read;
        const result = await settle(input, name, outcome, outDir, performance.now() - started);
        batch.onResult?.(result);
        return result;
      }),
    );
    if (batch.writeIndex ?? true) {
      await writeAllAtomically([{ path: path.join(outDir, INDEX_FILE), content: indexLines(results, outDir) }]);
    }
    return results;
  } finally {
    if (!batch.pool) pool.close();
    await stopFinish();
  }
}

/** What a finished file holds before it is written: rendered files, or why there are none. */
type Finished =
  | { readonly ok: true; readonly markdown?: string; readonly json?: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: FileError };

/** Extracts and renders a file's article here, within what is left of its time limit. */
async function finishWithin(
  read: ConvertOutcome & { ok: true },
  options: Partial<Options>,
  started: number,
  stopFinish: () => Promise<void>,
): Promise<Finished> {
  const limitMs = options.timeoutMs ?? DEFAULT_OPTIONS.timeoutMs;
  const left = Math.max(0, limitMs - (performance.now() - started));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ConversionError('timeout', `over the time limit of ${limitMs / 1000} s while extracting (--timeout)`)),
      left,
    );
  });
  try {
    const converted = await Promise.race([finishFile(read, options), timeout]);
    return { ok: true, ...converted };
  } catch (error) {
    if (error instanceof ConversionError) {
      if (error.code === 'timeout') await stopFinish();
      return { ok: false, error: { kind: error.code, message: error.message } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        kind: 'internal',
        message: `internal error, please report it with the file (${message})`,
        ...(error instanceof Error && error.stack ? { detail: error.stack } : {}),
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Writes a converted file's outputs (all or none) and turns the outcome into a result. */
async function settle(input: string, name: string, outcome: Finished, outDir: string, ms: number): Promise<FileResult> {
  if (!outcome.ok) return { input, name, status: 'failed', outputs: [], error: outcome.error, diagnostics: [], ms };
  const files = [
    ...(outcome.markdown === undefined ? [] : [{ path: path.join(outDir, `${name}.md`), content: outcome.markdown }]),
    ...(outcome.json === undefined ? [] : [{ path: path.join(outDir, `${name}.json`), content: outcome.json }]),
  ];
  try {
    await writeAllAtomically(files);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      input,
      name,
      status: 'failed',
      outputs: [],
      error: { kind: 'write-failed', message: `cannot write the output files in ${outDir} (${code})` },
      diagnostics: outcome.diagnostics,
      ms,
    };
  }
  const isPartial = outcome.diagnostics.some((d) => d.severity === 'warning');
  return { input, name, status: isPartial ? 'partial' : 'ok', outputs: files.map((f) => f.path), diagnostics: outcome.diagnostics, ms };
}

/** The run-level index: one JSON object per input, in input order, with no timings or absolute
 *  paths so that two runs over the same inputs give the same file. */
function indexLines(results: readonly FileResult[], outDir: string): string {
  return results
    .map((r) =>
      JSON.stringify({
        input: r.input,
        name: r.name,
        status: r.status,
        outputs: r.outputs.map((p) => path.relative(outDir, p)),
        ...(r.error ? { error: { kind: r.error.kind, message: r.error.message } } : {}),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Output names, unique ignoring case (for case-insensitive file systems): a repeated name gets
 *  `-2`, `-3`, … skipping any name another input already has. */
function uniqueNames(names: readonly string[]): string[] {
  const key = (name: string) => name.toLowerCase();
  const wanted = new Set(names.map(key));
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let i = 2; used.has(key(candidate)) || (candidate !== name && wanted.has(key(candidate))); i++) candidate = `${name}-${i}`;
    used.add(key(candidate));
    return candidate;
  });
}
