import type { ClaimKind, EntityType, FigureKind } from '../model/enriched.js';
import type { CorpusStore, SqlValue } from './sinks/store.js';
import type { Table } from './table-format.js';

/** What `opclean query` lists. */
export const QUERY_KINDS = ['entities', 'mentions', 'figures', 'claims'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** The values of a union type, all of them (a missing one is a type error). */
const every =
  <T extends string>() =>
  <L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;

const ENTITY_TYPES = every<EntityType>()(['person', 'organization', 'place', 'other'] as const);
const FIGURE_KINDS = every<FigureKind>()([
  'percent',
  'money',
  'year',
  'date',
  'count',
  'range',
  'ordinal',
  'fraction',
  'ratio',
  'duration',
  'measure',
  'other',
] as const);
const CLAIM_KINDS = every<ClaimKind>()([
  'quantitative',
  'causal',
  'evaluative',
  'predictive',
  'comparative',
  'normative',
  'factual',
  'rhetorical',
] as const);

/** What `--type` names for each kind of row: an entity type, a figure kind or a claim kind. */
export const TYPES_OF: Readonly<Record<QueryKind, readonly string[]>> = {
  entities: ENTITY_TYPES,
  mentions: ENTITY_TYPES,
  figures: FIGURE_KINDS,
  claims: CLAIM_KINDS,
};

export interface QueryFilters {
  /** An entity's id (`place:china`) or name (any case). */
  readonly entity?: string;
  readonly type?: string;
  /** Part of an author's name (any case). */
  readonly author?: string;
  /** Documents published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly since?: string;
  readonly limit?: number;
}

/** A query the caller got wrong (an unknown type, a malformed date): the message says how. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}

/** Columns holding booleans: SQLite returns them as 0 and 1, PostgreSQL as false and true. */
const BOOLEAN_COLUMNS = new Set(['checkable', 'hedged', 'approximate']);

/**
 * Rows of one kind from a corpus database, filtered, in SQL that SQLite and PostgreSQL both
 * read: entities with the number of documents and mentions (most documents first), mentions in
 * reading order, figures in reading order, claims best first. `--entity` keeps, for figures,
 * those in a paragraph that mentions the entity, and for claims those whose sentence does.
 */
export async function queryCorpus(store: CorpusStore, kind: QueryKind, filters: QueryFilters): Promise<Table> {
  if (filters.type !== undefined && !TYPES_OF[kind].includes(filters.type)) {
    throw new QueryError(`--type for ${kind} is one of ${TYPES_OF[kind].join(', ')}, not "${filters.type}"`);
  }
  if (filters.since !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(filters.since)) {
    throw new QueryError(`--since wants a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${filters.since}"`);
  }
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (condition: string, ...values: SqlValue[]) => {
    where.push(condition);
    params.push(...values);
  };
  const entityMatch = (alias: string) => `(${alias}.id = ? OR lower(${alias}.name) = lower(?))`;
  const { entity, type, author, since } = filters;
  if (author !== undefined) {
    add(
      `EXISTS (SELECT 1 FROM document_authors da JOIN authors a ON a.id = da.author_id
        WHERE da.document_id = d.id AND lower(a.name) LIKE ? ESCAPE '\\')`,
      `%${author.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  }
  // a date printed as a year (or a month) counts as on or after a day of that year (or month)
  if (since !== undefined) add('d.published >= substr(?, 1, length(d.published))', since);
  const sql = SQL[kind];
  if (type !== undefined) add(sql.type, type);
  if (entity !== undefined) add(sql.entity.replace('{match}', entityMatch('e')), entity, entity);
  const limit = filters.limit === undefined ? '' : ' LIMIT ?';
  if (filters.limit !== undefined) params.push(filters.limit);
  const text = `${sql.select}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ${sql.order}${limit}`;
  const rows = await store.all(text, params);
  return { columns: sql.columns, rows: rows.map(normalise) };
}

function normalise(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = BOOLEAN_COLUMNS.has(key) && value !== null ? Boolean(value) : value;
  return out;
}

interface KindSql {
  readonly columns: readonly string[];
  readonly select: string;
  readonly order: string;
  /** The condition `--type` adds, with one placeholder. */
  readonly type: string;
  /** The condition `--entity` adds; `{match}` stands for the test on entity row `e`. */
  readonly entity: string;
}

const SQL: Readonly<Record<QueryKind, KindSql>> = {
  entities: {
    columns: ['entity', 'name', 'type', 'country', 'documents', 'mentions'],
    select: `SELECT e.id AS entity, e.name, e.type, e.country, count(*) AS documents, sum(de.mentions) AS mentions
      FROM entities e JOIN document_entities de ON de.entity_id = e.id JOIN documents d ON d.id = de.document_id`,
    order: 'GROUP BY e.id, e.name, e.type, e.country ORDER BY documents DESC, mentions DESC, e.id',
    type: 'e.type = ?',
    entity: '{match}',
  },
  mentions: {
    columns: ['document', 'anchor', 'page', 'entity', 'type', 'text', 'start_offset', 'end_offset'],
    select: `SELECT d.name AS document, m.anchor, m.page, e.id AS entity, e.type, m.text, m.start_offset, m.end_offset
      FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
      LEFT JOIN paragraphs p ON p.id = m.paragraph_id`,
    // the bio (no paragraph) after the body
    order: 'ORDER BY d.name, (p.position IS NULL), p.position, m.start_offset, e.id',
    type: 'e.type = ?',
    entity: '{match}',
  },
  figures: {
    columns: [
      'document',
      'anchor',
      'page',
      'kind',
      'value',
      'low',
      'high',
      'unit',
      'symbol',
      'per',
      'date',
      'approximate',
      'text',
      'sentence',
    ],
    select: `SELECT d.name AS document, f.anchor, f.page, f.kind, f.value, f.low, f.high, f.unit, f.symbol, f.per, f.date, f.approximate, f.text,
        f.sentence
      FROM figures f JOIN documents d ON d.id = f.document_id`,
    order: 'ORDER BY d.name, f.position',
    type: 'f.kind = ?',
    entity: `EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.document_id = f.document_id AND m.anchor = f.anchor AND {match})`,
  },
  claims: {
    columns: ['document', 'anchor', 'page', 'score', 'confidence', 'checkable', 'hedged', 'kinds', 'text'],
    select: `SELECT d.name AS document, c.anchor, c.page, c.score, c.confidence, c.checkable, c.hedged, c.kinds, c.text
      FROM claims c JOIN documents d ON d.id = c.document_id`,
    order: 'ORDER BY c.score DESC, d.name, c.position',
    type: `(',' || c.kinds || ',') LIKE '%,' || CAST(? AS TEXT) || ',%'`,
    entity: `EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.document_id = c.document_id AND m.anchor = c.anchor AND m.start_offset >= c.start_offset
        AND m.end_offset <= c.end_offset AND {match})`,
  },
};

/** The paragraphs `opclean search` finds, best first, as a table. */
export async function searchCorpus(store: CorpusStore, words: string, limit: number): Promise<Table> {
  const hits = await store.search(words, limit);
  return { columns: ['document', 'anchor', 'pages', 'score', 'title', 'snippet'], rows: hits.map((hit) => ({ ...hit })) };
}
