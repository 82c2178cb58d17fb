import type { Root, RootContent } from 'mdast';
import type { ArticleBlock } from '../model/document.js';
import type { Enriched } from '../model/enriched.js';
import { chicagoCitation } from './citation.js';
import { toLists } from './to-lists.js';
import { toYaml } from './yaml.js';

declare module 'mdast' {
  interface Data {
    /** Paragraph id and pages of the article block a node renders. */
    opclean?: { id: string; pages: readonly number[] };
  }
}

/** The article as an mdast tree: frontmatter, title, byline, body with anchors, bio. */
export function toMdast(article: Enriched): Root {
  const children: RootContent[] = [{ type: 'yaml', value: toYaml(frontmatter(article)) }];
  if (article.title) children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: article.title }] });
  const byline = bylineText(article);
  if (byline) children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: byline }] }] });
  let items: ArticleBlock[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'list-item') {
      items.push(block);
      continue;
    }
    children.push(...toLists(items));
    items = [];
    const data = { opclean: { id: block.id, pages: block.pages } };
    const anchor = { type: 'html' as const, value: `<a id="${block.id}" data-pages="${block.pages.join('-')}"></a>` };
    if (block.kind === 'heading') {
      children.push({ type: 'heading', depth: 2, data, children: [anchor, { type: 'text', value: block.text }] });
    } else {
      children.push({ type: 'paragraph', data, children: [anchor, { type: 'text', value: block.text }] });
    }
  }
  children.push(...toLists(items));
  if (article.bio) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'About the author' }] });
    children.push({ type: 'paragraph', children: [{ type: 'text', value: article.bio.text }] });
  }
  return { type: 'root', children };
}

/** The line under the title: author names, date and publisher, reworded from the PDF's byline. */
function bylineText(article: Enriched): string | undefined {
  const names = article.authors.map((a) => a.name);
  if (names.length === 0) return undefined;
  const parts = [`By ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`];
  if (article.published) parts.push(article.published);
  if (article.publisher) parts.push(article.publisher);
  return parts.join(' · ');
}

function frontmatter(article: Enriched): Record<string, unknown> {
  return {
    title: article.title,
    authors: article.authors.map((a) => a.name),
    date: article.published,
    url: article.url,
    publisher: article.publisher,
    source: article.source.fileName,
    sha256: article.source.sha256,
    pages: article.source.pages,
    citation: chicagoCitation(article),
  };
}
