import { createContext } from '../../src/model/context.js';
import type { Block, DocInfo, FontInfo, LaidOutPage, Line, PageLayout, Role } from '../../src/model/document.js';
import type { Box } from '../../src/model/geometry.js';
import { unionBoxes } from '../../src/model/geometry.js';
import type { Options } from '../../src/model/options.js';

/** A4 portrait, points: the page size the builders assume unless told. */
export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;
/** Baselines inside the top and bottom bands, and one in the middle of the page. */
export const TOP = 815;
export const FOOT = 20;
export const MIDDLE = 420;

/** A context for unit tests: defaults, no NLP, and the options given (learnt furniture …). */
export const testContext = (options: Partial<Options> = {}) => createContext({ extract: false, formats: ['md', 'json'], ...options });

export interface FontSpec {
  readonly size?: number;
  readonly bold?: boolean;
  readonly name?: string;
}

/** A font: Times-like body face, 11 pt, unless told. */
export function font({ size = 11, bold = false, name }: FontSpec = {}): FontInfo {
  return { name: name ?? (bold ? 'g_bold' : 'g_regular'), family: 'serif', size, bold, italic: false };
}

export interface LineSpec extends FontSpec {
  readonly x?: number;
  /** Bottom of the line box (≈ baseline), points from the bottom of the page. */
  readonly y: number;
  /** Width in points; by default half an em per character. */
  readonly width?: number;
  readonly page?: number;
}

/** One line of text with one span, its box estimated from the text length. */
export function line(text: string, { x = 72, y, width, page = 1, ...fontSpec }: LineSpec): Line {
  const f = font(fontSpec);
  const box: Box = [x, y, x + (width ?? text.length * f.size * 0.5), y + f.size];
  return { box, font: f, spans: [{ text, prov: [{ page, box, item: 0 }] }] };
}

export interface BlockSpec extends FontSpec {
  readonly page?: number;
  /** Bottom of the first line, points from the bottom of the page; later lines go down. */
  readonly y: number;
  readonly x?: number;
  readonly leading?: number;
  readonly role?: Role;
  readonly column?: number;
  readonly index?: number;
  readonly width?: number;
}

/** A block of one or more lines (one per string), set top-down from `y`. */
export function block(text: string | readonly string[], spec: BlockSpec): Block {
  const { page = 1, y, leading, role = 'body', column = 0, index = 0, ...lineSpec } = spec;
  const texts = typeof text === 'string' ? [text] : text;
  const step = leading ?? (spec.size ?? 11) * 1.3;
  const lines = texts.map((t, i) => line(t, { ...lineSpec, page, y: y - i * step }));
  return { id: `p${page}-b${index}`, page, box: unionBoxes(lines.map((l) => l.box)), role, column, lines };
}

/** A page holding the blocks given; block ids are renumbered in order. */
export function page(pageNumber: number, blocks: readonly Block[], size = { width: PAGE_WIDTH, height: PAGE_HEIGHT }): LaidOutPage {
  return {
    page: pageNumber,
    ...size,
    blocks: blocks.map((b, i) => ({ ...b, id: `p${pageNumber}-b${i}`, page: pageNumber })),
  };
}

/** A laid-out document from its pages. */
export function layout(pages: readonly LaidOutPage[], info: DocInfo = {}): PageLayout {
  return { pages, info, pageCount: pages.length, failedPages: [], corrections: [] };
}

/** A one-page document with one block at `y` (a page number, a footer, a heading…). */
export function pageWith(text: string | readonly string[], spec: BlockSpec): PageLayout {
  return layout([page(spec.page ?? 1, [block(text, spec)])]);
}

/** Roles of every block, page by page, for compact expectations. */
export const rolesOf = (doc: PageLayout): Role[][] => doc.pages.map((p) => p.blocks.map((b) => b.role));

/** The text of every block, lines joined by " ⏎ ". */
export const textsOf = (doc: PageLayout): string[][] =>
  doc.pages.map((p) => p.blocks.map((b) => b.lines.map((l) => l.spans.map((s) => s.text).join('')).join(' ⏎ ')));
