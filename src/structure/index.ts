import type { Context } from '../model/context.js';
import type { Article, ArticleBlock, Block, PageLayout, Removed, RemovedKind, SourceInfo } from '../model/document.js';
import { allBlocks, bodyFont } from './blocks.js';
import { blockText, lineText } from '../model/text.js';
import { findFrontMatter, separateBylines } from './front-matter.js';
import { documentWords } from './hyphenation.js';
import { findAuthors, findFurnitureUrl, findPublished, findPublisher } from './metadata.js';
import { type ParagraphPiece, joinAcrossBreaks, measureRightEdges, toArticleBlock } from './paragraphs.js';
import { headingLevels } from './heading-levels.js';
import { findHeadings } from './headings.js';
import { BIO_LABEL, isBioLabel } from './sections.js';

const REMOVED_KINDS: ReadonlySet<string> = new Set([
  'running-header',
  'running-footer',
  'page-number',
  'disclaimer',
  'undecodable',
  'margin',
]);

/** Cleaned layout → article: metadata, headings and paragraphs reflowed across pages, the bio. */
export function buildArticle(doc: PageLayout, ctx: Context, source: SourceInfo): Article {
  const blocks = separateBylines(allBlocks(doc));
  const body = bodyFont(blocks);
  const found = findFrontMatter(blocks, body, doc.info, ctx);
  const front = found.url ? found : { ...found, url: findFurnitureUrl(blocks) };
  const words = documentWords(blocks.flatMap((b) => b.lines.map(lineText)));

  const frontRoles = new Map<Block, RemovedKind | 'title'>();
  if (front.titleBlock) frontRoles.set(front.titleBlock, 'title');
  if (front.urlBlock) frontRoles.set(front.urlBlock, 'url');
  if (front.bylineBlock) frontRoles.set(front.bylineBlock, 'byline');

  const authors = findAuthors(blocks, front, doc.info);
  const headings = findHeadings(
    blocks.filter((b) => b.role === 'body' && !frontRoles.has(b)),
    {
      body,
      authorNames: authors.map((a) => a.name),
      titleFound: front.titleBlock !== undefined,
      title: front.title,
      ...(front.titleBlock?.lines[0] ? { titleFont: front.titleBlock.lines[0].font } : {}),
    },
  );
  const pieces: ParagraphPiece[] = [];
  const bioPieces: ParagraphPiece[] = [];
  let inBio = false;
  for (const block of blocks) {
    if (block.role !== 'body' || frontRoles.has(block)) continue;
    if (isBioLabel(block)) {
      inBio = true;
      continue;
    }
    if (BIO_LABEL.test(blockText(block).trim())) inBio = true;
    const heading = headings.get(block);
    if (heading && heading[0] !== block) continue; // the second line of a wrapped heading
    const kind = heading ? 'heading' : 'paragraph';
    if (inBio && kind === 'heading') inBio = false;
    (inBio ? bioPieces : pieces).push({ kind, blocks: heading ?? [block] });
  }
  const edges = measureRightEdges(blocks.filter((b) => b.role === 'body'));
  const joined = joinAcrossBreaks(pieces, edges);
  let p = 0;
  let h = 0;
  const levels = headingLevels(joined.filter((piece) => piece.kind === 'heading').map((piece) => piece.blocks));
  const articleBlocks: ArticleBlock[] = joined.map((piece) => {
    if (piece.kind !== 'heading') return toArticleBlock(piece, `p${++p}`, words);
    const level = levels.get(piece.blocks[0] as Block);
    const heading = toArticleBlock(piece, `h${++h}`, words);
    return level === undefined ? heading : { ...heading, level };
  });
  const bio =
    bioPieces.length > 0
      ? stripBioLabel(toArticleBlock({ kind: 'paragraph', blocks: bioPieces.flatMap((b) => b.blocks) }, 'bio', words))
      : null;

  const removed: Removed[] = [];
  for (const block of blocks) {
    const kind = REMOVED_KINDS.has(block.role) ? (block.role as RemovedKind) : frontRoles.get(block);
    if (!kind || kind === 'title') continue;
    const text = blockText(block).trim();
    removed.push(
      block.evidence === undefined ? { text, kind, page: block.page } : { text, kind, page: block.page, evidence: block.evidence },
    );
  }
  const published = findPublished(front);
  const publisher = findPublisher(blocks, front);
  const missing = Object.entries({ title: front.title, authors: authors[0], published, url: front.url, publisher })
    .filter(([, v]) => v === null || v === undefined)
    .map(([k]) => k);
  if (missing.length > 0) ctx.note('structure/missing', `not found in the document: ${missing.join(', ')}`);
  if (articleBlocks.length === 0) ctx.warn('structure/empty', 'no article body found: every block was furniture or metadata');
  return {
    source,
    title: front.title,
    authors,
    published,
    url: front.url,
    publisher,
    bio,
    blocks: articleBlocks,
    removed,
    corrections: doc.corrections,
    missing,
  };
}

/** Bylines inside the body: an "About the author:" prefix on the bio's first line is not bio text. */
function stripBioLabel(bio: ArticleBlock): ArticleBlock {
  const match = BIO_LABEL.exec(bio.text);
  if (!match || match.index !== 0) return bio;
  let cut = match[0].length;
  const spans = bio.spans.flatMap((span) => {
    if (cut <= 0) return [span];
    const take = Math.min(cut, span.text.length);
    cut -= take;
    return span.text.length > take ? [{ ...span, text: span.text.slice(take) }] : [];
  });
  return { ...bio, spans, text: spans.map((s) => s.text).join('') };
}
