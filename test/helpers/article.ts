import type { Article, ArticleBlock, Span } from '../../src/model/document.js';

/** What a gold file gives: paragraphs, optionally their pages, and metadata. */
export interface ArticleSeed {
  readonly paragraphs: readonly string[];
  readonly paragraphPages?: readonly (readonly number[])[];
  readonly published?: string | null;
  readonly author?: string;
  readonly bio?: string;
}

const spanOn = (text: string, page: number): Span => ({
  text,
  prov: [{ page, box: [0, 0, 0, 0], item: 0 }],
});

/** One paragraph block; a paragraph with two pages is split into two spans at its middle word. */
export function paragraphBlock(id: string, text: string, pages: readonly number[] = [1]): ArticleBlock {
  const first = pages[0] ?? 1;
  const last = pages[pages.length - 1] ?? first;
  if (first === last) return { id, kind: 'paragraph', text, spans: [spanOn(text, first)], pages: [first] };
  const cut = text.indexOf(' ', Math.floor(text.length / 2)) + 1 || text.length;
  return {
    id,
    kind: 'paragraph',
    text,
    spans: [spanOn(text.slice(0, cut), first), spanOn(text.slice(cut), last)],
    pages: [first, last],
  };
}

/** A minimal Article holding the given paragraphs as p1, p2, …. */
export function articleFrom(seed: ArticleSeed): Article {
  const blocks = seed.paragraphs.map((text, i) => paragraphBlock(`p${i + 1}`, text, seed.paragraphPages?.[i]));
  return {
    source: { fileName: 'test.pdf', sha256: '', pages: 1 },
    title: null,
    authors: seed.author ? [{ name: seed.author, sources: ['byline'] }] : [],
    published: seed.published ?? null,
    url: null,
    publisher: null,
    bio: seed.bio ? { ...paragraphBlock('bio', seed.bio), id: 'bio' } : null,
    blocks,
    removed: [],
    corrections: [],
    missing: [],
  };
}
