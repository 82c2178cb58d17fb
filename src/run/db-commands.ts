import { statSync } from 'node:fs';
import { type QueryFilters, QueryError, type QueryKind, queryCorpus, searchCorpus } from './corpus-query.js';
import { buildDb } from './db-build.js';
import { createDbSink } from './sinks/db-sink.js';
import type { Sink } from './sinks/sink.js';
import { CorpusDbError, type CorpusStore, openStore } from './sinks/store.js';
import { type TableFormat, formatTable } from './table-format.js';

/** Where a command prints: `out` its results (stdout), `err` its messages (stderr). */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * The database of `opclean <inputs> --db <target>`: opened (created, migrated) before the run,
 * so that an unusable one stops it before any conversion (CorpusDbError). `close` deletes the
 * entities and authors left without documents and closes it; `summary` says what was written.
 */
export async function openDbSink(target: string): Promise<{ readonly sink: Sink; close(): Promise<void>; summary(): string }> {
  const store = await openStore(target, { create: true });
  const sink = createDbSink(store);
  let closing: Promise<void> | undefined;
  return {
    sink,
    close: () =>
      (closing ??= (async () => {
        try {
          await store.prune();
        } finally {
          await store.close();
        }
      })()),
    summary() {
      const { written, unchanged } = sink.counts;
      return `database ${store.label}: ${count(written, 'document')} written, ${unchanged} unchanged`;
    },
  };
}

/** `opclean db build <folder> --db <target>`: exit 0, or 2 for a folder or database it cannot use. */
export async function dbBuildCommand(
  folder: string,
  target: string,
  options: { readonly prune?: boolean; readonly quiet?: boolean; readonly verbose?: boolean },
  io: CommandIo,
): Promise<number> {
  if (!isFolder(folder)) {
    io.err(`opclean db build: ${folder}: no such folder\n`);
    return 2;
  }
  return withStore('db build', target, true, io, async (store) => {
    const summary = await buildDb(folder, store, {
      prune: options.prune === true,
      ...(options.verbose ? { onDocument: (name, outcome) => io.err(`${name}: ${outcome}\n`) } : {}),
    });
    if (summary.written + summary.unchanged === 0) {
      io.err(`opclean db build: no opclean JSON found in ${folder}\n`);
      return 2;
    }
    if (!options.quiet) {
      const removed = options.prune ? `, ${summary.removed} removed` : '';
      io.err(`database ${store.label}: ${count(summary.written, 'document')} written, ${summary.unchanged} unchanged${removed}\n`);
    }
    if (summary.skipped.length > 0) {
      const csl = summary.skipped.filter((s) => s.file.endsWith('.csl.json')).length;
      const detail = options.verbose ? '' : '; --verbose names them';
      io.err(
        `opclean db build: warning: ${count(summary.skipped.length, 'JSON file')} skipped, not opclean documents (${csl} CSL-JSON${detail})\n`,
      );
      if (options.verbose) for (const { file, reason } of summary.skipped) io.err(`  ${file}: ${reason}\n`);
    }
    return 0;
  });
}

/** `opclean search <db> <words>`: exit 0 (also when nothing matches), 2 for a database it cannot read. */
export async function searchCommand(
  target: string,
  words: string,
  options: { readonly limit: number; readonly format: TableFormat },
  io: CommandIo,
): Promise<number> {
  return withStore('search', target, false, io, async (store) => {
    const table = await searchCorpus(store, words, options.limit);
    if (options.format !== 'table' || table.rows.length > 0) io.out(formatTable(table, options.format));
    if (table.rows.length === 0 && options.format === 'table') io.err(`opclean search: no paragraph matches "${words}"\n`);
    return 0;
  });
}

/** `opclean query <db> <kind>`: exit 0, 2 for a database it cannot read or a filter it cannot use. */
export async function queryCommand(
  target: string,
  kind: QueryKind,
  filters: QueryFilters & { readonly format: TableFormat },
  io: CommandIo,
): Promise<number> {
  return withStore('query', target, false, io, async (store) => {
    io.out(formatTable(await queryCorpus(store, kind, filters), filters.format));
    return 0;
  });
}

/** Runs a command on an open database, closed after it; the database's and the query's own
 *  errors are printed as `opclean <command>: <reason>`, exit 2. */
async function withStore(
  command: string,
  target: string,
  create: boolean,
  io: CommandIo,
  work: (store: CorpusStore) => Promise<number>,
): Promise<number> {
  let store: CorpusStore | undefined;
  try {
    store = await openStore(target, { create });
    return await work(store);
  } catch (error) {
    if (!(error instanceof CorpusDbError || error instanceof QueryError)) throw error;
    io.err(`opclean ${command}: ${error.message}\n`);
    return 2;
  } finally {
    await store?.close();
  }
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
