import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostics.js';
import type { Claim, Enriched, Figure, Locator } from '../model/enriched.js';
import type { Article, ArticleBlock, Author, OutlineRole, Removed, SourceBox } from '../model/document.js';
import type { Evidence, MetadataProvenance } from '../model/evidence.js';
import { type Box, roundBox } from '../model/geometry.js';
import type { CslItem } from './citation/csl.js';
import type { Citation, InText } from './index.js';

/** Version of the JSON output's shape (schema/opclean.schema.json); bumped with any change of shape. */
export const SCHEMA_VERSION = '1.7.0';

/** One paragraph of the JSON's `paragraphs[]`. */
export interface JsonParagraph {
  readonly id: string;
  readonly kind: ArticleBlock['kind'];
  readonly text: string;
  readonly pages: readonly number[];
  readonly hash: string;
  readonly list?: NonNullable<ArticleBlock['list']>;
  readonly boxes?: readonly SourceBox[];
}

/** One page of the JSON's `pages[]`: its size and every block on it, with what it became. */
export interface JsonPage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly { readonly id: string; readonly role: OutlineRole; readonly box: Box }[];
}

/** What `<name>.json` holds: the shape src/output/opclean.schema.json documents, for readers in
 *  TypeScript (`JSON.parse(json) as OpcleanJson`). */
export interface OpcleanJson {
  readonly schemaVersion: string;
  readonly source: {
    readonly file: string;
    readonly sha256: string;
    readonly pages: number;
    readonly producer: string | null;
    readonly creator: string | null;
  };
  readonly title: string | null;
  readonly authors: readonly Pick<Author, 'name' | 'sources'>[];
  readonly published: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly bio: {
    readonly id: string;
    readonly text: string;
    readonly pages: readonly number[];
    readonly boxes?: readonly SourceBox[];
  } | null;
  readonly citation: string | null;
  readonly csl: CslItem;
  readonly missing: Article['missing'];
  readonly language: string | null;
  readonly provenance: Record<keyof MetadataProvenance, Evidence | null>;
  readonly paragraphs: readonly JsonParagraph[];
  readonly notes: readonly {
    readonly id: string;
    readonly marker: string;
    readonly text: string;
    readonly page: number | null;
    readonly refs: readonly string[];
    readonly boxes?: readonly SourceBox[];
  }[];
  readonly entities: Enriched['entities'];
  readonly figures: readonly (Figure & { readonly inText?: InText })[];
  readonly claims: readonly (Claim & { readonly inText?: InText })[];
  readonly removed: readonly Removed[];
  readonly corrections: Article['corrections'];
  readonly diagnostics: readonly Pick<Diagnostic, 'code' | 'severity' | 'message'>[];
  /** Every page's size and blocks (since 1.6.0): what a review draws the pages with. */
  readonly pages?: readonly JsonPage[];
}

/** The article as the JSON output object: stable key order, no absolute paths; the one date of
 *  the conversion is the citation's `accessed`. */
export function toJson(article: Enriched, diagnostics: readonly Diagnostic[], citation: Citation): OpcleanJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file: article.source.fileName,
      sha256: article.source.sha256,
      pages: article.source.pages,
      producer: article.source.producer ?? null,
      creator: article.source.creator ?? null,
    },
    title: article.title,
    authors: article.authors.map((a) => ({ name: a.name, sources: a.sources })),
    published: article.published,
    url: article.url,
    publisher: article.publisher,
    bio: article.bio ? { id: article.bio.id, text: article.bio.text, pages: article.bio.pages, ...boxesOf(article.bio.boxes) } : null,
    citation: citation.reference,
    csl: citation.csl,
    missing: article.missing,
    language: article.language ?? null,
    provenance: provenanceOf(article),
    paragraphs: article.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      text: b.text,
      pages: b.pages,
      hash: paragraphHash(b.text),
      ...(b.list ? { list: b.list } : {}),
      ...boxesOf(b.boxes),
    })),
    // refs: the paragraphs whose markers point at the note, each once, in text order
    notes: (article.notes ?? []).map((n) => ({
      id: n.id,
      marker: n.marker,
      text: n.text,
      page: n.pages[0] ?? null,
      refs: [...new Set(n.refs.map((r) => r.paragraph))],
      ...boxesOf(n.boxes),
    })),
    entities: article.entities,
    figures: article.figures.map((f) => withInText(f, citation)),
    claims: article.claims.map((c) => withInText(c, citation)),
    // evidence only when a learnt template removed the line: a file cleaned alone keeps its shape
    removed: article.removed.map(({ text, kind, page, evidence, boxes }) => ({
      text,
      kind,
      page,
      ...(evidence === undefined ? {} : { evidence }),
      ...boxesOf(boxes),
    })),
    corrections: article.corrections,
    diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: withCorrections(d, article) })),
    ...(article.outline
      ? {
          pages: article.outline.map((p) => ({
            page: p.page,
            width: round(p.width),
            height: round(p.height),
            blocks: p.blocks.map((b) => ({ id: b.id, role: b.role, box: roundBox(b.box) })),
          })),
        }
      : {}),
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** `boxes` rounded to 0.1 pt, when the model has them. */
const boxesOf = (boxes: readonly SourceBox[] | undefined): { boxes?: SourceBox[] } =>
  boxes ? { boxes: boxes.map((b) => ({ page: b.page, box: roundBox(b.box) })) } : {};

/** The JSON as text: two-space indentation as JSON.stringify gives it, except that a box, a
 *  `{page, box}` pair and a page's block stand on one line each, so the geometry stays a small
 *  part of the file. The patterns match only the printed structure: inside a string a quote is
 *  escaped and a line break is written \n. */
export function toJsonText(json: OpcleanJson): string {
  const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
  const BOX = new RegExp(String.raw`"box": \[\s+(${NUMBER}),\s+(${NUMBER}),\s+(${NUMBER}),\s+(${NUMBER})\s+\]`, 'g');
  const text = JSON.stringify(json, null, 2)
    .replace(BOX, '"box": [$1, $2, $3, $4]')
    .replace(/\{\s+"page": (\d+),\s+"box": (\[[^\]\n]*\])\s+\}/g, '{ "page": $1, "box": $2 }')
    .replace(/\{\s+"id": ("[^"\\\n]*"),\s+"role": ("[^"\\\n]*"),\s+"box": (\[[^\]\n]*\])\s+\}/g, '{ "id": $1, "role": $2, "box": $3 }');
  return `${text}\n`;
}

/**
 * A paragraph's content hash: the first 16 hex digits of the SHA-256 of its text, NFC-normalised
 * with white space collapsed. A quotation cited by anchor today can be checked against a later
 * conversion of the same document: same anchor and same hash, same text.
 */
export function paragraphHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** An item with its in-text citations in the run's style: by its paragraph's number and by its
 *  first page. */
function withInText<T extends { readonly locator: Locator }>(item: T, citation: Citation): T & { readonly inText?: InText } {
  if (!citation.inText) return item;
  const number = /^p(\d+)$/.exec(item.locator.paragraph)?.[1];
  const page = String(item.locator.pages[0] ?? 1);
  const inText = citation.inText(number ?? '', page);
  // a heading has no paragraph number: its citation by paragraph is its citation by page
  return { ...item, inText: number ? inText : { paragraph: inText.page, page: inText.page } };
}

const NO_PROVENANCE: MetadataProvenance = { title: null, authors: null, published: null, url: null, publisher: null };

/** Each metadata field's evidence in a fixed key order: value, source, page, then the printed
 *  text when it says more than the value. */
function provenanceOf(article: Enriched): Record<keyof MetadataProvenance, Evidence | null> {
  const given = article.provenance ?? NO_PROVENANCE;
  const one = (e: Evidence | null) =>
    e === null ? null : { value: e.value, source: e.source, page: e.page, ...(e.text === undefined ? {} : { text: e.text }) };
  return {
    title: one(given.title),
    authors: one(given.authors),
    published: one(given.published),
    url: one(given.url),
    publisher: one(given.publisher),
  };
}

/** Diagnostics noted before a correction quote the misspelt text; the misspelling stays only
 *  in the correction record and in the note that reports it. */
function withCorrections(d: Diagnostic, article: Enriched): string {
  if (d.code === 'clean/author-name') return d.message;
  return article.corrections.reduce((message, c) => message.split(c.from).join(c.to), d.message);
}
