import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { fixAuthorName } from './author-name.js';
import { markCaptions } from './captions.js';
import { markColophon } from './colophon.js';
import { markMastheadPage } from './masthead-page.js';
import { markNextDocument } from './next-document.js';
import { markRecordLines } from './record-lines.js';
import { markContents } from './contents.js';
import { markContinuations } from './continuations.js';
import { markCoverPage } from './cover-page.js';
import { markDisclaimer } from './disclaimer.js';
import { markFootnoteBlocks } from './footnote-blocks.js';
import { markEdgeLines } from './edge-lines.js';
import { markFigureText } from './figure-text.js';
import { markHeaderPatterns } from './header-patterns.js';
import { markLearntFurniture } from './learnt-furniture.js';
import { markMarginText } from './margin-text.js';
import { fixLigatures } from './ligatures.js';
import { markPageNumbers } from './page-numbers.js';
import { markPermission } from './permission.js';
import { markPhotoCaptions } from './photo-captions.js';
import { markPullQuotes } from './pull-quotes.js';
import { markRunningLines } from './running-lines.js';
import { markSidebars } from './sidebars.js';
import { markSlugs } from './slugs.js';
import { fixSoftHyphens } from './soft-hyphens.js';
import { markUndecodable } from './undecodable.js';

export { bandKeys, learnFurniture } from './learn-furniture.js';
export { mergeFurniture } from './merge-furniture.js';
export { templateFor, templateKeyOf } from './learnt-furniture.js';

export type CleanPass = (doc: PageLayout, ctx: Context) => PageLayout;

const passes: readonly CleanPass[] = [
  markUndecodable, // first: no later pass reads a page of junk as headers, page numbers or names
  markMarginText, // stamps and slugs up the side margin: no later pass reads them as text
  fixLigatures, // before every pass that compares text: each sees normalised text
  fixSoftHyphens, // before every pass that compares text: a title or header reads with its hyphens
  markPageNumbers, // before running lines: a bare number on every page is a page number, not a running line
  markRunningLines, // header and footer lines holding a page number repeat once digits are masked
  markEdgeLines, // after the bands: what stands first or last on most pages, outside them
  markHeaderPatterns, // what repetition could not reveal (one-page PDFs)
  markDisclaimer,
  markContents, // a table of contents: dot-leader entries and their title
  markCoverPage, // compares page 1 with the next pages' first blocks, whatever their roles
  markPermission, // licence notices set apart; a cover's notice is already taken
  markSlugs,
  markNextDocument, // after the slugs: the one closing a document is the boundary
  markContinuations,
  markColophon, // before the captions: its "Cover photo source:" line belongs to the box
  markMastheadPage,
  markRecordLines,
  markCaptions, // before the figure text: a figure's text is found from its caption
  markFigureText,
  markPhotoCaptions, // after labelled captions: the paragraph above a picture is found among body blocks
  markPullQuotes,
  markSidebars, // last of the body relabelling: captions and figure text are no longer body, so lanes are the text's
  markLearntFurniture, // after every pass that reads the file's own evidence: other files only fill the gaps, and evidence names what nothing else caught
  markFootnoteBlocks, // after the furniture: a page number or footer below the notes does not hide the page's note area
  fixAuthorName, // needs the running headers marked: it reads their "Written by …", learnt ones included
];

/** Relabels page furniture and repairs text; nothing is deleted. */
export const clean = (doc: PageLayout, ctx: Context): PageLayout => passes.reduce((current, pass) => pass(current, ctx), doc);
