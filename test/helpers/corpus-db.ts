/** What a corpus database should hold, read from the JSON outputs it was written from, and a
 *  dump of what it does hold, the same for SQLite and PostgreSQL. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { OpcleanJson } from '../../src/output/to-json.js';
import type { CorpusStore, Row } from '../../src/run/sinks/store.js';

export interface OutputDoc {
  /** Path relative to the output folder, without ".json". */
  readonly name: string;
  readonly json: OpcleanJson;
  readonly jsonSha256: string;
}

/** The opclean JSON files under an output folder (sub-folders included, CSL-JSON and hidden folders left out). */
export function readOutputs(outDir: string, rel = ''): OutputDoc[] {
  return readdirSync(path.join(outDir, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e): OutputDoc[] => {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) return readOutputs(outDir, child);
      if (!e.name.endsWith('.json') || e.name.endsWith('.csl.json')) return [];
      const text = readFileSync(path.join(outDir, child), 'utf8');
      const json = JSON.parse(text) as OpcleanJson;
      if (typeof json.schemaVersion !== 'string') return [];
      return [{ name: child.slice(0, -'.json'.length), json, jsonSha256: createHash('sha256').update(text).digest('hex') }];
    });
}

/** Rows each document should have, by table, as the JSON gives them. */
export function expectedCounts(doc: OutputDoc) {
  const { json } = doc;
  return {
    json_sha256: doc.jsonSha256,
    authors: new Set(json.authors.map((a) => a.name)).size,
    paragraphs: json.paragraphs.length,
    entities: new Set(json.entities.map((e) => e.id)).size,
    mentions: json.entities.reduce((n, e) => n + e.mentions.length, 0),
    figures: json.figures.length,
    claims: json.claims.length,
    removed: json.removed.length,
    diagnostics: json.diagnostics.length,
  };
}

const COUNTS_SQL = `SELECT d.sha256, d.json_sha256,
  (SELECT count(*) FROM document_authors x WHERE x.document_id = d.id) AS authors,
  (SELECT count(*) FROM paragraphs x WHERE x.document_id = d.id) AS paragraphs,
  (SELECT count(*) FROM document_entities x WHERE x.document_id = d.id) AS entities,
  (SELECT count(*) FROM mentions x WHERE x.document_id = d.id) AS mentions,
  (SELECT count(*) FROM figures x WHERE x.document_id = d.id) AS figures,
  (SELECT count(*) FROM claims x WHERE x.document_id = d.id) AS claims,
  (SELECT count(*) FROM removed x WHERE x.document_id = d.id) AS removed,
  (SELECT count(*) FROM diagnostics x WHERE x.document_id = d.id) AS diagnostics
  FROM documents d ORDER BY d.sha256`;

/** The rows of each document in the database, by sha256. */
export async function storedCounts(store: CorpusStore): Promise<Map<string, ReturnType<typeof expectedCounts>>> {
  const rows = await store.all(COUNTS_SQL);
  return new Map(rows.map(({ sha256, ...counts }) => [sha256 as string, counts as ReturnType<typeof expectedCounts>]));
}

/** The database holds exactly the documents of these JSON outputs, each with all its rows,
 *  and no more entities than they name. */
export async function expectMirrors(store: CorpusStore, docs: readonly OutputDoc[]): Promise<void> {
  const expected = new Map(docs.map((d) => [d.json.source.sha256, expectedCounts(d)]));
  expect(Object.fromEntries(await storedCounts(store))).toEqual(Object.fromEntries(expected));
  const [totals] = await store.all(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM paragraphs) AS paragraphs,
    (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM claims) AS claims`);
  const unique = [...new Map(docs.map((d) => [d.json.source.sha256, d.json])).values()];
  expect(totals).toEqual({
    documents: unique.length,
    paragraphs: unique.reduce((n, j) => n + j.paragraphs.length, 0),
    entities: new Set(unique.flatMap((j) => j.entities.map((e) => e.id))).size,
    figures: unique.reduce((n, j) => n + j.figures.length, 0),
    claims: unique.reduce((n, j) => n + j.claims.length, 0),
  });
}

/** Rows left without their document or paragraph: none in a consistent database. */
export async function orphans(store: CorpusStore): Promise<Row> {
  const [row] = await store.all(`SELECT
    (SELECT count(*) FROM paragraphs x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)) AS paragraphs,
    (SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)
      OR (x.paragraph_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.id = x.paragraph_id))) AS mentions,
    (SELECT count(*) FROM figures x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)) AS figures,
    (SELECT count(*) FROM claims x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id)) AS claims,
    (SELECT count(*) FROM document_entities x WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = x.entity_id)) AS entities,
    (SELECT count(*) FROM document_authors x WHERE NOT EXISTS (SELECT 1 FROM authors a WHERE a.id = x.author_id)) AS authors`);
  return row ?? {};
}

const BOOLEANS = new Set(['approximate', 'checkable', 'hedged']);
const normalise = (rows: Row[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, BOOLEANS.has(k) ? Boolean(v) : v])));

/** Everything the database holds, without surrogate ids and load times, in a stable order:
 *  two databases with equal dumps hold the same corpus. */
export async function dump(store: CorpusStore): Promise<Record<string, Row[]>> {
  const queries: Record<string, string> = {
    documents: `SELECT sha256, name, source_file, title, published, url, publisher, pages, language, bio, citation, schema_version,
      json_sha256, converted_at FROM documents ORDER BY sha256`,
    authors: 'SELECT name FROM authors ORDER BY name',
    document_authors: `SELECT d.sha256, x.position, a.name FROM document_authors x JOIN documents d ON d.id = x.document_id
      JOIN authors a ON a.id = x.author_id ORDER BY d.sha256, x.position`,
    paragraphs: `SELECT d.sha256, x.anchor, x.position, x.kind, x.first_page, x.last_page, x.text, x.hash FROM paragraphs x
      JOIN documents d ON d.id = x.document_id ORDER BY d.sha256, x.position`,
    entities: 'SELECT id, name, type, country FROM entities ORDER BY id',
    document_entities: `SELECT d.sha256, x.entity_id, x.name, x.aliases, x.mentions, x.confidence FROM document_entities x
      JOIN documents d ON d.id = x.document_id ORDER BY d.sha256, x.entity_id`,
    mentions: `SELECT d.sha256, x.entity_id, p.anchor AS paragraph, x.anchor, x.page, x.start_offset, x.end_offset, x.text FROM mentions x
      JOIN documents d ON d.id = x.document_id LEFT JOIN paragraphs p ON p.id = x.paragraph_id
      ORDER BY d.sha256, x.anchor, x.start_offset, x.end_offset, x.entity_id`,
    figures: `SELECT d.sha256, p.anchor AS paragraph, x.anchor, x.position, x.page, x.kind, x.value, x.low, x.high, x.unit, x.symbol,
      x.per, x.approximate, x.date, x.text, x.sentence, x.start_offset, x.end_offset, x.confidence FROM figures x
      JOIN documents d ON d.id = x.document_id LEFT JOIN paragraphs p ON p.id = x.paragraph_id ORDER BY d.sha256, x.position`,
    claims: `SELECT d.sha256, p.anchor AS paragraph, x.anchor, x.position, x.page, x.text, x.kinds, x.checkable, x.hedged, x.score,
      x.confidence, x.start_offset, x.end_offset FROM claims x
      JOIN documents d ON d.id = x.document_id LEFT JOIN paragraphs p ON p.id = x.paragraph_id ORDER BY d.sha256, x.position`,
    removed: `SELECT d.sha256, x.position, x.kind, x.page, x.text FROM removed x JOIN documents d ON d.id = x.document_id
      ORDER BY d.sha256, x.position`,
    diagnostics: `SELECT d.sha256, x.position, x.code, x.severity, x.message FROM diagnostics x JOIN documents d ON d.id = x.document_id
      ORDER BY d.sha256, x.position`,
  };
  const out: Record<string, Row[]> = {};
  for (const [table, sql] of Object.entries(queries)) out[table] = normalise(await store.all(sql));
  return out;
}
