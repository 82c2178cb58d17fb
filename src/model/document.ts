import type { MetadataProvenance } from './evidence.js';
import type { Box } from './geometry.js';

/** Where a piece of text came from. */
export interface Prov {
  readonly page: number; // 1-based, as a reader would cite it
  readonly box: Box;
  readonly item: number; // index of the pdf.js text item on that page
}

/** A run of text and where it came from. */
export interface Span {
  readonly text: string;
  readonly prov: readonly Prov[];
}

export interface FontInfo {
  readonly name: string; // pdf.js font id, stable within one document
  readonly family: string; // 'serif', 'sans-serif', or the PDF's family name
  readonly size: number; // points
  readonly bold: boolean;
  readonly italic: boolean;
}

/** One text item as pdf.js gave it, positioned in page space. */
export interface TextItem {
  readonly text: string;
  readonly page: number;
  readonly item: number;
  readonly box: Box;
  readonly baseline: number; // y of the baseline
  readonly font: FontInfo;
  readonly vertical: boolean; // rotated or vertical writing: kept, but not merged into lines by baseline
  readonly rtl?: boolean; // right-to-left script (Arabic, Hebrew): a line of these reads from right to left
}

export interface RawPage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
}

/** Document information dictionary and XMP values worth keeping. */
export interface DocInfo {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: string;
  readonly producer?: string;
  readonly creator?: string;
  readonly creationDate?: string; // ISO 8601 when the PDF date parses
  readonly modDate?: string;
}

export interface RawDoc {
  readonly pages: readonly RawPage[];
  readonly info: DocInfo;
  readonly pageCount: number;
  /** Pages pdf.js could not read (damaged page objects); their text is missing. */
  readonly failedPages: readonly number[];
  /** Pages whose text is mostly undecodable (fonts without a usable Unicode mapping): kept, but
   *  left out of the body. Absent when there are none. */
  readonly undecodablePages?: readonly number[];
}

/** Roles of page furniture the clean stage finds: left out of the body and listed in removed[]
 *  under the role's own name. */
export const FURNITURE_ROLES = [
  'running-header',
  'running-footer',
  'page-number',
  'disclaimer',
  'undecodable',
  'margin',
  'contents',
  'cover',
  'permission',
  'caption',
  'figure-text',
  'sidebar',
  'pull-quote',
  'continuation',
  'slug',
  'colophon',
  'record',
  'next-document',
] as const;
export type FurnitureRole = (typeof FURNITURE_ROLES)[number];

export type Role = 'body' | 'title' | 'byline' | 'url' | 'heading' | 'bio-label' | 'bio' | 'footnote' | FurnitureRole;

/** Where a piece of output stands on its page: the box of a block it came from. */
export interface SourceBox {
  readonly page: number;
  readonly box: Box;
}

export interface Line {
  readonly box: Box;
  readonly font: FontInfo; // the font of most of the line's characters
  readonly spans: readonly Span[];
}

/** The marker that opens a list item's first line, as layout found it. */
export interface ListMark {
  readonly marker: string; // as printed, without spaces: '•', '1.', '(a)', 'iv)'
  readonly ordered: boolean; // a number, letter or roman numeral rather than a bullet
  readonly x: number; // left edge of the marker, points: deeper items sit further right
  readonly textX: number; // where the item's text starts: wrapped lines hang there
}

export interface Block {
  readonly id: string; // `p${page}-b${index}`: stable, so goldens and diagnostics can cite it
  readonly page: number;
  readonly box: Box;
  readonly role: Role;
  readonly column: number; // 0 = full width or first column
  readonly lines: readonly Line[];
  /** Why the block is furniture when the file itself does not show it: the learnt template that
   *  taught it. Absent when the block's own page or document gave the reason. */
  readonly evidence?: string;
  /** Set when the block is a list item: its first line opens with this marker. */
  readonly list?: ListMark;
}

export interface LaidOutPage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly Block[]; // in reading order
}

export interface PageLayout {
  readonly pages: readonly LaidOutPage[];
  readonly info: DocInfo;
  readonly pageCount: number;
  readonly failedPages: readonly number[];
  /** Pages whose text is mostly undecodable; their blocks are relabelled 'undecodable'. */
  readonly undecodablePages?: readonly number[];
  /** Author-name fixes found while cleaning (running-header typos and the like). */
  readonly corrections: readonly Correction[];
}

/** Furniture by its role, and the front matter the structure stage reads as metadata. */
export type RemovedKind = FurnitureRole | 'byline' | 'url' | 'title' | 'label' | 'date';

/** A line taken out of the body, and why. */
export interface Removed {
  readonly text: string;
  readonly kind: RemovedKind;
  readonly page: number;
  /** Where the knowledge came from when not from this file: the learnt template. */
  readonly evidence?: string;
  /** The box of the block taken out (absent on lines listed by hand). */
  readonly boxes?: readonly SourceBox[];
}

/** A misspelling replaced by the canonical spelling. */
export interface Correction {
  readonly field: 'author';
  readonly from: string;
  readonly to: string;
  readonly pages: readonly number[];
  readonly reason: string;
}

export interface Author {
  readonly name: string;
  /** Where the name was seen: 'byline', 'author-line', 'running-header', 'pdf-info', 'bio'. */
  readonly sources: readonly string[];
}

/** Where a list item stands in its list. */
export interface ListItemInfo {
  readonly level: number; // 0 for the outermost list, 1 for a list nested in one of its items, …
  readonly ordered: boolean;
  readonly marker: string; // as printed: '•', '3.', '(b)'; the text leaves it out
}

/** A paragraph, list item or heading of the article, with the text exactly as rendered. */
export interface ArticleBlock {
  readonly id: string; // 'p1', 'p2', … for paragraphs and list items; 'h1', … for headings: the Markdown anchors
  readonly kind: 'paragraph' | 'heading' | 'list-item' | 'code' | 'formula';
  /** A heading's level: 2 for a section, 3 and 4 for the sections inside it (1 is the title). */
  readonly level?: number;
  readonly text: string;
  readonly spans: readonly Span[];
  readonly pages: readonly number[]; // first to last page the block stands on
  /** Set for a list item (kind 'list-item'). */
  readonly list?: ListItemInfo;
  /** The boxes of the blocks it was read from, in reading order (absent on blocks built by hand). */
  readonly boxes?: readonly SourceBox[];
}

/** Where a note is referred to: a marker in a paragraph, as character offsets into its text. */
export interface NoteRef {
  readonly paragraph: string;
  readonly start: number;
  readonly end: number;
}

/** A footnote from a page bottom or an endnote from a "Notes" section, and its markers in the text. */
export interface Note {
  readonly id: string; // the Markdown footnote label: the marker, with its page when a label repeats ('1', '∗', '∗-p3')
  readonly marker: string; // digits plain however set ('1' for '¹'), a symbol as printed ('∗', '†'); '' when none
  readonly text: string;
  readonly spans: readonly Span[];
  readonly pages: readonly number[];
  readonly refs: readonly NoteRef[];
  /** The boxes of the blocks it was read from (absent on notes built by hand). */
  readonly boxes?: readonly SourceBox[];
}

/** What a block of the page became: a kind of article block, a note, the bio, a kind of line
 *  taken out, or 'other' (a lone note marker, a rule drawn in type). */
export type OutlineRole = ArticleBlock['kind'] | 'note' | 'bio' | RemovedKind | 'other';

/** One page as laid out: its size in points and every block on it with what it became, for
 *  drawing the page with its blocks outlined. */
export interface PageOutline {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly { readonly id: string; readonly role: OutlineRole; readonly box: Box }[];
}

export interface SourceInfo {
  readonly fileName: string;
  readonly sha256: string;
  readonly pages: number;
  readonly producer?: string;
  readonly creator?: string;
}

export interface Article {
  readonly source: SourceInfo;
  readonly title: string | null;
  readonly authors: readonly Author[];
  readonly published: string | null; // YYYY-MM-DD, YYYY-MM or YYYY: the precision printed
  readonly url: string | null;
  readonly publisher: string | null;
  readonly bio: ArticleBlock | null;
  readonly blocks: readonly ArticleBlock[];
  readonly removed: readonly Removed[];
  readonly corrections: readonly Correction[];
  /** Footnotes and endnotes, taken out of the body; absent when the document has none. */
  readonly notes?: readonly Note[];
  /** Metadata fields that could not be found (reported, never invented). */
  readonly missing: readonly string[];
  /** Where each metadata field was read (absent on articles built by hand). */
  readonly provenance?: MetadataProvenance;
  /** Every page's size and blocks with what each became (absent on articles built by hand). */
  readonly outline?: readonly PageOutline[];
}
