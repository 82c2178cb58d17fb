import { createHash } from 'node:crypto';
import type { Context } from './model/context.js';
import type { Article, PageLayout, RawDoc, SourceInfo } from './model/document.js';
import type { Enriched } from './model/enriched.js';
import type { Rendered } from './output/index.js';

/** Every stage's output for one file: for goldens, --dump and debugging. */
export interface Trace {
  readonly raw: RawDoc;
  readonly laidOut: PageLayout;
  readonly cleaned: PageLayout;
  readonly article: Article;
  readonly enriched: Enriched;
  readonly output: Rendered;
}

/** The first half's stages: everything up to the article. */
export type ArticleTrace = Pick<Trace, 'raw' | 'laidOut' | 'cleaned' | 'article'>;

/** True when this run asks for entity, figure and claim extraction (only the JSON carries them). */
export const wantsExtraction = (ctx: Context): boolean => ctx.options.extract && ctx.options.formats.includes('json');

/**
 * Starts loading what the second half needs (renderers; NLP when extraction is asked for), so
 * that it overlaps with reading a PDF, here or in another process. Safe to call many times.
 */
export function preloadFinish(ctx: Context): Promise<unknown> {
  const output = import('./output/index.js');
  if (!wantsExtraction(ctx)) return output;
  const nlp = import('./extract/index.js').then((m) => m.preloadNlp());
  return Promise.all([output, nlp]);
}

/** Stops the NLP worker thread if one runs (a timed-out extraction, or a host shutting down). */
export async function stopFinish(): Promise<void> {
  await (await import('./extract/nlp-load.js')).stopNlp();
}

/** First half, the PDF work: read → layout → clean → structure. Throws ConversionError when
 *  the file cannot be converted. Plain data out, so it can cross a process boundary. */
export async function readArticle(bytes: Uint8Array, fileName: string, ctx: Context): Promise<ArticleTrace> {
  // each half loads its own stages: a process that only finishes articles never loads these
  const [{ readPdf }, { layoutPages }, { clean }, { buildArticle }] = await Promise.all([
    import('./read/read-pdf.js'),
    import('./layout/index.js'),
    import('./clean/index.js'),
    import('./structure/index.js'),
  ]);
  const raw = await readPdf(bytes, ctx);
  const laidOut = layoutPages(raw, ctx);
  const cleaned = clean(laidOut, ctx);
  const article = buildArticle(cleaned, ctx, sourceInfo(bytes, fileName, raw));
  return { raw, laidOut, cleaned, article };
}

/** Second half, the text work: extract (when asked for) → render. */
export async function finishArticle(article: Article, ctx: Context): Promise<Pick<Trace, 'enriched' | 'output'>> {
  const enriched: Enriched = wantsExtraction(ctx)
    ? await (await import('./extract/index.js')).extract(article, ctx)
    : { ...article, entities: [], figures: [], claims: [] };
  const { render } = await import('./output/index.js');
  return { enriched, output: render(enriched, ctx) };
}

/** Runs every stage on one PDF's bytes in this process; throws ConversionError when the file cannot be converted. */
export async function runPipeline(bytes: Uint8Array, fileName: string, ctx: Context): Promise<Trace> {
  const preloading = preloadFinish(ctx).catch(() => undefined); // a failed preload resurfaces in finishArticle
  const first = await readArticle(bytes, fileName, ctx);
  await preloading;
  return { ...first, ...(await finishArticle(first.article, ctx)) };
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
