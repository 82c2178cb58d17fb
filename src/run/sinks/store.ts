import type { CorpusDocument } from './corpus-document.js';

/**
 * A corpus database, SQLite or PostgreSQL, behind what the CLI and the queries need of it. Both
 * hold the same tables (README, "Corpus database"), created by the migrations of
 * sqlite-migrations.ts and postgres-migrations.ts; the driver of each is loaded only when a
 * database of its kind is opened.
 */
export interface CorpusStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where it writes, for messages: the file, or the server address without a password. */
  readonly label: string;
  /**
   * Writes one document in one transaction: nothing when a document of the same sha256 holds
   * the same JSON (`unchanged`); otherwise the old one is deleted (its rows go with it, ON
   * DELETE CASCADE) and the new one inserted (`written`).
   */
  write(doc: CorpusDocument): Promise<'written' | 'unchanged'>;
  /** The SHA-256 of the JSON stored for the PDF of this sha256, if there is one. */
  jsonSha256Of(sha256: string): Promise<string | undefined>;
  /** The sha256 of every document stored. */
  sha256s(): Promise<string[]>;
  /** Deletes the documents of these sha256s with their rows; returns how many there were. */
  remove(sha256s: readonly string[]): Promise<number>;
  /** Paragraphs matching the words (full-text search), best first. */
  search(words: string, limit: number): Promise<SearchHit[]>;
  /** Rows of a read-only query written with `?` placeholders in SQL both databases read. */
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Deletes entities and authors that no document refers to any more. */
  prune(): Promise<void>;
  close(): Promise<void>;
}

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/** One paragraph found by `opclean search`. */
export interface SearchHit {
  readonly document: string;
  readonly title: string | null;
  readonly anchor: string;
  readonly pages: string;
  /** Higher is better: bm25 (negated) in SQLite, ts_rank in PostgreSQL; not comparable across the two. */
  readonly score: number;
  /** The paragraph's best passage, the words found set in `**`. */
  readonly snippet: string;
}

/** A database that cannot be opened, is not a corpus database, or refuses a query: the message says why. */
export class CorpusDbError extends Error {
  override readonly name = 'CorpusDbError';
}

/** Snippet markers around the words found: Markdown bold, plain in a terminal and a CSV. */
export const MATCH_OPEN = '**';
export const MATCH_CLOSE = '**';

/** `postgres://…` and `postgresql://…` name a PostgreSQL server; anything else is a SQLite file. */
export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/**
 * Opens a corpus database: a PostgreSQL server for a `postgres://` URL, else a SQLite file.
 * With `create`, a missing SQLite file is created; either way the schema is brought up to date.
 * Throws CorpusDbError when it cannot be opened or is not a corpus database.
 */
export async function openStore(target: string, options: { readonly create: boolean }): Promise<CorpusStore> {
  if (isPostgresUrl(target)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(target, options);
  }
  const { openSqlite } = await import('./sqlite.js');
  return openSqlite(target, options);
}

/** Pages as a reader cites them: "3", or "3-4" for a paragraph across a page break. */
export const pageRange = (first: number, last: number): string => (first === last ? String(first) : `${first}-${last}`);
