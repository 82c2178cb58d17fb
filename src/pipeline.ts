import { createHash } from 'node:crypto';
import type { Context } from './model/context.js';
import type { Article, PageLayout, RawDoc, SourceInfo } from './model/document.js';
import type { Enriched } from './model/enriched.js';
import type { FurnitureTemplate, TemplateKey } from './model/furniture.js';
import type { Rendered } from './output/index.js';

/** Every stage's output for one file: for goldens, --dump and debugging. */
export interface Trace {
  readonly raw: RawDoc;
  readonly laidOut: PageLayout;
  readonly cleaned: PageLayout;
  readonly article: Article;
  readonly enriched: Enriched;
  readonly output: Rendered;
  readonly furniture: FurnitureSeen;
}

/** What a file tells a batch about its publisher's template, and what it took from it. */
export interface FurnitureSeen {
  readonly template?: TemplateKey;
  /** The furniture its own pages showed by repetition (none for a one-page piece). */
  readonly learnt?: FurnitureTemplate;
  /** Without furniture of its own: the lines left in its page bands, which a template learnt
   *  later from other files might take out. */
  readonly bandKeys?: readonly string[];
  /** Files of evidence behind the learnt template it was given for its own template (0: none). */
  readonly usedFiles: number;
}

/** True when this run asks for entity, figure and claim extraction (only the JSON carries them). */
export const wantsExtraction = (ctx: Context): boolean => ctx.options.extract && ctx.options.formats.includes('json');

/**
 * Starts loading every stage this run needs (pdf.js, the renderers and citeproc; compromise, in a thread of
 * its own, when extraction is asked for), so that loading overlaps with other work. Safe to call
 * many times.
 */
export function preloadStages(ctx: Context): Promise<unknown> {
  const stages: Promise<unknown>[] = [
    import('./read/pdfjs.js').then((m) => m.loadPdfJs()),
    import('./output/index.js').then((m) => m.preloadRender(ctx)),
  ];
  if (wantsExtraction(ctx)) stages.push(import('./extract/index.js').then((m) => m.preloadNlp()));
  return Promise.all(stages);
}

/** Runs every stage on one PDF's bytes in this process; throws ConversionError when the file cannot be converted. */
export async function runPipeline(bytes: Uint8Array, fileName: string, ctx: Context): Promise<Trace> {
  // compromise loads in its thread while pdf.js parses the file here
  const preloading = preloadStages(ctx).catch(() => undefined); // a failed preload resurfaces below
  const [{ readPdf }, { layoutPages }, { bandKeys, clean, learnFurniture, templateFor, templateKeyOf }, { buildArticle }] =
    await Promise.all([
      import('./read/read-pdf.js'),
      import('./layout/index.js'),
      import('./clean/index.js'),
      import('./structure/index.js'),
    ]);
  const raw = await readPdf(bytes, ctx);
  const laidOut = layoutPages(raw, ctx);
  const cleaned = clean(laidOut, ctx);
  const template = templateKeyOf(cleaned);
  const learnt = learnFurniture(cleaned);
  const given = template && ctx.options.furniture ? templateFor(template, ctx.options.furniture) : undefined;
  const furniture = {
    ...(template ? { template } : {}),
    ...(learnt ? { learnt } : { bandKeys: bandKeys(cleaned) }),
    usedFiles: given?.files ?? 0,
  };
  const article = buildArticle(cleaned, ctx, sourceInfo(bytes, fileName, raw));
  await preloading;
  const [{ render }, extractor] = await Promise.all([
    import('./output/index.js'),
    wantsExtraction(ctx) ? import('./extract/index.js') : undefined,
  ]);
  // extraction hands the sentences to compromise's thread before its first wait, and the
  // citation and the Markdown are rendered here meanwhile
  const enriching: Promise<Enriched> = extractor
    ? extractor.extract(article, ctx)
    : Promise.resolve({ ...article, entities: [], figures: [], claims: [] });
  const [enriched, output] = await Promise.all([enriching, render(article, ctx, enriching)]);
  return { raw, laidOut, cleaned, article, enriched, output, furniture };
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
