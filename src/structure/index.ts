import type { Context } from '../model/context.js';
import {
  type Article,
  type ArticleBlock,
  type Block,
  FURNITURE_ROLES,
  type FurnitureRole,
  type OutlineRole,
  type PageLayout,
  type PageOutline,
  type Removed,
  type RemovedKind,
  type Role,
  type SourceInfo,
} from '../model/document.js';
import { allBlocks, bodyFont, sourceBoxes } from './blocks.js';
import { blockText, lineText } from '../model/text.js';
import { separateBylines } from './front-matter.js';
import { findAuthorLines, findTitleRepeats, linesAboveTitle } from './author-lines.js';
import { joinReferenceLabels } from './reference-labels.js';
import { markDisplays, toDisplayBlock } from './displays.js';
import { documentWords } from './hyphenation.js';
import { collectNotes, linkNotes, takeEndnotes } from './notes.js';
import { findMetadata } from './metadata.js';
import { type ParagraphPiece, joinAcrossBreaks, measureRightEdges, toArticleBlock } from './paragraphs.js';
import { headingLevels } from './heading-levels.js';
import { findHeadings } from './headings.js';
import { joinAroundInserts } from './inserts.js';
import { assignListLevels, measureColumnLefts, pieceKind } from './lists.js';
import { BIO_LABEL, isBioLabel } from './sections.js';

const FURNITURE: ReadonlySet<Role> = new Set(FURNITURE_ROLES);

/** Cleaned layout → article: metadata, headings and paragraphs reflowed across pages, the bio. */
export function buildArticle(doc: PageLayout, ctx: Context, source: SourceInfo): Article {
  const blocks = separateBylines(allBlocks(doc));
  const body = bodyFont(blocks);
  const meta = findMetadata(doc, blocks, body, ctx);
  const words = documentWords(blocks.flatMap((b) => b.lines.map(lineText)));

  const authorNames = meta.authors.map((a) => a.name);
  const frontRoles = new Map<Block, RemovedKind | 'title'>(meta.roles);
  // front lines the metadata did not take: what it took keeps its role
  const claim = (found: readonly Block[], role: RemovedKind | 'title'): void => {
    for (const block of found) if (!frontRoles.has(block)) frontRoles.set(block, role);
  };
  claim(findAuthorLines(blocks, authorNames), 'byline');
  const titleBlock = [...frontRoles].find(([, role]) => role === 'title')?.[0];
  claim(linesAboveTitle(blocks, titleBlock), 'label');
  const titleRepeats = findTitleRepeats(blocks, meta.title).filter((b) => !frontRoles.has(b));
  claim(titleRepeats, 'title');
  const headings = findHeadings(
    blocks.filter((b) => b.role === 'body' && !frontRoles.has(b)),
    {
      body,
      authorNames,
      titleFound: titleBlock !== undefined,
      title: meta.title,
      ...(titleBlock?.lines[0] ? { titleFont: titleBlock.lines[0].font } : {}),
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
    const kind = pieceKind(block, heading !== undefined);
    if (inBio && kind === 'heading') inBio = false;
    (inBio ? bioPieces : pieces).push({ kind, blocks: heading ?? [block] });
  }
  const bodyBlocks = blocks.filter((b) => b.role === 'body');
  const edges = measureRightEdges(bodyBlocks);
  const labels = new Set<string>(); // footnote labels, unique across footnotes and endnotes
  const hasFootnotes = blocks.some((b) => b.role === 'footnote');
  // around inserts after the plain breaks: a paragraph run on into the next column is whole by then
  const flowing = joinAroundInserts(joinAcrossBreaks(pieces, edges), edges);
  const endnotes = takeEndnotes(flowing, words, labels, hasFootnotes);
  const joined = markDisplays(joinReferenceLabels(assignListLevels(endnotes.pieces, measureColumnLefts(bodyBlocks))), body);
  let p = 0;
  let h = 0;
  const levels = headingLevels(joined.filter((piece) => piece.kind === 'heading').map((piece) => piece.blocks));
  const articleBlocks: ArticleBlock[] = joined.map((piece) => {
    const boxes = sourceBoxes(piece.blocks);
    if (piece.kind === 'code' || piece.kind === 'formula') return { ...toDisplayBlock(piece, `p${++p}`), boxes };
    if (piece.kind !== 'heading') return { ...toArticleBlock(piece, `p${++p}`, words), boxes };
    const level = levels.get(piece.blocks[0] as Block);
    const heading = { ...toArticleBlock(piece, `h${++h}`, words), boxes };
    return level === undefined ? heading : { ...heading, level };
  });
  const bioBlocks = bioPieces.flatMap((b) => b.blocks);
  const bio =
    bioPieces.length > 0
      ? { ...stripBioLabel(toArticleBlock({ kind: 'paragraph', blocks: bioBlocks }, 'bio', words)), boxes: sourceBoxes(bioBlocks) }
      : null;

  const footnotes = collectNotes(
    blocks.filter((b) => b.role === 'footnote'),
    words,
    labels,
  );
  const notes = linkNotes([...footnotes, ...endnotes.notes], articleBlocks);

  const removed: Removed[] = [];
  for (const block of blocks) {
    const kind = FURNITURE.has(block.role) ? (block.role as FurnitureRole) : frontRoles.get(block);
    if (!kind || (kind === 'title' && !titleRepeats.includes(block))) continue; // the title is the document's; a repeat is listed
    const text = blockText(block).trim();
    const boxes = sourceBoxes([block]);
    removed.push(
      block.evidence === undefined
        ? { text, kind, page: block.page, boxes }
        : { text, kind, page: block.page, evidence: block.evidence, boxes },
    );
  }
  const became = new Map<Block, OutlineRole>();
  // a piece that left the body without becoming a paragraph went to the endnotes
  for (const piece of pieces) for (const block of piece.blocks) became.set(block, 'note');
  for (const piece of joined) for (const block of piece.blocks) became.set(block, piece.kind);
  for (const block of bioBlocks) became.set(block, 'bio');
  const outline = outlineOf(doc, blocks, (block) => {
    if (FURNITURE.has(block.role)) return block.role as FurnitureRole;
    const front = frontRoles.get(block);
    if (front) return front;
    if (block.role === 'footnote') return 'note';
    return became.get(block) ?? (isBioLabel(block) ? 'bio' : 'other');
  });
  const { title, authors, published, url, publisher, provenance } = meta;
  const missing = Object.entries({ title, authors: authors[0], published, url, publisher })
    .filter(([, v]) => v === null || v === undefined)
    .map(([k]) => k);
  if (missing.length > 0) ctx.note('structure/missing', `not found in the document: ${missing.join(', ')}`);
  if (articleBlocks.length === 0) ctx.warn('structure/empty', 'no article body found: every block was furniture or metadata');
  return {
    source,
    title,
    authors,
    published,
    url,
    publisher,
    bio,
    blocks: articleBlocks,
    removed,
    corrections: doc.corrections,
    ...(notes.length > 0 ? { notes } : {}),
    missing,
    provenance,
    outline,
  };
}

/** Every page's size and blocks, each block with what it became. */
function outlineOf(doc: PageLayout, blocks: readonly Block[], roleOf: (block: Block) => OutlineRole): PageOutline[] {
  const byPage = new Map<number, Block[]>();
  for (const block of blocks) {
    const onPage = byPage.get(block.page);
    if (onPage) onPage.push(block);
    else byPage.set(block.page, [block]);
  }
  return doc.pages.map((page) => ({
    page: page.page,
    width: page.width,
    height: page.height,
    blocks: (byPage.get(page.page) ?? []).map((b) => ({ id: b.id, role: roleOf(b), box: b.box })),
  }));
}

/** Bylines inside the body: an "About the author:" prefix on the bio's first line is not bio text. */
function stripBioLabel(bio: ArticleBlock): ArticleBlock {
  const match = BIO_LABEL.exec(bio.text);
  if (match?.index !== 0) return bio;
  let cut = match[0].length;
  const spans = bio.spans.flatMap((span) => {
    if (cut <= 0) return [span];
    const take = Math.min(cut, span.text.length);
    cut -= take;
    return span.text.length > take ? [{ ...span, text: span.text.slice(take) }] : [];
  });
  return { ...bio, spans, text: spans.map((s) => s.text).join('') };
}
