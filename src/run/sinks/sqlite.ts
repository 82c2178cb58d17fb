import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CorpusDocument } from './corpus-document.js';
import { toFts5Query } from './fts5-query.js';
import { type Migration, SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { type CorpusStore, CorpusDbError, MATCH_CLOSE, MATCH_OPEN, type Row, type SearchHit, type SqlValue, pageRange } from './store.js';

/** How long a write waits for another process's transaction on the same file (two shards
 *  writing one database), ms: a document's transaction takes a few ms, so this is generous. */
const BUSY_TIMEOUT_MS = 30_000;

/** Tokens of context a search snippet shows around the words found. */
const SNIPPET_TOKENS = 24;

type Db = Database.Database;

/**
 * A corpus database in a SQLite file (better-sqlite3), in WAL mode: readers never wait for the
 * writer, and each document's transaction is all or nothing, so a killed run leaves the file
 * consistent. `synchronous = NORMAL`: a power cut may lose the last documents written, never
 * the file's consistency; a rerun writes them again.
 */
export function openSqlite(file: string, options: { readonly create: boolean }): CorpusStore {
  if (!options.create && !existsSync(file)) throw new CorpusDbError(`${file}: no such database`);
  let db: Db;
  try {
    // a new database's folder is made, as --out's is
    if (options.create) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { fileMustExist: !options.create, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new CorpusDbError(`${file}: cannot open the database (${(error as Error).message})`, { cause: error });
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file, SQLITE_MIGRATIONS, options.create);
  } catch (error) {
    db.close();
    if (error instanceof CorpusDbError) throw error;
    throw new CorpusDbError(`${file}: not usable as a corpus database (${(error as Error).message})`, { cause: error });
  }
  return sqliteStore(db, file);
}

/** Applies the migrations not yet recorded in `schema_migrations`, in one write transaction,
 *  so two processes opening a new file at once apply them once. */
function migrate(db: Db, file: string, migrations: readonly Migration[], create: boolean): void {
  const newest = migrations.at(-1)?.version ?? 0;
  const applied = (): Set<number> => {
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
    return new Set(hasTable ? (db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]) : []);
  };
  const check = (versions: Set<number>): void => {
    const latest = Math.max(0, ...versions);
    if (latest > newest)
      throw new CorpusDbError(`${file}: written by a newer opclean (schema migration ${latest}; this one knows ${newest})`);
  };
  const before = applied();
  check(before);
  if (migrations.every((m) => before.has(m.version))) return;
  db.transaction(() => {
    const versions = applied();
    check(versions);
    if (versions.size === 0) {
      const tables = db.prepare(`SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).pluck().get() as number;
      if (tables > 0 || !create) throw new CorpusDbError(`${file}: not an opclean corpus database (no schema_migrations table)`);
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations) {
      if (versions.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
}

function sqliteStore(db: Db, file: string): CorpusStore {
  const sql = {
    find: db.prepare('SELECT json_sha256 FROM documents WHERE sha256 = ?').pluck(),
    deleteDocument: db.prepare('DELETE FROM documents WHERE sha256 = ?'),
    insertDocument: db.prepare(`INSERT INTO documents (sha256, name, source_file, title, published, url, publisher, pages, language,
      bio, citation, schema_version, json_sha256, converted_at, loaded_at)
      VALUES (@sha256, @name, @sourceFile, @title, @published, @url, @publisher, @pages, @language, @bio, @citation, @schemaVersion,
      @jsonSha256, @convertedAt, @loadedAt)`),
    insertAuthor: db.prepare('INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO NOTHING'),
    authorId: db.prepare('SELECT id FROM authors WHERE name = ?').pluck(),
    documentAuthor: db.prepare('INSERT INTO document_authors (document_id, author_id, position) VALUES (?, ?, ?)'),
    paragraph: db.prepare(`INSERT INTO paragraphs (document_id, anchor, position, kind, first_page, last_page, text, hash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    // the smallest name and country code win, so the rows do not depend on the order documents arrive in
    entity: db.prepare(`INSERT INTO entities (id, name, type, country) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = min(entities.name, excluded.name),
        country = CASE WHEN excluded.country IS NOT NULL AND (entities.country IS NULL OR excluded.country < entities.country)
          THEN excluded.country ELSE entities.country END
      WHERE excluded.name < entities.name
        OR (excluded.country IS NOT NULL AND (entities.country IS NULL OR excluded.country < entities.country))`),
    documentEntity: db.prepare(`INSERT INTO document_entities (document_id, entity_id, name, aliases, mentions, confidence)
      VALUES (?, ?, ?, ?, ?, ?)`),
    mention: db.prepare(`INSERT INTO mentions (document_id, entity_id, paragraph_id, anchor, page, start_offset, end_offset, text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    figure: db.prepare(`INSERT INTO figures (document_id, paragraph_id, anchor, position, page, kind, value, low, high, unit, symbol,
      per, approximate, date, text, sentence, start_offset, end_offset, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    claim: db.prepare(`INSERT INTO claims (document_id, paragraph_id, anchor, position, page, text, kinds, checkable, hedged, score,
      confidence, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    removed: db.prepare('INSERT INTO removed (document_id, position, kind, page, text) VALUES (?, ?, ?, ?, ?)'),
    diagnostic: db.prepare('INSERT INTO diagnostics (document_id, position, code, severity, message) VALUES (?, ?, ?, ?, ?)'),
    search: db.prepare(`SELECT d.name AS document, d.title, p.anchor, p.first_page, p.last_page, -bm25(paragraphs_fts) AS score,
        snippet(paragraphs_fts, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM paragraphs_fts
      JOIN paragraphs p ON p.id = paragraphs_fts.rowid
      JOIN documents d ON d.id = p.document_id
      WHERE paragraphs_fts MATCH ?
      ORDER BY bm25(paragraphs_fts), d.name, p.position
      LIMIT ?`),
  };

  const insert = (doc: CorpusDocument): void => {
    const documentId = Number(
      sql.insertDocument.run({ ...doc, loadedAt: new Date().toISOString() } satisfies Record<string, unknown>).lastInsertRowid,
    );
    doc.authors.forEach((name, i) => {
      sql.insertAuthor.run(name);
      sql.documentAuthor.run(documentId, sql.authorId.get(name), i + 1);
    });
    const paragraphId = new Map<string, number>();
    doc.paragraphs.forEach((p, i) => {
      const { lastInsertRowid } = sql.paragraph.run(documentId, p.anchor, i + 1, p.kind, p.firstPage, p.lastPage, p.text, p.hash);
      paragraphId.set(p.anchor, Number(lastInsertRowid));
    });
    for (const e of doc.entities) {
      sql.entity.run(e.id, e.name, e.type, e.country);
      sql.documentEntity.run(documentId, e.id, e.name, e.aliases, e.mentions, e.confidence);
    }
    for (const m of doc.mentions) {
      sql.mention.run(documentId, m.entityId, paragraphId.get(m.anchor) ?? null, m.anchor, m.page, m.start, m.end, m.text);
    }
    doc.figures.forEach((f, i) => {
      sql.figure.run(
        ...[documentId, paragraphId.get(f.anchor) ?? null, f.anchor, i + 1, f.page, f.kind, f.value, f.low, f.high, f.unit, f.symbol],
        f.per,
        ...[f.approximate ? 1 : 0, f.date, f.text, f.sentence, f.start, f.end, f.confidence],
      );
    });
    doc.claims.forEach((c, i) => {
      sql.claim.run(
        ...[documentId, paragraphId.get(c.anchor) ?? null, c.anchor, i + 1, c.page, c.text, c.kinds],
        ...[c.checkable ? 1 : 0, c.hedged ? 1 : 0, c.score, c.confidence, c.start, c.end],
      );
    });
    doc.removed.forEach((r, i) => {
      sql.removed.run(documentId, i + 1, r.kind, r.page, r.text);
    });
    doc.diagnostics.forEach((d, i) => {
      sql.diagnostic.run(documentId, i + 1, d.code, d.severity, d.message);
    });
  };

  let hasDeleted = false;
  const write = db.transaction((doc: CorpusDocument): 'written' | 'unchanged' => {
    const stored = sql.find.get(doc.sha256) as string | undefined;
    if (stored === doc.jsonSha256) return 'unchanged';
    if (stored !== undefined) {
      sql.deleteDocument.run(doc.sha256);
      hasDeleted = true;
    }
    insert(doc);
    return 'written';
  });
  const remove = db.transaction((sha256s: readonly string[]) =>
    sha256s.reduce((n, sha256) => n + sql.deleteDocument.run(sha256).changes, 0),
  );

  return {
    dialect: 'sqlite',
    label: file,
    write: async (doc) => write.immediate(doc),
    jsonSha256Of: async (sha256) => sql.find.get(sha256) as string | undefined,
    sha256s: async () => db.prepare('SELECT sha256 FROM documents ORDER BY sha256').pluck().all() as string[],
    async remove(sha256s) {
      const n = remove.immediate(sha256s);
      hasDeleted ||= n > 0;
      return n;
    },
    async search(words, limit) {
      const query = toFts5Query(words);
      if (query === undefined) throw new CorpusDbError(`nothing to search for in "${words}": give a word`);
      let rows: (Omit<SearchHit, 'pages'> & { first_page: number; last_page: number })[];
      try {
        rows = sql.search.all(MATCH_OPEN, MATCH_CLOSE, query, limit) as typeof rows;
      } catch (error) {
        throw new CorpusDbError(`${file}: cannot search for "${words}" (${(error as Error).message})`, { cause: error });
      }
      return rows.map(({ first_page, last_page, ...hit }) => ({ ...hit, pages: pageRange(first_page, last_page) }));
    },
    async all(text, params = []) {
      try {
        return db.prepare(text).all(...(params as SqlValue[])) as Row[];
      } catch (error) {
        throw new CorpusDbError(`${file}: ${(error as Error).message}`, { cause: error });
      }
    },
    async prune() {
      if (!hasDeleted) return;
      db.transaction(() => {
        db.exec(`DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM document_entities de WHERE de.entity_id = entities.id)
          AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)`);
        db.exec('DELETE FROM authors WHERE NOT EXISTS (SELECT 1 FROM document_authors da WHERE da.author_id = authors.id)');
      }).immediate();
      hasDeleted = false;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
