import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostics.js';
import type { FailureCode } from '../model/errors.js';
import type { FurnitureTemplate } from '../model/furniture.js';
import { DEFAULT_OPTIONS, type Options } from '../model/options.js';
import { INDEX_FILE, type RunIndex, indexFileName, openIndex } from './index-log.js';
import { type Input, countInputs, discoverInputs } from './inputs.js';
import { openOutDir, reason } from './out-dir.js';
import { EXTENSION, OUTPUT_EXTENSIONS, type OutputFile, removeFiles, writeOutputs } from './outputs.js';
import { type Pool, createPool } from './pool.js';
import type { Sink } from './sinks/sink.js';
import { VERSION } from './version.js';
import type { Converted, FileError, Outcome } from './protocol.js';

export type { FileError } from './protocol.js';

/** Name of the run index written into the output folder (see index-log.ts). */
export { INDEX_FILE };

/** Inputs handed to the pool ahead of the free workers, per worker: enough that a worker never
 *  waits for the parent, few enough that discovery stays ahead by a handful only. */
const LOOKAHEAD_PER_JOB = 2;

export interface FileResult {
  readonly input: string;
  /** Output name relative to the output folder, without extension. */
  readonly name: string;
  /** `unchanged`: its outputs are up to date, so it was not converted again. */
  readonly status: 'ok' | 'partial' | 'failed' | 'unchanged';
  /** Paths of the files written for this input; empty when it failed. */
  readonly outputs: readonly string[];
  readonly error?: FileError;
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
  readonly pages?: number;
}

/** What a whole run did. */
export interface BatchSummary {
  readonly converted: number;
  readonly unchanged: number;
  /** Files in the folders given that are not PDFs. */
  readonly notPdf: number;
  readonly failed: Readonly<Partial<Record<FailureCode, number>>>;
  readonly pages: number;
  readonly ms: number;
  /** Why the run stopped before its end (a full disk), if it did. */
  readonly stopped?: string;
}

export interface BatchOptions {
  /** Called once per input as soon as its result is known (completion order). */
  readonly onResult?: (result: FileResult) => void;
  /** Called for each input found, before it is converted. */
  readonly onFound?: (input: Input) => void;
  /** Called once discovery has found every input. */
  readonly onAllFound?: () => void;
  /** Called with the number of inputs as soon as a counting walk (run alongside) knows it. */
  readonly onTotal?: (count: number) => void;
  /** Worker pool to run on (the CLI starts one early); by default one is made and closed. */
  readonly pool?: Pool;
  /** Conversions at once (default: one per core). */
  readonly jobs?: number;
  /** Walk sub-folders of the folders given (default true). */
  readonly recursive?: boolean;
  /** Convert only this share of the inputs, `{index, count}` 1-based. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Convert again even when the outputs are up to date. */
  readonly force?: boolean;
  /** Learn page furniture from the files converted, for later files of their template (default true). */
  readonly learnTemplates?: boolean;
  /** Also sends each file's JSON here (a corpus database, see run/sinks/), converted or up to
   *  date; a sink that fails stops the run. */
  readonly sink?: Sink;
}

/**
 * Converts the PDFs the inputs stand for (files, folders, glob patterns) into `outDir`, each in a
 * worker process under the options' time and memory limits; a failed file never stops the run
 * and leaves no output of its own. Files whose outputs are up to date are skipped. Creates
 * `outDir` (an unusable one throws OutDirError before anything is converted), locks it for the
 * run, and keeps `<outDir>/index.jsonl` (one line per input, appended as each finishes).
 */
export async function convertBatch(
  inputs: readonly string[],
  outDir: string,
  options: Partial<Options> = {},
  batch: BatchOptions = {},
): Promise<BatchSummary> {
  const started = performance.now();
  const merged = { ...DEFAULT_OPTIONS, ...options };
  const shardSuffix = batch.shard ? `-${batch.shard.index}-of-${batch.shard.count}` : '';
  const out = await openOutDir(outDir, shardSuffix);
  const index = openIndexOrRelease(path.join(out.root, indexFileName(batch.shard)), out.release);
  const pool =
    batch.pool ??
    createPool({
      ...(batch.jobs === undefined ? {} : { size: batch.jobs }),
      maxMemoryMb: merged.maxMemoryMb,
      preloadExtract: merged.extract && merged.formats.includes('json'),
    });
  const jobs = pool.size;
  const settings = settingsKey(merged);
  const counts = { converted: 0, unchanged: 0, notPdf: 0, pages: 0, failed: {} as Partial<Record<FailureCode, number>> };
  let stopped: string | undefined;
  let furniture: FurnitureTemplate[] = [];
  const learn = batch.learnTemplates ?? true;
  // loaded when the first template is learnt: a run that learns nothing keeps its parent light
  let templates: Promise<typeof import('../clean/index.js')> | undefined;
  const loadTemplates = () => (templates ??= import('../clean/index.js'));
  /** Files that had no furniture of their own, to redo if their template is learnt later. */
  const wantTemplate: { input: Input; template: NonNullable<Converted['template']>; keys: readonly string[] }[] = [];

  const record = (result: FileResult): void => {
    if (result.status === 'failed') {
      const kind = result.error?.kind ?? 'internal';
      counts.failed[kind] = (counts.failed[kind] ?? 0) + 1;
    } else if (result.status === 'unchanged') counts.unchanged++;
    else counts.converted++;
    counts.pages += result.pages ?? 0;
    batch.onResult?.(result);
  };

  /** Hands a file to the sink; a sink that fails (a database gone, a full disk) stops the run:
   *  every later file would fail alike. The file's outputs stand, and a rerun loads them. */
  const toSink = async (send: (sink: Sink) => Promise<void>): Promise<void> => {
    if (!batch.sink || stopped) return;
    try {
      await send(batch.sink);
    } catch (error) {
      stopped ??= `cannot write to the database: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  const convertOne = async (input: Input, isRedo: boolean): Promise<void> => {
    const t0 = performance.now();
    const entry = index.get(input.name);
    if (!isRedo && !batch.force && (await isUpToDate(input, entry, settings, out.root))) {
      const json = `${input.name}.${EXTENSION.json}`;
      if (entry?.sha256 && entry.outputs.includes(json)) {
        const sha256 = entry.sha256;
        await toSink((sink) => sink.unchanged(input.name, path.join(out.root, json), sha256));
      }
      record({ input: input.path, name: input.name, status: 'unchanged', outputs: [], diagnostics: [], ms: performance.now() - t0 });
      return;
    }
    const outcome = await pool.convert(input.path, learn && furniture.length > 0 ? { ...options, furniture } : options);
    if (outcome.ok && learn) {
      if (outcome.learnt) {
        const { mergeFurniture } = await loadTemplates();
        furniture = mergeFurniture(furniture, outcome.learnt);
      }
      // converted before any file of its template taught anything: may gain from a later one
      else if (outcome.template && !isRedo && outcome.usedTemplateFiles === 0 && (outcome.bandKeys?.length ?? 0) > 0) {
        wantTemplate.push({ input, template: outcome.template, keys: outcome.bandKeys ?? [] });
      }
    }
    // a second conversion with a template learnt since only improves on the first: keep the
    // first when it fails, and count the file once
    if (isRedo && !outcome.ok) return;
    // a file's time is its own work in its worker, not its wait in the queue
    const result = await settle(input, outcome, out, outcome.ok ? outcome.ms : performance.now() - t0);
    const json = outcome.ok && result.status !== 'failed' ? outcome.json : undefined;
    if (json !== undefined) await toSink((sink) => sink.converted(input.name, json));
    if (result.error?.kind === 'write-failed' && /ENOSPC|EDQUOT/.test(result.error.message)) stopped ??= result.error.message;
    try {
      index.append(indexEntry(result, outcome, settings, out.root));
    } catch (error) {
      stopped ??= `cannot append to ${INDEX_FILE} (${reason(error)})`;
    }
    if (!isRedo) record(result);
  };

  const inflight = new Set<Promise<void>>();
  /** Starts a file once fewer than LOOKAHEAD_PER_JOB files per worker are in flight. */
  const schedule = async (input: Input, isRedo: boolean): Promise<void> => {
    while (inflight.size >= jobs * LOOKAHEAD_PER_JOB) await Promise.race(inflight);
    const job: Promise<void> = convertOne(input, isRedo).finally(() => inflight.delete(job));
    inflight.add(job);
  };

  try {
    const discover = {
      recursive: batch.recursive ?? true,
      exclude: [out.root],
      ...(batch.shard ? { shard: batch.shard } : {}),
    };
    if (batch.onTotal) {
      const onTotal = batch.onTotal;
      countInputs(inputs, discover).then(onTotal, () => undefined);
    }
    const discovered = discoverInputs(inputs, { ...discover, onSkipped: () => counts.notPdf++ });
    for await (const input of discovered) {
      if (stopped) break;
      batch.onFound?.(input);
      await schedule(input, false);
    }
    batch.onAllFound?.();
    await Promise.all(inflight);
    // files converted before their template was learnt from siblings: once more, with it
    const { templateFor } = furniture.length > 0 ? await loadTemplates() : { templateFor: () => undefined };
    for (const { input, template, keys } of wantTemplate.splice(0)) {
      if (stopped) break;
      // only where the template holds a line still in this file's page bands
      if (templateFor(template, furniture)?.lines.some((line) => keys.includes(line.key))) await schedule(input, true);
    }
    await Promise.all(inflight);
  } finally {
    if (!batch.pool) pool.close();
    index.close();
    out.release();
  }
  return { ...counts, ms: performance.now() - started, ...(stopped ? { stopped } : {}) };
}

function openIndexOrRelease(file: string, release: () => void): RunIndex {
  try {
    return openIndex(file);
  } catch (error) {
    release();
    throw error;
  }
}

/** What outputs depend on besides the PDF itself. */
function settingsKey(options: Options): string {
  const extracts = options.formats.includes('json') && options.extract;
  const threshold = extracts && options.minConfidence !== DEFAULT_OPTIONS.minConfidence ? ` min-confidence=${options.minConfidence}` : '';
  const style = options.citeStyle !== DEFAULT_OPTIONS.citeStyle ? ` cite-style=${options.citeStyle}` : '';
  const section = `${options.howToCite ? ' how-to-cite' : ''}${options.cite ? '' : ' no-cite'}`;
  return `${VERSION} ${[...options.formats].sort().join(',')}${extracts ? ' extract' : ''}${threshold}${style}${section}`;
}

/** An input whose index line matches its bytes and this run's settings, with every output present. */
async function isUpToDate(input: Input, entry: ReturnType<RunIndex['get']>, settings: string, root: string): Promise<boolean> {
  if (!entry || entry.status === 'failed' || entry.settings !== settings || !entry.sha256) return false;
  if (entry.input !== input.path) return false;
  if (!entry.outputs.every((file) => existsSync(path.join(root, file)))) return false;
  return (await sha256Of(input.path).catch(() => undefined)) === entry.sha256;
}

function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Writes a converted file's outputs (all or none, stale ones of its name removed) and turns the
 *  outcome into a result; a failed file's earlier outputs are removed. */
async function settle(input: Input, outcome: Outcome, out: { root: string; staging: string }, ms: number): Promise<FileResult> {
  const base = path.join(out.root, input.name);
  const every = OUTPUT_EXTENSIONS.map((ext) => `${base}.${ext}`);
  if (!outcome.ok) {
    await removeFiles(every);
    return { input: input.path, name: input.name, status: 'failed', outputs: [], error: outcome.error, diagnostics: [], ms };
  }
  const contents = { md: outcome.markdown, json: outcome.json, bib: outcome.bib, csl: outcome.csl };
  const files: OutputFile[] = Object.entries(EXTENSION).flatMap(([format, ext]) => {
    const content = contents[format as keyof typeof contents];
    return content === undefined ? [] : [{ path: `${base}.${ext}`, content }];
  });
  const written = new Set(files.map((f) => f.path));
  try {
    await writeOutputs(
      files,
      out.staging,
      every.filter((p) => !written.has(p)),
    );
  } catch (error) {
    await removeFiles(every).catch(() => undefined);
    return {
      input: input.path,
      name: input.name,
      status: 'failed',
      outputs: [],
      error: { kind: 'write-failed', message: `cannot write the output files in ${out.root} (${reason(error)})` },
      diagnostics: outcome.diagnostics,
      ms,
      pages: outcome.pages,
    };
  }
  const isPartial = outcome.diagnostics.some((d) => d.severity === 'warning');
  return {
    input: input.path,
    name: input.name,
    status: isPartial ? 'partial' : 'ok',
    outputs: files.map((f) => f.path),
    diagnostics: outcome.diagnostics,
    ms,
    pages: outcome.pages,
  };
}

function indexEntry(result: FileResult, outcome: Outcome, settings: string, root: string) {
  return {
    input: result.input,
    name: result.name,
    status: result.status as 'ok' | 'partial' | 'failed',
    outputs: result.outputs.map((p) => path.relative(root, p).split(path.sep).join('/')),
    ...(outcome.ok ? { sha256: outcome.sha256, pages: outcome.pages } : {}),
    ms: Math.round(result.ms),
    ...(result.error ? { error: { kind: result.error.kind, message: result.error.message } } : {}),
    settings,
  };
}
