/**
 * The SQLite corpus schema, one migration a version, applied in order and recorded in
 * `schema_migrations`. A released migration is never edited: a change of schema is a new one.
 * postgres-migrations.ts holds the same tables for PostgreSQL.
 */
/** One step of a schema: applied once, in order of `version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The SQLite schema's migrations, oldest first. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus',
    sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  source_file TEXT NOT NULL,
  title TEXT,
  published TEXT,
  url TEXT,
  publisher TEXT,
  pages INTEGER NOT NULL,
  language TEXT,
  bio TEXT,
  citation TEXT,
  schema_version TEXT NOT NULL,
  json_sha256 TEXT NOT NULL,
  converted_at TEXT,
  loaded_at TEXT NOT NULL
);
CREATE INDEX documents_name ON documents (name);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE document_authors (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX document_authors_author ON document_authors (author_id);

CREATE TABLE paragraphs (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  anchor TEXT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  first_page INTEGER NOT NULL,
  last_page INTEGER NOT NULL,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (document_id, anchor)
);

CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (
  text, content = 'paragraphs', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT
);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE document_entities (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  confidence REAL,
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX document_entities_entity ON document_entities (entity_id);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  paragraph_id INTEGER REFERENCES paragraphs (id) ON DELETE CASCADE,
  anchor TEXT NOT NULL,
  page INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_document_anchor ON mentions (document_id, anchor);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_paragraph ON mentions (paragraph_id);

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  paragraph_id INTEGER REFERENCES paragraphs (id) ON DELETE CASCADE,
  anchor TEXT NOT NULL,
  position INTEGER NOT NULL,
  page INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value REAL,
  low REAL,
  high REAL,
  unit TEXT,
  per TEXT,
  approximate INTEGER NOT NULL,
  date TEXT,
  text TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  confidence REAL
);
CREATE INDEX figures_document_anchor ON figures (document_id, anchor);
CREATE INDEX figures_paragraph ON figures (paragraph_id);
CREATE INDEX figures_kind ON figures (kind);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  paragraph_id INTEGER REFERENCES paragraphs (id) ON DELETE CASCADE,
  anchor TEXT NOT NULL,
  position INTEGER NOT NULL,
  page INTEGER NOT NULL,
  text TEXT NOT NULL,
  kinds TEXT NOT NULL,
  checkable INTEGER NOT NULL,
  hedged INTEGER NOT NULL,
  score REAL NOT NULL,
  confidence REAL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
);
CREATE INDEX claims_document_anchor ON claims (document_id, anchor);
CREATE INDEX claims_paragraph ON claims (paragraph_id);
CREATE INDEX claims_score ON claims (score);

CREATE TABLE removed (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  page INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);

CREATE TABLE diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
`,
  },
  {
    // figures name a unit as the text does (schema 1.7.0: "kilometres", "km"); the symbol
    // groups one unit as one
    version: 2,
    name: 'figure-unit-symbol',
    sql: 'ALTER TABLE figures ADD COLUMN symbol TEXT;',
  },
];
