import type { Context } from '../model/context.js';
import type { Enriched } from '../model/enriched.js';
import type { OutputFormat } from '../model/options.js';
import { type CslItem, toCsl } from './citation/csl.js';
import { DEFAULT_CITATION_STYLE, loadCiteproc } from './citation/citeproc.js';
import { toJson } from './to-json.js';
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

/** The article as a citation: its CSL-JSON item and the reference in the default style. */
export interface Citation {
  readonly csl: CslItem;
  readonly reference: string;
}

/** Today as ISO YYYY-MM-DD (UTC): the conversion date a citation records as accessed. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** True when a format needs citeproc: a styled reference (md, json) or BibTeX. */
const needsCiteproc = (formats: readonly OutputFormat[]): boolean => formats.some((f) => f !== 'csl');

/** Starts loading citeproc when the run's formats need it, so the load overlaps with reading. */
export const preloadRender = (ctx: Context): Promise<unknown> => (needsCiteproc(ctx.options.formats) ? loadCiteproc() : Promise.resolve());

/** Renders the requested formats; the JSON carries the diagnostics gathered so far. citeproc
 *  loads only when a format needs a styled reference or BibTeX (everything but CSL-JSON). */
export async function render(article: Enriched, ctx: Context): Promise<Rendered> {
  const formats = ctx.options.formats;
  const csl = toCsl(article, ctx.options.accessed ?? today());
  const citeproc = needsCiteproc(formats) ? await loadCiteproc() : undefined;
  const citation: Citation = { csl, reference: citeproc?.reference(csl, DEFAULT_CITATION_STYLE) ?? '' };
  return {
    ...(formats.includes('md') ? { markdown: toMarkdown(toMdast(article, citation.reference)) } : {}),
    ...(formats.includes('json') ? { json: `${JSON.stringify(toJson(article, ctx.diagnostics, citation), null, 2)}\n` } : {}),
    ...(formats.includes('bib') && citeproc ? { bib: citeproc.bibtex(csl) } : {}),
    ...(formats.includes('csl') ? { csl: `${JSON.stringify([csl], null, 2)}\n` } : {}),
  };
}
