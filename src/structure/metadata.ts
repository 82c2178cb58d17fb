import type { Context } from '../model/context.js';
import type { Author, Block, FontInfo, PageLayout } from '../model/document.js';
import type { Evidence, MetadataProvenance } from '../model/evidence.js';
import { parseWrittenDate } from '../model/bylines.js';
import { blockText } from '../model/text.js';
import { findAuthors } from './metadata/authors.js';
import { type KnownDate, dateBlocks, findPublished } from './metadata/date.js';
import type { MetadataInput } from './metadata/front.js';
import { findPublisher } from './metadata/publisher.js';
import { findTitle } from './metadata/title.js';
import { findUrl } from './metadata/url.js';

/** A date in an article address's path: "/2024/03/03/". */
const URL_DATE = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//;

/** The article's metadata, the evidence for each field, and the front-matter blocks the
 *  fields were read from (left out of the body). */
export interface Metadata {
  readonly title: string | null;
  readonly authors: readonly Author[];
  readonly published: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly provenance: MetadataProvenance;
  readonly roles: ReadonlyMap<Block, 'title' | 'byline' | 'url' | 'label' | 'date'>;
}

const fieldValue = (e: Evidence | null): string | null => (e && typeof e.value === 'string' ? e.value : null);

/** Finds title, authors, date, URL and publisher in a cleaned layout, each with its evidence or
 *  null: a field without printed evidence is left out, never guessed. */
export function findMetadata(doc: PageLayout, blocks: readonly Block[], body: FontInfo | undefined, ctx: Context): Metadata {
  const heights = new Map(doc.pages.map((p) => [p.page, p.height]));
  const input: MetadataInput = { blocks, body, info: doc.info, pageHeight: (page) => heights.get(page) ?? 0 };

  const url = findUrl(input);
  const title = findTitle(input);
  if (title.evidence?.source === 'info') ctx.note('structure/title', 'title taken from the PDF document info: no title set on page 1');
  const titleEnd = title.blocks.at(-1);
  const afterTitle: MetadataInput = titleEnd ? { ...input, titleEnd } : input;
  const authors = findAuthors(afterTitle, title.blocks);
  const urlValue = fieldValue(url.evidence);
  const m = urlValue ? URL_DATE.exec(urlValue) : null;
  const urlDate = m ? parseWrittenDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
  const known: { byline?: KnownDate; url?: KnownDate; title?: string | null } = {
    title: fieldValue(title.evidence),
    ...(authors.bylineDate ? { byline: { ...authors.bylineDate, source: 'byline' as const } } : {}),
    ...(urlDate && urlValue ? { url: { value: urlDate, source: 'url' as const, page: url.evidence?.page ?? 1, text: urlValue } } : {}),
  };
  const published = findPublished(afterTitle, known);
  const furniture = blocks.filter((b) => b.role === 'running-footer' || b.role === 'running-header').map(blockText);
  const printedUrls = [urlValue, ...furniture];
  const publisher = findPublisher(
    afterTitle,
    fieldValue(title.evidence),
    authors.authors,
    printedUrls.filter((u): u is string => u !== null),
  );

  const roles = new Map<Block, 'title' | 'byline' | 'url' | 'label' | 'date'>();
  for (const block of title.labels) roles.set(block, 'label');
  for (const block of dateBlocks(afterTitle, published)) roles.set(block, 'date');
  for (const block of title.blocks) if (block.role === 'body') roles.set(block, 'title');
  for (const block of authors.blocks) roles.set(block, 'byline');
  if (url.block) roles.set(url.block, 'url');
  return {
    title: fieldValue(title.evidence),
    authors: authors.authors,
    published: fieldValue(published),
    url: urlValue,
    publisher: fieldValue(publisher),
    provenance: { title: title.evidence, authors: authors.evidence, published, url: url.evidence, publisher },
    roles,
  };
}
