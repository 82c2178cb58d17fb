import { createHash } from 'node:crypto';
import { paragraphHash } from '../../output/to-json.js';

/**
 * One opclean JSON as the rows a corpus database holds (README, "Corpus database"): the shape
 * both backends write, read by the one loader that `--db` and `opclean db build` share. The
 * JSON stays the source of truth; nothing here is in the database that the JSON does not hold,
 * except the mention texts, cut from their paragraphs for queries.
 */
export interface CorpusDocument {
  /** The JSON's path relative to its output folder, without ".json" (`2024/x`). */
  readonly name: string;
  readonly sha256: string;
  /** SHA-256 of the JSON text: a document is rewritten only when its JSON changed. */
  readonly jsonSha256: string;
  readonly schemaVersion: string;
  readonly sourceFile: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly pages: number;
  readonly language: string | null;
  readonly bio: string | null;
  readonly citation: string | null;
  /** The conversion date (`csl.accessed`), YYYY-MM-DD; null before schema 1.5.0. */
  readonly convertedAt: string | null;
  readonly authors: readonly string[];
  readonly paragraphs: readonly CorpusParagraph[];
  readonly entities: readonly CorpusEntity[];
  readonly mentions: readonly CorpusMention[];
  readonly figures: readonly CorpusFigure[];
  readonly claims: readonly CorpusClaim[];
  readonly removed: readonly { readonly kind: string; readonly page: number; readonly text: string }[];
  readonly diagnostics: readonly { readonly code: string; readonly severity: string; readonly message: string }[];
}

export interface CorpusParagraph {
  readonly anchor: string;
  readonly kind: string;
  readonly firstPage: number;
  readonly lastPage: number;
  readonly text: string;
  readonly hash: string;
}

export interface CorpusEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  /** The document's other spellings, joined with "; ". */
  readonly aliases: string;
  readonly mentions: number;
  readonly confidence: number | null;
}

export interface CorpusMention {
  readonly entityId: string;
  /** A paragraph id, or `bio`. */
  readonly anchor: string;
  readonly page: number;
  /** Offsets into the paragraph's text, in UTF-16 code units as the JSON gives them. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CorpusFigure {
  readonly anchor: string;
  readonly page: number;
  readonly kind: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string | null;
  /** A metric unit's symbol (schema 1.7.0); null for other units and older JSON. */
  readonly symbol: string | null;
  readonly per: string | null;
  readonly approximate: boolean;
  readonly date: string | null;
  readonly text: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number | null;
}

export interface CorpusClaim {
  readonly anchor: string;
  readonly page: number;
  readonly text: string;
  /** The claim's kinds, comma-separated in the JSON's order ("causal,factual"). */
  readonly kinds: string;
  readonly checkable: boolean;
  readonly hedged: boolean;
  readonly score: number;
  readonly confidence: number | null;
  readonly start: number;
  readonly end: number;
}

/** A JSON file that is not a document opclean wrote, or one too old to load (its reason says which). */
export class NotOpcleanJsonError extends Error {
  override readonly name = 'NotOpcleanJsonError';
}

/** Entity ids arrived in schema 1.4.0; older JSON cannot be keyed across documents. */
const OLDEST_SCHEMA = [1, 4] as const;

type Json = Record<string, unknown>;

/**
 * Reads one opclean JSON text into the rows of a corpus database. `name` is the JSON's path
 * relative to its output folder without ".json". Throws NotOpcleanJsonError for other JSON
 * (CSL-JSON, index lines, a schema older than 1.4.0) and for text that is not JSON.
 */
export function loadCorpusDocument(text: string, name: string): CorpusDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new NotOpcleanJsonError(`not JSON (${(error as Error).message})`, { cause: error });
  }
  const json = asObject(parsed);
  const version = typeof json?.['schemaVersion'] === 'string' ? (json['schemaVersion'] as string) : undefined;
  const source = asObject(json?.['source']);
  if (!json || !version || !source || !Array.isArray(json['paragraphs'])) {
    throw new NotOpcleanJsonError('not an opclean document (no schemaVersion, source or paragraphs)');
  }
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major !== OLDEST_SCHEMA[0] || minor < OLDEST_SCHEMA[1]) {
    throw new NotOpcleanJsonError(`schema ${version}: only 1.4.0 to 1.x load (older JSON has no entity ids: convert the PDF again)`);
  }
  const sha256 = str(source['sha256']);
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new NotOpcleanJsonError('source.sha256 is not a SHA-256');

  const paragraphs = objects(json['paragraphs']).map((p): CorpusParagraph => {
    const pages = numbers(p['pages']);
    const body = str(p['text']);
    return {
      anchor: str(p['id']),
      kind: str(p['kind']) || 'paragraph',
      firstPage: pages.length > 0 ? Math.min(...pages) : 1,
      lastPage: pages.length > 0 ? Math.max(...pages) : 1,
      text: body,
      // written since schema 1.5.0; the same hash for 1.4.0 JSON
      hash: typeof p['hash'] === 'string' ? p['hash'] : paragraphHash(body),
    };
  });
  const anchors = new Set<string>();
  for (const p of paragraphs) {
    if (anchors.has(p.anchor)) throw new NotOpcleanJsonError(`paragraph id "${p.anchor}" appears twice`);
    anchors.add(p.anchor);
  }
  const textOf = new Map(paragraphs.map((p) => [p.anchor, p.text]));
  const bio = asObject(json['bio']);
  if (bio) textOf.set(str(bio['id']) || 'bio', str(bio['text']));

  const entities: CorpusEntity[] = [];
  const mentions: CorpusMention[] = [];
  const seen = new Set<string>();
  for (const e of objects(json['entities'])) {
    const id = str(e['id']);
    // one row per entity and document; a second entry under the same id adds its mentions
    if (!seen.has(id)) {
      seen.add(id);
      entities.push({
        id,
        name: str(e['name']),
        type: str(e['type']),
        country: typeof e['country'] === 'string' ? e['country'] : null,
        aliases: strings(e['aliases']).join('; '),
        mentions: typeof e['count'] === 'number' ? e['count'] : objects(e['mentions']).length,
        confidence: num(e['confidence']),
      });
    }
    for (const m of objects(e['mentions'])) {
      const anchor = str(m['paragraph']);
      const start = num(m['start']) ?? 0;
      const end = num(m['end']) ?? start;
      mentions.push({ entityId: id, anchor, page: num(m['page']) ?? 1, start, end, text: (textOf.get(anchor) ?? '').slice(start, end) });
    }
  }

  return {
    name,
    sha256,
    jsonSha256: createHash('sha256').update(text).digest('hex'),
    schemaVersion: version,
    sourceFile: str(source['file']),
    title: strOrNull(json['title']),
    published: strOrNull(json['published']),
    url: strOrNull(json['url']),
    publisher: strOrNull(json['publisher']),
    pages: num(source['pages']) ?? 0,
    language: strOrNull(json['language']),
    bio: bio ? str(bio['text']) : null,
    citation: strOrNull(json['citation']),
    convertedAt: dateOf(asObject(json['csl'])?.['accessed']),
    authors: [...new Set(objects(json['authors']).map((a) => str(a['name'])))],
    paragraphs,
    entities,
    mentions,
    figures: objects(json['figures']).map((f) => ({
      anchor: str(f['paragraph']),
      page: num(f['page']) ?? 1,
      kind: str(f['kind']),
      value: num(f['value']),
      low: num(f['low']),
      high: num(f['high']),
      unit: strOrNull(f['unit']),
      symbol: strOrNull(f['symbol']),
      per: strOrNull(f['per']),
      approximate: f['approximate'] === true,
      date: strOrNull(f['date']),
      text: str(f['text']),
      sentence: str(f['sentence']),
      start: num(f['start']) ?? 0,
      end: num(f['end']) ?? 0,
      confidence: num(f['confidence']),
    })),
    claims: objects(json['claims']).map((c) => ({
      anchor: str(c['paragraph']),
      page: num(c['page']) ?? 1,
      text: str(c['text']),
      kinds: strings(c['kinds']).join(','),
      checkable: c['checkable'] === true,
      hedged: c['hedged'] === true,
      score: num(c['score']) ?? 0,
      confidence: num(c['confidence']),
      start: num(c['start']) ?? 0,
      end: num(c['end']) ?? 0,
    })),
    removed: objects(json['removed']).map((r) => ({ kind: str(r['kind']), page: num(r['page']) ?? 1, text: str(r['text']) })),
    diagnostics: objects(json['diagnostics']).map((d) => ({
      code: str(d['code']),
      severity: str(d['severity']),
      message: str(d['message']),
    })),
  };
}

const asObject = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const objects = (value: unknown): Json[] =>
  Array.isArray(value)
    ? value.flatMap((v): Json[] => {
        const o = asObject(v);
        return o ? [o] : [];
      })
    : [];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : []);

/** A CSL date (`{"date-parts": [[2025, 2, 9]]}`) as YYYY-MM-DD (or YYYY-MM, YYYY). */
function dateOf(value: unknown): string | null {
  const parts = asObject(value)?.['date-parts'];
  const first = Array.isArray(parts) ? numbers(parts[0]) : [];
  if (first.length === 0) return null;
  return first
    .slice(0, 3)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}
