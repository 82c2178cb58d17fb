#!/usr/bin/env node
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Command, InvalidArgumentError, Option } from 'commander';
import { type FileResult, convertBatch, expandInputs } from './batch.js';
import { DEFAULT_OPTIONS, type Options, type OutputFormat } from './model/options.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const EXAMPLES = `
Examples:
  $ opclean article.pdf                     writes out/article.md and out/article.json
  $ opclean papers/ --out clean/            every PDF in papers/
  $ opclean a.pdf b.pdf --format md         Markdown only (skips entity extraction: faster)
  $ opclean locked.pdf --password secret    a PDF that needs a password to open

Exit status: 0 all files converted, 1 some file failed, 2 usage error.`;

function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats) if (f !== 'md' && f !== 'json') throw new InvalidArgumentError(`unknown format "${f}" (use md, json or md,json)`);
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
  .addOption(new Option('--max-file-mb <n>', 'refuse larger files').argParser(positiveNumber).default(DEFAULT_OPTIONS.maxFileBytes / 2 ** 20))
  .addOption(new Option('--max-memory-mb <n>', 'stop a conversion that grows past this').argParser(positiveNumber).default(DEFAULT_OPTIONS.maxMemoryMb))
  .option('-q, --quiet', 'print nothing but errors')
  .option('-v, --verbose', 'print diagnostics and error details')
  .addHelpText('after', EXAMPLES)
  .showHelpAfterError('(run opclean --help for usage)')
  .exitOverride((error) => {
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
  const results = await convertBatch(inputs, flags.out, options, (result) => report(result, flags));
  const failed = results.filter((r) => r.status === 'failed').length;
  if (!flags.quiet && inputs.length > 1) {
    process.stderr.write(`opclean: ${results.length - failed} of ${results.length} converted${failed ? `, ${failed} failed` : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function report(result: FileResult, flags: CliFlags): void {
  if (result.error) {
    process.stderr.write(`opclean: ${result.input}: ${result.error.kind}: ${result.error.message}\n`);
    if (flags.verbose && result.error.detail) process.stderr.write(`${result.error.detail}\n`);
    return;
  }
  if (flags.verbose) {
    for (const d of result.diagnostics) process.stderr.write(`  ${d.severity} ${d.code}: ${d.message}\n`);
  }
  if (!flags.quiet) process.stderr.write(`${result.input} → ${result.outputs.join(', ')} (${Math.round(result.ms)} ms)\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`opclean: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
