import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { Article, ArticleBlock, NoteRef } from '../model/document.js';
import { anchorOf, toLists } from './to-lists.js';
import type { Citation } from './index.js';
import { toYaml } from './yaml.js';

declare module 'mdast' {
  interface Data {
    /** Paragraph id and pages of the article block a node renders. */
    opclean?: { id: string; pages: readonly number[] };
  }
}

/** The heading over the footnote definitions: readers and tools take a final "Notes" section
 *  for the notes rather than the running text. */
const NOTES_HEADING = 'Notes';

/** The heading of the closing section that gives the article's reference. */
export const CITE_HEADING = 'How to cite';

/** The article as an mdast tree: frontmatter (with the reference rendered in the run's style,
 *  `citation`), title, byline, body with anchors and footnote references, bio, a "How to cite"
 *  section with the reference when asked for, and the notes as footnote definitions under a "Notes" heading. */
export function toMdast(article: Article, cited: Pick<Citation, 'reference' | 'csl'> | null = null, howToCite = false): Root {
  const refs = refsByParagraph(article);
  const citation = cited?.reference ?? null;
  const children: RootContent[] = [{ type: 'yaml', value: toYaml(frontmatter(article, cited)) }];
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
    const anchor = anchorOf(block);
    if (block.kind === 'code' || block.kind === 'formula') {
      // a code block holds no anchor: its id and pages are in the JSON
      children.push({ type: 'code', lang: null, value: block.text, data });
      continue;
    }
    if (block.kind === 'heading') {
      const depth = Math.min(Math.max(block.level ?? 2, 2), 6) as 2 | 3 | 4 | 5 | 6;
      children.push({ type: 'heading', depth, data, children: [anchor, { type: 'text', value: block.text }] });
    } else {
      children.push({ type: 'paragraph', data, children: [anchor, ...withReferences(block, refs.get(block.id) ?? [])] });
    }
  }
  children.push(...toLists(items));
  if (article.bio) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'About the author' }] });
    children.push({ type: 'paragraph', children: [anchorOf(article.bio), { type: 'text', value: article.bio.text }] });
  }
  if (citation && howToCite) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: CITE_HEADING }] });
    children.push({ type: 'paragraph', children: [{ type: 'text', value: citation }] });
  }
  const notes = article.notes ?? [];
  if (notes.length > 0) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: NOTES_HEADING }] });
    for (const note of notes) {
      children.push({
        type: 'footnoteDefinition',
        identifier: note.id,
        label: note.id,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: note.text }] }],
      });
    }
  }
  return { type: 'root', children };
}

/** Each paragraph's note markers with the label of the note they refer to, in text order. */
function refsByParagraph(article: Article): Map<string, (NoteRef & { label: string })[]> {
  const out = new Map<string, (NoteRef & { label: string })[]>();
  for (const note of article.notes ?? []) {
    for (const ref of note.refs) {
      const list = out.get(ref.paragraph) ?? [];
      list.push({ ...ref, label: note.id });
      out.set(ref.paragraph, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** A paragraph's text with its note markers replaced by footnote references. */
function withReferences(block: ArticleBlock, refs: readonly (NoteRef & { label: string })[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const ref of refs) {
    if (ref.start < at) continue;
    if (ref.start > at) nodes.push({ type: 'text', value: block.text.slice(at, ref.start) });
    nodes.push({ type: 'footnoteReference', identifier: ref.label, label: ref.label });
    at = ref.end;
  }
  if (at < block.text.length || nodes.length === 0) nodes.push({ type: 'text', value: block.text.slice(at) });
  return nodes;
}

/** The line under the title: author names, date and publisher, reworded from the PDF's byline. */
function bylineText(article: Article): string | undefined {
  const names = article.authors.map((a) => a.name);
  if (names.length === 0) return undefined;
  const parts = [`By ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`];
  if (article.published) parts.push(article.published);
  if (article.publisher) parts.push(article.publisher);
  return parts.join(' · ');
}

function frontmatter(article: Article, cited: Pick<Citation, 'reference' | 'csl'> | null): Record<string, unknown> {
  return {
    title: article.title,
    // `author`, as pandoc, Quarto and static-site generators read it
    author: article.authors.map((a) => a.name),
    date: article.published,
    url: article.url,
    publisher: article.publisher,
    source: article.source.fileName,
    sha256: article.source.sha256,
    pages: article.source.pages,
    citation: cited?.reference ?? null,
    // the article as a CSL item, as pandoc's citeproc reads references from the metadata:
    // `pandoc x.md --citeproc` with `nocite: "@*"` prints it, `[@key]` cites it
    ...(cited ? { references: [cited.csl] } : {}),
  };
}
