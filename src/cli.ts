#!/usr/bin/env node
import type { FileResult } from './batch.js';
import { DEFAULT_OPTIONS, type Options, type OutputFormat } from './model/options.js';
import { createWorkerPool, killAllWorkers } from './worker-pool.js';

// Start the first conversion process before anything else loads: its pdf.js and pipeline
// imports then overlap with loading commander, parsing flags and listing the inputs.
const pool = createWorkerPool({ maxMemoryMb: memoryFlag(process.argv) ?? DEFAULT_OPTIONS.maxMemoryMb });
if (!process.argv.slice(2).some((arg) => /^(-h|--help|-V|--version)$/.test(arg))) pool.prewarm(1);
// compromise takes longest to load of all: when the run will extract, start its thread now too
if (willExtract(process.argv.slice(2))) void import('./extract/index.js').then((m) => m.preloadNlp());

const { mkdir } = await import('node:fs/promises');
const { createRequire } = await import('node:module');
const { Command, InvalidArgumentError, Option } = await import('commander');
const { INDEX_FILE, convertBatch, expandInputs } = await import('./batch.js');
const { removeStagedFiles } = await import('./output-files.js');

/** Exit status when a signal stopped the run: 128 + the signal number, as shells report it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
  process.once(signal, () => {
    killAllWorkers();
    removeStagedFiles();
    process.stderr.write(`opclean: stopped by ${signal}\n`);
    process.exit(code);
  });
}

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const EXAMPLES = `
Examples:
  $ opclean article.pdf                     writes out/article.md and out/article.json
  $ opclean papers/ --out clean/            every PDF in papers/
  $ opclean a.pdf b.pdf --format md         Markdown only (skips entity extraction: faster)
  $ opclean locked.pdf --password secret    a PDF that needs a password to open

Each file is converted in its own worker process, stopped at the time and memory limits.
A file that fails gets one line on stderr and no output files:
  opclean: <file>: <kind>: <reason>
with <kind> one of not-a-pdf, encrypted, no-text-layer (scanned: OCR it first), damaged,
too-large, timeout, unreadable-file, write-failed, internal. <out>/${INDEX_FILE} lists
every input of the run, one JSON object a line: input, name, status, outputs, error.

Exit status: 0 all files converted, 1 some file failed, 2 usage error.`;

/** A quick look at the raw arguments, before commander parses them: does this run extract
 *  (JSON asked for, extraction not switched off, not just --help or --version)? */
function willExtract(args: readonly string[]): boolean {
  if (args.some((arg) => /^(-h|--help|-V|--version|--no-extract)$/.test(arg))) return false;
  const at = args.findIndex((arg) => /^(-f|--format)(=|$)/.test(arg));
  if (at < 0) return DEFAULT_OPTIONS.formats.includes('json');
  const value = args[at]?.includes('=') ? args[at]?.split('=')[1] : args[at + 1];
  return (value ?? '').toLowerCase().includes('json');
}

function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats)
    if (f !== 'md' && f !== 'json') throw new InvalidArgumentError(`unknown format "${f}" (use md, json or md,json)`);
  return [...new Set(formats)] as OutputFormat[];
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number`);
  return n;
}

const program = new Command()
  .name('opclean')
  .description('Turn auto-generated PDFs of opinion pieces into clean, citable Markdown and JSON metadata.')
  .version(version, '-V, --version')
  .argument('<inputs...>', 'PDF files or folders of PDFs')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('-f, --format <list>', 'output formats: md, json or md,json', parseFormats, [...DEFAULT_OPTIONS.formats])
  .option('--no-extract', 'skip entity, figure and claim extraction in the JSON')
  .option('--password <password>', 'password for encrypted PDFs')
  .addOption(new Option('--timeout <seconds>', 'per-file time limit').argParser(positiveNumber).default(DEFAULT_OPTIONS.timeoutMs / 1000))
  .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages').argParser(positiveNumber).default(DEFAULT_OPTIONS.maxPages))
  .addOption(
    new Option('--max-file-mb <n>', 'refuse larger files').argParser(positiveNumber).default(DEFAULT_OPTIONS.maxFileBytes / 2 ** 20),
  )
  .addOption(
    new Option('--max-memory-mb <n>', 'stop a conversion that grows past this')
      .argParser(positiveNumber)
      .default(DEFAULT_OPTIONS.maxMemoryMb),
  )
  .option('-q, --quiet', 'print nothing but errors')
  .option('-v, --verbose', 'print diagnostics and error details')
  .addHelpText('after', EXAMPLES)
  .showHelpAfterError('(run opclean --help for usage)')
  .exitOverride((error) => {
    pool.close();
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

interface CliFlags {
  out: string;
  format: OutputFormat[];
  extract: boolean;
  password?: string;
  timeout: number;
  maxPages: number;
  maxFileMb: number;
  maxMemoryMb: number;
  quiet?: boolean;
  verbose?: boolean;
}

async function main(): Promise<number> {
  program.parse();
  const flags = program.opts<CliFlags>();
  const options: Partial<Options> = {
    formats: flags.format,
    extract: flags.extract,
    timeoutMs: flags.timeout * 1000,
    maxPages: Math.floor(flags.maxPages),
    maxFileBytes: Math.floor(flags.maxFileMb * 2 ** 20),
    maxMemoryMb: flags.maxMemoryMb,
    ...(flags.password === undefined ? {} : { password: flags.password }),
  };
  const inputs = await expandInputs(program.args);
  if (inputs.length === 0) {
    process.stderr.write('opclean: no PDF files found in the given folders\n');
    return 2;
  }
  await mkdir(flags.out, { recursive: true });
  const results = await convertBatch(inputs, flags.out, options, { pool, onResult: (result) => report(result, flags) });
  const failed = results.filter((r) => r.status === 'failed').length;
  if (!flags.quiet && inputs.length > 1) {
    process.stderr.write(`opclean: ${results.length - failed} of ${results.length} converted${failed ? `, ${failed} failed` : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function report(result: FileResult, flags: CliFlags): void {
  if (result.error) {
    process.stderr.write(`opclean: ${printable(result.input)}: ${result.error.kind}: ${oneLine(result.error.message)}\n`);
    if (flags.verbose && result.error.detail) process.stderr.write(`${indent(result.error.detail)}\n`);
    return;
  }
  if (flags.verbose) {
    for (const d of result.diagnostics) process.stderr.write(`  ${d.severity} ${d.code}: ${oneLine(d.message)}\n`);
  }
  if (!flags.quiet)
    process.stderr.write(`${printable(result.input)} → ${result.outputs.map(printable).join(', ')} (${Math.round(result.ms)} ms)\n`);
}

/** A file name as it can be printed on one line: control characters (a newline in a name
 *  could forge a second error line) are shown as escapes. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const oneLine = (text: string): string => printable(text.replace(/\s*\n\s*/g, ' '));

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/** The --max-memory-mb value, read before commander loads so the first worker gets the right
 *  heap limit; commander validates it properly later. */
function memoryFlag(argv: readonly string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--max-memory-mb=')
      ? arg.slice('--max-memory-mb='.length)
      : arg === '--max-memory-mb'
        ? argv[i + 1]
        : undefined;
    const n = Number(value);
    if (value !== undefined && Number.isFinite(n) && n > 0) return n;
  }
  return undefined;
}

main().then(
  (code) => {
    pool.close();
    process.exitCode = code;
  },
  (error: unknown) => {
    pool.close();
    process.stderr.write(`opclean: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
