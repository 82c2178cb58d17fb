import type { CiteStyle } from '../../model/options.js';
import { loadCiteproc } from './citeproc.js';
import type { CslItem } from './csl.js';

/** What a conversion needs citeproc to render for its article. */
export interface CitationAsk {
  readonly csl: CslItem;
  readonly style: CiteStyle;
  /** The reference in the style (Markdown and JSON with citations on). */
  readonly reference: boolean;
  /** In-text citations of a paragraph and of a page, with `locator` standing for the number. */
  readonly inText: boolean;
  /** The BibTeX entry. */
  readonly bib: boolean;
  readonly locator: string;
}

/** The strings asked for. */
export interface CitationText {
  readonly reference?: string;
  readonly paragraph?: string;
  readonly page?: string;
  readonly bib?: string;
}

/** Renders what a conversion asks for: in this thread, or in another that has citeproc loaded. */
export type CitationRenderer = (ask: CitationAsk) => Promise<CitationText>;

/** Renders with citeproc loaded in this thread (once, on first use). */
export async function renderHere(ask: CitationAsk): Promise<CitationText> {
  const citeproc = await loadCiteproc();
  return {
    ...(ask.reference ? { reference: citeproc.reference(ask.csl, ask.style) } : {}),
    ...(ask.inText
      ? {
          paragraph: citeproc.inText(ask.csl, ask.style, 'paragraph', ask.locator),
          page: citeproc.inText(ask.csl, ask.style, 'page', ask.locator),
        }
      : {}),
    ...(ask.bib ? { bib: citeproc.bibtex(ask.csl) } : {}),
  };
}

/** The other thread that renders this thread's citations, if one does. */
let elsewhere: CitationRenderer | undefined;

/**
 * Hands the rendering to another thread (a conversion thread asks the thread that started it,
 * which loads citeproc while this one reads the PDF); `renderHere` is the fallback when that
 * thread fails.
 */
export function renderCitationsElsewhere(renderer: CitationRenderer): void {
  elsewhere = renderer;
}

/** Renders a conversion's citations where this thread renders them. */
export const renderCitation = (ask: CitationAsk): Promise<CitationText> =>
  elsewhere ? elsewhere(ask).catch(() => renderHere(ask)) : renderHere(ask);

/** Starts loading citeproc here, unless another thread renders. */
export const preloadCitations = (): Promise<unknown> => (elsewhere ? Promise.resolve() : loadCiteproc());

/** Loads citeproc and builds its engine for a style by rendering a sample article in it: what
 *  the first conversion's citations would otherwise wait for. */
export async function warmCitations(style: CiteStyle): Promise<void> {
  const csl: CslItem = {
    id: 'sample',
    'citation-key': 'sample',
    type: 'article',
    title: 'Sample',
    author: [{ family: 'Sample', given: 'Ann' }],
    issued: { 'date-parts': [[2025, 1, 1]] },
    accessed: { 'date-parts': [[2025, 1, 1]] },
  };
  await renderHere({ csl, style, reference: true, inText: true, bib: false, locator: '1' });
}
