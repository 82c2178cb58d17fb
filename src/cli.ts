#!/usr/bin/env node
import { statSync } from 'node:fs';
import type { FileResult } from './run/batch.js';
import { CITE_STYLES, type CiteStyle, DEFAULT_OPTIONS, OUTPUT_FORMATS, type Options, type OutputFormat } from './model/options.js';
import { DEFAULT_JOBS, createPool, killAllWorkers } from './run/pool.js';

// Start the first conversion process before anything else loads: its pdf.js, pipeline and
// compromise imports then overlap with loading commander, parsing flags and listing the inputs.
const argv = process.argv.slice(2);
// `opclean cite <file>` converts at most one file, in this process; `opclean review <out>` and
// the database commands convert nothing: no worker to start
const isCommand = ['cite', 'review', 'db', 'search', 'query'].includes(argv[0] ?? '');
const isInfoOnly = isCommand || argv.some((arg) => /^(-h|--help|-V|--version)$/.test(arg));
const pool = createPool({
  size: numberFlag(argv, '--jobs', '-j') ?? DEFAULT_JOBS,
  maxMemoryMb: numberFlag(argv, '--max-memory-mb') ?? DEFAULT_OPTIONS.maxMemoryMb,
  preloadExtract: willExtract(argv),
  preloadCite: willCite(argv),
  citeStyle: citeStyleFlag(argv),
  // one file: its conversion runs in a thread of this process, under the same limits, and the
  // run pays one Node start, not two; a batch keeps each file in a process of its own
  inThreads: isOneFile(argv),
});
if (!isInfoOnly) pool.prewarm(1);

const { Argument, Command, InvalidArgumentError, Option } = await import('commander');
const { INDEX_FILE, convertBatch } = await import('./run/batch.js');
const { OutDirError, releaseOutDirs } = await import('./run/out-dir.js');
const { createProgress } = await import('./run/progress.js');

/** Exit status when a signal stopped the run: 128 + the signal number, as shells report it. */
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143 } as const;

/** Writes to stderr unless it is gone: a closed pipe (`opclean … 2>&1 | head -1`) must not stop
 *  the run, only its messages. */
function say(text: string): void {
  if (!process.stderr.destroyed && process.stderr.writable) process.stderr.write(text);
}
process.stderr.on('error', () => process.stderr.destroy());
process.stdout.on('error', () => process.stdout.destroy());

let converted = 0;
for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
  process.once(signal, () => {
    killAllWorkers();
    releaseOutDirs();
    say(`\nopclean: stopped by ${signal} after ${converted} converted; the same command converts the rest\n`);
    process.exit(code);
  });
}

const { VERSION: version } = await import('./run/version.js');

const EXAMPLES = `
Examples:
  $ opclean article.pdf                     writes out/article.md and out/article.json
  $ opclean papers/ --out clean/            every PDF under papers/, sub-folders mirrored
  $ opclean 'papers/**/2024-*.pdf'          a glob pattern (quoted: opclean expands it)
  $ opclean a.pdf b.pdf --format md         Markdown only (skips entity extraction: faster)
  $ opclean papers/ -f md,json,bib,csl      also BibTeX (.bib) and CSL-JSON (.csl.json)
  $ opclean cite article.pdf --style apa    print the reference (also from out/article.json)
  $ opclean papers/ --review                also build out/review/index.html: pages beside text
  $ opclean review out/                     build the review site of an earlier run
  $ opclean papers/ --shard 2/8             the second of eight shares (one per machine)
  $ opclean papers/ --db corpus.sqlite      also write every document into a corpus database
  $ opclean search corpus.sqlite tariffs    paragraphs about tariffs, best first
  $ opclean query corpus.sqlite claims --author Gojayev --format csv
  $ opclean locked.pdf --password secret    a PDF that needs a password to open

Each file is converted in a worker process of its own (--jobs at once), stopped at the time
and memory limits. A file that fails gets one line on stderr and no output files:
  opclean: <file>: <kind>: <reason>
with <kind> one of not-a-pdf, encrypted, no-text-layer (scanned: OCR it first),
undecodable-text (fonts without a Unicode mapping: OCR it first), damaged, too-large, timeout,
unreadable-file, write-failed, internal. <out>/${INDEX_FILE} lists
every input, one JSON object a line: input, name, status, outputs, sha256, pages, ms, error.
A rerun skips files whose outputs are up to date (--force converts them again).

Exit status: 0 all files converted, 1 some file failed, 2 usage error or unusable --out,
128+N stopped by signal N.`;

/** A quick look at the raw arguments, before commander parses them: does this run extract
 *  (JSON asked for, extraction not switched off, not just --help or --version)? */
function willExtract(args: readonly string[]): boolean {
  if (args.some((arg) => /^(-h|--help|-V|--version|--no-extract)$/.test(arg))) return false;
  return formatsAsked(args).includes('json');
}

/** A quick look at the raw arguments: does this run render references with citeproc (BibTeX,
 *  or Markdown or JSON with citations on)? */
function willCite(args: readonly string[]): boolean {
  if (args.some((arg) => /^(-h|--help|-V|--version)$/.test(arg))) return false;
  const formats = formatsAsked(args);
  return formats.includes('bib') || (!args.includes('--no-cite') && (formats.includes('md') || formats.includes('json')));
}

/** The citation style the raw arguments ask for, when it is one opclean has. */
function citeStyleFlag(args: readonly string[]): CiteStyle | undefined {
  const value = rawFlagValues(args, '--cite-style')[0];
  return CITE_STYLES.find((style) => style === value);
}

/** The formats the raw arguments ask for, as written (lower case), or the defaults. */
function formatsAsked(args: readonly string[]): string {
  const values = rawFlagValues(args, '-f', '--format');
  return values.length === 0 ? DEFAULT_OPTIONS.formats.join(',') : (values[0] ?? '').toLowerCase();
}

/** A quick look at the raw arguments, before commander parses them: is the one input an
 *  existing file? Anything unclear (two inputs, a folder, a pattern) counts as a batch. */
function isOneFile(args: readonly string[]): boolean {
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      inputs.push(...args.slice(i + 1));
      break;
    }
    // the options that take a value (commander also reads `--flag=value` and `-jN`)
    if (/^(-o|--out|-f|--format|--password|-j|--jobs|--shard|--timeout|--max-pages|--max-file-mb|--max-memory-mb|--db)$/.test(arg)) i++;
    else if (!arg.startsWith('-') || arg === '-') inputs.push(arg);
  }
  try {
    return inputs.length === 1 && statSync(inputs[0] as string).isFile();
  } catch {
    return false;
  }
}

/** A numeric flag's value, read before commander loads so the first worker is started with it;
 *  commander validates it properly later. */
function numberFlag(args: readonly string[], ...names: string[]): number | undefined {
  return rawFlagValues(args, ...names)
    .map(Number)
    .find((n) => Number.isFinite(n) && n > 0);
}

/** The values a flag is given in the raw arguments, in order: `--flag value` or `--flag=value`
 *  (undefined when the flag ends the arguments). */
function rawFlagValues(args: readonly string[], ...names: string[]): (string | undefined)[] {
  const values: (string | undefined)[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const name = names.find((n) => arg === n || arg.startsWith(`${n}=`));
    if (name) values.push(arg === name ? args[i + 1] : arg.slice(name.length + 1));
  }
  return values;
}

function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) {
      throw new InvalidArgumentError(`unknown format "${f}" (use a comma-separated list of ${OUTPUT_FORMATS.join(', ')})`);
    }
  }
  return [...new Set(formats)] as OutputFormat[];
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number`);
  return n;
}

function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError(`"${value}" is not a confidence: use a number from 0 to 1`);
  }
  return n;
}

function positiveInteger(value: string): number {
  const n = positiveNumber(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError(`"${value}" is not a shard: use i/n with 1 ≤ i ≤ n, e.g. 2/8`);
  }
  return { index, count };
}

const program = new Command()
  .name('opclean')
  // the conversion's options stand before a command's name (`db build` has a --db of its own)
  .enablePositionalOptions()
  .description('Turn auto-generated PDFs of opinion pieces into clean, citable Markdown and JSON metadata.')
  .version(version, '-V, --version')
  .argument('<inputs...>', 'PDF files, folders of PDFs, or glob patterns')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('-f, --format <list>', 'output formats, comma-separated: md, json, bib (BibTeX), csl (CSL-JSON)', parseFormats, [
    ...DEFAULT_OPTIONS.formats,
  ])
  .option('--no-extract', 'skip entity, figure and claim extraction in the JSON')
  .addOption(
    new Option('--min-confidence <c>', 'leave out entities, figures and claims below this confidence (0-1)')
      .argParser(confidence)
      .default(DEFAULT_OPTIONS.minConfidence),
  )
  .addOption(
    new Option('--cite-style <style>', 'style of the reference and of the in-text citations')
      .choices(CITE_STYLES)
      .default(DEFAULT_OPTIONS.citeStyle),
  )
  .option('--how-to-cite', 'end the Markdown with a "How to cite" section holding the reference')
  .option('--no-cite', 'render no references or in-text citations (CSL-JSON is still written; faster)')
  .option('--password <password>', 'password for encrypted PDFs')
  .addOption(new Option('-j, --jobs <n>', 'files converted at once').argParser(positiveInteger).default(DEFAULT_JOBS, 'one per core'))
  .option('--no-recursive', 'read only the PDFs directly inside the folders given')
  .option('--force', 'convert again files whose outputs are up to date')
  .addOption(new Option('--shard <i/n>', 'convert only the i-th of n shares of the inputs').argParser(parseShard))
  .option('--no-learn', 'do not learn page furniture from the other files of the run')
  .option('--db <target>', 'also write each document into a corpus database: a SQLite file or a postgres:// URL')
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
  .option('--review', 'after the run, build the review site <out>/review/ (see opclean review --help)')
  .option('-q, --quiet', 'print nothing but errors')
  .option('-v, --verbose', 'print every file, its diagnostics and error details')
  .addHelpText('after', EXAMPLES)
  // a subcommand's own options (review's -j, -q) are its own, not the conversion's
  .enablePositionalOptions()
  .showHelpAfterError('(run opclean --help for usage)')
  .exitOverride((error) => {
    pool.close();
    process.exit(error.exitCode === 0 ? 0 : 2);
  })
  // commander runs no action of its own for the conversion: main() reads the parsed flags
  .action(() => undefined);

/** The exit status of a command (`cite`, `db build`, `search`, `query`), once its action has run. */
let running: Promise<number> | undefined;
const { CITE_OUTPUTS } = await import('./run/cite.js');
program
  .command('cite')
  .description('print the reference for a PDF, or for the JSON opclean wrote for one')
  .argument('<file>', 'a PDF (converted in memory, nothing written) or an opclean .json')
  .addOption(
    new Option('-s, --style <style>', 'APA 7, Chicago author-date, MLA 9, or the BibTeX or CSL-JSON entry')
      .choices(CITE_OUTPUTS)
      .default('chicago'),
  )
  .action((file: string, flags: { style: (typeof CITE_OUTPUTS)[number] }) => {
    running = cite(file, flags.style);
  });

/** Prints one file's reference to stdout: exit 0; 2 for a file it cannot cite; 1 for a PDF
 *  that does not convert, with the error line a batch prints. */
async function cite(file: string, style: (typeof CITE_OUTPUTS)[number]): Promise<number> {
  const { CiteInputError, citeFile } = await import('./run/cite.js');
  try {
    process.stdout.write(await citeFile(file, style));
    return 0;
  } catch (error) {
    if (error instanceof CiteInputError) {
      say(`opclean cite: ${printable(error.message)}\n`);
      return 2;
    }
    const { toFileError } = await import('./run/file-job.js');
    const failure = toFileError(error);
    say(`opclean: ${printable(file)}: ${failure.kind}: ${oneLine(failure.message)}\n`);
    return 1;
  }
}

program
  .command('review')
  .description(
    'build <out>/review/: an index of the run and, per document, its PDF pages with every text block outlined by role beside the cleaned article',
  )
  .argument(
    '<out>',
    'an output folder of opclean (it holds index.jsonl); run from the folder the conversion ran in, so that the PDFs are found',
  )
  .option('--no-pictures', 'outline the blocks on blank pages instead of drawing the PDF pages (fast)')
  .addOption(new Option('--width <px>', 'width of the page pictures (default: 800)').argParser(positiveInteger))
  .addOption(new Option('-j, --jobs <n>', 'PDFs drawn at once').argParser(positiveInteger).default(DEFAULT_JOBS, 'one per core'))
  .option('--password <password>', 'password for encrypted PDFs')
  .option('-q, --quiet', 'print nothing but errors')
  .action((out: string, flags: ReviewFlags) => {
    running = review(out, flags);
  });

interface ReviewFlags {
  pictures: boolean;
  width?: number;
  jobs: number;
  password?: string;
  quiet?: boolean;
}

/** Builds the review site and says where it is: exit 0; 2 for a folder that is no output folder. */
async function review(out: string, flags: ReviewFlags): Promise<number> {
  const { ReviewInputError, buildReview } = await import('./run/review.js');
  try {
    const summary = await buildReview(out, {
      pictures: flags.pictures,
      ...(flags.width === undefined ? {} : { widthPx: flags.width }),
      jobs: flags.jobs,
      ...(flags.password === undefined ? {} : { password: flags.password }),
    });
    if (!flags.quiet) {
      for (const { name, reason } of summary.withoutPictures) say(`opclean review: ${printable(name)}: ${oneLine(reason)}\n`);
      const reused = summary.reused > 0 ? `, ${summary.reused} kept from the last build` : '';
      say(
        `opclean review: ${summary.documents} documents, ${summary.pages} pages (${summary.drawn} drawn${reused}) → ${printable(summary.index)}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof ReviewInputError) {
      say(`opclean review: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

const { QUERY_KINDS } = await import('./run/corpus-query.js');
const { TABLE_FORMATS } = await import('./run/table-format.js');
type TableFormat = (typeof TABLE_FORMATS)[number];
const formatOption = () =>
  new Option('--format <format>', 'table (for a terminal), csv or jsonl (for pandas, R, DuckDB)').choices(TABLE_FORMATS).default('table');
/** Where the database commands print: results to stdout, messages to stderr. */
const io = {
  out: (text: string) => {
    if (!process.stdout.destroyed) process.stdout.write(text);
  },
  err: say,
};

program
  .command('db')
  .description('corpus databases: build one from opclean JSON')
  .command('build')
  .description('load the opclean JSON under a folder (an --out folder) into a corpus database, reading no PDF')
  .argument('<out-folder>', 'a folder of opclean JSON, sub-folders included')
  .requiredOption('--db <target>', 'a SQLite file (created if missing) or a postgres:// URL')
  .option('--prune', 'delete the documents that no JSON in the folder holds any more')
  .option('-q, --quiet', 'print nothing but errors and warnings')
  .option('-v, --verbose', 'print every document and every JSON file skipped')
  .action((folder: string, flags: { db: string; prune?: boolean; quiet?: boolean; verbose?: boolean }) => {
    running = import('./run/db-commands.js').then(({ dbBuildCommand }) => dbBuildCommand(folder, flags.db, flags, io));
  });

program
  .command('search')
  .description('full-text search over the paragraphs of a corpus database, best first')
  .argument('<db>', 'a SQLite file or a postgres:// URL')
  .argument('<words...>', 'words that must all occur; "a phrase" as written, OR between two words, -word to leave out')
  .addOption(new Option('-n, --limit <n>', 'at most this many paragraphs').argParser(positiveInteger).default(20))
  .addOption(formatOption())
  .action((db: string, words: string[], flags: { limit: number; format: TableFormat }) => {
    running = import('./run/db-commands.js').then(({ searchCommand }) => searchCommand(db, words.join(' '), flags, io));
  });

program
  .command('query')
  .description('entities, mentions, figures or claims of a corpus database')
  .argument('<db>', 'a SQLite file or a postgres:// URL')
  .addArgument(new Argument('<what>', 'what to list').choices(QUERY_KINDS))
  .option(
    '--entity <id|name>',
    'only rows about this entity: its id (place:china) or its name; figures in a paragraph, claims in a sentence that mentions it',
  )
  .option(
    '--type <type>',
    'an entity type (person, organization, place, other), a figure kind (percent, money …) or a claim kind (causal …)',
  )
  .option('--author <name>', 'only documents by an author whose name holds this')
  .option('--since <date>', 'only documents published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
  .addOption(new Option('-n, --limit <n>', 'at most this many rows').argParser(positiveInteger))
  .addOption(formatOption())
  .action(
    (
      db: string,
      what: (typeof QUERY_KINDS)[number],
      flags: { entity?: string; type?: string; author?: string; since?: string; limit?: number; format: TableFormat },
    ) => {
      running = import('./run/db-commands.js').then(({ queryCommand }) => queryCommand(db, what, flags, io));
    },
  );

interface CliFlags {
  out: string;
  format: OutputFormat[];
  extract: boolean;
  minConfidence: number;
  citeStyle: CiteStyle;
  cite: boolean;
  howToCite?: boolean;
  password?: string;
  jobs: number;
  recursive: boolean;
  force?: boolean;
  shard?: { index: number; count: number };
  learn: boolean;
  db?: string;
  timeout: number;
  maxPages: number;
  maxFileMb: number;
  maxMemoryMb: number;
  quiet?: boolean;
  verbose?: boolean;
  review?: boolean;
}

async function main(): Promise<number> {
  program.parse();
  if (running) return running;
  const flags = program.opts<CliFlags>();
  const options: Partial<Options> = {
    formats: flags.format,
    extract: flags.extract,
    minConfidence: flags.minConfidence,
    citeStyle: flags.citeStyle,
    cite: flags.cite,
    howToCite: flags.howToCite === true,
    timeoutMs: flags.timeout * 1000,
    maxPages: Math.floor(flags.maxPages),
    maxFileBytes: Math.floor(flags.maxFileMb * 2 ** 20),
    maxMemoryMb: flags.maxMemoryMb,
    ...(flags.password === undefined ? {} : { password: flags.password }),
  };
  const mode = flags.quiet ? 'quiet' : process.stderr.isTTY ? 'bar' : 'plain';
  if (flags.db !== undefined && !flags.format.includes('json')) {
    say('opclean: --db loads the JSON output: add json to --format\n');
    return 2;
  }
  const database = flags.db === undefined ? undefined : await openDatabase(flags.db);
  if (database === null) return 2;
  const progress = createProgress(mode, process.stderr);
  let found = 0;
  // closed whatever happens: an open PostgreSQL connection would keep the process alive
  const summary = await convertBatch(program.args, flags.out, options, {
    pool,
    recursive: flags.recursive,
    learnTemplates: flags.learn,
    ...(flags.force ? { force: true } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(database ? { sink: database.sink } : {}),
    onFound: () => {
      found++;
      progress.found();
    },
    onAllFound: () => progress.allFound(),
    ...(mode === 'quiet' ? {} : { onTotal: (count: number) => progress.total(count) }),
    onResult: (result) => {
      if (result.status === 'ok' || result.status === 'partial') converted++;
      progress.ended(result);
      for (const line of reportLines(result, flags, mode)) progress.log(line);
    },
  }).finally(() => database?.close());
  if (found === 0) {
    say(`opclean: no PDF files found in ${program.args.join(', ')}\n`);
    return 2;
  }
  progress.finish(summary);
  if (database && mode !== 'quiet') say(`${database.summary()}\n`);
  const failed = Object.values(summary.failed).reduce((sum, n) => sum + n, 0);
  const status = failed > 0 || summary.stopped ? 1 : 0;
  if (!flags.review || summary.stopped) return status;
  pool.close(); // the conversion workers are done: the drawing processes take the cores
  const reviewed = await review(flags.out, {
    pictures: true,
    jobs: flags.jobs,
    ...(flags.password === undefined ? {} : { password: flags.password }),
    ...(flags.quiet ? { quiet: true } : {}),
  });
  return Math.max(status, reviewed);
}

/** The corpus database of --db, opened before any conversion; null (after saying why) when it
 *  cannot be used. */
async function openDatabase(target: string) {
  const { openDbSink } = await import('./run/db-commands.js');
  const { CorpusDbError } = await import('./run/sinks/store.js');
  try {
    return await openDbSink(target);
  } catch (error) {
    if (!(error instanceof CorpusDbError)) throw error;
    say(`opclean: ${printable(error.message)}\n`);
    return null;
  }
}

/** What to print for one file: an error line always; a line per converted file unless a live
 *  bar shows progress (or with --verbose); diagnostics with --verbose. */
function reportLines(result: FileResult, flags: CliFlags, mode: 'bar' | 'plain' | 'quiet'): string[] {
  if (result.error) {
    const line = `opclean: ${printable(result.input)}: ${result.error.kind}: ${oneLine(result.error.message)}`;
    return flags.verbose && result.error.detail ? [line, indent(result.error.detail)] : [line];
  }
  const lines: string[] = [];
  if (flags.verbose) {
    for (const d of result.diagnostics) lines.push(`  ${d.severity} ${d.code}: ${oneLine(d.message)}`);
  }
  if (mode === 'plain' || flags.verbose) {
    lines.push(
      result.status === 'unchanged'
        ? `${printable(result.input)}: unchanged, skipped`
        : `${printable(result.input)} → ${result.outputs.map(printable).join(', ')} (${Math.round(result.ms)} ms)`,
    );
  }
  return lines;
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

main().then(
  (code) => {
    pool.close();
    process.exitCode = code;
  },
  (error: unknown) => {
    pool.close();
    releaseOutDirs();
    say(
      `opclean: ${error instanceof OutDirError || !(error instanceof Error) ? '' : 'error: '}${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
