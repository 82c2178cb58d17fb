import { createHash } from 'node:crypto';
import { clean } from './clean/index.js';
import { layoutPages } from './layout/index.js';
import type { Context } from './model/context.js';
import type { Article, PageLayout, RawDoc, SourceInfo } from './model/document.js';
import type { Enriched } from './model/enriched.js';
import { type Rendered, render } from './output/index.js';
import { readPdf } from './read/read-pdf.js';
import { buildArticle } from './structure/index.js';

/** Every stage's output for one file: for goldens, --dump and debugging. */
export interface Trace {
  readonly raw: RawDoc;
  readonly laidOut: PageLayout;
  readonly cleaned: PageLayout;
  readonly article: Article;
  readonly enriched: Enriched;
  readonly output: Rendered;
}

/** True when this run asks for entity, figure and claim extraction (only the JSON carries them). */
export const wantsExtraction = (ctx: Context): boolean => ctx.options.extract && ctx.options.formats.includes('json');

/** Runs every stage on one PDF's bytes; throws ConversionError when the file cannot be converted. */
export async function runPipeline(bytes: Uint8Array, fileName: string, ctx: Context): Promise<Trace> {
  // NLP is heavy to load: start it now so it overlaps with reading the PDF
  const nlp = wantsExtraction(ctx) ? import('./extract/index.js') : undefined;
  nlp?.then((m) => m.preloadNlp?.()).catch(() => undefined);
  const raw = await readPdf(bytes, ctx);
  const laidOut = layoutPages(raw, ctx);
  const cleaned = clean(laidOut, ctx);
  const article = buildArticle(cleaned, ctx, sourceInfo(bytes, fileName, raw));
  const enriched: Enriched = nlp ? await (await nlp).extract(article, ctx) : { ...article, entities: [], figures: [], claims: [] };
  const output = render(enriched, ctx);
  return { raw, laidOut, cleaned, article, enriched, output };
}

function sourceInfo(bytes: Uint8Array, fileName: string, raw: RawDoc): SourceInfo {
  return {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages: raw.pageCount,
    ...(raw.info.producer ? { producer: raw.info.producer } : {}),
    ...(raw.info.creator ? { creator: raw.info.creator } : {}),
  };
}
