import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { loadCorpusDocument } from './corpus-document.js';
import type { Sink } from './sink.js';
import type { CorpusStore } from './store.js';

/** What a database sink did over a run. */
export interface DbSinkCounts {
  /** Documents inserted or replaced. */
  written: number;
  /** Documents the database already held with the same JSON. */
  unchanged: number;
}

/**
 * A sink writing each converted file into a corpus database, one transaction a document, and
 * making sure that files skipped as up to date are there too: one missing, or stored from
 * another JSON (a run killed between its outputs and its database write), is loaded from the
 * JSON in the output folder.
 */
export function createDbSink(store: CorpusStore): Sink & { readonly counts: Readonly<DbSinkCounts> } {
  const counts: DbSinkCounts = { written: 0, unchanged: 0 };
  const write = async (name: string, json: string): Promise<void> => {
    counts[await store.write(loadCorpusDocument(json, name))]++;
  };
  return {
    counts,
    converted: write,
    async unchanged(name, jsonPath, sha256) {
      const json = await readFile(jsonPath, 'utf8');
      if ((await store.jsonSha256Of(sha256)) === createHash('sha256').update(json).digest('hex')) counts.unchanged++;
      else await write(name, json);
    },
  };
}
