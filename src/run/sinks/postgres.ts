import pg from 'pg';
import type { CorpusDocument } from './corpus-document.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { type CorpusStore, CorpusDbError, MATCH_CLOSE, MATCH_OPEN, type Row, type SearchHit, type SqlValue, pageRange } from './store.js';

/** First key of every advisory lock opclean takes ("opcl"), so that they meet no other application's. */
const LOCK_SPACE = 0x6f70636c;
/** Second keys: applying migrations, and pruning (exclusive) against writing documents (shared). */
const MIGRATION_LOCK = 1;
const PRUNE_LOCK = 2;
/** First key of the per-document locks (the second is a hash of the sha256). */
const DOCUMENT_LOCK_SPACE = LOCK_SPACE + 1;

/** Times a document's transaction is tried when the server reports a deadlock or a
 *  serialization failure between writers (retrying is then the documented remedy). */
const MAX_ATTEMPTS = 5;
const RETRYABLE = new Set(['40P01', '40001']);

/** ts_headline's passage around the words found: about as long as SQLite's snippet. */
const HEADLINE = `StartSel="${MATCH_OPEN}", StopSel="${MATCH_CLOSE}", MinWords=12, MaxWords=30, MaxFragments=1`;

/** bigint (counts, ids) and numeric arrive as strings by default; a corpus never nears 2^53. */
const NUMERIC_OIDS = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_OIDS.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A document inserted by another writer between our delete and our insert: try again. */
class WriteRace extends Error {
  override readonly name = 'WriteRace';
}

/**
 * A corpus database on a PostgreSQL server (node-postgres), for a corpus that many machines
 * write: each document is one transaction keyed by its sha256 (an advisory lock on it, then
 * delete and `INSERT … ON CONFLICT`), shared rows (authors, entities) are upserted in sorted
 * order so that concurrent writers never wait on each other in a cycle, and migrations run
 * under an advisory lock so that processes starting at once apply them once.
 */
export async function openPostgres(url: string, options: { readonly create: boolean }): Promise<CorpusStore> {
  const label = withoutPassword(url);
  const client = new pg.Client({ connectionString: url, types, application_name: 'opclean' });
  try {
    await client.connect();
  } catch (error) {
    throw new CorpusDbError(`${label}: cannot connect (${(error as Error).message})`, { cause: error });
  }
  // a dropped connection is reported by the next query; without a listener it would crash the run
  client.on('error', () => undefined);
  try {
    await migrate(client, label, options.create);
  } catch (error) {
    await client.end();
    if (error instanceof CorpusDbError) throw error;
    throw new CorpusDbError(`${label}: not usable as a corpus database (${(error as Error).message})`, { cause: error });
  }
  return postgresStore(client, label);
}

async function migrate(client: pg.Client, label: string, create: boolean): Promise<void> {
  const newest = POSTGRES_MIGRATIONS.at(-1)?.version ?? 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, MIGRATION_LOCK]);
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`);
    if (!rows[0]?.exists) {
      if (!create) throw new CorpusDbError(`${label}: not an opclean corpus database (no schema_migrations table)`);
      await client.query(
        'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
      );
    }
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const latest = Math.max(0, ...applied);
    if (latest > newest)
      throw new CorpusDbError(`${label}: written by a newer opclean (schema migration ${latest}; this one knows ${newest})`);
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // the error below says what went wrong
    throw error;
  }
}

function postgresStore(client: pg.Client, label: string): CorpusStore {
  // one connection, one statement sequence: a transaction's statements never interleave with another's
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const query = async <R extends pg.QueryResultRow = Row>(text: string, values: readonly unknown[] = []): Promise<R[]> =>
    (await client.query<R>(text, values.map(withoutNul))).rows;

  const transaction = async <T>(work: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined); // the error below says what went wrong
        const code = (error as { code?: string }).code;
        if (attempt < MAX_ATTEMPTS && (error instanceof WriteRace || (code !== undefined && RETRYABLE.has(code)))) continue;
        throw error;
      }
    }
  };

  let hasDeleted = false;
  const write = async (doc: CorpusDocument): Promise<'written' | 'unchanged'> => {
    await query('SELECT pg_advisory_xact_lock_shared($1, $2)', [LOCK_SPACE, PRUNE_LOCK]);
    await query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DOCUMENT_LOCK_SPACE, doc.sha256]);
    const [stored] = await query<{ json_sha256: string }>('SELECT json_sha256 FROM documents WHERE sha256 = $1', [doc.sha256]);
    if (stored?.json_sha256 === doc.jsonSha256) return 'unchanged';
    if (stored) {
      await query('DELETE FROM documents WHERE sha256 = $1', [doc.sha256]);
      hasDeleted = true;
    }
    const [inserted] = await query<{ id: number }>(
      `INSERT INTO documents (sha256, name, source_file, title, published, url, publisher, pages, language, bio, citation,
         schema_version, json_sha256, converted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [
        ...[doc.sha256, doc.name, doc.sourceFile, doc.title, doc.published, doc.url, doc.publisher, doc.pages, doc.language],
        ...[doc.bio, doc.citation, doc.schemaVersion, doc.jsonSha256, doc.convertedAt],
      ],
    );
    if (!inserted) throw new WriteRace(`document ${doc.sha256} was inserted by another writer`);
    await insertRows(inserted.id, doc);
    return 'written';
  };

  const insertRows = async (id: number, doc: CorpusDocument): Promise<void> => {
    await query('INSERT INTO authors (name) SELECT name FROM unnest($1::text[]) AS a (name) ORDER BY name ON CONFLICT (name) DO NOTHING', [
      doc.authors,
    ]);
    await query(
      `INSERT INTO document_authors (document_id, author_id, position)
       SELECT $1::bigint, a.id, n.position FROM unnest($2::text[]) WITH ORDINALITY AS n (name, position) JOIN authors a ON a.name = n.name`,
      [id, doc.authors],
    );
    const paragraphs = await query<{ id: number; anchor: string }>(
      `INSERT INTO paragraphs (document_id, anchor, position, kind, first_page, last_page, text, hash)
       SELECT $1::bigint, anchor, position, kind, first_page, last_page, text, hash
       FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY
         AS p (anchor, kind, first_page, last_page, text, hash, position)
       RETURNING id, anchor`,
      [id, ...columns(doc.paragraphs, ['anchor', 'kind', 'firstPage', 'lastPage', 'text', 'hash'])],
    );
    const paragraphId = new Map(paragraphs.map((p) => [p.anchor, p.id]));
    const paragraphIds = (items: readonly { anchor: string }[]) => items.map((item) => paragraphId.get(item.anchor) ?? null);
    const entities = [...doc.entities].sort((a, b) => (a.id < b.id ? -1 : 1));
    const [ids, names, kinds, countries] = columns(entities, ['id', 'name', 'type', 'country']);
    // sorted, so two writers lock the rows they share in the same order; the smallest name and
    // country code win, so the rows do not depend on the order documents arrive in
    await query(
      `INSERT INTO entities (id, name, type, country)
       SELECT id, name, type, country FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS e (id, name, type, country)
       ORDER BY id ON CONFLICT (id) DO NOTHING`,
      [ids, names, kinds, countries],
    );
    await query(
      `UPDATE entities e SET name = LEAST(e.name, n.name),
         country = CASE WHEN n.country IS NOT NULL AND (e.country IS NULL OR n.country < e.country) THEN n.country ELSE e.country END
       FROM unnest($1::text[], $2::text[], $3::text[]) AS n (id, name, country)
       WHERE e.id = n.id AND (n.name < e.name OR (n.country IS NOT NULL AND (e.country IS NULL OR n.country < e.country)))`,
      [ids, names, countries],
    );
    await query(
      `INSERT INTO document_entities (document_id, entity_id, name, aliases, mentions, confidence)
       SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::float8[])`,
      [id, ...columns(doc.entities, ['id', 'name', 'aliases', 'mentions', 'confidence'])],
    );
    await query(
      `INSERT INTO mentions (document_id, entity_id, paragraph_id, anchor, page, start_offset, end_offset, text)
       SELECT $1::bigint, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::int[], $6::int[], $7::int[], $8::text[])`,
      [
        id,
        ...columns(doc.mentions, ['entityId']),
        paragraphIds(doc.mentions),
        ...columns(doc.mentions, ['anchor', 'page', 'start', 'end', 'text']),
      ],
    );
    await query(
      `INSERT INTO figures (document_id, paragraph_id, anchor, position, page, kind, value, low, high, unit, symbol, per, approximate, date,
         text, sentence, start_offset, end_offset, confidence)
       SELECT $1::bigint, paragraph_id, anchor, position, page, kind, value, low, high, unit, symbol, per, approximate, date, text, sentence,
         start_offset, end_offset, confidence
       FROM unnest($2::bigint[], $3::text[], $4::int[], $5::text[], $6::float8[], $7::float8[], $8::float8[], $9::text[], $10::text[],
         $11::text[], $12::boolean[], $13::text[], $14::text[], $15::text[], $16::int[], $17::int[], $18::float8[]) WITH ORDINALITY
         AS f (paragraph_id, anchor, page, kind, value, low, high, unit, symbol, per, approximate, date, text, sentence, start_offset,
           end_offset, confidence, position)`,
      [
        id,
        paragraphIds(doc.figures),
        ...columns(doc.figures, ['anchor', 'page', 'kind', 'value', 'low', 'high', 'unit', 'symbol', 'per', 'approximate', 'date', 'text']),
        ...columns(doc.figures, ['sentence', 'start', 'end', 'confidence']),
      ],
    );
    await query(
      `INSERT INTO claims (document_id, paragraph_id, anchor, position, page, text, kinds, checkable, hedged, score, confidence,
         start_offset, end_offset)
       SELECT $1::bigint, paragraph_id, anchor, position, page, text, kinds, checkable, hedged, score, confidence, start_offset, end_offset
       FROM unnest($2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::float8[],
         $10::float8[], $11::int[], $12::int[]) WITH ORDINALITY
         AS c (paragraph_id, anchor, page, text, kinds, checkable, hedged, score, confidence, start_offset, end_offset, position)`,
      [
        id,
        paragraphIds(doc.claims),
        ...columns(doc.claims, ['anchor', 'page', 'text', 'kinds', 'checkable', 'hedged', 'score', 'confidence', 'start', 'end']),
      ],
    );
    await query(
      `INSERT INTO removed (document_id, position, kind, page, text)
       SELECT $1::bigint, position, kind, page, text FROM unnest($2::text[], $3::int[], $4::text[]) WITH ORDINALITY
         AS r (kind, page, text, position)`,
      [id, ...columns(doc.removed, ['kind', 'page', 'text'])],
    );
    await query(
      `INSERT INTO diagnostics (document_id, position, code, severity, message)
       SELECT $1::bigint, position, code, severity, message FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY
         AS d (code, severity, message, position)`,
      [id, ...columns(doc.diagnostics, ['code', 'severity', 'message'])],
    );
  };

  const failed = (what: string) => (error: unknown) => {
    if (error instanceof CorpusDbError) throw error;
    throw new CorpusDbError(`${label}: ${what} (${(error as Error).message})`, { cause: error });
  };

  return {
    dialect: 'postgres',
    label,
    write: (doc) => serial(() => transaction(() => write(doc))).catch(failed(`cannot write ${doc.name}`)),
    jsonSha256Of: (sha256) =>
      serial(() => query<{ json_sha256: string }>('SELECT json_sha256 FROM documents WHERE sha256 = $1', [sha256]))
        .then((rows) => rows[0]?.json_sha256)
        .catch(failed('cannot read the documents')),
    sha256s: () =>
      serial(() => query<{ sha256: string }>('SELECT sha256 FROM documents ORDER BY sha256'))
        .then((rows) => rows.map((r) => r.sha256))
        .catch(failed('cannot read the documents')),
    remove: (sha256s) =>
      serial(() =>
        transaction(async () => {
          await query('SELECT pg_advisory_xact_lock_shared($1, $2)', [LOCK_SPACE, PRUNE_LOCK]);
          const removed = await query('DELETE FROM documents WHERE sha256 = ANY($1::text[]) RETURNING id', [sha256s]);
          hasDeleted ||= removed.length > 0;
          return removed.length;
        }),
      ).catch(failed('cannot delete documents')),
    search: (words, limit) =>
      serial(() =>
        query<Omit<SearchHit, 'pages'> & { first_page: number; last_page: number }>(
          `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
           hits AS (
             SELECT d.name AS document, d.title, p.anchor, p.position, p.first_page, p.last_page, p.text, ts_rank(p.tsv, q.q) AS score
             FROM paragraphs p JOIN documents d ON d.id = p.document_id, q
             WHERE p.tsv @@ q.q
             ORDER BY score DESC, d.name, p.position
             LIMIT $2)
           SELECT document, title, anchor, first_page, last_page, score, ts_headline('english', text, q.q, $3) AS snippet
           FROM hits, q ORDER BY score DESC, document, position`,
          [words, limit, HEADLINE],
        ),
      )
        .then((rows) => rows.map(({ first_page, last_page, ...hit }) => ({ ...hit, pages: pageRange(first_page, last_page) })))
        .catch(failed(`cannot search for "${words}"`)),
    all: (text, params = []) => serial(() => query(numbered(text), params as SqlValue[])).catch(failed('query failed')),
    prune: () =>
      serial(async () => {
        if (!hasDeleted) return;
        await transaction(async () => {
          await query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, PRUNE_LOCK]);
          await query(`DELETE FROM entities e WHERE NOT EXISTS (SELECT 1 FROM document_entities de WHERE de.entity_id = e.id)
            AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)`);
          await query('DELETE FROM authors a WHERE NOT EXISTS (SELECT 1 FROM document_authors da WHERE da.author_id = a.id)');
        });
        hasDeleted = false;
      }).catch(failed('cannot prune')),
    close: () => serial(() => client.end()),
  };
}

/** The named fields of each item, one array per field: the parameters of an `unnest`. */
function columns<T extends object, K extends keyof T>(items: readonly T[], keys: readonly K[]): unknown[][] {
  return keys.map((key) => items.map((item) => item[key] ?? null));
}

/** PostgreSQL's text cannot hold U+0000 (SQLite's can): it is stored as U+FFFD. */
function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value;
  return Array.isArray(value) ? value.map(withoutNul) : value;
}

/** `?` placeholders (outside quotes) as PostgreSQL's `$1`, `$2` … */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (token) => (token === '?' ? `$${++n}` : token));
}

/** A connection URL as it may be printed: the password left out. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
