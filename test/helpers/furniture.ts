import type { PageLayout } from '../../src/model/document.js';
import type { FurnitureLine, FurnitureTemplate, TemplateKey } from '../../src/model/furniture.js';
import { FOOT, MIDDLE, PAGE_HEIGHT, PAGE_WIDTH, TOP, block, layout, page } from './layout.js';

/** One invented publisher's furniture: neither line is "Written by …", a copy of the title, a
 *  URL or a number, so nothing but repetition (or a learnt template) can tell it from text. */
export const HEADER = 'Example Review — example-review.org';
export const FOOTER = 'Example Review · Independent commentary since 2009';
export const PRODUCER = 'Example Review Press 4.2';
/** Size of the header and footer lines, points. */
export const SMALL = 7;
/** Where the builders' header and footer sit: distance of their tops from the page top, points. */
export const HEADER_TOP = PAGE_HEIGHT - (TOP + SMALL);
export const FOOTER_TOP = PAGE_HEIGHT - (FOOT + SMALL);

export interface TemplatePageSpec {
  readonly header?: string;
  /** Bottom of the header line, points from the page bottom. */
  readonly headerY?: number;
  readonly footer?: string;
  readonly size?: { readonly width: number; readonly height: number };
}

/** A page of the template: header, one body paragraph of its own, footer. */
export function templatePage(pageNumber: number, spec: TemplatePageSpec = {}) {
  const { header = HEADER, headerY = TOP, footer = FOOTER, size } = spec;
  return page(
    pageNumber,
    [
      block(header, { y: headerY, size: SMALL }),
      block(`Body text of page ${pageNumber}, ${'different on every page '.repeat(pageNumber)}.`, { y: MIDDLE }),
      block(footer, { y: FOOT, size: SMALL }),
    ],
    size,
  );
}

/** A document of `pageCount` template pages, with the producer given ('' for none). */
export function templateDoc(pageCount: number, spec: TemplatePageSpec & { readonly producer?: string } = {}): PageLayout {
  const { producer = PRODUCER, ...pageSpec } = spec;
  const pages = Array.from({ length: pageCount }, (_, i) => templatePage(i + 1, pageSpec));
  return layout(pages, producer === '' ? {} : { producer });
}

/** A template key: the builders' producer and A4 unless told. */
export const templateKey = (key: Partial<TemplateKey> = {}): TemplateKey => ({
  producer: PRODUCER,
  width: PAGE_WIDTH,
  height: PAGE_HEIGHT,
  ...key,
});

/** A furniture line, shown by one file unless told. */
export const furnitureLine = (kind: FurnitureLine['kind'], key: string, top: number, files = 1): FurnitureLine => ({
  kind,
  key,
  top,
  files,
});

/** The template the builders' header and footer make, as learnt from `files` files. */
export const exampleTemplate = (files = 1, key: Partial<TemplateKey> = {}): FurnitureTemplate => ({
  template: templateKey(key),
  lines: [
    furnitureLine('running-header', 'example review — example-review.org', HEADER_TOP, files),
    furnitureLine('running-footer', 'example review · independent commentary since #', FOOTER_TOP, files),
  ],
  files,
});
