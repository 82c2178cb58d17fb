import type { Context } from '../model/context.js';
import type { Article } from '../model/document.js';
import type { Enriched } from '../model/enriched.js';
import type { Options } from '../model/options.js';
import { type CslItem, toCsl } from './citation/csl.js';
import { preloadCitations, renderCitation } from './citation/render-citation.js';
import { toJson, toJsonText } from './to-json.js';
import { toMarkdown } from './to-markdown.js';
import { toMdast } from './to-mdast.js';

export interface Rendered {
  readonly markdown?: string;
  readonly json?: string;
  /** BibTeX, one entry. */
  readonly bib?: string;
  /** CSL-JSON: an array of one item, as reference managers and pandoc read it. */
  readonly csl?: string;
}

/** In-text citations of one place in the article, in the run's style. */
export interface InText {
  /** By paragraph number: "(Gojayev 2025, para. 6)". */
  readonly paragraph: string;
  /** By page: "(Gojayev 2025, 2)" in Chicago, "(Gojayev, 2025, p. 2)" in APA. */
  readonly page: string;
}

/** The article as a citation: its CSL-JSON item, the reference in the run's style, and how to
 *  cite a paragraph or a page of it in that style. */
export interface Citation {
  readonly csl: CslItem;
  /** The reference in the run's style; null with citations switched off. */
  readonly reference: string | null;
  /** In-text citations for a paragraph number and a page; undefined without citeproc. */
  readonly inText?: (paragraph: string, page: string) => InText;
}

/** A locator no article has, rendered once per style and then replaced by the real one. */
const PLACEHOLDER = '987654321';

/** Today as ISO YYYY-MM-DD (UTC): the conversion date a citation records as accessed. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** True when the run renders with citeproc: BibTeX, or references in the Markdown or JSON
 *  unless citations are switched off. CSL-JSON alone needs none. */
export const needsCiteproc = (options: Pick<Options, 'formats' | 'cite'>): boolean =>
  options.formats.includes('bib') || (options.cite && options.formats.some((f) => f === 'md' || f === 'json'));

/** Starts loading citeproc when the run needs it, so the load overlaps with reading. */
export const preloadRender = (ctx: Context): Promise<unknown> => (needsCiteproc(ctx.options) ? preloadCitations() : Promise.resolve());

/** An article with nothing extracted, as it is when it holds what was extracted. */
const asEnriched = (article: Article | Enriched): Enriched =>
  'entities' in article ? article : { ...article, entities: [], figures: [], claims: [] };

/**
 * Renders the requested formats of an article whose extraction may still be running: the
 * citation and the Markdown (which shows none of the extraction) first, then, once `enriched`
 * settles (by default the article itself, with whatever it holds), the JSON, which carries the
 * diagnostics gathered so far. Rendered meanwhile, they
 * take no time of their own while compromise tags the text in its thread. citeproc loads only
 * when a format needs a styled reference or BibTeX (everything but CSL-JSON).
 */
export async function render(
  article: Article | Enriched,
  ctx: Context,
  enriched: Enriched | Promise<Enriched> = asEnriched(article),
): Promise<Rendered> {
  const formats = ctx.options.formats;
  const csl = toCsl(article, ctx.options.accessed ?? today());
  const cites = ctx.options.cite && (formats.includes('md') || formats.includes('json'));
  // in-text citations go to the JSON's claims and figures only
  const text = needsCiteproc(ctx.options)
    ? await renderCitation({
        csl,
        style: ctx.options.citeStyle,
        reference: cites,
        inText: cites && formats.includes('json'),
        bib: formats.includes('bib'),
        locator: PLACEHOLDER,
      })
    : {};
  const { paragraph, page } = text;
  const templates = paragraph !== undefined && page !== undefined ? { paragraph, page } : undefined;
  const citation: Citation = {
    csl,
    reference: text.reference ?? null,
    ...(templates
      ? {
          inText: (paragraph: string, page: string) => ({
            paragraph: templates.paragraph.replace(PLACEHOLDER, paragraph),
            page: templates.page.replace(PLACEHOLDER, page),
          }),
        }
      : {}),
  };
  const markdown = formats.includes('md') ? toMarkdown(toMdast(article, citation, ctx.options.howToCite)) : undefined;
  const json = formats.includes('json') ? toJsonText(toJson(await enriched, ctx.diagnostics, citation)) : undefined;
  return {
    ...(markdown !== undefined ? { markdown } : {}),
    ...(json !== undefined ? { json } : {}),
    ...(text.bib !== undefined ? { bib: text.bib } : {}),
    ...(formats.includes('csl') ? { csl: `${JSON.stringify([csl], null, 2)}\n` } : {}),
  };
}
