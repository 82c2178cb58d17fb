import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { NotOpcleanJsonError, loadCorpusDocument } from './sinks/corpus-document.js';
import type { CorpusStore } from './sinks/store.js';
import { byName } from './inputs.js';

/** What `opclean db build` did. */
export interface DbBuildSummary {
  /** Documents inserted or replaced. */
  readonly written: number;
  /** Documents the database already held with the same JSON. */
  readonly unchanged: number;
  /** JSON files that are not opclean documents (CSL-JSON, other tools' files, older schemas), with why. */
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  /** Documents deleted because no JSON in the folder holds them any more (with `prune`). */
  readonly removed: number;
}

/**
 * Loads every opclean JSON under `folder` (sub-folders included, hidden ones and index files
 * left out) into a corpus database, one transaction a document, without reading a PDF: the JSON
 * is the source of truth and the database an index that can be built again from it. With
 * `prune`, documents no JSON of the folder holds are deleted.
 */
export async function buildDb(
  folder: string,
  store: CorpusStore,
  options: { readonly prune?: boolean; readonly onDocument?: (name: string, outcome: 'written' | 'unchanged') => void } = {},
): Promise<DbBuildSummary> {
  const counts = { written: 0, unchanged: 0, removed: 0 };
  const skipped: { file: string; reason: string }[] = [];
  const present = new Set<string>();
  for await (const rel of jsonFiles(folder, '')) {
    const file = path.join(folder, rel);
    if (rel.endsWith('.csl.json')) {
      skipped.push({ file, reason: 'CSL-JSON, not an opclean document' });
      continue;
    }
    let doc: ReturnType<typeof loadCorpusDocument>;
    try {
      doc = loadCorpusDocument(await readFile(file, 'utf8'), rel.slice(0, -'.json'.length));
    } catch (error) {
      if (!(error instanceof NotOpcleanJsonError)) throw error;
      skipped.push({ file, reason: error.message });
      continue;
    }
    present.add(doc.sha256);
    const outcome = await store.write(doc);
    counts[outcome]++;
    options.onDocument?.(doc.name, outcome);
  }
  if (options.prune) {
    const gone = (await store.sha256s()).filter((sha256) => !present.has(sha256));
    counts.removed = gone.length > 0 ? await store.remove(gone) : 0;
  }
  await store.prune();
  return { ...counts, skipped };
}

/** The `.json` files under a folder, relative to it with forward slashes, in sorted order. */
async function* jsonFiles(root: string, rel: string): AsyncGenerator<string> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort(byName);
  for (const entry of entries) {
    // hidden: a run's staging folder (.opclean-staging), version control
    if (entry.name.startsWith('.')) continue;
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) yield* jsonFiles(root, child);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) yield child;
  }
}
